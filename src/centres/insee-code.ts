/**
 * INSEE and SIREN codes as numbers, so that tens of thousands of codes live in one typed array instead of as
 * as many strings. An INSEE code ("52121", "2A004") is read in base 36 (unique, below 36⁵ < 2³¹).
 */

/** The number of a 5-character INSEE code (digits and capital letters), or -1 when `code` is not one. */
export function inseeNumber(code: string): number {
  if (code.length !== 5) return -1;
  let n = 0;
  for (let i = 0; i < 5; i++) {
    const c = code.charCodeAt(i);
    // Only digits and capitals: parseInt would also accept "2a004" or trailing garbage, which a Map never matched.
    if (c >= 48 && c <= 57) n = n * 36 + (c - 48);
    else if (c >= 65 && c <= 90) n = n * 36 + (c - 55);
    else return -1;
  }
  return n;
}

/** Inverse of {@link inseeNumber}. */
export function inseeText(n: number): string {
  return n.toString(36).toUpperCase().padStart(5, '0');
}

/** The number of a 9-digit SIREN, or -1 when `siren` is not one (it is then kept as text). */
export function sirenNumber(siren: string): number {
  return /^\d{9}$/.test(siren) ? Number(siren) : -1;
}

/** Inverse of {@link sirenNumber}. */
export function sirenText(n: number): string {
  return String(n).padStart(9, '0');
}
