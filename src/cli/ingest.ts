import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { ConfigError, loadConfig, loadDotEnv } from '../config.js';
import { createLogger } from '../logging/logger.js';
import type { BuildProgress } from '../retrieval/build-index.js';
import { embeddingSettingsFromConfig } from '../retrieval/embedding-settings.js';
import { loadExtraDirectory, loadExtraUrl } from '../retrieval/load-extra-sources.js';
import { loadOrBuildIndex } from '../retrieval/load-or-build-index.js';
import { indexDirectory } from '../retrieval/open-knowledge-index.js';
import type { SourceDocument } from '../retrieval/source-document.js';

const USAGE = `Usage: npm run ingest -- [options]
  Builds the search index of knowledge/docs into $DATA_DIR/index (skipped when nothing changed).
  --dir <folder>   also index the Markdown, HTML, PDF and text files of a folder (repeatable)
  --url <url>      also index a page downloaded now (HTML, PDF, Markdown, text; repeatable)
  --no-extras      drop the extra sources of the previous build
  --docs <folder>  knowledge documents folder (default knowledge/docs)
  --force          rebuild even when the index is up to date
`;

/** `npm run ingest`: builds or refreshes the search index. A progress bar on a TTY, JSON logs otherwise. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', multiple: true },
      url: { type: 'string', multiple: true },
      docs: { type: 'string' },
      'no-extras': { type: 'boolean' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  let extras: SourceDocument[] | undefined;
  if (values.dir || values.url || values['no-extras']) {
    extras = [];
    for (const dir of values.dir ?? []) extras.push(...(await loadExtraDirectory(dir)));
    for (const url of values.url ?? []) extras.push(await loadExtraUrl(url));
    logger.info({ extras: extras.length }, 'extra sources loaded');
  }
  const tty = process.stderr.isTTY === true;
  const bar = tty ? new cliProgress.SingleBar({ format: ' {phase} [{bar}] {value}/{total}' }, cliProgress.Presets.shades_classic) : null;
  let phase = '';
  const progress: BuildProgress = (next, done, total) => {
    if (bar) {
      if (next !== phase) {
        if (phase) bar.stop();
        bar.start(total, done, { phase: next.padEnd(6) });
        phase = next;
      } else bar.update(done);
    } else if (done === total) logger.info({ phase: next, done, total }, 'index build progress');
  };
  const result = await loadOrBuildIndex({
    directory: indexDirectory(config),
    embeddings: embeddingSettingsFromConfig(config),
    docsDir: values.docs,
    extraDocuments: extras,
    force: values.force,
    logger,
    progress,
  });
  bar?.stop();
  const { manifest } = result;
  const summary = {
    directory: indexDirectory(config),
    rebuilt: result.rebuilt,
    reason: result.reason,
    documents: manifest.documents.length,
    passages: manifest.passages,
    embeddings: manifest.embeddings,
    builtAt: manifest.builtAt,
    buildMs: manifest.buildMs,
  };
  if (tty) {
    process.stdout.write(
      result.rebuilt
        ? `Index built: ${summary.documents} documents, ${summary.passages} passages in ${summary.buildMs} ms (${result.reason}).\n`
        : `Index up to date: ${summary.documents} documents, ${summary.passages} passages (built ${summary.builtAt}).\n`,
    );
  } else {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
