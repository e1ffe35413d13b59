import type { Answer } from '../core/answer.js';
import { CitationList } from '../core/citation-list.js';
import { fallbackAnswer, OFFICIAL_CNAM_URL } from '../core/fallback-answer.js';
import { isOffTopic } from '../core/off-topic-guard.js';
import type { PassageHit, PassageRetriever } from '../core/passage-retriever.js';
import type { Turn } from '../core/ask-context.js';
import type { Question } from '../core/question.js';
import { isElliptical, resolveFollowUp } from '../core/resolve-follow-up.js';
import type { Skill } from '../core/skill.js';
import { analyze, analyzeTerms } from '../text/analyze-french.js';
import { expandConcepts } from '../text/query-expansion.js';
import { isGenericConcept, weighQueryWords } from '../text/time-words.js';
import { fold } from '../text/fold.js';
import { withoutPlaces } from '../text/without-places.js';
import { questionKind, type QuestionKind } from '../text/question-kind.js';
import type { AnswerGenerator } from './answer-generator.js';
import { composeSection } from './compose-section.js';
import { saysAbsence } from './grounded-sentence.js';
import { otherCallQuery } from './other-call.js';
import { splitQuestionParts } from './question-parts.js';
import { suggestionsFrom } from './suggestions.js';
import { unknownPartLine } from './unknown-part.js';

/** Where to ask what the sources do not give. */
const ASK_THE_CNAM: Record<Question['language'], string> = {
  fr: `Pour le savoir, adressez-vous au centre régional du Cnam de votre région, ou consultez le site national du Cnam : ${OFFICIAL_CNAM_URL}.`,
  en: `For this, ask the Cnam centre of your region, or see the Cnam's national website: ${OFFICIAL_CNAM_URL}.`,
};

/** Below this match, the knowledge is said not to answer (calibrated on the dev set, see README). */
export const MIN_MATCH = 0.45;
/** How far below the threshold the first section may be for the second one to answer instead. */
const NEAR_MISS = 0.05;
/** Word budget of a whole answer. */
const MAX_WORDS = 130;
/** Most parts of one message answered. */
const MAX_PARTS = 4;

export interface KnowledgeSkillOptions {
  minMatch?: number;
  /** Sections retrieved per part. */
  k?: number;
  /**
   * Optional (LLM_PROVIDER): phrases the answer from the top sections once the extractive one is composed; its
   * answer replaces the extractive one only when it passed its check. Absent, nothing changes.
   */
  generator?: AnswerGenerator;
  /** The place names a question mentions (the centre finder's reading): a section must answer more than its place. */
  placeNames?: (question: Question) => readonly string[];
}

/** Words of the assistant's subject: the Cnam, its sites, training, the calls. */
const DOMAIN = /\b(cnam|conservatoire|centres?|centers?|sites?|antennes?|antennas?|poles?|campus|ecoles?|schools?|formations?|former|cours|courses?|training|diplomes?|degrees?|etudi\w*|study|apprendre|learn|ami|appels?|calls?|programme|program|laureat\w*|retenue?s?|candidat\w*|cpf)\b/;

/** The index terms of a section: its text, headings and alternates, and with `english` its English version's too. */
function sectionTerms(section: PassageHit, english: boolean): Set<string> {
  const en = english ? section.translation : undefined;
  return new Set(analyze([section.text, ...section.headingPath, ...(section.alternates ?? []), en?.text ?? '', ...(en?.alternates ?? [])].join(' ')));
}

/** Words of a place's site rather than of what is asked about it. */
const SITE_TERMS: ReadonlySet<string> = new Set(['centr', 'sit', 'antenn', 'pol', 'ville', 'commun', 'lieu', 'implant', 'campus']);

/**
 * Whether `section` speaks of something `part` asks besides its places: « le prix du mètre carré à Bergerac », « qui a
 * écrit Cyrano de Bergerac ? » are not answered by the section on Bergerac's antenna, which shares only the name.
 */
function answersMoreThanPlace(part: string, places: readonly string[], section: PassageHit): boolean {
  // A question that names the Cnam or training is about them: its paraphrases need not share the section's words.
  // « et lesquelles sont en Alsace ? » takes its subject from the question before.
  if (DOMAIN.test(fold(part)) || isElliptical(fold(part))) return true;
  const asked = analyzeTerms(withoutPlaces(part, places)).filter((t) => !isGenericConcept(t) && !t.alternatives.every((a) => SITE_TERMS.has(a)));
  if (asked.length === 0) return true;
  const own = sectionTerms(section, false);
  return asked.some((t) => t.alternatives.some((a) => own.has(a)));
}

