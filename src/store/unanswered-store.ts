import type { AnswerKind } from '../core/answer.js';

/** Why a question counts as not (well) answered. */
export type UnansweredReason = 'fallback' | 'low_confidence';

/** One question the assistant fell back on, or answered with low confidence. */
export interface UnansweredEntry {
  question: string;
  reason: UnansweredReason;
  kind: AnswerKind;
  confidence: number;
  /** ISO 8601 date-time (of the latest time it was asked). */
  at: string;
  /** How many times it was asked (stores that count repeats; 1 when absent). */
  count?: number;
}

/** Where unanswered questions go, for the knowledge team's gap report. */
export interface UnansweredStore {
  record(entry: UnansweredEntry): Promise<void>;
  /** Every entry, oldest first. */
  list(): Promise<UnansweredEntry[]>;
}
