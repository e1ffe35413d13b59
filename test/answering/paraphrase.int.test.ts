import { describe, expect, it } from 'vitest';
import { createKnowledgeSkill } from '../../src/answering/knowledge-skill.js';
import { answerSchema } from '../../src/core/answer.js';
import { emptyContext } from '../../src/core/ask-context.js';
import { toQuestion } from '../../src/core/question.js';
import { realRetriever } from './real-retriever.js';

/**
 * The same need asked three ways (plain, familiar or SMS, formal or English) reaches the same section of the
 * knowledge. Written from the knowledge's sections, not from any evaluation set.
 */
const NEEDS: Array<{ section: string; ways: [string, string, string] }> = [
  { section: 'Pourquoi le Cnam a-t-il lancé ce programme ?', ways: ['Pour quelle raison le Cnam a-t-il créé ce programme ?', 'pourquoi ce programme dans les villes moyennes ?', 'Why did the Cnam start this programme?'] },
  { section: "Qu'est-ce qu'un AMI ?", ways: ['Que signifie AMI ?', 'ça veut dire quoi AMI', 'What does AMI mean?'] },
  { section: 'Jusqu\'à quand pouvait-on répondre au deuxième AMI ?', ways: ['Quelle était la date limite du deuxième appel ?', 'deadline ami 2 ?', 'Until when could towns apply to the second call?'] },
  { section: 'Combien le CPF rapporte-t-il chaque année ?', ways: ['Combien d\'euros le CPF crédite-t-il par an ?', 'le cpf ça donne cb par an', 'How much money does the CPF add each year?'] },
  { section: 'Qui compose le jury du premier AMI ?', ways: ['Qui siégeait dans le jury de 2019 ?', 'ki etait ds le jury du 1er ami', 'Who sat on the jury of the first call?'] },
  { section: 'Quels engagements prend une collectivité retenue ?', ways: ['À quoi s\'engage une ville sélectionnée ?', 'une fois retenus, on s\'engage a quoi ?', 'What must a selected town commit to?'] },
  { section: 'Combien coûte une formation au Cnam ?', ways: ['Quel est le prix d\'une formation du Cnam ?', 'ca coute cb une formation', 'How much does a Cnam course cost?'] },
  { section: 'Y a-t-il eu un troisième AMI ?', ways: ['Le Cnam a-t-il lancé un troisième appel ?', 'y a eu un ami 3 ?', 'Was there a third call?'] },
  { section: 'Quel lien le programme a-t-il avec Action cœur de ville ?', ways: ['Quel rapport entre le Cnam et Action cœur de ville ?', 'c quoi le lien avec ACV', 'How is the programme linked to Action cœur de ville?'] },
  { section: 'Sous quels formats peut-on suivre une formation ?', ways: ['Peut-on suivre les cours à distance ou le soir ?', 'les cours c en ligne ou sur place ?', 'Can courses be taken online or in the evening?'] },
];

const retriever = realRetriever();

describe('paraphrases of one need', () => {
  it.each(NEEDS)('reach « $section » and answer from it', async ({ section, ways }) => {
    const skill = createKnowledgeSkill(retriever());
    for (const way of ways) {
      const [top] = await retriever().search(way, 3);
      const headings = [top?.headingPath.at(-1), top?.translation?.headingPath.at(-1)];
      expect({ way, section: headings[0] }).toEqual({ way, section });
      const answer = answerSchema.parse(await skill.answer(toQuestion(way, emptyContext)));
      expect({ way, kind: answer.kind }).toEqual({ way, kind: 'knowledge' });
    }
  });
});

describe('what a « Quels… » question asks', () => {
  it('« quels locaux la ville a-t-elle fournis ? » is the premises section, not « Quels engagements… » for sharing « Quels »', async () => {
    const [top] = await retriever().search('quels locaux la ville a-t-elle fournis ?', 3);
    expect(top?.headingPath.at(-1)).toBe("Qui fournit les locaux d'un centre du programme ?");
  });
});

describe('checking what a source says', () => {
  it('« Localtis écrit … C\'est exact ? » is answered by the topic sheet that weighs the claim, not by the Localtis summary', async () => {
    const skill = createKnowledgeSkill(retriever());
    const text = "Localtis écrit en janvier 2020 que 55 centres ont ouvert lors de la première phase. C'est exact ?";
    const answer = answerSchema.parse(await skill.answer(toQuestion(text, emptyContext)));
    expect(answer.text).toMatch(/^Non/);
    // The check asked tersely after a colon.
    const terse = answerSchema.parse(await skill.answer(toQuestion('Localtis dit que 55 centres ont ouvert dès janvier 2020 : vrai ?', emptyContext)));
    expect(terse.text).toMatch(/^Non/);
    // Whether the claim may be repeated is a check of it too.
    const reuse = answerSchema.parse(await skill.answer(toQuestion('Localtis écrit en janvier 2020 que la première phase a ouvert 55 centres. Pouvons-nous reprendre cette affirmation dans notre bulletin ?', emptyContext)));
    expect(reuse.text).toMatch(/^Non/);
    // « qui dit vrai ? » between two sources: the topic sheet with every version, not one source's summary.
    const who = answerSchema.parse(await skill.answer(toQuestion("Régions Magazine parle de 38 % des villes Action cœur de ville qui ont candidaté, l'AdCF de 40 % : qui dit vrai ?", emptyContext)));
    expect(who.text).toMatch(/^Les sources ne concordent pas sur ce point :/);
    // Asked what Localtis says (no check), its own summary still answers.
    const [top] = await retriever().search('Localtis dit-il que 55 centres étaient ouverts en janvier 2020 ?', 1);
    expect(top?.documentId).toBe('docs/sources/localtis-2020-01-deuxieme-ami.md');
  });
});

