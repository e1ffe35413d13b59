import type { Answer } from './answer.js';
import { MAX_TURNS, type Turn } from './ask-context.js';
import type { Question } from './question.js';

/** Every remembered turn can change an answer (a follow-up may skip a "merci" to find its topic). */
const TURNS_IN_KEY = MAX_TURNS;

/**
 * A bounded LRU of answers. Skills are deterministic for a given question and recent turns, and people ask
 * the same questions over and over (the welcome suggestions, "y a-t-il un centre à …"), so a repeated
 * question is answered without searching again. Call `clear()` when the knowledge changes.
 */
export class AnswerCache {
  private readonly entries = new Map<string, Answer>();

  constructor(private readonly capacity = 2_000) {}

  static keyOf(question: Question): string {
    const recent = question.context.turns.slice(-TURNS_IN_KEY).map(turnKey).join('|');
    return `${question.language}\u0000${question.folded}\u0000${recent}`;
  }

  get(key: string): Answer | undefined {
    const answer = this.entries.get(key);
    if (answer) {
      this.entries.delete(key);
      this.entries.set(key, answer);
    }
    return answer;
  }

  set(key: string, answer: Answer): void {
    if (this.capacity <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, answer);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

function turnKey(turn: Turn): string {
  const asked = turn.asked ? `${turn.asked}=${turn.candidates?.join(',') ?? ''}` : '';
  return `${turn.kind}:${turn.language}:${turn.place?.insee ?? ''}:${turn.area?.code ?? ''}:${turn.intent ?? ''}:${asked}:${turn.question}`;
}
