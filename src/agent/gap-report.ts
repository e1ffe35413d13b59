import { questionKey } from '../store/question-key.js';
import type { FeedbackEntry } from '../store/feedback-store.js';
import type { UnansweredEntry } from '../store/unanswered-store.js';

/** One question the knowledge does not cover well, grouped by folded question. */
export interface Gap {
  /** The folded question the entries are grouped by. */
  key: string;
  /** The question as last asked. */
  question: string;
  fallback: number;
  lowConfidence: number;
  dislikes: number;
  total: number;
  /** ISO 8601 date-time of the latest entry. */
  lastAt: string;
  /** What users wrote with their 👎 (latest first, at most 3). */
  comments: string[];
}

/**
 * Groups fallbacks, low-confidence answers and 👎 by folded question; most frequent first, then most recent.
 * A 👎 whose question the channel no longer knew cannot be grouped and is left out.
 */
export function buildGapReport(unanswered: readonly UnansweredEntry[], feedback: readonly FeedbackEntry[]): Gap[] {
  const gaps = new Map<string, Gap>();
  const gapFor = (question: string, at: string, count = 1): Gap => {
    const key = questionKey(question);
    let gap = gaps.get(key);
    if (!gap) {
      gap = { key, question, fallback: 0, lowConfidence: 0, dislikes: 0, total: 0, lastAt: at, comments: [] };
      gaps.set(key, gap);
    }
    gap.total += count;
    if (at >= gap.lastAt) {
      gap.lastAt = at;
      gap.question = question;
    }
    return gap;
  };
  for (const entry of unanswered) {
    const count = entry.count ?? 1;
    const gap = gapFor(entry.question, entry.at, count);
    if (entry.reason === 'fallback') gap.fallback += count;
    else gap.lowConfidence += count;
  }
  for (const entry of feedback) {
    if (entry.reaction !== 'dislike' || !entry.question) continue;
    const gap = gapFor(entry.question, entry.at);
    gap.dislikes += 1;
    if (entry.text?.trim()) gap.comments = [entry.text.trim(), ...gap.comments].slice(0, 3);
  }
  return [...gaps.values()].sort((a, b) => b.total - a.total || b.lastAt.localeCompare(a.lastAt));
}
