import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { PgClient, PgDatabase } from './pg-database.js';

/** An item not written for this long is forgotten (as the in-memory storage's idle bound). */
export const STATE_IDLE_MS = 60 * 60 * 1000;

const UPSERT = `INSERT INTO bot_state (key, doc, etag, expires_at) VALUES ($1, $2, $3, now() + $4 * interval '1 millisecond')
  ON CONFLICT (key) DO UPDATE SET doc = excluded.doc, etag = excluded.etag, expires_at = excluded.expires_at`;
/** The same, unless the kept item is live with another eTag: then nothing is written (0 rows) and the write fails. */
const UPSERT_IF_MATCH = `${UPSERT} WHERE bot_state.etag = $5 OR bot_state.expires_at <= now()`;

/**
 * botbuilder's {@link Storage} in PostgreSQL, shared by every instance, with real eTag concurrency as botbuilder's
 * MemoryStorage defines it: a write carrying the eTag it read succeeds only if nobody wrote since (the check and the
 * write are one statement, so two instances cannot both win); `'*'` or no eTag always writes; a write to a key that
 * does not exist succeeds. Items expire `idleMs` after their last write; reads skip expired rows and the sweeper
 * deletes them.
 */
export class PgStorage implements Storage {
  constructor(
    private readonly db: PgDatabase,
    private readonly idleMs = STATE_IDLE_MS,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const { rows } = await this.db.query<{ key: string; doc: object; etag: string }>(
      'SELECT key, doc, etag FROM bot_state WHERE key = ANY($1::text[]) AND expires_at > now()',
      [keys],
      'bot_state_read',
    );
    const items: StoreItems = {};
    for (const row of rows) items[row.key] = { ...row.doc, eTag: row.etag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes);
    if (entries.length === 1) return this.writeOne(undefined, entries[0]![0], entries[0]![1] as StoreItem);
    // Several items: all or none.
    await this.db.transaction(async (client) => {
      for (const [key, item] of entries) await this.writeOne(client, key, item as StoreItem);
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.db.query('DELETE FROM bot_state WHERE key = ANY($1::text[])', [keys]);
  }

  private async writeOne(client: PgClient | undefined, key: string, item: StoreItem): Promise<void> {
    const { eTag, ...value } = item;
    const conditional = typeof eTag === 'string' && eTag !== '' && eTag !== '*';
    const params = [key, JSON.stringify(value), randomUUID(), this.idleMs, ...(conditional ? [eTag] : [])];
    const sql = conditional ? UPSERT_IF_MATCH : UPSERT;
    const name = conditional ? 'bot_state_write_if_match' : 'bot_state_write';
    const result = client ? await client.query({ name, text: sql, values: params }) : await this.db.query(sql, params, name);
    if (result.rowCount === 0) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
  }
}
