import { fold } from '../text/fold.js';

/** Who a question is asked for: a person who wants to train, or a local authority (a town, its staff). */
export type Audience = 'learner' | 'authority' | null;

/** A person's own training: enrolling, courses, diplomas, « je », "I". */
const LEARNER = /\b(m'inscrire|m'inscris|inscrire|inscription|inscriptions|me former|se former|suivre (?:une|des|un) (?:formation|cours)|cours du soir|cours|etudier|reprendre (?:mes|des) etudes|diplomes?|auditeurs?|enrol+(?:ment)?|register|sign up|study|studying|learner|student|classes|course|courses|evening)\b|\b(?:je|j'|mon|ma|mes)\s+(?!commune|ville|collectivite|intercommunalite|mairie|agglomeration|territoire)|\b(?:i|my)\s+(?!town|city|council|municipality)/;
/** A local authority's business: the call, applications, hosting a centre, commitments. */
const AUTHORITY = /\b(communes?|collectivites?|intercommunalites?|epci|mairies?|maires?|elus?|agglomerations?|conseil municipal|ami|appel a manifestation|candidater|candidature|candidatures|accueillir un (?:centre|site|antenne)|heberger|engagements?|town|towns|council|municipality|municipalities|local authorit(?:y|ies)|host|hosting|apply|application)\b/;

/** The audience a question names, or null when it does not tell (or names both). */
export function audienceOf(question: string): Audience {
  const folded = fold(question);
  const learner = LEARNER.test(folded);
  const authority = AUTHORITY.test(folded);
  if (learner === authority) return null;
  return learner ? 'learner' : 'authority';
}

/** A sentence about an authority's side of the programme (the call, lauréats, conventions). */
const AUTHORITY_SENTENCE = /\b(ami|appel a manifestation|candidat\w*|collectivites?|intercommunalites?|une commune|les communes|convention locale|jury|laureat\w*|retenues?|labellise\w*|elus|projet de lieu)\b/;
/** A sentence about a person's training (enrolling, paying, courses, diplomas). */
const LEARNER_SENTENCE = /\b(inscription|inscrits?|auditeurs?|apprenants?|cpf|compte personnel|cours|diplomes?|salaries|demandeurs d'emploi|conseillers?|a distance|alternance)\b/;

/** Whom a sentence speaks to; null when it speaks to both or neither. */
export function sentenceAudience(plain: string): Audience {
  const folded = fold(plain);
  const authority = AUTHORITY_SENTENCE.test(folded);
  const learner = LEARNER_SENTENCE.test(folded);
  if (authority === learner) return null;
  return authority ? 'authority' : 'learner';
}

/** « Comment notre commune peut-elle accueillir un centre ? »: how a town gets a centre (the call). */
const HOST =
  /\b(accueillir|avoir|obtenir|ouvrir|creer|implanter|installer|faire venir|attirer|host|get|open|bring|set up|have)\b.{0,40}\b(centre|centres|antenne|antennes|site|cnam|center|centers|campus)\b/;
const ASKS_HOW = /\b(comment|how|que faire|quelles? demarches?|peut|peuvent|pouvons|pourrait|can|could|would|voudrait|voudrions|souhaite|souhaitons|aimerait|aimerions)\b/;
/** « Comment candidater ? », "how do we apply?": the call's how-to. */
const APPLY = /\b(candidater|candidatter|candidatez|postuler|candidature|apply|applying)\b/;
const HOW_TO = /\b(comment|how|quelles? (?:demarches?|etapes?)|quelle procedure|what steps|process)\b/;
/** « Y a-t-il un appel en cours ? », "is there an open call?": whether one can still apply. */
const CURRENT_CALL = /\b(appels?|ami|calls?)\b.{0,25}\b(en cours|ouverts?|actuels?|aujourd'hui|actuellement|currently|open|current|now)\b|\b(current|open)\s+calls?\b/;
/** « Quels engagements pour la commune ? »: what a selected authority provides. */
const COMMITMENTS =
  /\b(engagements?|s'engage\w*|obligations?|contreparties?|commitments?|commit|doit (?:fournir|apporter|mettre)|doivent (?:fournir|apporter)|must (?:provide|offer|give)|provide)\b/;

/**
 * The search query completed with the words of the knowledge section that answers a recurring
 * question asked in other words: hosting a centre is done by answering the call (AMI); an authority's
 * commitments are what a selected authority provides. Other questions are returned unchanged.
 */
export function withIntent(query: string): string {
  const folded = fold(query);
  const authority = audienceOf(query) !== 'learner';
  const hosting = HOST.test(folded) && ASKS_HOW.test(folded);
  const applying = APPLY.test(folded) && HOW_TO.test(folded);
  if (authority && (hosting || applying) && !/\b(quand|when|combien|how many)\b/.test(folded)) {
    return `${query} une collectivité peut-elle répondre à l'AMI`;
  }
  if (CURRENT_CALL.test(folded)) return `${query} peut-on encore candidater aujourd'hui troisième AMI`;
  if (authority && COMMITMENTS.test(folded) && AUTHORITY.test(folded)) return `${query} que fournit une collectivité retenue`;
  return query;
}