/** How much less than the best-ranked section another may match and still answer a question it speaks of. */
const SPOKEN_MARGIN = 0.1;

/** Longer questions are said about the knowledge's subject by their retrieval match alone. */
const MAX_SPOKEN_WORDS = 5;

/** Words that frame a question (« où se trouve… », « de quel genre … s'agit-il », "roughly how many") rather than say its subject. */
const FRAMING: ReadonlySet<string> = new Set(['trouv', 'roughly', 'approximately', 'genr', 'sort', 'agi']);

/** Whether `section` speaks of every content word of `part` (at least one). */
function speaksOfAll(part: string, section: PassageHit): boolean {
  const asked = weighQueryWords(expandConcepts(analyzeTerms(part))).filter(
    (t) => (t.weight ?? 1) >= 1 && !isGenericConcept(t) && !t.alternatives.some((a) => FRAMING.has(a)),
  );
  const own = sectionTerms(section, true);
  return asked.length > 0 && asked.every((t) => t.alternatives.some((a) => own.has(a)));
}

/**
 * Whether a question of up to five content words that names nothing of the subject is about what `section` speaks
 * of: more than half of its content words must be the section's. « Comment créer une entreprise ? » shares only
 * « entreprise » with the section on what Entreprise & Carrières says; « le bac c'est quand cette année ? » only
 * « bac » with a bac+1 course; « salaire moyen d'un ingénieur en France ? » only « ingénieur » and « France » with the
 * centres that award the engineering degree.
 */
function speaksOfSection(part: string, section: PassageHit): boolean {
  const asked = weighQueryWords(expandConcepts(analyzeTerms(part))).filter(
    (t) => (t.weight ?? 1) >= 1 && !isGenericConcept(t) && !t.alternatives.some((a) => FRAMING.has(a)),
  );
  if (asked.length === 0 || asked.length > MAX_SPOKEN_WORDS) return true;
  const own = sectionTerms(section, true);
  const uncovered = asked.filter((t) => !t.alternatives.some((a) => own.has(a))).length;
  return 2 * uncovered < asked.length;
}

/** How much better the question alone must match than with the message's statements to be searched alone. */
const ALONE_MARGIN = 0.3;

/**
 * Whether a short question is searched with the message's statements: « Pourriez-vous nous dire d'où vient chaque
 * date ? » leans on the sentence before it for its subject; « c koi un AMI ? jvois ça partout » does not — the question
 * alone is kept when only it is answered, or when it matches far better alone.
 */
function keepsContext(alone: number, withContext: number, minMatch: number): boolean {
  if (alone < minMatch) return true;
  return withContext >= minMatch && withContext + ALONE_MARGIN > alone;
}

/** Whether half or more of a message's content words are words the knowledge never uses, even one typo away. */
function isMostlyUnknown(retriever: PassageRetriever, text: string): boolean {
  const unknownWords = new Set(retriever.unknownWords?.(text) ?? []);
  if (unknownWords.size === 0) return false;
  // Time words (« maintenant », "now") say when, not what: they count neither way.
  const content = analyzeTerms(text).filter((t) => !isGenericConcept(t));
  const unknown = content.filter((t) => unknownWords.has(t.surface)).length;
  return unknown > 0 && 2 * unknown >= content.length;
}

/**
 * Whether a message names an acronym the knowledge never uses (« le montant de la DGF », « les dossiers DETR »): the
 * thing asked about is another body's or scheme's, whatever else the message shares with a section.
 */
function namesUnknownAcronym(retriever: PassageRetriever, text: string): boolean {
  const acronyms = text.match(/\b[A-Z]{2,6}\b/g);
  if (!acronyms) return false;
  const unknownWords = new Set(retriever.unknownWords?.(acronyms.join(' '), true) ?? []);
  return acronyms.some((a) => unknownWords.has(fold(a)));
}

/** A named programme or scheme: « au programme Petites villes de demain : … », « le dispositif Territoires zéro chômeur ». */
const NAMED_PROGRAMME = /\b(?:programme|dispositif|plan|label|programme national|scheme|initiative)\s+«?\s*(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5}?)\s*(?:»|[,:;?.!]|$)/u;

/** The Cnam or its programme named: a question about another scheme beside it is still ours. */
const OWN_SCHEME = /\b(cnam|conservatoire|ami|au coeur des territoires|coeur de territoires?)\b/;

