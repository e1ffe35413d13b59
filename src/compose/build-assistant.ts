import { createAssistant, type Assistant } from '../core/assistant.js';
import type { Skill } from '../core/skill.js';
import { smalltalkSkill } from '../core/smalltalk-skill.js';
import { createCentreSkill } from '../centres/centre-skill.js';
import { findPlace } from '../centres/find-place.js';
import type { Question } from '../core/question.js';
import { loadCentreFinder } from '../centres/load-centre-finder.js';
import { loadDocuments } from '../knowledge/load-documents.js';
import type { Config } from '../config.js';
import type { Logger } from '../logging/logger.js';
import { audienceFallback } from '../answering/audience-fallback.js';
import { siteDetailsFirst } from '../answering/site-details-first.js';
import { createKnowledgeSkill } from '../answering/knowledge-skill.js';
import { answerEachPart } from '../answering/each-part.js';
import type { PassageRetriever } from '../core/passage-retriever.js';
import { openKnowledgeIndex } from '../retrieval/open-knowledge-index.js';
import { createReviewSkill } from '../agent/review-skill.js';
import type { ReviewStore } from '../store/review-store.js';
import type { AnswerGenerator } from '../answering/answer-generator.js';
import { chatModelOf } from '../generation/chat-model.js';
import { createGenerator } from '../generation/generator.js';
import { TokenBudget } from '../generation/token-budget.js';

export interface BuildAssistantOptions {
  logger: Logger;
  config: Config;
  /** Validate every Answer against the contract (tests and development). */
  validate?: boolean;
  /** Document retrieval to use instead of the index in `${config.DATA_DIR}/index` (loaded, or built when missing/stale). */
  knowledgeRetriever?: PassageRetriever;
  /** Agent-reviewed answers, reused first (right after smalltalk) for the same or a very close question. */
  reviews?: Pick<ReviewStore, 'reusable'>;
  /** Generation step to use instead of the one the LLM_* settings describe (tests); null = none. */
  generator?: AnswerGenerator | null;
}

/** The assistant and the retrieval behind it (the agent console shows the passages). */
export interface Services {
  assistant: Assistant;
  retriever: PassageRetriever;
}

/**
 * Composition root of the assistant core: loads the knowledge, builds each skill and puts them in order.
 * Order matters: smalltalk first (cheap, exact), then the centre finder (a place plus a presence/proximity
 * question), then document retrieval; anything left gets the honest fallback.
 */
export async function buildAssistant(options: BuildAssistantOptions): Promise<Assistant> {
  return (await buildServices(options)).assistant;
}

/** Like {@link buildAssistant}, also returning the passage retriever. */
export async function buildServices(options: BuildAssistantOptions): Promise<Services> {
  const skills: Skill[] = [smalltalkSkill];
  if (options.reviews) skills.push(createReviewSkill(options.reviews));
  // The documents are read once: the centre finder cites them, the index checks it is built from them.
  const documents = await loadDocuments();
  const finder = await loadCentreFinder({ cacheFile: `${options.config.DATA_DIR}/gazetteer.txt`, documents });
  const centres = createCentreSkill({ finder });
  // Document retrieval always answers (or declines with the fallback), so it stays the last skill.
  const retriever = options.knowledgeRetriever ?? (await openKnowledgeIndex(options.config, options.logger, { documents })).retriever;
  const generator = options.generator === undefined ? await generatorOf(options.config, options.logger) : options.generator;
  // The places a question names, so that a section about a town answers only what is asked of it.
  const placeNames = (question: Question) => {
    const reading = findPlace(question.body, finder.index, { language: question.language });
    return reading ? [reading.text] : [];
  };
  const knowledge = createKnowledgeSkill(retriever, { placeNames, ...(generator ? { generator } : {}) });
  // A detail of one site (« quand l'antenne de Montbéliard a-t-elle été inaugurée ? ») is the knowledge's to answer.
  // « Who is the Chaumont centre for? » falls back on who the centres are for, said as such.
  const unknownWords = (text: string) => retriever.unknownWords?.(text) ?? [];
  skills.push(answerEachPart(siteDetailsFirst(centres, knowledge, placeNames, unknownWords), knowledge), audienceFallback(knowledge, placeNames));
  options.logger.debug({ skills: skills.map((s) => s.name), generation: options.config.LLM_PROVIDER }, 'assistant skills');
  return { assistant: createAssistant({ skills, validate: options.validate }), retriever };
}

/**
 * The generation step the LLM_* settings describe, or null (LLM_PROVIDER=none, the default): knowledge answers are
 * then extractive exactly as before. Centre answers (directory data) are never generated: only the knowledge skill
 * has the step.
 */
export async function generatorOf(config: Config, logger: Logger): Promise<AnswerGenerator | null> {
  const model = await chatModelOf(config);
  if (!model) return null;
  logger.info({ provider: model.provider, model: model.model, timeoutMs: config.LLM_TIMEOUT_MS, tokensPerMinute: config.LLM_TOKENS_PER_MINUTE }, 'generation on');
  return createGenerator({ model, timeoutMs: config.LLM_TIMEOUT_MS, budget: new TokenBudget(config.LLM_TOKENS_PER_MINUTE), logger });
}
