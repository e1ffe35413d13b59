import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Document } from '@langchain/core/documents';
import { MemoryVectorStore } from '@langchain/classic/vectorstores/memory';
import { createAssistant } from '../core/assistant.js';
import { createKnowledgeSkill } from '../answering/knowledge-skill.js';
import { smalltalkSkill } from '../core/smalltalk-skill.js';
import { loadDocuments } from '../knowledge/load-documents.js';
import { buildIndex } from '../retrieval/build-index.js';
import { loadIndex } from '../retrieval/load-index.js';
import { LocalEmbeddings } from '../retrieval/local-embeddings.js';
import { passageIndexText } from '../retrieval/passage.js';
import { fromKnowledgeDocument, type SourceDocument } from '../retrieval/source-document.js';
import { splitIntoPassages } from '../retrieval/split-into-passages.js';
import { EVALUATION_SET } from '../../test/retrieval/evaluation-set.js';

/** p-th percentile (0..100) of durations in ms. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function time(runs: number, queries: readonly string[], fn: (q: string) => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  for (const q of queries.slice(0, 10)) await fn(q); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    for (const q of queries) {
      const t = performance.now();
      await fn(q);
      samples.push(performance.now() - t);
    }
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
const mb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

/** A synthetic corpus of `n` passages in the knowledge's vocabulary (deterministic). */
function syntheticCorpus(vocabulary: readonly string[], n: number, perDocument = 50): SourceDocument[] {
  let seed = 42;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = () => vocabulary[Math.floor(rand() * vocabulary.length)]!;
  const docs: SourceDocument[] = [];
  for (let d = 0; d * perDocument < n; d += 1) {
    const sections: string[] = [];
    for (let s = 0; s < perDocument && d * perDocument + s < n; s += 1) {
      const heading = `${pick()} ${pick()} ${pick()} ?`;
      const body = Array.from({ length: 3 }, () => `${Array.from({ length: 10 }, pick).join(' ')} ${1900 + Math.floor(rand() * 130)}.`).join(' ');
      sections.push(`## ${heading}\n${body}`);
    }
    docs.push({ id: `synthetic/${d}.md`, title: `Document ${d}`, language: 'fr', body: sections.join('\n\n'), sources: [], origin: 'extra' });
  }
  return docs;
}

/** `npm run bench`: latency and build figures for the retrieval, against a naive LangChain baseline. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { passages: { type: 'string', default: '100000' }, runs: { type: 'string', default: '20' } } });
  const scaleN = Number(values.passages);
  const runs = Number(values.runs);
  const dir = await mkdtemp(path.join(tmpdir(), 'cnam-bench-'));
  const rows: string[][] = [];
  try {
    const knowledge = (await loadDocuments()).map(fromKnowledgeDocument);
    let t = performance.now();
    const manifest = await buildIndex({ documents: knowledge, directory: path.join(dir, 'kb'), embeddings: { provider: 'local' } });
    const buildMs = performance.now() - t;
    t = performance.now();
    const { retriever } = await loadIndex(path.join(dir, 'kb'), { provider: 'local' });
    const loadMs = performance.now() - t;
    // No answer cache: every ask goes through retrieval and composition.
    const assistant = createAssistant({ skills: [smalltalkSkill, createKnowledgeSkill(retriever)], cacheSize: 0 });
    const questions = EVALUATION_SET.map((c) => c.question);
    const retrieval = await time(runs, questions, (q) => retriever.search(q, 5));
    const ask = await time(runs, questions, (q) => assistant.ask(q, { turns: [] }));

    // Baseline: LangChain MemoryVectorStore over the same embeddings, vector only, nothing cached.
    const passages = (await Promise.all(knowledge.map((d, i) => splitIntoPassages(d, i)))).flat();
    const texts = passages.map(passageIndexText);
    t = performance.now();
    const embeddings = LocalEmbeddings.fit(texts);
    const naive = await MemoryVectorStore.fromDocuments(texts.map((pageContent) => new Document({ pageContent })), embeddings);
    const naiveBuildMs = performance.now() - t;
    const naiveRetrieval = await time(runs, questions, (q) => naive.similaritySearch(q, 5));
    rows.push(
      ['knowledge', `${passages.length} passages`, `build ${fmt(buildMs)} ms, load ${fmt(loadMs)} ms`, '', ''],
      ['hybrid retrieval (ours)', 'search k=5', `${fmt(retrieval.p50)}`, `${fmt(retrieval.p99)}`, ''],
      ['full ask (ours)', 'ask', `${fmt(ask.p50)}`, `${fmt(ask.p99)}`, ''],
      ['naive MemoryVectorStore', `build ${fmt(naiveBuildMs)} ms`, `${fmt(naiveRetrieval.p50)}`, `${fmt(naiveRetrieval.p99)}`, `×${(naiveRetrieval.p50 / retrieval.p50).toFixed(1)} p50, ×${(naiveRetrieval.p99 / retrieval.p99).toFixed(1)} p99`],
    );
    void manifest;

    // Scale: a generated corpus.
    const vocabulary = [...new Set(texts.join(' ').split(/[^\p{L}]+/u).filter((w) => w.length > 3))];
    const corpus = syntheticCorpus(vocabulary, scaleN);
    const rssBefore = mb();
    t = performance.now();
    const scaleManifest = await buildIndex({ documents: corpus, directory: path.join(dir, 'scale'), embeddings: { provider: 'local', dimensions: 256 }, hnsw: { m: 12, efConstruction: 64 } });
    const scaleBuildMs = performance.now() - t;
    t = performance.now();
    const scale = await loadIndex(path.join(dir, 'scale'), { provider: 'local' });
    const scaleLoadMs = performance.now() - t;
    const scaleRetrieval = await time(Math.max(1, Math.round(runs / 4)), questions, (q) => scale.retriever.search(q, 5));
    const rssScale = mb();
    const scaleTexts = (await Promise.all(corpus.map((d, i) => splitIntoPassages(d, i)))).flat().map(passageIndexText);
    const scaleEmbeddings = new LocalEmbeddings(JSON.parse((await import('node:fs')).readFileSync(path.join(dir, 'scale', 'vocabulary.json'), 'utf8')));
    t = performance.now();
    const naiveScale = new MemoryVectorStore(scaleEmbeddings);
    await naiveScale.addVectors(scaleTexts.map((x) => scaleEmbeddings.embed(x)), scaleTexts.map((pageContent) => new Document({ pageContent })));
    const naiveScaleBuild = performance.now() - t;
    const naiveScaleRetrieval = await time(1, questions.slice(0, 30), (q) => naiveScale.similaritySearch(q, 5));
    rows.push(
      [`scale (ours)`, `${scaleManifest.passages} passages`, `${fmt(scaleRetrieval.p50)}`, `${fmt(scaleRetrieval.p99)}`, `build ${fmt(scaleBuildMs / 1000)} s, load ${fmt(scaleLoadMs)} ms, RSS ${rssBefore}→${rssScale} MB`],
      [`scale naive MemoryVectorStore`, `${scaleTexts.length} passages`, `${fmt(naiveScaleRetrieval.p50)}`, `${fmt(naiveScaleRetrieval.p99)}`, `build ${fmt(naiveScaleBuild / 1000)} s, RSS ${mb()} MB, ×${(naiveScaleRetrieval.p50 / scaleRetrieval.p50).toFixed(1)} p50`],
    );
    process.stdout.write(`| run | what | p50 ms | p99 ms | notes |\n|---|---|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
