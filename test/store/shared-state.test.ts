import type { Activity, Storage } from 'botbuilder';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { DirectLineService } from '../../src/channels/directline/directline-service.js';
import { TokenSigner } from '../../src/channels/directline/token-signer.js';
import { silentLogger } from '../../src/logging/logger.js';
import { BoundedMemoryStorage } from '../../src/store/bounded-memory-storage.js';
import { PgDatabase } from '../../src/store/pg-database.js';
import { PgDirectLineStore } from '../../src/store/pg-directline-store.js';
import { PgRateBuckets } from '../../src/store/pg-rate-buckets.js';
import { openPostgresStores, sweepExpired, type PgStores } from '../../src/store/pg-stores.js';
import { PgStorage } from '../../src/store/pg-storage.js';
import { PgNotifier } from '../../src/store/pg-notifier.js';
import { usePostgres } from '../fakes/postgres.js';

const postgres = usePostgres();
const opened: Array<{ close(): Promise<void> | void }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((o) => o.close()));
});

/** Two "instances": two sets of stores, each with its own pool and notification connection, on one new database. */
async function twoInstances(): Promise<[PgStores, PgStores, string]> {
  const url = await postgres.createDatabase();
  const a = await openPostgresStores(url, silentLogger(), { sweepMs: 0 });
  const b = await openPostgresStores(url, silentLogger(), { sweepMs: 0 });
  opened.push(a, b);
  return [a, b, url];
}

