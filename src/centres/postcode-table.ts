import type { Locality } from './locality.js';
import type { LocalityTable } from './locality-table.js';

/**
 * Postal code → localities, as two sorted typed arrays searched by bisection (instead of a Map of 6,000 strings
 * and arrays). Localities are made when a code is looked up.
 */
export class PostcodeTable {
  private readonly codes: Int32Array;
  private readonly refs: Int32Array;

  /** @param pairs postal code (number) and locality ref, in the order the localities are listed for a code. */
  constructor(private readonly table: LocalityTable, pairs: ReadonlyArray<readonly [number, number]>) {
    const order = pairs.map((_, i) => i);
    order.sort((a, b) => pairs[a]![0] - pairs[b]![0] || a - b);
    this.codes = Int32Array.from(order, (i) => pairs[i]![0]);
    this.refs = Int32Array.from(order, (i) => pairs[i]![1]);
  }

  has(postcode: string): boolean {
    return this.first(postcode) >= 0;
  }

  /** The localities of `postcode` (5 digits), or undefined. */
  get(postcode: string): Locality[] | undefined {
    let i = this.first(postcode);
    if (i < 0) return undefined;
    const localities: Locality[] = [];
    for (const code = this.codes[i]; i < this.codes.length && this.codes[i] === code; i++) localities.push(this.table.locality(this.refs[i]!));
    return localities;
  }

  private first(postcode: string): number {
    if (!/^\d{5}$/.test(postcode)) return -1;
    const n = Number(postcode);
    let lo = 0;
    let hi = this.codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.codes[mid]! < n) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.codes.length && this.codes[lo] === n ? lo : -1;
  }
}
