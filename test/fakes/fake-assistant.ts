import type { Answer } from '../../src/core/answer.js';
import { createAssistant, type Assistant } from '../../src/core/assistant.js';
import type { Skill } from '../../src/core/skill.js';
import { smalltalkSkill } from '../../src/core/smalltalk-skill.js';

/** A cited knowledge answer for any question containing "AMI": deterministic, for channel tests. */
export const citedSkill: Skill = {
  name: 'fake-cited',
  answer(question): Answer | null {
    if (!/\bami\b/.test(question.folded)) return null;
    return {
      question: question.text,
      kind: 'knowledge',
      text: 'Le deuxième AMI a été lancé le 20 janvier 2020 [1].',
      confidence: 0.9,
      citations: [
        {
          n: 1,
          title: 'Cnam : élargissement du dispositif',
          url: 'https://banquedesterritoires.fr/cnam-elargissement-du-dispositif-dans-un-2eme-appel-manifestation-dinteret',
          publisher: 'Banque des Territoires – Localtis',
          date: '2020-01',
        },
      ],
      suggestions: ['Qui peut candidater ?'],
    };
  },
};

/** Smalltalk plus the cited fake skill, validating every Answer. */
export function fakeAssistant(): Assistant {
  return createAssistant({ skills: [smalltalkSkill, citedSkill], validate: true });
}