async function eventually(check: () => boolean | Promise<boolean>, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each([
  ['BoundedMemoryStorage', async (): Promise<Storage> => new BoundedMemoryStorage()],
  ['PgStorage', async (): Promise<Storage> => (await twoInstances())[0].shared!.storage],
])('%s (botbuilder Storage contract)', (_name, make) => {
  it('reads back what was written, with an eTag; a stale eTag is refused, "*" always writes', async () => {
    const storage = await make();
    await storage.write({ a: { turns: [1] } });
    const read = await storage.read(['a', 'missing']);
    expect(read).toEqual({ a: { turns: [1], eTag: expect.any(String) } });
    await storage.write({ a: { turns: [2], eTag: read.a!.eTag } });
    await expect(storage.write({ a: { turns: [3], eTag: read.a!.eTag } })).rejects.toThrow(/eTag conflict/);
    await storage.write({ a: { turns: [4], eTag: '*' } });
    expect((await storage.read(['a'])).a).toMatchObject({ turns: [4] });
  });

  it('writes a new key whatever eTag it carries, and forgets deleted keys', async () => {
    const storage = await make();
    await storage.write({ fresh: { v: 1, eTag: 'some-old-etag' } });
    expect((await storage.read(['fresh'])).fresh).toMatchObject({ v: 1 });
    await storage.delete(['fresh']);
    expect(await storage.read(['fresh'])).toEqual({});
  });
});

describe('PgStorage across instances', () => {
  it('when two instances write with the eTag they both read, exactly one write wins, every time', async () => {
    const [a, b] = await twoInstances();
    for (let round = 0; round < 20; round += 1) {
      const key = `conversation-${round}`;
      await a.shared!.storage.write({ [key]: { turns: [] } });
      const [seenA, seenB] = await Promise.all([a.shared!.storage.read([key]), b.shared!.storage.read([key])]);
      expect(seenA[key]!.eTag).toBe(seenB[key]!.eTag);
      const results = await Promise.allSettled([
        a.shared!.storage.write({ [key]: { turns: ['from a'], eTag: seenA[key]!.eTag } }),
        b.shared!.storage.write({ [key]: { turns: ['from b'], eTag: seenB[key]!.eTag } }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const winner = results[0]!.status === 'fulfilled' ? 'from a' : 'from b';
      expect((await b.shared!.storage.read([key]))[key]).toMatchObject({ turns: [winner] });
    }
  });

  it('writes several items all or none', async () => {
    const [a] = await twoInstances();
    const storage = a.shared!.storage;
    await storage.write({ x: { v: 1 } });
    const { x } = await storage.read(['x']);
    await storage.write({ x: { v: 2, eTag: '*' } });
    await expect(storage.write({ y: { v: 1 }, x: { v: 3, eTag: x!.eTag } })).rejects.toThrow(/eTag conflict/);
    expect(await storage.read(['x', 'y'])).toEqual({ x: { v: 2, eTag: expect.any(String) } });
  });
});

describe('PgRateBuckets', () => {
  it('when two instances spend from one bucket at once, exactly the burst is granted', async () => {
    const [, , url] = await twoInstances();
    const pools = [new PgDatabase(url, silentLogger(), { poolSize: 8 }), new PgDatabase(url, silentLogger(), { poolSize: 8 })];
    opened.push(...pools);
    const limits = pools.map((db) => new PgRateBuckets(db, silentLogger()).factory('public', { perMinute: 1, burst: 10 }));
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => limits[i % 2]!.take('203.0.113.9')));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    const refused = results.find((r) => !r.ok);
    expect(refused).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // Another key, another limit name: their own buckets.
    expect(await limits[0]!.take('203.0.113.10')).toEqual({ ok: true });
  });

  it('refills with time, and a full bucket expires (the sweep deletes it)', async () => {
    const [a] = await twoInstances();
    const fast = a.shared!.buckets('fast', { perMinute: 6_000, burst: 1 }); // 100 tokens a second
    expect(await fast.take('k')).toEqual({ ok: true });
    expect((await fast.take('k')).ok).toBe(false);
    await new Promise((r) => setTimeout(r, 40));
    expect(await fast.take('k')).toEqual({ ok: true });
    await new Promise((r) => setTimeout(r, 40));
    expect(await sweepExpired(a.db)).toMatchObject({ rate_buckets: 1 });
  });

  it('lets requests through while the database is unreachable, rather than refusing everyone', async () => {
    const db = new PgDatabase('postgres://postgres@127.0.0.1:9/none', silentLogger(), { connectTimeoutMs: 500 });
    opened.push(db);
    const limit = new PgRateBuckets(db, silentLogger()).factory('public', { perMinute: 1, burst: 1 });
    expect(await limit.take('k')).toEqual({ ok: true });
    expect(await limit.take('k')).toEqual({ ok: true });
    expect(db.up).toBe(false);
  });
});

describe('PgDirectLineStore', () => {
  it('when two instances append to one conversation at once, watermarks are consecutive and ids distinct', async () => {
    const [a, b] = await twoInstances();
    const [storeA, storeB] = [a.shared!.directLine, b.shared!.directLine];
    expect(await storeA.open('c1', 'dl_u')).toBe(true);
    expect(await storeB.open('c1', 'dl_u')).toBe(false);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? storeA : storeB).append('c1', [{ type: 'message', text: `m${i}` }, { type: 'message', text: `n${i}` }])),
    );
    const ranges = results.map((r) => [r.from, r.to]).sort((x, y) => x[0]! - y[0]!);
    expect(ranges).toEqual(Array.from({ length: 40 }, (_, i) => [2 * i, 2 * i + 2]));
    const page = await storeB.since('c1', undefined);
    expect(page.watermark).toBe(80);
    expect(new Set(page.activities.map((x) => x.id)).size).toBe(page.activities.length);
    // Each append's two activities stay together and in order.
    const texts = page.activities.map((x) => x.text!);
    for (let i = 0; i < texts.length; i += 2) expect(texts[i]!.slice(1)).toBe(texts[i + 1]!.slice(1));
  });

  it('keeps the newest activities within the count and byte bounds; watermarks stay absolute', async () => {
    const [, , url] = await twoInstances();
    const db = new PgDatabase(url, silentLogger());
    const notifier = new PgNotifier(url, silentLogger());
    opened.push(db, notifier);
    const store = new PgDirectLineStore(db, notifier, { maxConversations: 0, maxActivities: 3, maxBytes: 10_000, idleMs: 60_000 });
    await store.open('c', 'dl_u');
    for (let i = 1; i <= 5; i++) await store.append('c', [{ id: String(i) }]);
    expect((await store.since('c', undefined)).activities.map((x) => x.id)).toEqual(['3', '4', '5']);
    expect(await store.since('c', 4)).toEqual({ activities: [{ id: '5' }], watermark: 5 });
    await store.append('c', [{ id: 'big', text: 'x'.repeat(20_000) }]);
    expect((await store.since('c', 0)).activities.map((x) => x.id)).toEqual(['big']);
    expect((await store.since('c', 0)).watermark).toBe(6);
  });

  it('forgets an idle conversation; the sweep deletes it with its activities; a new opening starts again at 0', async () => {
    const [, , url] = await twoInstances();
    const db = new PgDatabase(url, silentLogger());
    const notifier = new PgNotifier(url, silentLogger());
    opened.push(db, notifier);
    const store = new PgDirectLineStore(db, notifier, { maxConversations: 0, maxActivities: 200, maxBytes: 128 * 1024, idleMs: 300 });
    await store.open('old', 'dl_u');
    await store.append('old', [{ type: 'message', text: 'a' }]);
    expect(await store.find('old')).toEqual({ id: 'old', userId: 'dl_u' });
    await new Promise((r) => setTimeout(r, 400));
    expect(await store.find('old')).toBeUndefined();
    await expect(store.append('old', [{ type: 'message' }])).rejects.toThrow(/no such conversation/);
    expect(await sweepExpired(db)).toMatchObject({ directline_conversations: 1 });
    expect((await db.query('SELECT COUNT(*)::int AS n FROM directline_activities')).rows[0]).toEqual({ n: 0 });
    expect(await store.open('old', 'dl_v')).toBe(true);
    expect((await store.append('old', [{ type: 'message' }])).to).toBe(1);
  });
});

