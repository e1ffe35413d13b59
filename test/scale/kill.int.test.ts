import { afterAll, describe, expect, it } from 'vitest';
import { setUpOrFail } from '../fakes/postgres.js';
import { dislike, get, message, post, startDeployment, until, type Deployment } from './instances.js';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy.js';

/**
 * `kill -9` of one of two instances in the middle of a Direct Line conversation and of a burst of writes: the other
 * carries on with the same conversation, and every write that was acknowledged is in the database.
 */

let deployment: Deployment;
let proxy: RoundRobinProxy;

setUpOrFail(
  async () => {
    // Not about rate limits: the burst comes from one address.
    deployment = await startDeployment(2, { RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_MESSAGES_PER_MINUTE: '0' });
    proxy = await startRoundRobinProxy(deployment.instances.map((i) => i.baseUrl));
  },
  { everyTest: true },
);

afterAll(async () => {
  await proxy?.close();
  await deployment?.close();
});

describe('kill -9 of one instance', () => {
  it('mid-conversation and mid-burst: the survivor carries on, and every acknowledged write is in the database', async () => {
    const [victim, survivor] = deployment.instances as [NonNullable<Deployment['instances'][0]>, NonNullable<Deployment['instances'][0]>];

    // A Direct Line conversation through the proxy, one exchange done.
    const { body: grant } = await post(`${proxy.url}/api/directline/token`, {}, { 'x-forwarded-for': '198.51.100.20' });
    const auth = { authorization: `Bearer ${grant.token}`, 'x-forwarded-for': '198.51.100.20' };
    const conversation = `${proxy.url}/v3/directline/conversations/${grant.conversationId}`;
    expect((await post(`${proxy.url}/v3/directline/conversations`, {}, auth)).status).toBe(201);
    const exchange = async (text: string) => {
      const posted = await post(`${conversation}/activities`, { type: 'message', from: { id: 'x' }, text }, auth);
      expect(posted.status).toBe(200);
      const page = await until(async () => {
        const p = await get(`${conversation}/activities`, auth);
        return p.status === 200 && (p.body.activities as Array<{ replyToId?: string }>).some((x) => x.replyToId === posted.body.id) && p.body;
      }, `the answer to ${text}`);
      return Number(page.watermark);
    };
    const before = await exchange('Y a-t-il un centre Cnam à Chaumont ?');

    // A burst of writes straight to the victim: 👎 on an answer (feedback rows) and /api/ask turns (conversation rows).
    const answered = await post(`${victim.baseUrl}/api/messages`, message('burst', 'Comment financer une formation au Cnam ?'));
    const answerId = (answered.body.activities as Array<{ type: string; id: string }>).find((x) => x.type === 'message')!.id;
    const acknowledged = { feedback: [] as string[], asks: [] as string[] };
    let sent = 0;
    const writer = async (worker: number) => {
      for (let i = 0; i < 400; i += 1) {
        const n = `${worker}-${i}`;
        sent += 1;
        let res: Awaited<ReturnType<typeof post>>;
        try {
          res = i % 2 === 0
            ? await post(`${victim.baseUrl}/api/messages`, dislike('burst', answerId, `rafale ${n}`))
            : await post(`${victim.baseUrl}/api/ask`, { question: 'Bonjour', conversationId: `burst-${n}` });
        } catch (error) {
          // The process is gone (refused, or cut mid-answer): this request was never acknowledged.
          if (['fetch failed', 'terminated'].includes((error as Error).message)) return;
          throw error;
        }
        expect(res.status).toBe(200);
        if (i % 2 === 1) {
          acknowledged.asks.push(`burst-${n}`);
        } else {
          const invoke = (res.body.activities as Array<{ type: string; value?: { status: number } }>).find((x) => x.type === 'invokeResponse');
          expect(invoke?.value?.status).toBe(200);
          acknowledged.feedback.push(`rafale ${n}`);
        }
      }
    };
    const burst = Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));
    await until(() => acknowledged.feedback.length + acknowledged.asks.length >= 60, 'writes under way');
    victim.child.kill('SIGKILL');
    await burst;
    expect(await victim.exited).toBeNull(); // killed by a signal, no exit code
    expect(acknowledged.feedback.length).toBeGreaterThan(10);
    expect(acknowledged.asks.length).toBeGreaterThan(10);
    expect(sent).toBeGreaterThan(acknowledged.feedback.length + acknowledged.asks.length); // some were cut by the kill

    // Every acknowledged write is there.
    const feedback = new Set((await deployment.query<{ text: string }>("SELECT text FROM feedback WHERE text LIKE 'rafale %'")).map((r) => r.text));
    expect(acknowledged.feedback.filter((t) => !feedback.has(t))).toEqual([]);
    const asks = new Set((await deployment.query<{ id: string }>("SELECT id FROM ask_conversations WHERE id LIKE 'burst-%'")).map((r) => r.id));
    expect(acknowledged.asks.filter((id) => !asks.has(id))).toEqual([]);

    // The conversation goes on through the proxy (which now reaches only the survivor), with its watermark.
    const after = await exchange('et à Dole ?');
    expect(after).toBe(before + 2);
    const page = await get(`${conversation}/activities?watermark=${before}`, auth);
    expect(page.body.activities.at(-1).text).toMatch(/Dole/);
    expect((await get(`${survivor.baseUrl}/readyz`)).status).toBe(200);
  }, 120_000);
});
