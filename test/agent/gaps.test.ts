import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGapReport } from '../../src/agent/gap-report.js';
import { csvField, gapsToCsv } from '../../src/agent/gaps-csv.js';
import { startAgentServer, type AgentTestServer } from './agent-test-server.js';

let server: AgentTestServer;
beforeAll(async () => {
  server = await startAgentServer();
});
afterAll(async () => {
  await server.close();
});

const ask = (question: string) =>
  fetch(`${server.baseUrl}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });

describe('gap report over HTTP', () => {
  it('groups fallbacks, low-confidence answers and 👎 by folded question, most frequent first, and exports CSV', async () => {
    for (const q of ['Comment obtenir un passeport ?', 'comment obtenir un PASSEPORT', 'Comment obtenir un passeport ?']) expect((await ask(q)).status).toBe(200);
    expect((await ask('Quel financement pour ma formation ?')).status).toBe(200); // low confidence (0.42)
    expect((await ask("Qui peut candidater à l'AMI ?")).status).toBe(200); // confident: not a gap
    expect((await ask('Bonjour')).status).toBe(200); // smalltalk: not a gap
    await server.stores.feedback.record({ reaction: 'dislike', text: 'Réponse "hors sujet"; pas de source', conversationId: 'c1', channel: 'msteams', question: 'Quel financement pour ma formation ?', at: new Date().toISOString() });
    await server.stores.feedback.record({ reaction: 'like', conversationId: 'c2', channel: 'msteams', question: "Qui peut candidater à l'AMI ?", at: new Date().toISOString() });
    await server.stores.feedback.record({ reaction: 'dislike', conversationId: 'c3', channel: 'directline', question: '=1+1 formule ?', at: new Date().toISOString() });

    const res = await server.agentFetch('/api/gaps');
    expect(res.status).toBe(200);
    const { gaps } = (await res.json()) as { gaps: Array<Record<string, unknown>> };
    expect(gaps.map(({ lastAt: _, ...g }) => g)).toEqual([
      { key: 'comment obtenir un passeport', question: 'Comment obtenir un passeport ?', fallback: 3, lowConfidence: 0, dislikes: 0, total: 3, comments: [] },
      { key: 'quel financement pour ma formation', question: 'Quel financement pour ma formation ?', fallback: 0, lowConfidence: 1, dislikes: 1, total: 2, comments: ['Réponse "hors sujet"; pas de source'] },
      { key: '1 1 formule', question: '=1+1 formule ?', fallback: 0, lowConfidence: 0, dislikes: 1, total: 1, comments: [] },
    ]);

    const csvRes = await server.agentFetch('/api/gaps.csv');
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csvRes.headers.get('content-disposition')).toMatch(/^attachment; filename="lacunes-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await csvRes.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes).split('\r\n');
    expect(lines[0]).toBe('question;question_normalisee;total;repli;confiance_faible;avis_negatifs;derniere_fois;commentaires');
    expect(lines[1]).toMatch(/^Comment obtenir un passeport \?;comment obtenir un passeport;3;3;0;0;\d{4}-.*Z;$/);
    expect(lines[2]).toMatch(/^Quel financement pour ma formation \?;quel financement pour ma formation;2;0;1;1;[^;]+;"Réponse ""hors sujet""; pas de source"$/);
    expect(lines[3]).toMatch(/^'=1\+1 formule \?;1 1 formule;1;0;0;1;/);
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(5);
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a;b', '"a;b"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    [42, '42'],
  ])('%j → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('an empty report is the header alone, with BOM', () => {
    expect(gapsToCsv([])).toBe('\uFEFFquestion;question_normalisee;total;repli;confiance_faible;avis_negatifs;derniere_fois;commentaires\r\n');
  });
});

describe('buildGapReport', () => {
  it('ignores likes and 👎 without a question, keeps the latest wording and the 3 latest comments', () => {
    const at = (d: number) => `2026-01-0${d}T00:00:00.000Z`;
    const gaps = buildGapReport(
      [{ question: 'Passeport ?', reason: 'fallback', kind: 'fallback', confidence: 0, at: at(1) }],
      [
        { reaction: 'dislike', conversationId: 'c', channel: 'x', at: at(2) },
        { reaction: 'like', conversationId: 'c', channel: 'x', question: 'Passeport ?', at: at(2) },
        ...[3, 4, 5, 6].map((d) => ({ reaction: 'dislike' as const, text: `c${d}`, conversationId: 'c', channel: 'x', question: 'PASSEPORT', at: at(d) })),
      ],
    );
    expect(gaps).toEqual([{ key: 'passeport', question: 'PASSEPORT', fallback: 1, lowConfidence: 0, dislikes: 4, total: 5, lastAt: at(6), comments: ['c6', 'c5', 'c4'] }]);
  });
});
