import type { Answer } from './answer.js';
import type { Language } from './ask-context.js';

/** The official place to send people when the knowledge does not cover their question. */
export const OFFICIAL_CNAM_URL = 'https://www.cnam.fr';

const TEXT: Record<Language, string> = {
  fr:
    "Je ne trouve pas de réponse fiable à cette question dans les sources dont je dispose. " +
    "Je peux vous renseigner sur le programme « Au cœur des territoires » du Cnam (appels à manifestation d'intérêt, " +
    'villes retenues, calendrier), sur les sites du Cnam près de chez vous et sur les formations et leur financement. ' +
    `Pour toute autre demande, le site officiel du Cnam : ${OFFICIAL_CNAM_URL}.`,
  en:
    "That is not in my sources: I can't find a reliable answer to it. " +
    "I can help with the Cnam's « Au cœur des territoires » programme (calls for expressions of interest, selected towns, " +
    'timeline), Cnam sites near you, and courses and how to fund them. ' +
    `For anything else, see the Cnam's official website: ${OFFICIAL_CNAM_URL}.`,
};

export const FALLBACK_SUGGESTIONS: Record<Language, string[]> = {
  fr: [
    "Qu'est-ce que le programme « Au cœur des territoires » ?",
    'Y a-t-il un centre Cnam à Chaumont ?',
    'Comment financer une formation au Cnam ?',
  ],
  en: [
    'What is the « Au cœur des territoires » programme?',
    'Is there a Cnam centre in Chaumont?',
    'How can I fund a Cnam course?',
  ],
};

/** The honest "not covered" answer: no citation, low confidence, and where to go instead. */
export function fallbackAnswer(question: string, language: Language, confidence = 0): Answer {
  return {
    question,
    kind: 'fallback',
    text: TEXT[language],
    confidence: Math.min(confidence, 0.3),
    citations: [],
    suggestions: FALLBACK_SUGGESTIONS[language],
  };
}
