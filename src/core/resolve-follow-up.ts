import { analyzeTerms, type QueryTerm } from '../text/analyze-french.js';
import { questionKind } from '../text/question-kind.js';
import { fold } from '../text/fold.js';
import { withoutSelfDescription } from '../text/self-description.js';
import type { Turn } from './ask-context.js';
import type { Question } from './question.js';

/** Openings of an elliptical follow-up: « et pour le deuxième appel ? », "and the second call?". */
// « ou » is also « où » once folded: only « ou bien / ou alors / ou pour … » opens a follow-up, not « Où acheter… ».
const ELLIPSIS = /^(et|and|what about|how about|ok et|ok and|d'accord et|et sinon|mais|but|ou (?:bien|alors|plutot|sinon|pour|en|dans)|or|idem|pareil|same)\b/;

/**
 * A question whose subject is a pronoun for what was just answered: « elle a été inaugurée quand ? », « il était prévu
 * pour quand ? », "when did it open?" — not an impersonal « il y a », « il faut », « il est possible de ».
 */
const PRONOUN_SUBJECT =
  /^(?:(?:et|and|mais|but) )?(?:(?:elle|elles|celle-ci|celui-ci|ceux-ci|ca|cela|it|they)\b(?! (?:y a|y avait))|(?:il|ils)\b(?! (?:y|faut|fallait|faudra|s'agit|s agit|s'agissait|semble|parait|reste|existe|manque|suffit|vaut)\b)(?! (?:est|etait|sera) (?:possible|necessaire|vrai|utile|important|prevu que|question)\b))/;

/** A time that points back at the answer before: « quels ministres étaient présents ce jour-là ? », "by then". */
const TIME_ANAPHORA = /\b(?:ce jour[- ]la|cette annee[- ]la|a cette (?:date|epoque|occasion)|a ce moment[- ]la|that day|at that time|at the time|by then|back then)\b/;

/**
 * A pronoun subject after its verb: "how many students does it have?", "when did they open?", « quand a-t-elle
 * ouvert ? » (not "is it possible", « y a-t-il », « faut-il »).
 */
const INVERTED_PRONOUN =
  /\b(?:does|do|did|is|was|are|were|can|could|will|would|has|have|had) (?:it|they)\b(?! (?:possible|true|worth|necessary|mandatory|required|compulsory)\b)|^(?:(?:et|mais) )?(?:(?:quand|ou|comment|combien|pourquoi|depuis quand|a quelle date|en quelle annee) )?\w+-t-(?:elle|elles)\b/;

/** Turn kinds whose question a follow-up can build on. */
const CONTINUABLE = new Set<Turn['kind']>(['knowledge', 'fallback', 'clarify', 'centre']);

/** Terms that say what kind of answer a question wanted (a date, a number), not what it was about. */
const ASKED_TERMS: ReadonlySet<string> = new Set(['date-limite', 'dat', 'ann', 'jour', 'mois', 'nombr', 'montant']);

/** Terms that replace one another rather than add up: "le deuxième" after "le premier". */
const CONTRASTS: ReadonlyArray<(term: string) => boolean> = [
  (t) => ['premi', 'deuxiem', 'troisiem'].includes(t),
  (t) => /^(19|20)\d\d$/.test(t),
];

/** Whether `text` (folded) reads as a follow-up that needs the previous question to make sense. */
export function isElliptical(folded: string): boolean {
  const text = folded.trim();
  if (ELLIPSIS.test(text) || PRONOUN_SUBJECT.test(text) || TIME_ANAPHORA.test(text) || INVERTED_PRONOUN.test(text)) return true;
  // « qui y a droit ? »: the French space before « ? » makes no word.
  return text.split(/\s+/).filter((w) => /[a-z0-9]/.test(w)).length <= 4 && analyzeTerms(text).length <= 1;
}

function contrastOf(term: QueryTerm): number {
  return CONTRASTS.findIndex((isIn) => term.alternatives.some(isIn));
}

/**
 * The search query for a question: the question itself, or, for an elliptical follow-up, the question
 * (counted twice, so it dominates) plus the previous question's terms that it does not replace.
 * Earlier elliptical turns are followed back (at most two), so a chain of follow-ups keeps its topic.
 */
export function resolveFollowUp(question: Question): string {
  if (!isElliptical(question.folded)) return question.text;
  const current = analyzeTerms(question.text);
  const replaced = new Set(current.map(contrastOf).filter((c) => c >= 0));
  // « jusqu'à quelle date … au deuxième AMI ? » → « Et quelles collectivités pouvaient y répondre ? »: the topic carries
  // over, not the date the first question wanted.
  const kind = questionKind(question.text);
  const context: string[] = [];
  const turns = question.context.turns;
  for (let i = turns.length - 1, used = 0; i >= 0 && used < 2; i -= 1) {
    const turn = turns[i]!;
    if (!CONTINUABLE.has(turn.kind)) break;
    // The assistant asked which town or which commune: a message it could not read as the reply (« pourquoi ? »)
    // is not a follow-up of « Y a-t-il un centre près de chez moi ? » and takes none of its words.
    if (turn.asked) break;
    used += 1;
    const otherKind = kind !== 'other' && kind !== questionKind(turn.question);
    // « jsuis au chômage, je peux utiliser mon cpf ? » then « et ça fait combien par an ? »: who asks does not carry over.
    for (const term of analyzeTerms(withoutSelfDescription(fold(turn.question)))) {
      if (otherKind && term.alternatives.some((a) => ASKED_TERMS.has(a))) continue;
      const contrast = contrastOf(term);
      if (contrast >= 0) {
        if (replaced.has(contrast)) continue;
        replaced.add(contrast);
      }
      context.push(term.surface);
    }
    if (!isElliptical(turn.question.toLowerCase())) break;
  }
  if (context.length === 0) return question.text;
  return `${question.text} ${question.text} ${context.join(' ')}`;
}
