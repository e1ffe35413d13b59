/**
 * The per-minute token budget of all generations together (LLM_TOKENS_PER_MINUTE): a sliding minute of what calls
 * used. A call is admitted when what it may use still fits; its reservation is then replaced by what the provider
 * reported. Past the budget, answers are extractive until the minute frees up.
 */
export class TokenBudget {
  private readonly spent: Array<{ at: number; tokens: number }> = [];

  constructor(
    /** Tokens per minute; 0 = no limit. */
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reserves `tokens` if they fit this minute; returns a function that records what the call really used. */
  reserve(tokens: number): ((used: number) => void) | null {
    if (this.perMinute === 0) return () => undefined;
    this.forget();
    if (this.used + tokens > this.perMinute) return null;
    const entry = { at: this.now(), tokens };
    this.spent.push(entry);
    return (used) => {
      entry.tokens = used;
    };
  }

  /** Tokens used (or reserved) in the last minute. */
  get used(): number {
    this.forget();
    return this.spent.reduce((n, e) => n + e.tokens, 0);
  }

  private forget(): void {
    const since = this.now() - 60_000;
    while (this.spent.length > 0 && this.spent[0]!.at <= since) this.spent.shift();
  }
}
