/**
 * Text normalisation shared by retrieval, the gazetteer and the router:
 * lower case, accents folded, ligatures expanded, typographic apostrophes unified.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'");
}

/** Folded words (letters and digits), French elisions (l', d', qu'…) removed. */
export function words(text: string): string[] {
  return fold(text)
    .replace(/\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}