/** The other national programmes a town's message may say it belongs to. */
const PARTNER_PROGRAMME = /\b(Action c(?:œ|oe)ur de ville|Territoires? d['’]industrie|Petites villes de demain)\b/i;
/** « ce programme », « les crédits du programme », "this programme": a programme the message named before. */
const THIS_PROGRAMME = /\b(?:ce|cet|this|that|du) (?:programme|dispositif|program|scheme)\b/i;

/**
 * « Notre ville est engagée dans Action cœur de ville. … les financements de ce programme peuvent-ils servir … ? »: the
 * programme a statement of the message names stands for « ce programme » in the question.
 */
function namingProgramme(part: string, context: readonly string[]): string {
  if (!THIS_PROGRAMME.test(part) || PARTNER_PROGRAMME.test(part)) return part;
  const named = context.map((c) => PARTNER_PROGRAMME.exec(c)?.[1]).find(Boolean);
  return named ? part.replace(THIS_PROGRAMME, named) : part;
}

/** Whether the question names a programme or scheme one of whose words the knowledge never uses: another scheme. */
function namesUnknownProgramme(retriever: PassageRetriever, text: string): boolean {
  const name = NAMED_PROGRAMME.exec(text)?.[1];
  return name !== undefined && (retriever.unknownWords?.(name, true) ?? []).length > 0;
}

/** Most sections a generator is given. */
const MAX_GENERATION_SECTIONS = 4;

/** Call ordinals a text names: `1` first call, `2` second, `3` third. */
function callsOf(text: string): Set<number> {
  const folded = fold(text);
  const out = new Set<number>();
  if (/\b(premier|premiere|1er|1ere|first|ami ?1|2019)\b/.test(folded)) out.add(1);
  if (/\b(deuxieme|second|seconde|2e|2eme|ami ?2|2020|2021)\b/.test(folded)) out.add(2);
  if (/\b(troisieme|third|3e|3eme|ami ?3)\b/.test(folded)) out.add(3);
  return out;
}

/**
 * « combien de formations dans un centre et ça donne quoi comme diplôme ? »: a question of two clauses that one
 * section does not both answer. Each clause whose own words the chosen sections do not contain is searched on its
 * own; its best section joins the answer when it matches well enough.
 */
async function otherClauses(retriever: PassageRetriever, part: string, chosen: readonly PassageHit[], k: number, minMatch: number): Promise<PassageHit[]> {
  const clauses = part.split(/\s+(?:et|and|ainsi que|puis|plus)\s+/i).filter(isClause);
  if (clauses.length < 2) return [];
  const added: PassageHit[] = [];
  for (const clause of clauses) {
    const [best] = await retriever.search(clause, k);
    if (!best || best.match < Math.max(minMatch, CLAUSE_MATCH) || [...chosen, ...added].some((h) => h.passageId === best.passageId)) continue;
    added.push(best);
  }
  return added;
}

/** Concepts of a text that say what it is about: not generic, time or request words. */
function contentConcepts(text: string): number {
  return weighQueryWords(analyzeTerms(text)).filter((t) => (t.weight ?? 1) >= 1 && !isGenericConcept(t)).length;
}

/** A clause's own best section joins the answer only on a clear match. */
const CLAUSE_MATCH = 0.6;
const INTERROGATIVE_WORD = /\b(qui|quoi|quel|quelle|quels|quelles|quand|ou|comment|combien|pourquoi|what|when|who|which|how|where|why)\b/;

/** A clause that asks something of its own: two content words, or one with a question word (« ça donne quoi comme diplôme »). */
function isClause(text: string): boolean {
  const content = analyzeTerms(text).filter((t) => !isGenericConcept(t)).length;
  return content >= 2 || (content >= 1 && INTERROGATIVE_WORD.test(fold(text)));
}

/** One question of the message, answered by one section (or two, one per call). */
interface PartAnswer {
  /** The search query (the part, completed or with its context). */
  part: string;
  /** The part as the user asked it. */
  asked: string;
  sections: PassageHit[];
  match: number;
}

/**
 * The sections that answer a part: the best one; and, for a question that names no call, the best section on the
 * other call when it answers about as well (« combien de lauréats ? »: 55 in 2019, 20 labels in 2021).
 */
function sectionsFor(query: string, hits: readonly PassageHit[], minMatch: number): PassageHit[] {
  // The best-ranked section that answers well enough; the second one only when the first nearly does (« Pour quelle
  // raison le deuxième appel a-t-il été étendu ? »: 0.44 then 0.47), not past a first that matches poorly.
  const [first, second] = hits;
  const best = first && first.match >= minMatch ? first : first && second && first.match >= minMatch - NEAR_MISS && second.match >= minMatch ? second : undefined;
  if (!best) return [];
  const bestCalls = callsOf(best.headingPath.slice(1).join(' '));
  if (callsOf(query).size > 0 || bestCalls.size !== 1) return [best];
  const other = hits.find((h) => {
    if (h === best || h.match < 0.92 * best.match) return false;
    const calls = callsOf(h.headingPath.slice(1).join(' '));
    return calls.size === 1 && ![...calls].some((c) => bestCalls.has(c));
  });
  return other ? [best, other] : [best];
}

/**
 * Answers from the knowledge documents, a section at a time. The message is split into the questions it asks;
 * each is searched (follow-ups completed from the conversation) and answered by the section that matches it best
 * — through its content or through one of its questions — quoted in order within the word budget with its
 * citations. A part the knowledge does not cover is said so; when none is covered, or for off-topic requests, the
 * answer is the honest fallback. Always answers, so it goes last.
 */
export function createKnowledgeSkill(retriever: PassageRetriever, options: KnowledgeSkillOptions = {}): Skill {
  const minMatch = options.minMatch ?? MIN_MATCH;
  const k = options.k ?? 6;
  return {
    name: 'knowledge',
    async answer(question: Question): Promise<Answer> {
      // Off-topic words in what the message says around a question of the subject do not decline it (« pour le pôle de
      // Sedan, qui a acheté le bâtiment ? Nous cherchons des intercommunalités qui ont investi dans l'immobilier. »).
      const { parts, context } = splitQuestionParts(question.body);
      const partsText = fold(parts.join(' '));
      if (isOffTopic(partsText) || (isOffTopic(question.folded) && !DOMAIN.test(partsText))) return fallbackAnswer(question.text, question.language);
      // « Combien coûte un iPhone ? », « Quel âge a Emmanuel Macron ? »: a question that names nothing of the subject
      // and is mostly about things the knowledge never mentions is out of scope, whatever word it shares with a section.
      const followsUp = question.context.turns.length > 0 && isElliptical(question.folded);
      if (!followsUp && !DOMAIN.test(question.folded) && (isMostlyUnknown(retriever, question.body) || namesUnknownAcronym(retriever, question.body))) {
        return fallbackAnswer(question.text, question.language);
      }
      // « candidater au programme Petites villes de demain : quel calendrier ? »: another scheme, unless the Cnam's is named too.
      if (!followsUp && !OWN_SCHEME.test(question.folded) && namesUnknownProgramme(retriever, question.body)) return fallbackAnswer(question.text, question.language);
      const answered: PartAnswer[] = [];
      const unanswered: string[] = [];
      const runnersUp: PassageHit[] = [];
      const single = parts.length === 1;
      let bestMatch = 0;
      const asked = parts.slice(0, MAX_PARTS);
      for (const [i, said] of asked.entries()) {
        const part = namingProgramme(said, context);
        const partQuestion: Question = { ...question, text: part, folded: fold(part), body: part };
        // A follow-up (« et pour le deuxième ? ») is completed from the conversation; a short part from its context.
        const elliptical = single && isElliptical(partQuestion.folded);
        // « le cpf on touche combien par an ? et qui a le droit d'y avoir un ? »: a later part completed from the one before.
        const inMessage = !single && i > 0 && isElliptical(partQuestion.folded);
        // « Et pour le deuxième ? » after a question on the first call: the same section, for the other call.
        let query = elliptical
          ? ((await otherCallQuery(retriever, partQuestion)) ?? resolveFollowUp(partQuestion))
          : inMessage
            ? resolveFollowUp({ ...partQuestion, context: { ...question.context, turns: [{ question: asked[i - 1]!, kind: 'knowledge', language: question.language } satisfies Turn] } })
            : part;
        let hits = await retriever.search(query, k);
        // Completed, it finds the part before's section again: the next section answers it, or else (« cmb coûte une
        // formation ? et on peut la faire à distance ? ») it is asked alone.
        if (inMessage) {
          const fresh = hits.filter((h) => !answered.some((a) => a.sections.some((s) => s.passageId === h.passageId)));
          if (fresh[0] && fresh[0].match >= minMatch) hits = fresh;
          else {
            query = part;
            hits = await retriever.search(query, k);
          }
        }
        // A short question leans on the message's statements; a longer one only when it does not match alone.
        if (context.length > 0 && (contentConcepts(query) <= 3 || (hits[0]?.match ?? 0) < minMatch)) {
          const withContext = `${query} ${context.join(' ')}`;
          const contextual = await retriever.search(withContext, k);
          if (keepsContext(hits[0]?.match ?? 0, contextual[0]?.match ?? 0, minMatch)) {
            query = withContext;
            hits = contextual;
          }
        }
        bestMatch = Math.max(bestMatch, hits[0]?.match ?? 0);
        // « Chaumont : ouverture prévue au départ ? »: a short question that names nothing of the subject is answered by
        // the best section that speaks of it, not declined because the best-ranked one does not.
        // Only among sections that match about as well: a weaker one that shares a word is no answer (« le budget de la région »).
        if (single && !followsUp && !DOMAIN.test(question.folded)) {
          const top = hits[0]?.match ?? 0;
          hits = hits.filter((hit) => hit.match >= top - SPOKEN_MARGIN && speaksOfSection(query, hit));
        }
        let sections = sectionsFor(query, hits, minMatch);
        const places = options.placeNames?.(partQuestion) ?? [];
        if (places.length > 0) sections = sections.filter((section) => answersMoreThanPlace(part, places, section));
        if (options.generator) runnersUp.push(...hits.slice(0, 3).filter((h) => h.match >= minMatch));
        if (sections.length > 0) sections.push(...(await otherClauses(retriever, part, sections, k, minMatch)));
        if (sections.length === 0) {
          // « qui met les locaux à disposition …, et de quel genre de bâtiments s'agit-il ? »: a section already given
          // speaks of every word of the part; it is covered, not unknown.
          if (!answered.some((a) => a.sections.some((section) => speaksOfAll(part, section)))) unanswered.push(part);
          continue;
        }
        const fresh = sections.filter((s) => !answered.some((a) => a.sections.some((o) => o.passageId === s.passageId)));
        if (fresh.length > 0) answered.push({ part: query, asked: part, sections: fresh, match: sections[0]!.match });
      }
      if (answered.length === 0) return fallbackAnswer(question.text, question.language, bestMatch);
      const extractive = compose(question, answered, unanswered, single);
      if (!options.generator || extractive.kind !== 'knowledge') return extractive;
      const sections: PassageHit[] = [];
      for (const hit of [...answered.flatMap((a) => a.sections), ...runnersUp]) {
        if (sections.length < MAX_GENERATION_SECTIONS && !sections.some((s) => s.passageId === hit.passageId)) sections.push(hit);
      }
      return (await options.generator.generate({ question, sections, extractive })) ?? extractive;
    },
  };
}

function kindOf(question: Question, part: string): QuestionKind {
  const kind = questionKind(part);
  if (kind !== 'other' || !isElliptical(fold(part))) return kind;
  const previous = question.context.turns.at(-1);
  return previous ? questionKind(previous.question) : kind;
}

function compose(question: Question, answered: readonly PartAnswer[], unanswered: readonly string[], single: boolean): Answer {
  const citations = new CitationList();
  const sectionCount = answered.reduce((n, a) => n + a.sections.length, 0);
  const maxWords = Math.max(55, Math.round((MAX_WORDS * (sectionCount > 1 ? 1.4 : 1)) / sectionCount));
  const blocks: string[] = [];
  const labelled = sectionCount > 1;
  for (const a of answered) {
    const kind = kindOf(question, a.asked);
    for (const section of a.sections) {
      const composed = composeSection(section, { query: a.part, kind, asked: a.asked, language: question.language, maxWords }, citations);
      if (!composed) continue;
      const heading = composed.english ? section.translation!.headingPath.at(-1) : section.headingPath.at(-1);
      blocks.push(labelled && heading ? `**${heading}**\n${composed.text}` : composed.text);
    }
  }
  if (blocks.length === 0) return fallbackAnswer(question.text, question.language);
  if (!single) for (const part of unanswered) blocks.push(unknownPartLine(part, question.language));
  // « Les sources consultées ne donnent pas le prix des formations. »: an answer that opens on what is not known
  // says where to ask.
  if (single && saysAbsence(fold(blocks[0]!.split(/(?<=[.!?])\s/)[0] ?? ''))) blocks.push(ASK_THE_CNAM[question.language]);
  const confidence = Math.min(1, answered.reduce((n, a) => n + a.match, 0) / (answered.length + (single ? 0 : unanswered.length)));
  const suggestions = suggestionsFrom(answered.flatMap((a) => a.sections), question.text);
  return {
    question: question.text,
    kind: 'knowledge',
    text: blocks.join('\n\n'),
    confidence: Number(confidence.toFixed(3)),
    citations: citations.citations,
    ...(suggestions ? { suggestions } : {}),
  };
}
