import type { Answer } from './answer.js';
import { answerConfidence, DEFAULT_MIN_CONFIDENCE } from './answer-confidence.js';
import { composeGroundedAnswer, type ComposeOptions } from './compose-grounded-answer.js';
import { fallbackAnswer } from './fallback-answer.js';
import { isOffTopic } from './off-topic-guard.js';
import type { PassageRetriever } from './passage-retriever.js';
import type { Question } from './question.js';
import { resolveFollowUp } from './resolve-follow-up.js';
import type { Skill } from './skill.js';

export interface KnowledgeSkillOptions extends ComposeOptions {
  /** Below this confidence the skill declines with the fallback answer (default {@link DEFAULT_MIN_CONFIDENCE}). */
  minConfidence?: number;
  /** Passages retrieved per question. */
  k?: number;
}

/**
 * Answers from the knowledge documents: resolves follow-ups against the conversation, retrieves
 * passages, and composes an extractive, cited answer. Declines with {@link fallbackAnswer} (no
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
      const query = resolveFollowUp(question);
      const hits = await retriever.search(query, k);
      const confidence = answerConfidence(hits[0]);
      if (confidence < minConfidence) return fallbackAnswer(question.text, question.language, confidence);
      const answer = composeGroundedAnswer({ question: question.text, query, language: question.language, hits, confidence }, options);
      return answer ?? fallbackAnswer(question.text, question.language, confidence);
    },
  };
}
