import { describe, expect, it } from 'vitest';
import { createKnowledgeSkill } from '../../src/answering/knowledge-skill.js';
import { answerSchema } from '../../src/core/answer.js';
import { emptyContext } from '../../src/core/ask-context.js';
import { toQuestion } from '../../src/core/question.js';
import { realRetriever } from './real-retriever.js';

/**
 * Questions about other things that share a word with some section (« coûte », « best », « compte »): the knowledge
 * skill must decline them with the uncited fallback. Written by hand, as a user would ask; none comes from an
 * evaluation set.
 */
const OTHER_THINGS = [
  'Combien coûte un iPhone ?',
  'Quel âge a Emmanuel Macron ?',
  'Mon ordinateur ne démarre plus, que faire ?',
  'Who wrote Les Misérables?',
  'Comment faire une demande de RSA ?',
  'Peux-tu me conseiller un bon film ?',
  'Comment changer un pneu de voiture ?',
  'Comment ouvrir un compte en banque ?',
  'What is the best programming language?',
  'What is 2+2?',
  'Donne-moi le programme TV de ce soir',
  'Quelle heure est-il à New York ?',
  'Comment faire du pain maison ?',
  // Half the question's words are not what the closest section speaks of.
  'Comment créer une entreprise ?',
  "le bac c'est quand cette année",
  'How much does a flat cost in Paris?',
  "C'est quoi le budget de la région Grand Est ?",
  // Up to five content words, more than half of them beside the section's subject.
  "c'est quoi le salaire moyen d'un ingénieur en France ?",
  // An acronym the knowledge never uses names another body's scheme, even one letter from a word it uses.
  'Quel est le montant de la DGF de notre commune ?',
  'Quelle est la date limite de dépôt des dossiers DETR ?',
  // A named scheme with a word the knowledge never uses is another scheme.
  'Comment notre ville peut-elle entrer dans le programme Petites villes de demain ?',
  'Quels sont les critères du dispositif Territoires zéro chômeur ?',
  // An off-topic statement sets the topic of a question that names nothing of the subject.
  'Je cherche un appartement à louer à Dole. Quel quartier me conseillez-vous ?',
];

/** Questions of the subject without any word of its vocabulary list, or with words the knowledge does not use. */
const STILL_ANSWERED = [
  'Notre commune et la ville voisine peuvent-elles déposer un dossier ensemble ?',
  "what's this Enjmin school I keep hearing about?",
  'Quels partenaires locaux faudrait-il embarquer dans notre dossier, comme l\'a fait Montbéliard ?',
  // A time word the knowledge spells otherwise (« maintenant ») counts neither way.
  'Peut-on postuler maintenant ?',
  // « comprenait » is the knowledge's « réunissait » / « compose ».
  'Le jury comprenait qui ?',
  // « se trouve » frames the question: the ESGT is its subject.
  "Où se trouve l'ESGT ?",
  // The user's own working hours are no centre's opening hours.
  'Je travaille en horaires décalés : peut-on suivre les formations du Cnam à distance ?',
  // An acronym the knowledge uses.
  'Quelle part de financement apporte la BDT ?',
  "C'est quoi le PIC ?",
  // Schemes the knowledge speaks of, or another one beside the Cnam's.
  'Notre ville est dans le programme Action cœur de ville : peut-on candidater ?',
  "Notre ville est dans le programme Petites villes de demain : peut-elle répondre à l'AMI du Cnam ?",
  // An off-topic word beside a question of the subject does not decline it.
  "Pour le pôle des compétences de Sedan, qui a acheté le bâtiment ? Nous cherchons des intercommunalités qui ont investi dans l'immobilier.",
];

const retriever = realRetriever();

describe('questions about other things', () => {
  it.each(OTHER_THINGS)('%j gets the uncited fallback', async (text) => {
    const answer = answerSchema.parse(await createKnowledgeSkill(retriever()).answer(toQuestion(text, emptyContext)));
    expect(answer.kind).toBe('fallback');
    expect(answer.citations).toEqual([]);
  });

  it.each(STILL_ANSWERED)('%j is still answered, cited', async (text) => {
    const answer = answerSchema.parse(await createKnowledgeSkill(retriever()).answer(toQuestion(text, emptyContext)));
    expect(answer.kind).toBe('knowledge');
    expect(answer.citations.length).toBeGreaterThan(0);
  });
});
