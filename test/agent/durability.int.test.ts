import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { databasePath } from '../../src/store/sqlite-database.js';

const TOKEN = 'durability-token-0123456789';
const ROOT = new URL('../..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'agent-durability-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts `src/main.ts` as a child process on port 0; resolves with its URL once it logs "ready". */
function startServer(): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', '--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, AGENT_TOKEN: TOKEN, LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    createInterface({ input: child.stderr! }).on('line', (line) => {
      lines.push(line);
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'ready' && entry.url) resolve({ child, baseUrl: entry.url });
      } catch {
        // not a log line
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before ready:\n${lines.join('\n')}`)));
  });
}

const answer = (i: number): Answer => ({
  question: `Question de durabilité n° ${i} ?`,
  kind: 'knowledge',
  text: `Réponse ${i} [1].`,
  confidence: 0.7,
  citations: [{ n: 1, title: 'Source', url: 'https://www.cnam.fr/source' }],
});

/** One write over HTTP: a review (even i) or a 👎 feedback invoke on the Bot Framework endpoint (odd i). */
async function write(baseUrl: string, i: number): Promise<boolean> {
  const res =
    i % 2 === 0
      ? await fetch(`${baseUrl}/api/reviews`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify({ action: 'approve', agentId: `agent-${i}`, question: answer(i).question, answer: answer(i) }),
        })
      : await fetch(`${baseUrl}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'invoke',
            name: 'message/submitAction',
            id: `invoke-${i}`,
            channelId: 'msteams',
            deliveryMode: 'expectReplies',
            serviceUrl: 'http://127.0.0.1:9',
            replyToId: `reply-${i}`,
            conversation: { id: `conv-${i}` },
            from: { id: 'user' },
            recipient: { id: 'bot' },
            value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: { feedbackText: `marqueur ${i}` } } },
          }),
        });
  await res.arrayBuffer();
  return res.ok;
}

describe('durability', () => {
  it('when the server is killed (SIGKILL) during a burst of writes, every acknowledged write is there after a restart', async () => {
    const first = await startServer();
    const acked: number[] = [];
    let next = 0;
    let killed = false;
    const lane = async () => {
      while (next < 5_000) {
        const i = next++;
        try {
          if (await write(first.baseUrl, i)) acked.push(i);
        } catch {
          if (killed) return; // connection refused or reset: the server is gone
          throw new Error(`write ${i} failed before the kill`);
        }
        if (!killed && acked.length >= 60) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, lane));
    expect(killed).toBe(true);
    expect(first.child.signalCode ?? (await new Promise((r) => first.child.once('exit', (_c, s) => r(s))))).toBe('SIGKILL');
    const ackedReviews = acked.filter((i) => i % 2 === 0);
    const ackedFeedback = acked.filter((i) => i % 2 === 1);
    expect(ackedReviews.length).toBeGreaterThan(0);
    expect(ackedFeedback.length).toBeGreaterThan(0);

    const second = await startServer();
    const res = await fetch(`${second.baseUrl}/api/reviews`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    const { reviews } = (await res.json()) as { reviews: Array<{ agentId: string }> };
    const storedReviews = new Set(reviews.map((r) => r.agentId));
    expect(ackedReviews.filter((i) => !storedReviews.has(`agent-${i}`))).toEqual([]);

    // The reviewed answers are served again after the crash.
    const asked = await fetch(`${second.baseUrl}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: answer(ackedReviews[0]!).question }) });
    expect(((await asked.json()) as Answer).reviewed?.by).toBe(`agent-${ackedReviews[0]}`);

    const db = new Database(databasePath(dataDir), { readonly: true });
    const texts = new Set((db.prepare('SELECT text FROM feedback').all() as Array<{ text: string }>).map((r) => r.text));
    db.close();
    expect(ackedFeedback.filter((i) => !texts.has(`marqueur ${i}`))).toEqual([]);
    second.child.kill('SIGTERM');
  });
});
