import type { Answer } from '../core/answer.js';
import { CitationList } from '../core/citation-list.js';
import { toQuestion, type Question } from '../core/question.js';
import type { Skill } from '../core/skill.js';
import { readCentreIntent } from '../centres/centre-intent.js';
import { analyze } from '../text/analyze-french.js';
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
 * for and the answer speaks of no public, the general section answers, introduced as such (never as the site's own),
 * after what the knowledge says of the asked subject itself when it names more than the town (« le campus connecté
 * de Vierzon », « Cnam-Intechmer »). `placeNames` gives the places a question names (the centre finder's reading).
 */
export function audienceFallback(knowledge: Skill, placeNames: (question: Question) => readonly string[] = (q) => namesOf(q.text)): Skill {
  return {
    name: knowledge.name,
    async answer(question: Question): Promise<Answer | null> {
      const answer = await knowledge.answer(question);
      // « What size of area was the programme designed for? » names no site: its own answer stands.
      const site = placeNames(question).length > 0 || Boolean(question.context.turns.at(-1)?.place) || SITE_WORDS.test(question.folded);
      if (readCentreIntent(question) !== 'audience' || !site) return answer;
      if (answer?.kind === 'knowledge' && AUDIENCE_WORDS.test(fold(answer.text))) return answer;
      const general = GENERAL[question.language];
      const known = await knowledge.answer(toQuestion(general.question, { turns: [] }));
      if (known?.kind !== 'knowledge') return answer;
      const names = namesOf(question.text);
      // The general section names a few sites (« À Sedan, le pôle s'adresse… »): for those it is the site's own answer.
      if (names.some((name) => fold(known.text).includes(name))) return { ...known, question: question.text, confidence: Math.min(known.confidence, 0.7) };
      // What the knowledge says of the site itself (« le campus connecté de Vierzon, avec un tutorat… ») comes first.
      const own = answer?.kind === 'knowledge' && names.some((name) => fold(answer.text).includes(name)) && sharesSubject(question.text, placeNames(question), answer.text) ? answer : null;
      const citations = new CitationList();
      // Its « Oui, … » answered another question (is there a site?): the facts stay, the yes goes.
      const ownText = own ? citations.renumber(own.text, own.citations).replace(/^(?:Oui|Non|Yes|No)\s*[,:]\s*(\p{L})/u, (_, first: string) => first.toUpperCase()) : '';
      const text = [ownText, general.lead, citations.renumber(known.text, known.citations)].filter(Boolean).join('\n\n');
      return { ...known, question: question.text, text, citations: citations.citations, confidence: Math.min(known.confidence, 0.7) };
    },
  };
}

/** A site or the centres named without a place: « à qui s'adressent les centres ? ». */
const SITE_WORDS = /\b(centres?|centers?|sites?|antennes?|antennas?|poles?|hubs?|campus)\b/;

/** Words that name a site or ask whom it serves, not what it is. */
const PLAIN = new Set(['centr', 'sit', 'antenn', 'pol', 'cnam', 'qui', 'public', 'destin', 'adress', 'accueil', 'pour']);

/** Whether the site's own answer speaks of what the question names besides its town (« campus connecté », « Intechmer »). */
function sharesSubject(question: string, places: readonly string[], answer: string): boolean {
  const said = new Set(analyze(answer));
  const towns = new Set(places.flatMap((n) => analyze(n)));
  return analyze(question).some((t) => !PLAIN.has(t) && !towns.has(t) && said.has(t));
}

/** Capitalised words of a question (folded), its first word and « Cnam » aside: the places it may name. */
function namesOf(text: string): string[] {
  return [...text.matchAll(/(?<=\s)\p{Lu}[\p{L}-]{2,}/gu)].map((m) => fold(m[0])).filter((w) => w !== 'cnam');
}
