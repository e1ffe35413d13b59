import { createRequire } from 'node:module';
import { DirectLine, type Activity, type Message } from 'botframework-directlinejs';
import { afterAll, describe, expect, it } from 'vitest';
import { setUpOrFail } from '../fakes/postgres.js';
import WebSocket from 'ws';
import { AGENT_TOKEN, dislike, get, message, post, startDeployment, until, type Deployment } from './instances.js';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy.js';

/**
 * Two instances of the real service (dist/main.js) on one PostgreSQL database, behind a round-robin proxy without
 * stickiness: a client's consecutive requests land on alternate instances, as behind any load balancer.
 */

(globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest ??= createRequire(import.meta.url)('xhr2');
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

let deployment: Deployment;
let proxy: RoundRobinProxy;
let a = '';
let b = '';

setUpOrFail(
  async () => {
    deployment = await startDeployment(2);
    [a, b] = deployment.instances.map((i) => i.baseUrl) as [string, string];
    proxy = await startRoundRobinProxy([a, b]);
  },
  { everyTest: true },
);

afterAll(async () => {
  await proxy?.close();
  await deployment?.close();
});

const QUESTIONS = ['Y a-t-il un centre Cnam à Chaumont ?', 'Quand le deuxième AMI a-t-il été lancé ?', 'Comment financer une formation au Cnam ?', 'Et à Dole ?'];

describe('a Web Chat conversation through a round-robin load balancer', () => {
  it('polling: every request may land on either instance, every answer arrives, watermarks only grow', async () => {
    const client = { 'x-forwarded-for': '198.51.100.1' };
    const dl = `${proxy.url}/v3/directline`;
    const { body: grant } = await post(`${proxy.url}/api/directline/token`, {}, client);
    const auth = { ...client, authorization: `Bearer ${grant.token}` };
    const started = await post(`${dl}/conversations`, {}, auth);
    expect(started.status).toBe(201);
    const conversation = `${dl}/conversations/${grant.conversationId}`;
    const servedBefore = proxy.served.length;

    let watermark = 0;
    const seen = new Map<string, Activity>();
    const poll = async () => {
      const page = await get(`${conversation}/activities?watermark=${watermark}`, auth);
      expect(page.status).toBe(200);
      const next = Number(page.body.watermark);
      expect(next).toBeGreaterThanOrEqual(watermark);
      watermark = next;
      for (const activity of page.body.activities as Activity[]) {
        expect(seen.has(activity.id!), `activity ${activity.id} delivered twice`).toBe(false);
        seen.set(activity.id!, activity);
      }
    };
    await until(async () => (await poll(), seen.size > 0), 'the welcome');
    for (const text of QUESTIONS) {
      const posted = await post(`${conversation}/activities`, { type: 'message', from: { id: 'x' }, text }, auth);
      expect(posted.status).toBe(200);
      const answer = await until(async () => {
        await poll();
        return [...seen.values()].find((x) => (x as Message & { replyToId?: string }).replyToId === posted.body.id);
      }, `the answer to ${text}`);
      expect((answer as Message).text?.length).toBeGreaterThan(20);
      expect(seen.get(posted.body.id)).toMatchObject({ type: 'message', text, from: { role: 'user' } });
    }
    // The welcome, then each question and its answer, in the order they were kept.
    expect(watermark).toBe(1 + 2 * QUESTIONS.length);
    const texts = [...seen.values()].filter((x) => x.from.role === 'user').map((x) => (x as Message).text);
    expect(texts).toEqual(QUESTIONS);
    // « Et à Dole ? » was answered with the conversation's context, wherever its turn ran.
    expect((seen.get([...seen.keys()].at(-1)!) as Message).text).toMatch(/Dole/);
    const instancesUsed = new Set(proxy.served.slice(servedBefore).filter((s) => s.includes('/conversations/')).map((s) => s[0]));
    expect(instancesUsed).toEqual(new Set(['0', '1']));
  });

  it('WebSocket (DirectLineJS, as Web Chat): the stream on one instance carries the answers to messages posted through both', async () => {
    const { body: grant } = await post(`${proxy.url}/api/directline/token`, { locale: 'fr-FR' });
    const directLine = new DirectLine({ token: grant.token, domain: grant.domain, WebSocket } as never);
    const seen: Activity[] = [];
    directLine.activity$.subscribe((activity) => seen.push(activity), () => undefined);
    try {
      await until(() => seen.find((x) => x.from.role === 'bot'), 'the welcome over the stream');
      const posts = proxy.served.length;
      for (const text of QUESTIONS.slice(0, 3)) {
        const id = await new Promise<string>((resolve, reject) =>
          directLine.postActivity({ type: 'message', from: { id: 'citoyen' }, text } as Message).subscribe(resolve, reject),
        );
        await until(() => seen.find((x) => (x as { replyToId?: string }).replyToId === id), `the answer to ${text} over the stream`);
      }
      const served = proxy.served.slice(posts);
      expect(new Set(served.filter((s) => s.endsWith('/activities')).map((s) => s[0]))).toEqual(new Set(['0', '1']));
      expect(served.some((s) => / GET .*\/activities$/.test(s))).toBe(false); // nothing was polled
      expect(new Set(seen.map((x) => x.id)).size).toBe(seen.length);
    } finally {
      directLine.end();
    }
  });
});

describe('conversation context on either instance', () => {
  it('/api/ask: a follow-up sent to the other instance with the conversationId keeps its context', async () => {
    const first = await post(`${a}/api/ask`, { question: 'Y a-t-il un centre à Chaumont ?' }, { 'x-forwarded-for': '198.51.100.2' });
    expect(first.body).toMatchObject({ kind: 'centre', lookup: { place: { name: 'Chaumont' } } });
    const second = await post(`${b}/api/ask`, { question: 'et à Dole ?', conversationId: first.body.conversationId }, { 'x-forwarded-for': '198.51.100.2' });
    expect(second.body).toMatchObject({ kind: 'centre', lookup: { place: { name: 'Dole' } }, conversationId: first.body.conversationId });
    // A reply that means nothing alone: the choice after a clarifying question, answered by the other instance.
    const clarify = await post(`${a}/api/ask`, { question: 'Y a-t-il un centre à Saint-Denis ?' }, { 'x-forwarded-for': '198.51.100.2' });
    expect(clarify.body.kind).toBe('clarify');
    const choice = await post(`${b}/api/ask`, { question: '93', conversationId: clarify.body.conversationId }, { 'x-forwarded-for': '198.51.100.2' });
    expect(choice.body.kind).not.toBe('fallback');
    expect(choice.body.text).toMatch(/Saint-Denis/);
  });

  it('/api/messages with expectReplies: the same conversation id continues on the other instance', async () => {
    const replyText = (body: { activities: Array<{ type: string; text?: string }> }) => body.activities.find((x) => x.type === 'message')?.text ?? '';
    const first = await post(`${a}/api/messages`, message('bf-conversation-1', 'Y a-t-il un centre à Saint-Denis ?'));
    expect(replyText(first.body)).toMatch(/Laquelle/);
    const second = await post(`${b}/api/messages`, message('bf-conversation-1', '93'));
    expect(second.status).toBe(200);
    expect(replyText(second.body)).toMatch(/Saint-Denis/);
    const third = await post(`${a}/api/messages`, message('bf-conversation-2', 'Y a-t-il un centre à Chaumont ?'));
    expect(replyText(third.body)).toMatch(/Chaumont/);
    const fourth = await post(`${b}/api/messages`, message('bf-conversation-2', 'et à Dole ?'));
    expect(replyText(fourth.body)).toMatch(/Dole/);
  });
});

describe('feedback and gaps', () => {
  it('a 👎 sent to one instance on an answer of the other appears, with its question, in either instance\'s /api/gaps', async () => {
    const agent = { authorization: `Bearer ${AGENT_TOKEN}` };
    const answered = await post(`${a}/api/messages`, message('bf-feedback', 'Comment financer une formation au Cnam ?'));
    const answer = (answered.body.activities as Array<{ type: string; id: string }>).find((x) => x.type === 'message')!;
    const voted = await post(`${b}/api/messages`, dislike('bf-feedback', answer.id, 'Il manque le CPF de transition'));
    expect(voted.body.activities.find((x: { type: string }) => x.type === 'invokeResponse').value.status).toBe(200);
    for (const instance of [a, b]) {
      const gaps = await get(`${instance}/api/gaps`, agent);
      expect(gaps.status).toBe(200);
      expect(gaps.body.gaps).toContainEqual(
        expect.objectContaining({ question: 'Comment financer une formation au Cnam ?', dislikes: 1, comments: ['Il manque le CPF de transition'] }),
      );
    }
  });
});

describe('rate limits', () => {
  it('one client gets one allowance across both instances (the buckets are in the database)', async () => {
    const client = { 'x-forwarded-for': '198.51.100.99' };
    const statuses: Array<{ status: number; instance: string }> = [];
    for (let i = 0; i < 40; i += 1) {
      const before = proxy.served.length;
      const res = await post(`${proxy.url}/api/ask`, { question: 'Bonjour' }, client);
      statuses.push({ status: res.status, instance: proxy.served[before]![0]! });
      if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    const granted = statuses.filter((s) => s.status === 200).length;
    // Burst 30 (+ what refills at 30 a minute while the loop runs); two separate allowances would grant all 40.
    expect(granted).toBeGreaterThanOrEqual(30);
    expect(granted).toBeLessThanOrEqual(33);
    expect(new Set(statuses.filter((s) => s.status === 429).map((s) => s.instance))).toEqual(new Set(['0', '1']));
  });
});

describe('readiness', () => {
  it('each instance reports the database on /readyz', async () => {
    for (const instance of [a, b]) expect((await get(`${instance}/readyz`)).body).toEqual({ status: 'ready', database: 'up' });
  });
});
