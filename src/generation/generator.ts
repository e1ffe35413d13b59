import { HumanMessage, SystemMessage, type AIMessageChunk } from '@langchain/core/messages';
import type { AnswerGenerator, GenerationRequest } from '../answering/answer-generator.js';
import { HEAD } from '../answering/compose-section.js';
import { answerSchema, type Answer } from '../core/answer.js';
import { CitationList } from '../core/citation-list.js';
import { languageSignal } from '../core/detect-language.js';
import type { Logger } from '../logging/logger.js';
import { answerProgress } from './answer-progress.js';
import { MAX_OUTPUT_TOKENS, type ConfiguredModel } from './chat-model.js';
import { groundedPrompt, PROMPT_VERSION } from './grounded-prompt.js';
import { checkSentence, SourceIndex, type Refusal, type SentenceVerdict } from './grounding-check.js';
import { SentenceSplitter } from './sentence-splitter.js';
import { sourcePassages, type SourcePassage } from './source-passages.js';
import { TokenBudget } from './token-budget.js';

export interface GeneratorOptions {
  model: ConfiguredModel;
  /** Whole-answer deadline (LLM_TIMEOUT_MS). */
  timeoutMs: number;
  budget: TokenBudget;
  logger: Logger;
}

/** Why a generation ended; everything but `generated` serves the extractive answer. */
export type GenerationOutcome =
  | 'generated'
  | 'no-sources'
  | 'over-budget'
  | 'timeout'
  | 'provider-error'
  | 'cut-off'
  | 'lost-its-point'
  | 'wrong-language'
  | 'hides-disagreement'
  | 'invalid';

/** What one generation did, for logs and tests. */
export interface GenerationReport {
  outcome: GenerationOutcome;
  ms: number;
  promptTokens: number;
  completionTokens: number;
  /** Token counts estimated from text length: the provider reported none. */
  estimatedTokens: boolean;
  sentences: number;
  kept: number;
  refused: Array<{ reasons: Refusal[]; coverage: number }>;
  /** Every sentence checked, in order, with its verdict (kept for tests and evaluation; never logged). */
  checked: Array<{ sentence: string; ok: boolean; reasons: Refusal[]; coverage: number }>;
}

