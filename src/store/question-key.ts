import { words } from '../text/fold.js';

/**
 * The folded form questions are grouped and matched by: lower case, no accents, no punctuation,
 * elisions removed, single spaces. « Qui peut répondre à l'AMI ? » → `qui peut repondre a ami`.
 */
export function questionKey(question: string): string {
  return words(question).join(' ');
}
