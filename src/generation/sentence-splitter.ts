/** A sentence end: its mark, the markers written after it, then a space and the next sentence's first character. */
const END = /([.!?…])((?:\s*\[\d{1,2}(?:\s*[,;–-]\s*\d{1,2})*\])*)(?=\s+[^\s[])/g;
/** Abbreviations whose period ends no sentence (« M. Dupont », « p. ex. », « n° »). */
const ABBREVIATION = /(?:^|[\s(])(?:M|Mme|MM|Dr|St|Ste|p|cf|env|ex|etc|art|av|bd|n°|[A-Z])\.$/;

/**
 * Cuts a model's output into sentences as it streams in. A sentence is complete when the next one has begun (so
 * the markers it ends with are known) or the output ends; a line break ends one too (list items).
 */
export class SentenceSplitter {
  private buffer = '';

  /** Adds text; returns the sentences it completed. */
  push(text: string): string[] {
    this.buffer += text;
    const out: string[] = [];
    for (;;) {
      const cut = this.nextCut();
      if (cut < 0) break;
      const sentence = this.buffer.slice(0, cut).trim();
      this.buffer = this.buffer.slice(cut);
      if (sentence) out.push(sentence);
    }
    return out;
  }

  /** The output ended: what is left, if anything, is the last sentence. */
  end(): string[] {
    const rest = this.buffer.trim();
    this.buffer = '';
    return rest ? [rest] : [];
  }

  /** Text received but not yet part of a complete sentence. */
  get pending(): string {
    return this.buffer;
  }

  private nextCut(): number {
    const line = /\n/.exec(this.buffer);
    END.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = END.exec(this.buffer))) {
      const end = match.index + match[0].length;
      if (line && line.index < end) break;
      if (match[1] === '.' && ABBREVIATION.test(this.buffer.slice(0, match.index + 1))) continue;
      return end;
    }
    return line ? line.index + 1 : -1;
  }
}
