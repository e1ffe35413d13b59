import type { Turn } from '../core/ask-context.js';
import type { ConversationStore } from './conversation-store.js';
import type { PgDatabase } from './pg-database.js';
import { STATE_IDLE_MS } from './pg-storage.js';

/** `/api/ask` turns in PostgreSQL, so a follow-up may reach any instance; a conversation expires an hour after its last turn. */
export class PgConversationStore implements ConversationStore {
  constructor(
    private readonly db: PgDatabase,
    private readonly idleMs = STATE_IDLE_MS,
  ) {}

  async get(conversationId: string): Promise<Turn[]> {
    const { rows } = await this.db.query<{ turns: Turn[] }>('SELECT turns FROM ask_conversations WHERE id = $1 AND expires_at > now()', [conversationId], 'ask_read');
    return rows[0]?.turns ?? [];
  }

  async set(conversationId: string, turns: Turn[]): Promise<void> {
    await this.db.query(
      `INSERT INTO ask_conversations (id, turns, expires_at) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
       ON CONFLICT (id) DO UPDATE SET turns = excluded.turns, expires_at = excluded.expires_at`,
      [conversationId, JSON.stringify(turns), this.idleMs],
      'ask_write',
    );
  }
}
