import type { Answer } from '../core/answer.js';
import type { Assistant } from '../core/assistant.js';
import type { Logger } from '../logging/logger.js';
import type { UnansweredReason, UnansweredStore } from '../store/unanswered-store.js';

/** Below this confidence a knowledge or centre answer is reported as a gap. */
export const LOW_CONFIDENCE = 0.6;

/** Why `answer` is a gap in the knowledge, or null when it is not one. */
export function gapReason(answer: Answer): UnansweredReason | null {
  if (answer.reviewed) return null;
  if (answer.kind === 'fallback') return 'fallback';
  if ((answer.kind === 'knowledge' || answer.kind === 'centre') && answer.confidence < LOW_CONFIDENCE) return 'low_confidence';
  return null;
}

/**
 * Wraps the assistant so every fallback or low-confidence answer, whatever the channel, is recorded for the
 * knowledge team. Recording never fails a question: a store error is logged and the answer still goes out.
 */
export function recordUnanswered(assistant: Assistant, store: UnansweredStore, logger: Logger): Assistant {
  const reply: Assistant['reply'] = async (question, context) => {
    const result = await assistant.reply(question, context);
    const reason = gapReason(result.answer);
    if (reason) {
      await store
        .record({
          question: result.answer.question,
          reason,
          kind: result.answer.kind,
          confidence: result.answer.confidence,
          at: new Date().toISOString(),
        })
        .catch((error: unknown) => logger.error({ err: error }, 'could not record an unanswered question'));
    }
    return result;
  };
  return {
    reply,
    ask: async (question, context) => (await reply(question, context)).answer,
    clearCache: () => assistant.clearCache(),
  };
}
