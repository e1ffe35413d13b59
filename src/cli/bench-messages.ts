/**
 * `npm run bench:messages`: throughput of `POST /api/messages` with expectReplies — this assistant against a bare
 * echo bot on the same restify + botbuilder stack (stock SDK path), each in its own child process, measured in two
 * rounds of alternating order in one run — and the assistant's start-up time to a 200 on /readyz. Prints a table; asserts nothing.
 *
 * `npm run bench:messages -- --postgres`: the assistant with its shared state in PostgreSQL (DATABASE_URL) against the
 * assistant on the embedded default (SQLite and memory), side by side: two rounds, each measuring both, the second in
 * the other order, so that a machine getting busier or quieter during the run favours neither. The database is
 * `BENCH_DATABASE_URL` when set, else a throwaway cluster of the local PostgreSQL with its default (durable) settings.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres.js';
import restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { ReusingBotFrameworkAuthentication } from '../channels/botframework/reusing-authentication.js';

const SELF = fileURLToPath(import.meta.url);
// The echo bots and the assistant run with the young-generation size `npm start` gives the server.
const NODE_ARGS = ['--max-semi-space-size=32', '--disable-warning=DEP0111', '--import', 'tsx'];

/**
 * The bare baseline: restify's body parser, CloudAdapter, an ActivityHandler that echoes. With `reuseClients`, the
 * same with the assistant's connector-client reuse: the like-for-like reference for the assistant's own cost per turn.
 */
async function startEchoServer(reuseClients: boolean): Promise<void> {
  const authentication = new ConfigurationBotFrameworkAuthentication({});
  const adapter = new CloudAdapter(reuseClients ? new ReusingBotFrameworkAuthentication(authentication) : authentication);
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
    await next();
  });
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  process.once('SIGINT', () => process.exit(0));
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`PORT ${typeof address === 'object' && address ? address.port : 0}\n`);
  });
}

function waitForPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /PORT (\d+)/.exec(buffer);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function waitReady(url: string, started: number): Promise<number> {
  for (;;) {
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

const QUESTIONS = [
  'Bonjour',
  "Qu'est-ce que le programme Au cœur des territoires ?",
  'Y a-t-il un centre Cnam à Chaumont ?',
  "Quand le deuxième AMI a-t-il été lancé ?",
  'Comment financer une formation au Cnam ?',
  'Is there a Cnam centre in Dole?',
];

async function measure(url: string, seconds: number, connections: number): Promise<{ rps: number; p99: number; errors: number }> {
  const requests = QUESTIONS.map((text, i) => ({
    method: 'POST' as const,
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `b${i}`,
      text,
      channelId: 'bench',
      deliveryMode: 'expectReplies',
      conversation: { id: `bench-${i}` },
      from: { id: 'user' },
      recipient: { id: 'bot' },
    }),
  }));
  const result = await autocannon({ url, connections, duration: seconds, requests });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.non2xx + result.errors };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      serve: { type: 'string' },
      seconds: { type: 'string', default: '8' },
      connections: { type: 'string', default: '10' },
      postgres: { type: 'boolean', default: false },
    },
  });
  if (values.serve === 'echo' || values.serve === 'echo-reusing') return startEchoServer(values.serve === 'echo-reusing');

  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  if (values.postgres) return comparePostgres(seconds, connections);
  const env = { ...process.env, PORT: '0', LOG_LEVEL: 'warn' };

  const echo = spawn(process.execPath, [...NODE_ARGS, SELF, '--serve', 'echo'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const echoUrl = `http://127.0.0.1:${await waitForPort(echo)}`;
  const reusing = spawn(process.execPath, [...NODE_ARGS, SELF, '--serve', 'echo-reusing'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const reusingUrl = `http://127.0.0.1:${await waitForPort(reusing)}`;

  // Measure what `npm start` runs: the plain-Node build in dist/.
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, [...NODE_ARGS, fileURLToPath(new URL('./build.ts', import.meta.url))], { cwd: root, stdio: 'inherit' });
  const started = performance.now();
  const assistant = spawn(process.execPath, ['--max-semi-space-size=32', '--disable-warning=DEP0111', `${root}/dist/main.js`], {
    cwd: root,
    // Anonymous /api/messages is rate-limited per client by default: the benchmark is one client.
    env: { ...env, PORT: '39781', LOG_LEVEL: 'info', RATE_LIMIT_MESSAGES_PER_MINUTE: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // The service logs its own readiness time, counted from its process start.
  let selfReported: number | undefined;
  let logs = '';
  assistant.stderr?.on('data', (chunk: Buffer) => {
    logs += chunk.toString();
    selfReported ??= Number(/"readyMs":(\d+)/.exec(logs)?.[1]) || undefined;
    if (logs.length > 100_000) logs = logs.slice(-10_000);
  });
  const assistantUrl = 'http://127.0.0.1:39781';
  const readyMs = await waitReady(assistantUrl, started);

  try {
    await measure(echoUrl, 2, connections); // warm-up
    await measure(assistantUrl, 2, connections);
    await measure(reusingUrl, 2, connections);
    // Two rounds, the second in the other order, so that a machine getting busier or quieter favours neither.
    const e1 = await measure(echoUrl, seconds, connections);
    const a1 = await measure(assistantUrl, seconds, connections);
    const r1 = await measure(reusingUrl, seconds, connections);
    const r2 = await measure(reusingUrl, seconds, connections);
    const a2 = await measure(assistantUrl, seconds, connections);
    const e2 = await measure(echoUrl, seconds, connections);
    const rss = await rssOf(assistant.pid);
    console.log(`/api/messages, expectReplies, ${connections} connections, ${seconds} s per measure, two rounds (echo, assistant, echo with reuse ×2, assistant, echo)`);
    const row = (m: Awaited<ReturnType<typeof measure>>) => ({ 'req/s': Math.round(m.rps), 'p99 ms': m.p99, errors: m.errors });
    console.table({
      'round 1, echo bot (baseline)': row(e1),
      'round 1, assistant': row(a1),
      'echo bot, clients reused (reference)': row({ rps: (r1.rps + r2.rps) / 2, p99: Math.max(r1.p99, r2.p99), errors: r1.errors + r2.errors }),
      'round 2, assistant': row(a2),
      'round 2, echo bot (baseline)': row(e2),
    });
    console.log(`ratio assistant/echo: ${(((a1.rps + a2.rps) / (e1.rps + e2.rps)) * 100).toFixed(1)} % over both rounds (target ≥ 80 %)`);
    console.log(
      `ratio assistant/echo with the same client reuse: ${(((a1.rps + a2.rps) / (r1.rps + r2.rps)) * 100).toFixed(1)} % ` +
        '(the assistant\'s own cost per turn, SDK savings set aside)',
    );
    console.log(
      `assistant (dist/main.js): ready ${selfReported ?? '?'} ms after its process started (self-reported), ` +
        `${Math.round(readyMs)} ms from spawn to a 200 on /readyz; RSS after the run ${rss} MB`,
    );
  } finally {
    echo.kill();
    reusing.kill();
    assistant.kill();
  }
}

/** Starts dist/main.js on `port` with `extra` settings and resolves once it answers /readyz. */
async function startAssistant(root: string, port: number, extra: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--max-semi-space-size=32', '--disable-warning=DEP0111', `${root}/dist/main.js`], {
    cwd: root,
    // Anonymous /api/messages is rate-limited per client by default: the benchmark is one client.
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', RATE_LIMIT_MESSAGES_PER_MINUTE: '0', DATABASE_URL: '', ...extra },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`dist/main.js exited with ${code}`))));
  await Promise.race([waitReady(`http://127.0.0.1:${port}`, performance.now()), exited]);
  return child;
}

/** The `--postgres` mode: embedded default against PostgreSQL, two rounds in alternating order. */
async function comparePostgres(seconds: number, connections: number): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, [...NODE_ARGS, fileURLToPath(new URL('./build.ts', import.meta.url))], { cwd: root, stdio: 'inherit' });
  let cluster: ThrowawayPostgres | undefined;
  let databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl) {
    cluster = await startThrowawayPostgres();
    databaseUrl = await cluster.createDatabase('bench');
  }
  const version = execFileSync('psql', [databaseUrl, '-Atc', 'SHOW server_version'], { encoding: 'utf8' }).trim();
  const embedded = await startAssistant(root, 39781, {});
  const shared = await startAssistant(root, 39782, { DATABASE_URL: databaseUrl, DIRECT_LINE_TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret' });
  const urls = { embedded: 'http://127.0.0.1:39781', postgres: 'http://127.0.0.1:39782' };
  try {
    await measure(urls.embedded, 2, connections); // warm-up
    await measure(urls.postgres, 2, connections);
    const rounds: Array<Record<'embedded' | 'postgres', Awaited<ReturnType<typeof measure>>>> = [];
    for (const order of [['embedded', 'postgres'], ['postgres', 'embedded']] as const) {
      const round = {} as Record<'embedded' | 'postgres', Awaited<ReturnType<typeof measure>>>;
      for (const which of order) round[which] = await measure(urls[which], seconds, connections);
      rounds.push(round);
    }
    console.log(`/api/messages, expectReplies, ${connections} connections, ${seconds} s per measure, two rounds (the second in the other order)`);
    console.log(`PostgreSQL ${version}${cluster ? ' (throwaway local cluster, default settings)' : ''}; embedded = SQLite file + memory`);
    const table: Record<string, Record<string, number>> = {};
    rounds.forEach((round, i) => {
      for (const which of ['embedded', 'postgres'] as const) {
        table[`round ${i + 1}, ${which}`] = { 'req/s': Math.round(round[which].rps), 'p99 ms': round[which].p99, errors: round[which].errors };
      }
    });
    console.table(table);
    const ratios = rounds.map((round) => ((round.postgres.rps / round.embedded.rps) * 100).toFixed(1));
    console.log(`ratio PostgreSQL/embedded: ${ratios.join(' %, ')} % (rounds 1 and 2)`);
    console.log(`RSS after the run: embedded ${await rssOf(embedded.pid)} MB, PostgreSQL ${await rssOf(shared.pid)} MB`);
  } finally {
    embedded.kill();
    shared.kill();
    await Promise.all([embedded, shared].map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))));
    cluster?.destroy();
  }
}

async function rssOf(pid: number | undefined): Promise<string> {
  if (!pid) return '?';
  try {
    const { readFile } = await import('node:fs/promises');
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return (kb / 1024).toFixed(0);
  } catch {
    return '?';
  }
}

void main();
