import type { Citation } from './answer.js';

/** A citation without its number: a public source as the knowledge names it. */
export type SourceCitation = Omit<Citation, 'n'>;

/** Numbers citations 1..N in order of first use and returns the `[n]` markers to put after a claim. */
export class CitationList {
  private readonly items: Citation[] = [];

  /** Adds the sources (once each) and returns their numbers; the first excerpt given for a source is kept. */
  numbers(sources: readonly SourceCitation[], excerpt?: string): number[] {
    return sources.map((source) => {
      let item = this.items.find((c) => c.url === source.url);
      if (!item) {
        item = { n: this.items.length + 1, title: source.title, url: source.url };
        if (source.publisher) item.publisher = source.publisher;
        if (source.date) item.date = source.date;
        const text = source.excerpt ?? excerpt;
        if (text) item.excerpt = text.length > 200 ? `${text.slice(0, 197)}…` : text;
        this.items.push(item);
      } else if (!item.excerpt && excerpt) {
        item.excerpt = excerpt.length > 200 ? `${excerpt.slice(0, 197)}…` : excerpt;
      }
      return item.n;
    });
  }

  /** Adds the sources (once each) and returns their markers, e.g. "[1][2]". */
  cite(sources: readonly SourceCitation[], excerpt?: string): string {
    return this.numbers(sources, excerpt).map((n) => `[${n}]`).join('');
  }

  /** `text` with its `[n]` markers (numbered in `citations`) renumbered into this list: answers put together cite once. */
  renumber(text: string, citations: readonly Citation[]): string {
    const map = new Map<number, number>();
    for (const { n, ...source } of citations) map.set(n, this.numbers([source])[0]!);
    return text.replace(/\[(\d+)\]/g, (marker, n: string) => (map.has(Number(n)) ? `[${map.get(Number(n))}]` : marker));
  }

  /** The number of a source already listed, or undefined. */
  numberOf(url: string): number | undefined {
    return this.items.find((c) => c.url === url)?.n;
  }

  get size(): number {
    return this.items.length;
  }

  get citations(): Citation[] {
    return [...this.items];
  }
}