/** A bot that answers each message. */
const echoBot = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> =>
  activity.type === 'message' ? [{ type: 'typing' }, { type: 'message', text: `Réponse à ${activity.text}`, replyToId: activity.id! }] : [];

describe('Direct Line across instances', () => {
  async function services() {
    const [a, b, url] = await twoInstances();
    const signer = () => new TokenSigner(Buffer.from('a shared secret of at least 32 characters'));
    const serviceA = new DirectLineService({ runTurn: echoBot, signer: signer(), store: a.shared!.directLine });
    const serviceB = new DirectLineService({ runTurn: echoBot, signer: signer(), store: b.shared!.directLine });
    return { serviceA, serviceB, url };
  }

  it('a stream open on one instance gets, in order and with its watermarks, what is posted through the other', async () => {
    const { serviceA, serviceB } = await services();
    const { token, conversationId } = serviceB.generateToken();
    await serviceA.startConversation(token);
    const streamed: Array<{ texts: string[]; watermark: number }> = [];
    const stream = await serviceA.openStream({ token }, conversationId, undefined, (activities, watermark) =>
      streamed.push({ texts: activities.map((x) => `${x.type}:${x.text ?? ''}`), watermark }),
    );
    await serviceB.postActivity(token, conversationId, { type: 'message', from: { id: 'u' }, text: 'Bonjour' });
    await serviceA.postActivity(token, conversationId, { type: 'message', from: { id: 'u' }, text: 'Encore' });
    await eventually(() => streamed.at(-1)?.watermark === 4);
    expect(streamed.flatMap((s) => s.texts).filter((t) => t.startsWith('message'))).toEqual([
      'message:Bonjour',
      'message:Réponse à Bonjour',
      'message:Encore',
      'message:Réponse à Encore',
    ]);
    // The other instance's typing indicator rides along with its notice.
    expect(streamed.flatMap((s) => s.texts)).toContain('typing:');
    const watermarks = streamed.map((s) => s.watermark);
    expect(watermarks).toEqual([...watermarks].sort((x, y) => x - y));
    stream.close();
    expect((await serviceB.getActivities(token, conversationId, '1')).activities.map((x) => x.text)).toEqual(['Réponse à Bonjour', 'Encore', 'Réponse à Encore']);
  });

  it('when notifications were interrupted, an open stream reads what it missed once they resume', async () => {
    const { serviceA, serviceB, url } = await services();
    const { token, conversationId } = serviceA.generateToken();
    await serviceA.startConversation(token);
    const texts: string[] = [];
    const stream = await serviceA.openStream({ token }, conversationId, undefined, (activities) => texts.push(...activities.map((x) => x.text ?? '')));
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    // Cut every listening connection, then post while they are down.
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cnam-territoires-listen'");
    await serviceB.postActivity(token, conversationId, { type: 'message', from: { id: 'u' }, text: 'Pendant la coupure' });
    await eventually(() => texts.includes('Réponse à Pendant la coupure'), 8_000);
    await admin.end();
    stream.close();
  });

  it('a review recorded on one instance is reused by the other, whose cache is dropped', async () => {
    const [a, b] = await twoInstances();
    let dropped = 0;
    a.shared!.onReviewsChanged(() => (dropped += 1));
    expect(await a.reviews.reusable()).toEqual([]);
    const answer = { question: 'Qui ?', kind: 'knowledge' as const, text: 'Les villes [1].', confidence: 0.8, citations: [{ n: 1, title: 'AMI', url: 'https://www.cnam.fr/ami' }] };
    const approved = await b.reviews.record({ action: 'approve', agentId: 'm', question: 'Qui ?', finalText: answer.text, originalAnswer: answer, citations: answer.citations });
    await eventually(() => dropped > 0);
    expect((await a.reviews.reusable()).map((r) => r.id)).toEqual([approved.id]);
  });
});

describe('PgDatabase errors', () => {
  it('a statement cancelled by its timeout is a 503 to retry, without marking the database down; a bad statement is not', async () => {
    const url = await postgres.createDatabase();
    const db = new PgDatabase(url, silentLogger(), { statementTimeoutMs: 100 });
    opened.push(db);
    await expect(db.query('SELECT pg_sleep(1)')).rejects.toMatchObject({ code: 'not_ready', message: 'the database is busy; retry shortly' });
    expect(db.up).toBe(true);
    await expect(db.query('SELECT * FROM no_such_table')).rejects.toMatchObject({ code: '42P01' });
    expect(db.up).toBe(true);
  });
});
