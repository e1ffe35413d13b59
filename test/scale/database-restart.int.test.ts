import { afterAll, describe, expect, it } from 'vitest';
import { setUpOrFail } from '../fakes/postgres.js';
import WebSocket from 'ws';
import { get, post, startDeployment, until, type Deployment } from './instances.js';

/** PostgreSQL stopped and started again while an instance is under load: 503s meanwhile, no crash, full service after. */

let deployment: Deployment;
setUpOrFail(
  async () => {
    // Four clients poll one conversation as fast as they can: no read limits here.
    deployment = await startDeployment(1, { RATE_LIMIT_PER_MINUTE: '0', DIRECT_LINE_POLLS_PER_MINUTE: '0' });
  },
  { everyTest: true },
);
afterAll(async () => {
  await deployment?.close();
});

interface Sample {
  /** The phase when the request was sent and when its answer came (else 'transition': it straddled a change). */
  phase: 'before' | 'down' | 'after' | 'transition';
  path: string;
  status: number;
  retryAfter: string | null;
  code?: string;
}

describe('the database goes away and comes back', () => {
  it('answers 503 with Retry-After while it is down, never crashes, and serves fully again once it is back', async () => {
    const instance = deployment.instances[0]!;
    const base = instance.baseUrl;
    // A conversation with context, and a Direct Line stream, both opened before the outage.
    const first = await post(`${base}/api/ask`, { question: 'Y a-t-il un centre à Chaumont ?' });
    expect(first.status).toBe(200);
    const { body: grant } = await post(`${base}/api/directline/token`, {});
    const auth = { authorization: `Bearer ${grant.token}` };
    const started = await post(`${base}/v3/directline/conversations`, {}, auth);
    const streamed: string[] = [];
    const socket = new WebSocket(started.body.streamUrl);
    socket.on('message', (data) => {
      const text = data.toString();
      if (text) for (const activity of JSON.parse(text).activities) if (activity.text) streamed.push(activity.text);
    });
    await until(() => streamed.length > 0, 'the welcome over the stream');

    // Load: four clients asking, checking readiness and polling, until told to stop.
    let phase: Sample['phase'] = 'before';
    const samples: Sample[] = [];
    let running = true;
    const client = async (worker: number) => {
      const conversationId = `load-${worker}`;
      while (running) {
        const requests = [
          () => post(`${base}/api/ask`, { question: 'Bonjour', conversationId }),
          () => get(`${base}/readyz`),
          () => get(`${base}/v3/directline/conversations/${grant.conversationId}/activities`, auth),
        ];
        for (const [i, request] of requests.entries()) {
          const sentIn = phase;
          const res = await request();
          const at = sentIn === phase ? phase : 'transition';
          samples.push({ phase: at, path: ['ask', 'readyz', 'poll'][i]!, status: res.status, retryAfter: res.headers.get('retry-after'), code: res.body?.error?.code ?? res.body?.status });
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(client));

    await new Promise((r) => setTimeout(r, 1_000));
    // pg_ctl blocks this process while it works: what is sent around it straddles the change.
    phase = 'transition';
    deployment.cluster.stop();
    await until(async () => (await get(`${base}/readyz`)).status === 503, 'readiness to notice', 10_000);
    phase = 'down';
    await new Promise((r) => setTimeout(r, 2_500));
    const down = await get(`${base}/readyz`);
    expect(down.body).toEqual({ status: 'database_unavailable', database: 'down' });
    phase = 'transition';
    deployment.cluster.start();
    await until(async () => (await get(`${base}/readyz`)).status === 200, 'readiness once the database is back', 15_000);
    phase = 'after';
    await new Promise((r) => setTimeout(r, 1_500));
    running = false;
    await load;

    // Never anything but an answer or a 503 to retry; never a crash.
    expect(new Set(samples.map((s) => s.status))).toEqual(new Set([200, 503]));
    expect(instance.child.exitCode).toBeNull();
    const during = samples.filter((s) => s.phase === 'down');
    expect(during.length).toBeGreaterThan(20);
    for (const sample of during) {
      expect(sample, JSON.stringify(sample)).toMatchObject({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });
    }
    expect(during.filter((s) => s.path === 'ask').every((s) => s.code === 'not_ready')).toBe(true);
    const after = samples.filter((s) => s.phase === 'after');
    expect(after.length).toBeGreaterThan(20);
    expect(after.filter((s) => s.status !== 200)).toEqual([]);
    expect(samples.filter((s) => s.phase === 'before').every((s) => s.status === 200)).toBe(true);

    // What was written before the outage is still there, and streams were re-attached to the database's notices.
    const followUp = await post(`${base}/api/ask`, { question: 'et à Dole ?', conversationId: first.body.conversationId });
    expect(followUp.body).toMatchObject({ kind: 'centre', lookup: { place: { name: 'Dole' } } });
    const posted = await post(`${base}/v3/directline/conversations/${grant.conversationId}/activities`, { type: 'message', from: { id: 'x' }, text: 'Y a-t-il un centre Cnam à Chaumont ?' }, auth);
    expect(posted.status).toBe(200);
    await until(() => streamed.some((t) => /Chaumont/.test(t) && t !== 'Y a-t-il un centre Cnam à Chaumont ?'), 'the answer over the stream after the outage');
    socket.close();

    const logs = instance.logs.join('\n');
    expect(logs).toMatch(/database unreachable: answering 503 until it is back/);
    expect(logs).toMatch(/database reachable again/);
  }, 90_000);
});