describe('a remark after the question', () => {
  it('« c koi un AMI ? jvois ça partout » is answered from the question alone when the remark would dilute it', async () => {
    const skill = createKnowledgeSkill(retriever());
    const answer = answerSchema.parse(await skill.answer(toQuestion('c koi un AMI ? jvois ça partout sur le site du cnam', emptyContext)));
    expect(answer.kind).toBe('knowledge');
    expect(answer.text).toMatch(/manifestation d'intérêt/);
  });

  it('"How do I fix it?" after a programming error is not the Cnam « fixe » of its objectives: declined', async () => {
    const skill = createKnowledgeSkill(retriever());
    const text = "My pandas script throws KeyError: 'date' when I merge two dataframes. How do I fix it?";
    expect(answerSchema.parse(await skill.answer(toQuestion(text, emptyContext))).kind).toBe('fallback');
  });
});

describe('a follow-up about the other call', () => {
  it('« et le deuxième ? » after « Le premier AMI s\'adressait à quelles collectivités ? » answers who could answer the second call', async () => {
    const skill = createKnowledgeSkill(retriever());
    const first = "Le premier AMI s'adressait à quelles collectivités ?";
    const context = { turns: [{ question: first, kind: 'knowledge' as const, language: 'fr' as const }] };
    const answer = answerSchema.parse(await skill.answer(toQuestion('et le deuxième ?', context)));
    expect(answer.text).toMatch(/Territoires d'industrie/);
    const english = answerSchema.parse(
      await skill.answer(toQuestion('and in the second one?', { turns: [{ question: 'How many towns were picked in the first call?', kind: 'knowledge', language: 'en' }] })),
    );
    expect(english.text).toMatch(/\b20\b/);
  });
});

describe('a later part that leans on the one before', () => {
  it('« … par an ? et qui y a droit ? » is completed from the first part; one that only finds it again is asked alone', async () => {
    const skill = createKnowledgeSkill(retriever());
    for (const text of ['Combien le CPF crédite-t-il par an ? et qui y a droit ?', "Combien le CPF crédite-t-il par an ? et qui peut l'utiliser ?"]) {
      const cpf = answerSchema.parse(await skill.answer(toQuestion(text, emptyContext)));
      expect(cpf.text).toMatch(/500 €/);
      expect(cpf.text).toMatch(/demandeurs d'emploi/);
    }
    const price = answerSchema.parse(await skill.answer(toQuestion("Quel est le prix d'une formation ? et on peut la suivre à distance ?", emptyContext)));
    expect(price.text).toMatch(/ne donnent pas le prix/);
    expect(price.text).toMatch(/distance/);
  });
});

describe('a year names its call', () => {
  it('« les collectivités retenues en septembre 2021 » are the second AMI\'s, not the first jury\'s', async () => {
    const [top] = await retriever().search('Qui a choisi les collectivités retenues en septembre 2021 ?', 3);
    expect(top?.headingPath.at(-1)).toBe('Qui sélectionne les lauréats du deuxième AMI ?');
  });
});

describe('a section of a yes/no question asked something else', () => {
  it('« depuis quand le Cnam est à Niort ? » does not get the section\'s « Oui, »; « Le Cnam est-il à Niort ? » would', async () => {
    const skill = createKnowledgeSkill(retriever());
    const since = answerSchema.parse(await skill.answer(toQuestion('depuis quand le cnam est à Niort ?', emptyContext)));
    expect(since.text).toMatch(/^Le Cnam accueille des auditeurs à Niort depuis la rentrée 2023/);
    const yes = answerSchema.parse(await skill.answer(toQuestion('Le Cnam accueille-t-il des auditeurs à Niort ?', emptyContext)));
    expect(yes.text).toMatch(/^Oui, le Cnam accueille/);
    // « quel appel ? » is no yes/no question either.
    const which = answerSchema.parse(await skill.answer(toQuestion('Guingamp, retenue au titre de quel appel ?', emptyContext)));
    expect(which.text).toMatch(/^Guingamp fait partie des 11 collectivités retenues le 8 septembre 2021 au titre du deuxième AMI/);
  });
});

describe('what the sources do not say is said', () => {
  it('« ne rattachent aucun », « ne détaillent pas » are shown though uncited, as statements of the sources\' silence', async () => {
    const skill = createKnowledgeSkill(retriever());
    const havre = answerSchema.parse(await skill.answer(toQuestion('Le Cnam du Havre fait-il partie du programme ?', emptyContext)));
    expect(havre.text).toMatch(/ne rattachent aucun des sites du Havre/);
    const abroad = answerSchema.parse(await skill.answer(toQuestion("Les diplômes du Cnam sont-ils reconnus à l'étranger ?", emptyContext)));
    expect(abroad.text).toMatch(/ne détaillent pas la reconnaissance/);
  });
});
