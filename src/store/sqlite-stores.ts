import type { FeedbackStore } from './feedback-store.js';
import type { ReviewStore } from './review-store.js';
import { openDatabase, type SqliteDatabase } from './sqlite-database.js';
import { SqliteFeedbackStore } from './sqlite-feedback-store.js';
import { SqliteReviewStore } from './sqlite-review-store.js';
import { SqliteUnansweredStore } from './sqlite-unanswered-store.js';
import type { SharedState } from './shared-state.js';
import type { UnansweredStore } from './unanswered-store.js';

/** The durable stores of the service, sharing one database. */
export interface Stores {
  feedback: FeedbackStore;
  reviews: ReviewStore;
  unanswered: UnansweredStore;
  /** Conversation state, Direct Line and rate limits in the database (PostgreSQL only; absent = in memory). */
  shared?: SharedState;
  close(): void | Promise<void>;
}

/** Opens the database at `file` (`':memory:'` for a throwaway one) and builds every store on it. */
export function openSqliteStores(file: string): Stores {
  const db: SqliteDatabase = openDatabase(file);
  return {
    feedback: new SqliteFeedbackStore(db),
    reviews: new SqliteReviewStore(db),
    unanswered: new SqliteUnansweredStore(db),
    close: () => {
      db.close();
    },
  };
}
