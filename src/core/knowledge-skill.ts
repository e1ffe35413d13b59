import { analyzeTerms } from '../text/analyze-french.js';
import { fold } from '../text/fold.js';
import { questionKind, type QuestionKind } from '../text/question-kind.js';
import type { Answer } from './answer.js';
import { answerConfidence, DEFAULT_MIN_CONFIDENCE } from './answer-confidence.js';
import { composeGroundedAnswer, type AnswerPart, type ComposeOptions } from './compose-grounded-answer.js';
import { fallbackAnswer } from './fallback-answer.js';
import { isOffTopic } from './off-topic-guard.js';
import { withIntent } from './question-intent.js';
import type { PassageHit, PassageRetriever } from './passage-retriever.js';
import type { Question } from './question.js';
import { isElliptical, resolveFollowUp } from './resolve-follow-up.js';
import type { Skill } from './skill.js';

export interface KnowledgeSkillOptions extends ComposeOptions {
  /** Below this confidence the skill declines with the fallback answer (default {@link DEFAULT_MIN_CONFIDENCE}). */
  minConfidence?: number;
  /** Passages retrieved per question. */
  k?: number;
}

/** The calls of the programme, for a question that does not say which one it means. */
const CALLS = [
  { ordinal: 'premi', fr: 'Premier AMI (2019)', en: 'First call (2019)', query: 'premier AMI' },
  { ordinal: 'deuxiem', fr: 'Deuxième AMI (2020-2021)', en: 'Second call (2020-2021)', query: 'deuxième AMI' },
] as const;

const ORDINAL_WORD = /\b(premier|premiere|1er|1ere|deuxieme|second|seconde|2e|2eme|troisieme|first|third|2019|2020|2021)\b/;

/** Ordinals of a passage's section (heading path): which call it is about. */
function callsOf(hit: PassageHit): Set<string> {
  const words = fold(hit.headingPath.slice(1).join(' '));
  const out = new Set<string>();
  if (/\b(premier|premiere|1er)\b/.test(words)) out.add('premi');
  if (/\b(deuxieme|second|seconde)\b/.test(words)) out.add('deuxiem');
  return out;
}

/**
 * Whether a date or count question that names no call gets answers about different calls: the best
 * passages, about as good as one another, are sections on the first call and on the second
 * (« combien de lauréats ? »: 55 in 2019, 11 then 20 in 2021). Mixing them would mislead.
 */
function spansCalls(query: string, kind: QuestionKind, hits: readonly PassageHit[]): boolean {
  if (kind !== 'count' && kind !== 'when') return false;
  if (ORDINAL_WORD.test(fold(query))) return false;
  const top = hits[0];
  if (!top || callsOf(top).size !== 1) return false;
  const calls = new Set<string>();
  for (const hit of hits.slice(0, 5)) {
    if (hit.coverage < 0.9 * top.coverage) continue;
    const c = callsOf(hit);
    if (c.size === 1) calls.add([...c][0]!);
  }
  return calls.size > 1;
}

/** What the question asks for; an elliptical follow-up (« et au deuxième ? ») asks what the previous one did. */
function kindOf(question: Question): QuestionKind {
  const kind = questionKind(question.text);
  if (kind !== 'other' || !isElliptical(question.folded)) return kind;
  const previous = question.context.turns.at(-1);
  return previous ? questionKind(previous.question) : kind;
}

/**
 * Answers from the knowledge documents: resolves follow-ups against the conversation, retrieves
 * passages, and composes an extractive, cited answer. A date or count question that applies to both
 * calls without saying which is answered call by call. Declines with {@link fallbackAnswer} (no
 * citation) for off-topic requests and whenever retrieval confidence is below the threshold.
 * Always answers, so it goes last.
 */
export function createKnowledgeSkill(retriever: PassageRetriever, options: KnowledgeSkillOptions = {}): Skill {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const k = options.k ?? 5;
  return {
    name: 'knowledge',
    async answer(question: Question): Promise<Answer> {
      if (isOffTopic(question.folded)) return fallbackAnswer(question.text, question.language);
      const query = withIntent(resolveFollowUp(question));
      const hits = await retriever.search(query, k);
      const confidence = answerConfidence(hits[0]);
      if (confidence < minConfidence) return fallbackAnswer(question.text, question.language, confidence);
      const kind = kindOf(question);
      let parts: AnswerPart[] | undefined;
      if (spansCalls(query, kind, hits) && analyzeTerms(query).length > 0) {
        parts = [];
        for (const call of CALLS) {
          const partQuery = `${query} ${call.query}`;
          const partHits = await retriever.search(partQuery, k);
          if (answerConfidence(partHits[0]) >= minConfidence) {
            parts.push({ label: question.language === 'en' ? call.en : call.fr, query: partQuery, hits: partHits });
          }
        }
        if (parts.length < 2) parts = undefined;
      }
      const answer = composeGroundedAnswer({ question: question.text, query, language: question.language, hits, confidence, kind, parts }, options);
      return answer ?? fallbackAnswer(question.text, question.language, confidence);
    },
  };
}
