import type { Answer, LookupIntent } from '../core/answer.js';
import type { Question } from '../core/question.js';

/**
 * For a proximity question that names no place ("Is there a centre near me?"): asks for the town instead of
 * guessing one. The next message (a town or postal code) is then read as the answer to this lookup.
 */
export function composeAskTownAnswer(question: Question, intent?: LookupIntent): Answer {
  const fr = question.language === 'fr';
  const ask = fr
    ? 'Dans quelle commune êtes-vous ? Donnez-moi le nom de votre ville (ou son code postal) et je vous indiquerai le site du Cnam qui s\'y trouve ou les plus proches.'
    : 'Which town are you in? Tell me its name (or postal code) and I will give you the Cnam site there or the nearest ones.';
  // « la liste des formations de l'antenne de ma ville ? »: no source gives a centre's full catalogue; say so first.
  const catalogue = intent === 'courses' && CATALOGUE.test(question.folded);
  const none = fr
    ? "Mes sources ne donnent pas la liste complète des formations de chaque centre ; pour quelques sites, elles décrivent l'offre ; le site du centre régional du Cnam de votre région est la référence."
    : "My sources do not give the full list of courses of each centre; for a few sites they describe what is offered; the website of your region's Cnam regional centre is the reference.";
  return {
    question: question.text,
    kind: 'clarify',
    text: catalogue ? `${none}\n\n${ask}` : ask,
    confidence: 0.5,
    citations: [],
    lookup: { place: null, ...(intent ? { intent } : {}), inTown: false, centres: [] },
  };
}

/** A centre's whole catalogue asked: « la liste des formations », « le catalogue précis », "the exact list of courses". */
const CATALOGUE = /\b(?:liste|catalogue|toutes les formations|tous les cours|list of (?:the )?(?:courses|classes|programmes)|full list|exact list|all the courses)\b/;
