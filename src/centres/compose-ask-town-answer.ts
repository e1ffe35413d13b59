import type { Answer, LookupIntent } from '../core/answer.js';
import type { Question } from '../core/question.js';

/**
 * For a proximity question that names no place ("Is there a centre near me?"): asks for the town instead of
 * guessing one. The next message (a town or postal code) is then read as the answer to this lookup.
 */
export function composeAskTownAnswer(question: Question, intent?: LookupIntent): Answer {
  const fr = question.language === 'fr';
  return {
    question: question.text,
    kind: 'clarify',
    text: fr
      ? 'Dans quelle commune êtes-vous ? Donnez-moi le nom de votre ville (ou son code postal) et je vous indiquerai le site du Cnam qui s\'y trouve ou les plus proches.'
      : 'Which town are you in? Tell me its name (or postal code) and I will give you the Cnam site there or the nearest ones.',
    confidence: 0.5,
    citations: [],
    lookup: { place: null, ...(intent ? { intent } : {}), inTown: false, centres: [] },
  };
}
