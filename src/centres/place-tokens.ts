import { fold } from '../text/fold.js';

/** One word of a question, folded for matching, with the word as typed (for capitalisation). */
export interface PlaceToken {
  /** Folded and canonicalised: "st" → "saint", "13e" → "13". */
  key: string;
  /** As typed. */
  raw: string;
  /** Joined to the previous word by a hyphen, as in a compound name ("Notre-Dame-des-Landes"). */
  hyphen?: boolean;
}

/** Abbreviations people type: "St/Ste", the SMS « ds » for « dans » (« cnam ds le 71 »), English town names. */
const CANONICAL = new Map([
  ['st', 'saint'], ['ste', 'sainte'], ['sts', 'saints'], ['stes', 'saintes'], ['ds', 'dans'],
  // English names of French towns.
  ['dunkirk', 'dunkerque'], ['marseilles', 'marseille'], ['lyons', 'lyon'], ['rheims', 'reims'],
]);
const ORDINAL = /^(\d{1,2})(?:e|eme|er|ere|nd|th|st|rd|me)$/;

/** Canonical form of one folded word. */
export function canonicalWord(word: string): string {
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const ordinal = ORDINAL.exec(word);
    if (ordinal) return String(Number(ordinal[1]));
  }
  return CANONICAL.get(word) ?? word;
}

/** Splits text into place tokens: hyphens, apostrophes and punctuation separate words. */
export function placeTokens(text: string): PlaceToken[] {
  const tokens: PlaceToken[] = [];
  let separator = '';
  for (const piece of text.split(/([^\p{L}\p{N}]+)/u)) {
    if (piece.length === 0) continue;
    if (!/[\p{L}\p{N}]/u.test(piece)) {
      separator = piece;
      continue;
    }
    let first = true;
    for (const part of fold(piece).split(/[^a-z0-9]+/)) {
      if (part.length === 0) continue;
      const token: PlaceToken = { key: canonicalWord(part), raw: piece };
      if ((first && separator === '-' && tokens.length > 0) || !first) token.hyphen = true;
      tokens.push(token);
      first = false;
    }
    separator = '';
  }
  return tokens;
}

/** The lookup key of a name: its canonical tokens joined by single spaces ("Saint-Dié-des-Vosges" → "saint die des vosges"). */
export function placeKey(name: string): string {
  let key = '';
  for (const part of fold(name).split(/[^a-z0-9]+/)) {
    if (part.length === 0) continue;
    key = key ? `${key} ${canonicalWord(part)}` : canonicalWord(part);
  }
  return key;
}
