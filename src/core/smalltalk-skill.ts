import type { Answer } from './answer.js';
import type { Language } from './ask-context.js';
import type { Question } from './question.js';
import type { Skill } from './skill.js';
import { FALLBACK_SUGGESTIONS } from './fallback-answer.js';

type Intent = 'greeting' | 'thanks' | 'goodbye' | 'capabilities' | 'identity';

/** Whole-message patterns on folded text; a greeting followed by a real question is not smalltalk. */
const PATTERNS: Array<[Intent, RegExp]> = [
  ['greeting', /^(bonjour|bonsoir|salut|coucou|hello|hi|hey|good (morning|afternoon|evening)|yo)( (a vous|a tous|there|everyone|le bot))?[ !.,]*$/],
  ['thanks', /^(merci( beaucoup| bien| pour (tout|votre aide|ces informations|l'info))?|thanks?( you)?( very much| a lot| so much)?|thx|parfait,? merci|super,? merci|great,? thanks?)[ !.,]*$/],
  ['goodbye', /^(au revoir|bonne (journee|soiree)|a bientot|bye|goodbye|see you)[ !.,]*$/],
  ['capabilities', /^(aide|help|\?|que (sais|peux)[- ]tu faire|qu'est-ce que tu (sais|peux) faire|que pouvez-vous faire|what can you do|what do you do|how can you help( me)?|comment (peux-tu|pouvez-vous) m'aider)[ ?!.]*$/],
  ['identity', /^(qui es[- ]tu|tu es qui|qui etes-vous|t'es qui|who are you|what are you|es-tu un (robot|bot|humain)|are you (a bot|human|a robot))[ ?!.]*$/],
];

const CAPABILITIES: Record<Language, string> = {
  fr:
    "Je suis l'assistant « territoires » du Cnam. Je réponds, en citant mes sources, aux questions sur :\n" +
    "- le programme « Au cœur des territoires » et ses appels à manifestation d'intérêt (AMI) : qui peut candidater, comment, le calendrier ;\n" +
    '- les sites du Cnam : y en a-t-il un dans votre commune, sinon lesquels sont les plus proches ;\n' +
    "- les formations proposées et leur financement (CPF, Régions…).\n\n" +
    'Je suis un assistant automatique : vérifiez les informations importantes auprès du Cnam.',
  en:
    "I'm the Cnam territories assistant. I answer, citing my sources, questions about:\n" +
    "- the « Au cœur des territoires » programme and its calls for expressions of interest (AMI): who can apply, how, and when;\n" +
    '- Cnam sites: is there one in your town, and if not, which are nearest;\n' +
    '- courses on offer and how to fund them (CPF, Regions…).\n\n' +
    "I'm an automated assistant: please check important information with the Cnam.",
};

const REPLIES: Record<Intent, Record<Language, string>> = {
  greeting: {
    fr: 'Bonjour ! Posez-moi votre question sur le Cnam dans les territoires : un centre près de chez vous, le programme « Au cœur des territoires », les formations.',
    en: 'Hello! Ask me about the Cnam in the territories: a centre near you, the « Au cœur des territoires » programme, or courses.',
  },
  thanks: { fr: 'Avec plaisir ! Avez-vous une autre question ?', en: "You're welcome! Anything else?" },
  goodbye: { fr: 'Au revoir et bonne continuation !', en: 'Goodbye, and good luck!' },
  capabilities: CAPABILITIES,
  identity: CAPABILITIES,
};

/** Recognises greetings, thanks, goodbyes and "what can you do" in French and English. */
export function detectSmalltalk(folded: string): Intent | null {
  const text = folded.trim().replace(/\s+/g, ' ');
  for (const [intent, pattern] of PATTERNS) if (pattern.test(text)) return intent;
  return null;
}

export const smalltalkSkill: Skill = {
  name: 'smalltalk',
  answer(question: Question): Answer | null {
    const intent = detectSmalltalk(question.folded);
    if (!intent) return null;
    return {
      question: question.text,
      kind: 'smalltalk',
      text: REPLIES[intent][question.language],
      confidence: 1,
      citations: [],
      suggestions: intent === 'goodbye' ? undefined : FALLBACK_SUGGESTIONS[question.language],
    };
  },
};

export const WELCOME_TEXT = CAPABILITIES;
