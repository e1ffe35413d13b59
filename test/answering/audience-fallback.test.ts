import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { toQuestion, type Question } from '../../src/core/question.js';
import type { Skill } from '../../src/core/skill.js';
import { audienceFallback } from '../../src/answering/audience-fallback.js';

const knowledge = (text: string): Answer => ({ question: 'q', kind: 'knowledge', text, confidence: 0.9, citations: [] });
const GENERAL = "À Sedan, le pôle s'adresse aux jeunes, aux salariés et aux demandeurs d'emploi [1].";
/** A knowledge skill that answers the town's history, and the general section when asked who the centres are for. */
const fake = (own: string): Skill & { asked: string[] } => {
  const asked: string[] = [];
  return {
    name: 'knowledge',
    asked,
    answer: (q: Question) => {
      asked.push(q.text);
      return /s'adressent|Who are the Cnam centres for/.test(q.text) ? knowledge(GENERAL) : knowledge(own);
    },
  };
};
const ask = (text: string) => toQuestion(text, { turns: [] });

describe('audienceFallback', () => {
  it('when asked who a site is for and the answer names no public, gives the general section, said as general', async () => {
    const answer = await audienceFallback(fake('Le centre de Chaumont a été inauguré le 13 septembre 2019 [1].')).answer(ask('Pour qui est le centre du Cnam de Chaumont ?'));
    expect(answer?.text).toMatch(/^Mes sources ne disent pas quel public ce site accueille précisément/);
    expect(answer?.text).toContain(GENERAL);
    expect(answer?.question).toBe('Pour qui est le centre du Cnam de Chaumont ?');
  });

  it('keeps first what the knowledge says of the asked subject itself (« campus connecté »), its « Oui » dropped, citations renumbered once', async () => {
    const own: Answer = { question: 'q', kind: 'knowledge', text: 'Oui, le site de Vierzon accueille le campus connecté, avec un tutorat [1].', confidence: 0.8, citations: [{ n: 1, title: 'France Bleu', url: 'https://www.francebleu.fr/a' }] };
    const general: Answer = { question: 'q', kind: 'knowledge', text: GENERAL, confidence: 0.9, citations: [{ n: 1, title: 'Forum Eco', url: 'https://forumeco.fr/b' }] };
    const skill: Skill = { name: 'knowledge', answer: (q: Question) => (/s'adressent/.test(q.text) ? general : own) };
    const answer = await audienceFallback(skill, () => ['Vierzon']).answer(ask('Le campus connecté du Cnam à Vierzon, c’est pour qui ?'));
    expect(answer?.text).toBe(`Le site de Vierzon accueille le campus connecté, avec un tutorat [1].\n\nMes sources ne disent pas quel public ce site accueille précisément ; voici ce qu'elles disent des centres du programme :\n\n${GENERAL.replace('[1]', '[2]')}`);
    expect(answer?.citations.map((c) => [c.n, c.url])).toEqual([[1, 'https://www.francebleu.fr/a'], [2, 'https://forumeco.fr/b']]);
  });

  it('when the general section is about the asked site (Sedan), gives it as the site’s own answer', async () => {
    const answer = await audienceFallback(fake('Le pôle de Sedan a ouvert en 2021 [1].')).answer(ask('Pour qui est le pôle du Cnam de Sedan ?'));
    expect(answer?.text).toBe(GENERAL);
  });

  it('when the answer already speaks of a public, or the question is not about who, leaves it', async () => {
    const speaks = fake('À Verdun, le centre accueille des salariés [1].');
    expect((await audienceFallback(speaks).answer(ask('Pour qui est le centre de Verdun ?')))?.text).toBe('À Verdun, le centre accueille des salariés [1].');
    const other = fake('Le centre de Chaumont a été inauguré le 13 septembre 2019 [1].');
    await audienceFallback(other).answer(ask('Quand le centre de Chaumont a-t-il ouvert ?'));
    expect(other.asked).toHaveLength(1);
  });
});
