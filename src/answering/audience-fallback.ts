import type { Answer } from '../core/answer.js';
import { toQuestion, type Question } from '../core/question.js';
import type { Skill } from '../core/skill.js';
import { readCentreIntent } from '../centres/centre-intent.js';
import { fold } from '../text/fold.js';

/** Words an answer about who a site is for contains. */
const AUDIENCE_WORDS =
  /\b(salarie\w*|demandeurs? d'emploi|jeunes|adultes|etudiants?|independants?|artisans?|apprentis?|public\w*|employees?|job ?seekers?|students?|adults?|self-employed|young people)\b/;

const GENERAL = {
  fr: { question: "À qui s'adressent les centres du Cnam ?", lead: "Mes sources ne disent pas quel public ce site accueille précisément ; voici ce qu'elles disent des centres du programme :" },
  en: { question: 'Who are the Cnam centres for?', lead: 'My sources do not say whom this site serves in particular; here is what they say of the programme’s centres:' },
};

/**
 * « Who is the Cnam centre in Chaumont for? »: the knowledge has a section on who the centres are for, and one for a
 * few sites (Sedan); retrieval on the town finds the town's history instead. When a question asks who a site is
 * for and the answer speaks of no public, the general section answers, introduced as such (never as the site's own).
 */
export function audienceFallback(knowledge: Skill): Skill {
  return {
    name: knowledge.name,
    async answer(question: Question): Promise<Answer | null> {
      const answer = await knowledge.answer(question);
      if (readCentreIntent(question) !== 'audience') return answer;
      if (answer?.kind === 'knowledge' && AUDIENCE_WORDS.test(fold(answer.text))) return answer;
      const general = GENERAL[question.language];
      const known = await knowledge.answer(toQuestion(general.question, { turns: [] }));
      if (known?.kind !== 'knowledge') return answer;
      // The general section names a few sites (« À Sedan, le pôle s'adresse… »): for those it is the site's own answer.
      const text = namesOf(question.text).some((name) => fold(known.text).includes(name)) ? known.text : `${general.lead}\n\n${known.text}`;
      return { ...known, question: question.text, text, confidence: Math.min(known.confidence, 0.7) };
    },
  };
}

/** Capitalised words of a question (folded), its first word and « Cnam » aside: the places it may name. */
function namesOf(text: string): string[] {
  return [...text.matchAll(/(?<=\s)\p{Lu}[\p{L}-]{2,}/gu)].map((m) => fold(m[0])).filter((w) => w !== 'cnam');
}
