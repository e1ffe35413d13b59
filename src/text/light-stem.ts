/** Endings removed by {@link lightStem}, longest first. */
const SUFFIXES = [
  'issements', 'issement', 'ements', 'ement', 'ations', 'ation', 'atrices', 'atrice', 'ateurs', 'ateur', 'ances',
  'ance', 'ences', 'ence', 'euses', 'euse', 'ables', 'able', 'istes', 'iste', 'ismes', 'isme', 'ives', 'ive', 'ites',
  'ite', 'ures', 'ure', 'ees', 'ee', 'ers', 'er', 'ez', 'es', 'e', 's', 'x',
];

/**
 * A light French stemmer (in the spirit of Savoy's): strips plural, feminine and the most common
 * derivational endings so that « candidature », « candidater » and « candidats » meet on « candidat ».
 * Input must be folded (lower case, no accents). Words of three letters or fewer and numbers are kept as is.
 */
export function lightStem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  // « auditrice », « directrice »: the feminine of « auditeur », « directeur » (« -atrice » is stripped below).
  const feminine = /^(.{3,}[^a])trices?$/.exec(word);
  if (feminine) return `${feminine[1]}teur`;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}
