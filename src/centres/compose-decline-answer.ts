import type { Answer } from '../core/answer.js';
import type { Question } from '../core/question.js';
import { OFFICIAL_CNAM_URL } from '../core/fallback-answer.js';

/**
 * A ranking or comparison (« Quelle est la meilleure école de commerce à Lyon ? », « Le Cnam de Dole est-il meilleur
 * que l'université de Besançon ? », "Which is better…?"): the assistant does not rank or compare schools and says so
 * plainly in the user's language, then offers what it can do about the place named. Never « Oui, il y a un site ».
 */
export function composeDeclineAnswer(question: Question, placeName: string | null): Answer {
  const fr = question.language === 'fr';
  const text = fr
    ? [
        "Je ne fais pas de classement et je ne compare pas les écoles ni les établissements : mes sources ne permettent pas de dire qu'un établissement est meilleur qu'un autre.",
        `Je peux en revanche vous dire s'il existe un site du Cnam ${placeName ? `à ${placeName}` : 'près de chez vous'} ou à proximité, et ce que mes sources disent des formations qu'on y suit. Pour le reste, le site officiel du Cnam : ${OFFICIAL_CNAM_URL}.`,
      ].join('\n\n')
    : [
        'I do not rank or compare schools: my sources do not allow me to say that one institution is better than another.',
        `What I can do is tell you whether there is a Cnam site ${placeName ? `in ${placeName}` : 'near you'} or nearby, and what my sources say about its courses. For anything else, see the Cnam's official website: ${OFFICIAL_CNAM_URL}.`,
      ].join('\n\n');
  const suggestions = placeName
    ? fr
      ? [`Y a-t-il un centre Cnam à ${placeName} ?`, `Quelles formations au Cnam à ${placeName} ?`]
      : [`Is there a Cnam centre in ${placeName}?`, `What courses does the Cnam offer in ${placeName}?`]
    : fr
      ? ['Y a-t-il un centre Cnam près de chez moi ?', 'Quelles formations propose un centre du programme ?']
      : ['Is there a Cnam centre near me?', 'What courses does a programme centre offer?'];
  return { question: question.text, kind: 'fallback', text, confidence: 0.3, citations: [], suggestions };
}
