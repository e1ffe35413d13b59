import { createAssistant, type Assistant } from '../core/assistant.js';
import type { Skill } from '../core/skill.js';
import { smalltalkSkill } from '../core/smalltalk-skill.js';
import { createCentreSkill } from '../centres/centre-skill.js';
import { loadCentreFinder } from '../centres/load-centre-finder.js';
import type { Config } from '../config.js';
import type { Logger } from '../logging/logger.js';
import { createKnowledgeSkill } from '../core/knowledge-skill.js';
import type { PassageRetriever } from '../core/passage-retriever.js';
import { openKnowledgeIndex } from '../retrieval/open-knowledge-index.js';

export interface BuildAssistantOptions {
  logger: Logger;
  config: Config;
  /** Validate every Answer against the contract (tests and development). */
  validate?: boolean;
  /** Document retrieval to use instead of the index in `${config.DATA_DIR}/index` (loaded, or built when missing/stale). */
  knowledgeRetriever?: PassageRetriever;
}

/**
 * Composition root of the assistant core: loads the knowledge, builds each skill and puts them in order.
 * Order matters: smalltalk first (cheap, exact), then the centre finder (a place plus a presence/proximity
 * question), then document retrieval; anything left gets the honest fallback.
 */
export async function buildAssistant(options: BuildAssistantOptions): Promise<Assistant> {
  const skills: Skill[] = [smalltalkSkill];
  skills.push(createCentreSkill({ finder: await loadCentreFinder({ cacheFile: `${options.config.DATA_DIR}/gazetteer.txt` }) }));
  // Document retrieval always answers (or declines with the fallback), so it stays the last skill.
  skills.push(createKnowledgeSkill(options.knowledgeRetriever ?? (await openKnowledgeIndex(options.config, options.logger)).retriever));
  options.logger.debug({ skills: skills.map((s) => s.name) }, 'assistant skills');
  return createAssistant({ skills, validate: options.validate });
}
