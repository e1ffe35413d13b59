import type { Answer } from '../../src/core/answer.js';
import { createAssistant, type Assistant } from '../../src/core/assistant.js';
import type { PassageHit, PassageRetriever } from '../../src/core/passage-retriever.js';
import type { Skill } from '../../src/core/skill.js';
import { smalltalkSkill } from '../../src/core/smalltalk-skill.js';
import { createReviewSkill } from '../../src/agent/review-skill.js';
import type { ReviewStore } from '../../src/store/review-store.js';
import { citedSkill } from '../fakes/fake-assistant.js';

/** A knowledge answer with low confidence for any question about « financement ». */
export const lowConfidenceSkill: Skill = {
  name: 'fake-low',
  answer(question): Answer | null {
    if (!/financement/.test(question.folded)) return null;
    return {
      question: question.text,
      kind: 'knowledge',
      text: 'Le CPF peut financer certaines formations [1].',
      confidence: 0.42,
      citations: [{ n: 1, title: 'Financer sa formation', url: 'https://www.cnam.fr/financer-sa-formation', publisher: 'Cnam' }],
    };
  },
};

/** Smalltalk, reviewed answers, the cited AMI skill, the low-confidence skill; everything else falls back. */
export function agentAssistant(reviews: Pick<ReviewStore, 'reusable'>): Assistant {
  return createAssistant({ skills: [smalltalkSkill, createReviewSkill(reviews), citedSkill, lowConfidenceSkill], validate: true });
}

export const amiPassage: PassageHit = {
  passageId: 'ami-2#lancement',
  documentId: 'ami-2',
  documentTitle: 'Le deuxième AMI',
  headingPath: ['Le deuxième AMI', 'Quand a-t-il été lancé ?'],
  match: 0.9,
  text: 'Le deuxième AMI a été lancé le 20 janvier 2020 [^localtis].',
  sources: [
    {
      id: 'localtis',
      url: 'https://banquedesterritoires.fr/cnam-elargissement-du-dispositif-dans-un-2eme-appel-manifestation-dinteret',
      title: 'Cnam : élargissement du dispositif',
      publisher: 'Banque des Territoires – Localtis',
      date: '2020-01',
    },
  ],
  score: 0.032,
  coverage: 0.9,
  similarity: 0.61,
  relatedQuestions: ['Qui peut candidater ?'],
};

/** Returns the AMI passage for questions mentioning the AMI, nothing otherwise; records the queries. */
export function fakeRetriever(): PassageRetriever & { queries: Array<{ query: string; k: number }> } {
  const queries: Array<{ query: string; k: number }> = [];
  return {
    queries,
    search(query, k) {
      queries.push({ query, k });
      return /\bami\b/i.test(query) ? [amiPassage] : [];
    },
  };
}
