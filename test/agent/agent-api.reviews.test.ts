import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_VERSION, answerSchema, type Answer } from '../../src/core/answer.js';
import { startAgentServer, type AgentTestServer } from './agent-test-server.js';

let server: AgentTestServer;
beforeAll(async () => {
  server = await startAgentServer();
});
afterAll(async () => {
  await server.close();
});

async function suggest(question: string): Promise<{ answer: Answer; passages: Array<Record<string, unknown>> }> {
  const res = await server.agentFetch('/api/suggest', { method: 'POST', body: JSON.stringify({ question }) });
  expect(res.status).toBe(200);
  return (await res.json()) as { answer: Answer; passages: Array<Record<string, unknown>> };
}

async function ask(question: string): Promise<Answer> {
  const res = await fetch(`${server.baseUrl}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
  expect(res.status).toBe(200);
  const { conversationId: _, ...answer } = (await res.json()) as Answer & { conversationId: string };
  return answerSchema.parse(answer);
}

const review = (body: Record<string, unknown>) => server.agentFetch('/api/reviews', { method: 'POST', body: JSON.stringify(body) });

describe('POST /api/suggest', () => {
  it('returns the Answer and the retrieved passages with scores and sources', async () => {
    const { answer, passages } = await suggest("Qui peut candidater à l'AMI ?");
    expect(answerSchema.parse(answer).kind).toBe('knowledge');
    expect(passages).toEqual([
      {
        passageId: 'ami-2#lancement',
        documentId: 'ami-2',
        title: 'Le deuxième AMI',
        headingPath: ['Le deuxième AMI', 'Quand a-t-il été lancé ?'],
        text: 'Le deuxième AMI a été lancé le 20 janvier 2020 [^localtis].',
        score: 0.032,
        similarity: 0.61,
        sources: [expect.objectContaining({ id: 'localtis', publisher: 'Banque des Territoires – Localtis' })],
      },
    ]);
    expect(server.retriever.queries.at(-1)).toEqual({ query: "Qui peut candidater à l'AMI ?", k: 5 });
  });

  it('takes the conversation context (turns, locale) into account', async () => {
    const res = await server.agentFetch('/api/suggest', {
      method: 'POST',
      body: JSON.stringify({ question: 'Dole ?', context: { locale: 'en-GB', turns: [{ question: 'Hello', kind: 'smalltalk', language: 'en' }] } }),
    });
    expect(res.status).toBe(200);
    const { answer } = (await res.json()) as { answer: Answer };
    expect(answer.kind).toBe('fallback');
    expect(answer.text).toMatch(/I can't find/);
  });

  it('rejects an empty question or unknown fields with 400', async () => {
    for (const body of [{ question: '' }, { question: 'x', extra: 1 }, { context: {} }]) {
      const res = await server.agentFetch('/api/suggest', { method: 'POST', body: JSON.stringify(body) });
      expect(res.status).toBe(400);
    }
  });
});

describe('POST /api/reviews then /api/ask', () => {
  it('the contract version is 1.3 (reviewed added in 1.1, generated in 1.3) and reviewed is optional', () => {
    expect(ANSWER_VERSION).toBe('1.3');
    expect(answerSchema.safeParse({ question: 'q', kind: 'smalltalk', text: 't', confidence: 1, citations: [] }).success).toBe(true);
    expect(answerSchema.safeParse({ question: 'q', kind: 'smalltalk', text: 't', confidence: 1, citations: [], reviewed: { by: 'x', at: 'hier' } }).success).toBe(false);
  });

  it('an edited answer is reused first for the same question, marked reviewed and still citing its sources', async () => {
    const question = "Quand le deuxième AMI a-t-il été lancé ?";
    const { answer } = await suggest(question);
    expect(answer.reviewed).toBeUndefined();
    const finalText = 'Le deuxième AMI a été lancé le 20 janvier 2020 et restait ouvert jusqu’en septembre 2020 [1].';
    const res = await review({ action: 'edit', agentId: 'mdupont', question, answer, finalText });
    expect(res.status).toBe(201);
    const { review: saved } = (await res.json()) as { review: { id: number; at: string; action: string } };
    expect(saved.action).toBe('edit');

    const again = await ask('quand le deuxieme AMI a-t-il ete lance');
    expect(again.text).toBe(finalText);
    expect(again.reviewed).toEqual({ by: 'mdupont', at: saved.at });
    expect(again.citations).toEqual(answer.citations);
    expect(again.question).toBe('quand le deuxieme AMI a-t-il ete lance');
  });

  it('a close question (one extra word) reuses it; another question does not', async () => {
    const close = await ask("Quand le deuxième AMI du Cnam a-t-il été lancé ?");
    expect(close.reviewed?.by).toBe('mdupont');
    expect(close.confidence).toBeGreaterThanOrEqual(0.8);
    const other = await ask("Quand le premier AMI a-t-il été lancé ?");
    expect(other.reviewed).toBeUndefined();
  });

  it('a reject withdraws the reviewed answer, for its question and the close ones', async () => {
    const question = "Quand le deuxième AMI du Cnam a-t-il été lancé ?";
    const { answer } = await suggest(question);
    expect(answer.reviewed?.by).toBe('mdupont');
    const res = await review({ action: 'reject', agentId: 'lmartin', question, answer });
    expect(res.status).toBe(201);
    expect((await ask(question)).reviewed).toBeUndefined();
    expect((await ask('Quand le deuxième AMI a-t-il été lancé ?')).reviewed).toBeUndefined();
  });

  it('an approved answer is reused; a later reject of the same question stops it', async () => {
    const question = "Qui peut candidater à l'AMI ?";
    const { answer } = await suggest(question);
    expect((await review({ action: 'approve', agentId: 'mdupont', question, answer })).status).toBe(201);
    const reused = await ask(question);
    expect(reused.reviewed?.by).toBe('mdupont');
    expect(reused.text).toBe(answer.text);
    expect((await review({ action: 'reject', agentId: 'mdupont', question, answer })).status).toBe(201);
    expect((await ask(question)).reviewed).toBeUndefined();
  });

  it('refuses an edit without text, or whose [n] marker has no citation, with 400', async () => {
    const question = "Qui peut candidater à l'AMI ?";
    const { answer } = await suggest(question);
    const missing = await review({ action: 'edit', agentId: 'a', question, answer });
    expect(missing.status).toBe(400);
    const badMarker = await review({ action: 'edit', agentId: 'a', question, answer, finalText: 'Voir [7].' });
    expect(badMarker.status).toBe(400);
    expect(((await badMarker.json()) as { error: { message: string } }).error.message).toContain('[7]');
    const badAction = await review({ action: 'maybe', agentId: 'a', question, answer });
    expect(badAction.status).toBe(400);
  });

  it('GET /api/reviews lists every review, newest first, with the original answer and citations', async () => {
    const res = await server.agentFetch('/api/reviews');
    expect(res.status).toBe(200);
    const { reviews } = (await res.json()) as { reviews: Array<{ id: number; action: string; agentId: string; originalAnswer: Answer; citations: unknown[] }> };
    expect(reviews.map((r) => r.action)).toEqual(['reject', 'approve', 'reject', 'edit']);
    expect(reviews.map((r) => r.id)).toEqual([...reviews.map((r) => r.id)].sort((a, b) => b - a));
    expect(reviews.at(-1)!.originalAnswer.kind).toBe('knowledge');
    expect(reviews.at(-1)!.citations).toHaveLength(1);
  });
});
