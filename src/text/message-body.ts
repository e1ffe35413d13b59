import { fold } from './fold.js';

/** A greeting that opens a message, with whom it addresses: « Bonjour, », « Dear colleagues, », « Madame, Monsieur, ». */
const GREETING =
  /^(?:bonjour|bonsoir|salut|hello|hi|hey|dear|madame|monsieur|mesdames|messieurs)\b(?:\s+(?:a tous|a toutes|all|team|everyone|colleagues|collegues|madame|monsieur|messieurs|l'equipe|[a-z][a-z-]+))?\s*[,;:!.]\s*(?:(?:madame|monsieur|messieurs)\s*[,;:!.]\s*)?/;

/** What opens a sign-off: « Cordialement », « Merci d'avance », "Many thanks", "Kind regards". */
const SIGN_OFF =
  /^(?:bien |tres )?cordialement|^(?:bien a vous|a bientot|salutations|sinceres salutations|veuillez agreer|bonne (?:journee|soiree)|belle journee|respectueusement|en vous remerciant|avec (?:mes|nos|tous mes) remerciements|dans l'attente de (?:votre|vos)|je vous remercie|nous vous remercions)|^(?:un grand )?merci(?: (?:d'avance|par avance|beaucoup|bien|(?:pour|de) (?:votre|vos|ces|cette|ce|la|le|l'|les) [^?]{0,40}|a vous))?\s*(?:[,.!]|$)|^(?:many |thanks? |thank you|best|kind|warm|warmest)?\s*(?:thanks|regards|wishes)\b|^(?:sincerely|cheers|best)\b/;

/** At most this many words after a sign-off: a name, a role, a town hall. */
const MAX_SIGNATURE_WORDS = 14;

/**
 * The message without its courtesy: an opening greeting, and a closing sign-off with the signature after it
 * (« Many thanks, Sarah », « Cordialement, Marie L., chargée de mission »). A name in a signature is no place, and
 * « Bonne nouvelle » after « Bonjour, » opens a sentence. Whitespace is collapsed as in the question's text.
 */
export function messageBody(message: string): string {
  let text = message.trim();
  const greeting = GREETING.exec(fold(text));
  if (greeting && greeting[0].length < text.length) {
    const rest = text.slice(greeting[0].length).trim();
    if (rest.split(/\s+/).length >= 3) text = rest;
  }
  // A sign-off opens a line or follows the end of a sentence, and only a signature comes after it.
  const boundaries = [...text.matchAll(/(?:\n\s*|(?<=[?.!])\s+)(?=\S)/g)];
  for (const boundary of boundaries) {
    const at = boundary.index + boundary[0].length;
    const tail = text.slice(at);
    const folded = fold(tail);
    if (!SIGN_OFF.test(folded) || /\?/.test(tail)) continue;
    const after = folded.replace(SIGN_OFF, '');
    if (after.split(/\s+/).filter(Boolean).length > MAX_SIGNATURE_WORDS) continue;
    if (fold(text.slice(0, at)).split(/\s+/).length < 3) continue;
    text = text.slice(0, at);
    break;
  }
  return text.trim().replace(/\s+/g, ' ');
}
