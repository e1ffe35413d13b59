import type { Assistant } from '../core/assistant.js';
import { AppError } from '../core/errors.js';

/** Holds the assistant once its knowledge is loaded; routes ask it for the assistant or get `not_ready`. */
export class Readiness {
  private assistant: Assistant | undefined;
  private failure: Error | undefined;
  private draining = false;

  /** Called by the composition root when loading is done. */
  setReady(assistant: Assistant): void {
    this.assistant = assistant;
  }

  setFailed(error: Error): void {
    this.failure = error;
  }

  /** The service is shutting down: `/readyz` answers 503 so load balancers stop sending requests. */
  startDraining(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** The knowledge is loaded: questions can be answered (also while draining, for requests already in flight). */
  get isReady(): boolean {
    return this.assistant !== undefined;
  }

  get failed(): Error | undefined {
    return this.failure;
  }

  /** The loaded assistant, or a `not_ready` error for the caller to retry. */
  require(): Assistant {
    if (!this.assistant) throw new AppError('not_ready', 'the assistant is still loading its knowledge; retry shortly');
    return this.assistant;
  }
}
