import type { Citation } from '../core/answer.js';
import type { SourceCitation } from './source-index.js';

/** Numbers citations 1..N in order of first use and returns the `[n]` markers to put after a claim. */
export class CitationList {
  private readonly items: Citation[] = [];

  /** Adds the sources (once each) and returns their markers, e.g. "[1][2]". */
  cite(sources: readonly SourceCitation[], excerpt?: string): string {
    const markers: string[] = [];
    for (const source of sources) {
      let item = this.items.find((c) => c.url === source.url);
      if (!item) {
        item = { n: this.items.length + 1, ...source, ...(excerpt ? { excerpt } : {}) };
        this.items.push(item);
      }
      markers.push(`[${item.n}]`);
    }
    return markers.join('');
  }

  get citations(): Citation[] {
    return [...this.items];
  }
}
