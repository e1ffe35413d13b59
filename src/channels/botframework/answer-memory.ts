import type { AnswerKind, Citation } from '../../core/answer.js';

/** What feedback needs to know of a rated answer. */
export interface RememberedAnswer {
  question: string;
  kind: AnswerKind;
  citations: Citation[];
}

/**
 * Where the bot remembers the answers it sent, so a later 👍/👎 knows what it rates. {@link AnswerMemory} keeps them
 * in this process; several instances share them through the database (`src/store/pg-answer-memory.ts`).
 */
export interface AnswerMemoryStore {
  remember(conversationId: string, keys: ReadonlyArray<string | undefined>, answer: RememberedAnswer): void | Promise<void>;
  recall(conversationId: string, keys: ReadonlyArray<string | undefined>): RememberedAnswer | undefined | Promise<RememberedAnswer | undefined>;
}

/**
 * The last answers sent, keyed by conversation and by the ids the reply is known under (the channel's
 * activity id, the answer reference). Least recently used entries go first past `maxEntries`.
 */
export class AnswerMemory implements AnswerMemoryStore {
  private readonly entries = new Map<string, RememberedAnswer>();

  constructor(private readonly maxEntries = 5_000) {}

  remember(conversationId: string, keys: ReadonlyArray<string | undefined>, answer: RememberedAnswer): void {
    for (const key of new Set(keys)) {
      if (!key) continue;
      const id = `${conversationId}\n${key}`;
      this.entries.delete(id);
      this.entries.set(id, answer);
    }
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  recall(conversationId: string, keys: ReadonlyArray<string | undefined>): RememberedAnswer | undefined {
    for (const key of keys) {
      if (!key) continue;
      const found = this.entries.get(`${conversationId}\n${key}`);
      if (found) return found;
    }
    return undefined;
  }

  get size(): number {
    return this.entries.size;
  }
}
