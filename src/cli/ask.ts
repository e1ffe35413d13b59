import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { buildAssistant } from '../compose/build-assistant.js';
import { databasePath } from '../store/sqlite-database.js';
import { openSqliteStores } from '../store/sqlite-stores.js';
import { emptyContext } from '../core/ask-context.js';
import { AppError } from '../core/errors.js';
import { ConfigError, loadConfig, loadDotEnv } from '../config.js';
import { createLogger } from '../logging/logger.js';
import { formatAnswerText } from './format-answer-text.js';

const USAGE = `Usage:
  npm run ask -- "question"            the answer for a person (text + sources)
  npm run ask -- --json "question"     the Answer JSON
  npm run ask -- --jsonl < questions    one question per line on stdin → one Answer JSON per line
`;

/** `npm run ask`: the assistant on the command line. Logs go to stderr only, never stdout. */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help || (!values.jsonl && positionals.length === 0)) {
    process.stderr.write(USAGE);
    return values.help ? 0 : 2;
  }
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn');
  // Same answers as the server: reuse the agents' reviewed answers when the service's database exists.
  // (Questions asked here are not recorded as knowledge gaps: the CLI is for checking, not for users.)
  const database = databasePath(config.DATA_DIR);
  const stores = existsSync(database) ? openSqliteStores(database) : undefined;
  const assistant = await buildAssistant({ logger, config, ...(stores ? { reviews: stores.reviews } : {}) });

  if (values.jsonl) {
    let failures = 0;
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      try {
        process.stdout.write(`${JSON.stringify(await assistant.ask(line, emptyContext))}\n`);
      } catch (error) {
        failures += 1;
        const message = error instanceof AppError ? error.message : String(error);
        process.stdout.write(`${JSON.stringify({ question: line.slice(0, 200), error: { code: error instanceof AppError ? error.code : 'internal', message } })}\n`);
      }
    }
    return failures > 0 ? 1 : 0;
  }

  const answer = await assistant.ask(positionals.join(' '), emptyContext);
  process.stdout.write(values.json ? `${JSON.stringify(answer, null, 2)}\n` : `${formatAnswerText(answer)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof ConfigError || error instanceof AppError ? error.message : String(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = error instanceof AppError ? 2 : 1;
  },
);
