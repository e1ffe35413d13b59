import { words } from '../text/fold.js';
import type { Language } from './ask-context.js';

const ENGLISH = new Set([
  'the', 'is', 'are', 'what', 'where', 'when', 'how', 'who', 'which', 'there', 'my', 'in', 'town',
  'city', 'near', 'nearest', 'does', 'do', 'can', 'i', 'you', 'your', 'of', 'to', 'and', 'for', 'with',
  'hello', 'hi', 'thanks', 'thank', 'please', 'apply', 'course', 'courses', 'center', 'about', 'funds', 'funded', 'get', 'find',
  'was', 'were', 'launched', 'call', 'second', 'first', 'many', 'much', 'any', 'it', 'this', 'that', 'help',
  'study', 'pay', 'fund', 'lot', 'so', 'very', 'have', 'has', 'an', 'be', 'why', 'tell', 'me', 'whats', "what's", 'good', 'morning', 'bye',
]);

const FRENCH = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'est', 'sont', 'quoi', 'que', 'qui', 'ou', 'quand',
  'comment', 'quel', 'quelle', 'quels', 'quelles', 'y', 'il', 'ma', 'mon', 'mes', 'ville', 'commune',
  'pres', 'proche', 'plus', 'pour', 'et', 'avec', 'sur', 'dans', 'au', 'aux', 'bonjour', 'salut', 'merci',
  'je', 'tu', 'vous', 'nous', 'peut', 'peux', 'pouvez', 'candidater', 'formation', 'formations',
  'appel', 'deuxieme', 'premier', 'combien', 'ce', 'cette', 'en', 'pas', 'ne', 'est-ce', 'faire', 'payer',
  'financer', 'quelles', 'qu', 'chez', 'moi', 'notre', 'votre', 'antenne', 'bonsoir', 'svp', 'stp', 'aide',
]);

/**
 * Guesses the language of a question from its function words; ties fall back to the channel
 * locale, then to French.
 */
export function detectLanguage(question: string, locale?: string): Language {
  return languageSignal(question) ?? (locale?.toLowerCase().startsWith('en') ? 'en' : 'fr');
}

/** The language the words point to, or null when they give no signal either way (e.g. "Dole ?"). */
export function languageSignal(question: string): Language | null {
  let en = 0;
  let fr = 0;
  for (const w of words(question)) {
    if (ENGLISH.has(w)) en += 1;
    if (FRENCH.has(w)) fr += 1;
  }
  if (/\b(is|are|does|do|can)\s+there\b/i.test(question)) en += 2;
  if (en > fr) return 'en';
  if (fr > en) return 'fr';
  return null;
}
