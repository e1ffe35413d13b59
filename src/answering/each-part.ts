import type { Answer } from '../core/answer.js';
import { turnOf } from '../core/ask-context.js';
import { CitationList } from '../core/citation-list.js';
import { toQuestion, type Question } from '../core/question.js';
import type { Skill } from '../core/skill.js';
import { splitQuestionParts } from './question-parts.js';
import { unknownPartLine } from './unknown-part.js';

/** More parts than this are answered as one message. */
const MAX_PARTS = 4;

/**
 * A message with several questions, some for the sites directory and some for the knowledge (« Combien de villes
 * d'Occitanie ont été retenues en 2019 ? Par ailleurs, qui dirigeait le Cnam Occitanie ? »): each part goes to the
 * skill that answers it, and the answers are put together under the parts' own words, citations numbered once.
 * A message whose parts all go to the directory keeps the directory's answer unless they ask different lists; one
 * whose parts all go to the knowledge is left to it.
 */
export function answerEachPart(centres: Skill, knowledge: Skill): Skill {
  return {
    name: centres.name,
    async answer(question: Question): Promise<Answer | null> {
      const whole = await centres.answer(question);
      if (!whole || whole.kind !== 'centre') return whole;
      const { parts } = splitQuestionParts(question.body);
      if (parts.length < 2 || parts.length > MAX_PARTS) return whole;
      const answers: Array<{ part: string; answer: Answer | null }> = [];
      for (const part of parts) {
        // « … ? Lesquelles ? »: a bare pointer to the part before is covered by its answer.
        if (part.split(/\s+/).length <= 3) continue;
        // « Le Cnam est-il à Saint-Omer ? Et si oui, est-ce que ça fait partie du programme ? »: a part may lean on the
        // one before, as a follow-up on the turn before.
        const before = answers.at(-1);
        const context = before?.answer ? { ...question.context, turns: [...question.context.turns, turnOf(before.part, question.language, before.answer)] } : question.context;
        const asked: Question = { ...toQuestion(part, context), language: question.language };
        answers.push({ part, answer: (await centres.answer(asked)) ?? (await knowledge.answer(asked)) });
      }
      const toKnowledge = answers.some((a) => a.answer?.kind === 'knowledge');
      const toCentres = answers.some((a) => a.answer?.kind === 'centre');
      // Every part is the knowledge's (« le Cnam Grand Est vient de quelles régions, et combien de sites au départ ? »).
      if (toKnowledge && !toCentres) return null;
      // Every part is the directory's: the whole message's reading, unless the parts ask different lists (« Quelles
      // collectivités de PACA … ? Et lesquelles en Hauts-de-France ? »), each then answered under its own words.
      const lists = new Set(answers.filter((a) => a.answer?.kind === 'centre').map((a) => a.answer!.text));
      if (!toKnowledge && lists.size < 2) return whole;
      const citations = new CitationList();
      const blocks: string[] = [];
      let lookup = whole.lookup;
      let confidence = 1;
      for (const { part, answer } of answers) {
        const answered = answer && (answer.kind === 'knowledge' || answer.kind === 'centre');
        if (!answered) {
          blocks.push(unknownPartLine(part, question.language));
          continue;
        }
        if (answer.kind === 'centre' && answer.lookup && lookup === whole.lookup) lookup = answer.lookup;
        confidence = Math.min(confidence, answer.confidence);
        blocks.push(`**${part.replace(/\s+/g, ' ').trim()}**\n${citations.renumber(answer.text, answer.citations)}`);
      }
      return {
        question: question.text,
        kind: 'centre',
        text: blocks.join('\n\n'),
        confidence: Number(confidence.toFixed(3)),
        citations: citations.citations,
        ...(lookup ? { lookup } : {}),
      };
    },
  };
}
