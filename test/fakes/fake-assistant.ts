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

/** The choices of the fake clarification: more than Teams shows as suggested actions. */
export const SAINT_DENIS_CHOICES = ['Saint-Denis (974)', 'Saint-Denis (93)', 'Saint-Denis (11)', 'Saint-Denis (30)', 'Saint-Denis (89)'];

/** A clarifying question with five choices for "Saint-Denis", and an answer once one of them is sent back. */
export const clarifySkill: Skill = {
  name: 'fake-clarify',
  answer(question): Answer | null {
    const chosen = SAINT_DENIS_CHOICES.find((c) => c === question.text.trim());
    if (chosen) {
      return { question: question.text, kind: 'smalltalk', text: `Vous avez choisi ${chosen}.`, confidence: 1, citations: [] };
    }
    if (!/\bsaint[- ]denis\b/.test(question.folded)) return null;
    return {
      question: question.text,
      kind: 'clarify',
      text: 'Plusieurs communes correspondent à « Saint-Denis ». Laquelle voulez-vous dire ?',
      confidence: 0.5,
      citations: [],
      suggestions: SAINT_DENIS_CHOICES,
    };
  },
};

/** A listing citing 13 sources (more than one message may carry), for "liste régionale". */
export const manySourcesSkill: Skill = {
  name: 'fake-many-sources',
  answer(question): Answer | null {
    if (!/\bliste regionale\b/.test(question.folded)) return null;
    const citations = Array.from({ length: 13 }, (_, i) => ({
      n: i + 1,
      title: `Fiche du centre ${i + 1}`,
      url: `https://www.cnam.fr/centres/${i + 1}`,
      publisher: 'Cnam',
    }));
    return {
      question: question.text,
      kind: 'knowledge',
      text: citations.map((c) => `Centre ${c.n} [${c.n}].`).join(' '),
      confidence: 0.8,
      citations,
    };
  },
};

/** Smalltalk plus the fake cited, clarifying and many-sources skills, validating every Answer. */
export function fakeAssistant(): Assistant {
  return createAssistant({ skills: [smalltalkSkill, clarifySkill, manySourcesSkill, citedSkill], validate: true });
}
