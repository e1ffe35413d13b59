import type { Assistant } from '../core/assistant.js';
import { AppError } from '../core/errors.js';

/** A dependency readiness reports on: the shared database, when there is one. */
export interface DependencyHealth {
  readonly up: boolean;
}

/**
 * Holds the assistant once its knowledge is loaded, and watches the database when instances share one; routes ask it
 * for the assistant or get `not_ready` (503, retry).
 */
export class Readiness {
  private assistant: Assistant | undefined;
  private failure: Error | undefined;
  private draining = false;
  private database: DependencyHealth | undefined;

  /** The shared database: while it is down the service is not ready (503) and says why. */
  watchDatabase(health: DependencyHealth): void {
    this.database = health;
  }

  /** `up`/`down` when a database is configured, undefined otherwise. */
  get databaseState(): 'up' | 'down' | undefined {
    return this.database ? (this.database.up ? 'up' : 'down') : undefined;
  }

  /** The loaded assistant, if any (whatever the database's state). */
  get current(): Assistant | undefined {
    return this.assistant;
  }

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

  /**
   * The knowledge is loaded and the database (if any) answers: questions can be answered (also while draining, for
   * requests already in flight).
   */
  get isReady(): boolean {
    return this.assistant !== undefined && (this.database?.up ?? true);
  }

  get failed(): Error | undefined {
    return this.failure;
  }

  /** The loaded assistant, or a `not_ready` error for the caller to retry. */
  require(): Assistant {
    if (!this.assistant) throw new AppError('not_ready', 'the assistant is still loading its knowledge; retry shortly');
    if (this.database && !this.database.up) throw new AppError('not_ready', 'the database is unreachable; retry shortly');
    return this.assistant;
  }
}
