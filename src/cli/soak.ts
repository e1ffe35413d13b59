/**
 * `npm run soak [-- --turns 100000 --concurrency 8 --idle 30]`: runs what `npm start` runs (dist/main.js) and sends
 * it mixed traffic — Bot Framework messages in ever new conversations (Teams, Web Chat, Emulator ids), 👍/👎
 * invokes, `/api/ask` questions and follow-ups, built-in Direct Line conversations — then stays idle. It samples the
 * server's resident memory (RSS) and prints it before the traffic, after the warm-up (first fifth of the turns, once the
 * bounded stores are full), at each tenth of the traffic, at its peak, at the end of the traffic and after the idle time. Asserts nothing: a reading for the README.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));

const QUESTIONS = [
  'Bonjour',
  "Qu'est-ce que le programme Au cœur des territoires ?",
  'Y a-t-il un centre Cnam à Chaumont ?',
  'Quand le deuxième AMI a-t-il été lancé ?',
  'Comment financer une formation au Cnam ?',
  'Is there a Cnam centre in Dole?',
  'Quelles sont les écoles du Cnam ?',
  'et à Sedan ?',
  'Quel temps fait-il à Brest ?',
  'Combien de villes ont été retenues en 2019 ?',
];

function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return Math.round(kb / 1024);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { turns: { type: 'string', default: '100000' }, concurrency: { type: 'string', default: '8' }, idle: { type: 'string', default: '30' } } });
  const turns = Number(values.turns);
  const concurrency = Number(values.concurrency);
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/build.ts')], { cwd: root, stdio: 'inherit' });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cnam-soak-'));
  const child = spawn(process.execPath, ['--max-semi-space-size=32', '--disable-warning=DEP0111', path.join(root, 'dist/main.js')], {
    cwd: root,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_MESSAGES_PER_MINUTE: '0',
      // One client sends everything: the per-client limits would answer most of it with 429.
      DIRECT_LINE_CONVERSATIONS_PER_MINUTE: '0', DIRECT_LINE_POLLS_PER_MINUTE: '0', RATE_LIMIT_AGENT_PER_MINUTE: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let logs = '';
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${logs.slice(-2000)}`)));
    child.stderr!.on('data', (chunk: Buffer) => {
      logs += chunk.toString();
      const ready = /"url":"([^"]+)","readyMs"/.exec(logs);
      if (ready) resolve(ready[1]!);
      if (logs.length > 50_000) logs = logs.slice(-5_000);
    });
  });
  const pid = child.pid!;
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMb(pid)), 500);
  const before = rssMb(pid);
  const post = (route: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}${route}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

  let done = 0;
  let failures = 0;
  const tenths: number[] = [];
  const turn = async (i: number) => {
    const question = QUESTIONS[i % QUESTIONS.length]!;
    const kind = i % 10;
    let response: Response;
    if (kind < 5) {
      const channelId = ['msteams', 'webchat', 'emulator'][i % 3]!;
      response = await post('/api/messages', {
        type: 'message', id: `m${i}`, text: question, channelId, deliveryMode: 'expectReplies', locale: 'fr-FR',
        conversation: { id: `${channelId}-soak-${i}` }, from: { id: `u${i}` }, recipient: { id: 'bot' },
      });
    } else if (kind === 5) {
      response = await post('/api/messages', {
        type: 'invoke', name: 'message/submitAction', channelId: 'webchat', deliveryMode: 'expectReplies', replyToId: `m${i - 5}`,
        value: { actionName: 'feedback', actionValue: { reaction: i % 2 ? 'like' : 'dislike', feedback: { feedbackText: `avis ${i}` } } },
        conversation: { id: `webchat-soak-${i - 5}` }, from: { id: 'u' }, recipient: { id: 'bot' },
      });
    } else if (kind < 9) {
      response = await post('/api/ask', { question, ...(kind === 8 ? { conversationId: `ask-${i % 500}` } : {}) });
    } else {
      const token = (await (await post('/v3/directline/tokens/generate', {})).json()) as { token: string; conversationId: string };
      const auth = { authorization: `Bearer ${token.token}` };
      await post('/v3/directline/conversations', {}, auth);
      await post(`/v3/directline/conversations/${token.conversationId}/activities`, { type: 'message', text: question, from: { id: 'dl-user' } }, auth);
      response = await fetch(`${base}/v3/directline/conversations/${token.conversationId}/activities?watermark=0`, { headers: auth });
    }
    await response.text();
    if (response.status >= 400) failures += 1;
    done += 1;
    if (done % Math.round(turns / 10) === 0) tenths.push(rssMb(pid));
  };
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < turns) await turn(next++);
  }));
  const seconds = (performance.now() - started) / 1000;
  // Warm once the bounded stores are full: half the turns are /api/messages conversations, so the 10,000
  // conversation states of the embedded storage are all taken after a fifth of 100,000 turns (the second tenth).
  const warm = tenths[1] ?? tenths[0] ?? before;
  const end = rssMb(pid);
  const peak = Math.max(...samples);
  await new Promise((r) => setTimeout(r, Number(values.idle) * 1000));
  const idle = rssMb(pid);
  clearInterval(sampler);
  child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`${turns} mixed turns in ${seconds.toFixed(0)} s (${Math.round(turns / seconds)}/s, ${concurrency} concurrent), ${failures} answered ≥ 400`);
  console.table({ RSS_MB: { before, 'after warm-up': warm, peak, 'end of traffic': end, [`after ${values.idle} s idle`]: idle } });
  console.log(`RSS (MB) at each tenth of the traffic: ${tenths.join(', ')}`);
  console.log(`end of traffic vs after warm-up: ${(((end - warm) / warm) * 100).toFixed(1)} %`);
  const afterWarm = tenths.slice(1);
  console.log(
    `after warm-up: ${Math.min(...afterWarm)}–${Math.max(...afterWarm)} MB, ` +
      `at most ${(((Math.max(...afterWarm) - warm) / warm) * 100).toFixed(1)} % above the warm reading`,
  );
}

void main();
