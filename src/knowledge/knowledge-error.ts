import { AppError } from '../core/errors.js';
import { formatProblem, type Problem } from './problem.js';

/**
 * Raised when a knowledge file cannot be loaded. The message lists every problem as `file:line: message`
 * and ends with the command that reports them all.
 */
export class KnowledgeError extends AppError {
  constructor(readonly problems: readonly Problem[]) {
    super(
      'not_ready',
      `Invalid knowledge files (run \`npm run knowledge:check\`):\n${problems.map((p) => formatProblem(p)).join('\n')}`,
      problems,
    );
    this.name = 'KnowledgeError';
  }
}