/** `[n]` markers in a checked sentence renumbered to the Answer's citations, placed before its final mark. */
function renumber(sentence: string, numberOf: (n: number) => number): string {
  return sentence
    .replace(/\s*\[(\d{1,2}(?:\s*[,;–-]\s*\d{1,2})*)\]/g, (_, group: string) => {
      const numbers: number[] = [];
      for (const piece of group.split(/\s*[,;]\s*/)) {
        const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(piece);
        const ns = range ? Array.from({ length: Math.min(10, +range[2]! - +range[1]! + 1) }, (_, i) => +range[1]! + i) : [+piece];
        for (const n of ns) if (!numbers.includes(numberOf(n))) numbers.push(numberOf(n));
      }
      return ` ${numbers.map((n) => `[${n}]`).join(' ')}`;
    })
    .replace(/(\[\d+\])(\s?\1)+/g, '$1')
    .replace(/\s+([,;:])/g, '$1')
    .replace(/([.!?…])((?:\s?\[\d+\])+)\s*$/, '$2$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences joined as prose; a list item (« - … », « 1. … ») keeps its own line. */
function joinLines(lines: readonly string[]): string {
  return lines.reduce((text, line, i) => (i === 0 ? line : `${text}${/^(?:[-*•]|\d+[.)])\s/.test(line) ? '\n' : ' '}${line}`), '');
}

function textOf(chunk: AIMessageChunk): string {
  if (typeof chunk.content === 'string') return chunk.content;
  return chunk.content.map((part) => (typeof part === 'string' ? part : 'text' in part && typeof part.text === 'string' ? part.text : '')).join('');
}

/** Whether the provider said the answer is complete (OpenAI `finish_reason`, Ollama `done`). */
function finishOf(chunk: AIMessageChunk): string | undefined {
  const meta = chunk.response_metadata as Record<string, unknown> | undefined;
  const reason = meta?.finish_reason ?? meta?.done_reason ?? (meta?.done === true ? 'stop' : undefined);
  return typeof reason === 'string' ? reason : undefined;
}

/**
 * The generation step of knowledge answers. The model gets the redacted question, the conversation's previous
 * questions and the top sections as numbered sources (src/generation/prompts/); its output is cut into sentences
 * as it streams and each is checked against the sources it cites before anyone sees it ({@link checkSentence}).
 * Failing sentences are dropped. The extractive answer is kept instead (null) when fewer than half the sentences
 * pass, none answers, the answer is in the wrong language, it gives one version where the sources disagree, the
 * stream ends without the provider saying it is complete, the provider fails or takes longer than the timeout, or
 * the minute's token budget is spent.
 */
export function createGenerator(options: GeneratorOptions): AnswerGenerator & { readonly reports: GenerationReport[] } {
  const { model, logger } = options;
  const reports: GenerationReport[] = [];
  async function generate({ question, sections, extractive }: GenerationRequest): Promise<Answer | null> {
    const started = performance.now();
    const report: GenerationReport = { outcome: 'no-sources', ms: 0, promptTokens: 0, completionTokens: 0, estimatedTokens: false, sentences: 0, kept: 0, refused: [], checked: [] };
    const finish = (outcome: GenerationOutcome, answer: Answer | null = null): Answer | null => {
      report.outcome = outcome;
      report.ms = Math.round(performance.now() - started);
      reports.push(report);
      if (reports.length > 100) reports.shift();
      const { checked: _checked, ...logged } = report;
      logger.info({ generation: { provider: model.provider, model: model.model, prompt: PROMPT_VERSION, ...logged } }, 'generation');
      return answer;
    };

    const passages = sourcePassages(sections, question.language);
    if (passages.length === 0) return finish('no-sources');
    const prompt = groundedPrompt({
      question: question.text,
      previousQuestions: question.context.turns.map((t) => t.question),
      language: question.language,
      passages,
    });
    const promptEstimate = Math.ceil((prompt.system.length + prompt.user.length) / 4);
    const settle = options.budget.reserve(promptEstimate + MAX_OUTPUT_TOKENS);
    if (!settle) return finish('over-budget');

    const progress = answerProgress();
    progress?.informative(question.language);
    const index = new SourceIndex(passages);
    const splitter = new SentenceSplitter();
    const citations = new CitationList();
    const verdicts: SentenceVerdict[] = [];
    const shown: string[] = [];
    const byNumber = new Map<number, SourcePassage>(passages.map((p) => [p.n, p]));
    const take = (sentence: string) => {
      const verdict = checkSentence(sentence, index);
      if (verdict.reasons.includes('empty')) return;
      verdicts.push(verdict);
      if (!verdict.ok) return;
      const line = renumber(sentence, (n) => {
        const passage = byNumber.get(n)!;
        return citations.numbers([passage.source], verdict.support.get(n) ?? passage.sentences[0])[0]!;
      });
      shown.push(line);
      progress?.partial(joinLines(shown));
    };

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(`no complete answer within ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    let raw = '';
    let finishReason: string | undefined;
    let ended: GenerationOutcome | undefined;
    try {
      const stream = await model.chat.stream([new SystemMessage(prompt.system), new HumanMessage(prompt.user)], { signal: controller.signal });
      for await (const chunk of stream) {
        const text = textOf(chunk);
        raw += text;
        if (chunk.usage_metadata) {
          report.promptTokens = chunk.usage_metadata.input_tokens;
          report.completionTokens = chunk.usage_metadata.output_tokens;
        }
        finishReason = finishOf(chunk) ?? finishReason;
        for (const sentence of splitter.push(text)) take(sentence);
        if (timedOut) break;
      }
      if (timedOut) ended = 'timeout';
      // A stream that stops without the provider saying the answer is complete was cut: its end is not trusted.
      else if (!finishReason) ended = 'cut-off';
      // Cut at the token limit: the unfinished last sentence is not an answer.
      else if (finishReason !== 'length') for (const sentence of splitter.end()) take(sentence);
    } catch (error) {
      ended = timedOut ? 'timeout' : 'provider-error';
      if (!timedOut) logger.warn({ err: error, provider: model.provider, model: model.model }, 'generation failed: extractive answer served');
    } finally {
      clearTimeout(timer);
    }
    if (report.promptTokens === 0 && report.completionTokens === 0) {
      report.estimatedTokens = true;
      report.promptTokens = promptEstimate;
      report.completionTokens = Math.ceil(raw.length / 4);
    }
    settle(report.promptTokens + report.completionTokens);
    report.sentences = verdicts.length;
    report.kept = shown.length;
    report.refused = verdicts.filter((v) => !v.ok).map((v) => ({ reasons: v.reasons, coverage: Number(v.coverage.toFixed(2)) }));
    report.checked = verdicts.map((v) => ({ sentence: v.sentence, ok: v.ok, reasons: v.reasons, coverage: Number(v.coverage.toFixed(2)) }));
    if (ended) return finish(ended);

    const answering = verdicts.filter((v) => v.ok && !v.meta).length;
    if (answering === 0 || shown.length * 2 < verdicts.length) return finish('lost-its-point');
    const text = joinLines(shown);
    const signal = languageSignal(text);
    if (signal && signal !== question.language) return finish('wrong-language');
    // Where the extractive answer shows sources that disagree, the generated one must give more than one of them.
    const disputed = Object.values(HEAD.disputed).some((head) => extractive.text.includes(head));
    if (disputed && citations.size < 2) return finish('hides-disagreement');
    const answer: Answer = { ...extractive, text, citations: citations.citations, generated: { provider: model.provider, model: model.model } };
    if (!answerSchema.safeParse(answer).success) return finish('invalid');
    return finish('generated', answer);
  }
  return { generate, reports };
}
