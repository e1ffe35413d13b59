import { describe, expect, it } from 'vitest';
import { createKnowledgeSkill } from '../../src/answering/knowledge-skill.js';
import { answerSchema } from '../../src/core/answer.js';
import { emptyContext } from '../../src/core/ask-context.js';
import type { PassageHit, PassageRetriever } from '../../src/core/passage-retriever.js';
import { toQuestion } from '../../src/core/question.js';

const localtis = { id: 'localtis', url: 'https://banquedesterritoires.fr/a', title: 'Deuxième AMI', publisher: 'Localtis', date: '2020-01' };
const armor = { id: 'armor', url: 'https://sup.cotesdarmor.fr/b', title: 'Onze villes', publisher: "Côtes-d'Armor", date: '2021-09' };

function section(id: string, heading: string, text: string, overrides: Partial<PassageHit> = {}): PassageHit {
  return {
    passageId: id,
    documentId: 'docs/topics/ami2.md',
    documentTitle: 'Le deuxième AMI',
    headingPath: ['Le deuxième AMI', heading],
    text,
    sources: [localtis, armor],
    score: 1,
    coverage: 1,
    similarity: 0.6,
    match: 0.9,
    relatedQuestions: [heading, 'Qui pouvait répondre ?', 'Combien de lauréats ?', 'Quand les lauréats ont-ils été choisis ?'],
    ...overrides,
  };
}

const LAUNCH = section(
  'launch',
  'Quand le deuxième AMI a-t-il été lancé ?',
  'Les sources donnent plusieurs dates pour le lancement du deuxième AMI.\nSelon Localtis, le deuxième AMI a été lancé le 20 janvier 2020 [^localtis].\nSelon les Côtes-d\'Armor, le deuxième AMI a été lancé le 20 juillet 2020 [^armor].\nUne lecture possible, sans source, est une relance.',
  {
    translation: {
      headingPath: ['The second call', 'When was the second call launched?'],
      text: 'According to Localtis, the second call was launched on 20 January 2020 [^localtis].\nAccording to the Côtes-d\'Armor, it opened on 20 July 2020 [^armor].',
    },
  },
);
const WHO = section('who', 'Qui pouvait répondre au deuxième AMI ?', 'Le deuxième AMI était ouvert aux villes de Territoires d\'industrie [^localtis].');
const FIRST = section('first', 'Combien de villes ont été retenues au premier AMI ?', 'Au premier AMI, 55 villes ont été retenues [^localtis].', { match: 0.88 });
const SECOND = section('second', 'Combien de collectivités ont été retenues au deuxième AMI ?', 'Au deuxième AMI, 20 collectivités étaient labellisées [^armor].', { match: 0.86 });

/** Answers each query with the hits whose keyword it contains (in order), or nothing. */
function scripted(table: Array<[RegExp, PassageHit[]]>): PassageRetriever {
  return { search: (query) => table.find(([pattern]) => pattern.test(query))?.[1] ?? [] };
}

const ask = async (retriever: PassageRetriever, text: string) => {
  const answer = await createKnowledgeSkill(retriever).answer(toQuestion(text, emptyContext));
  return answerSchema.parse(answer);
};

describe('the knowledge skill, a section at a time', () => {
  it('answers with the section: its cited sentences in order, each version on its own line where the section says sources disagree', async () => {
    const answer = await ask(scripted([[/lanc/, [LAUNCH, WHO]]]), 'Quand le deuxième AMI a-t-il été lancé ?');
    expect(answer.kind).toBe('knowledge');
    expect(answer.text).toBe(
      'Les sources ne concordent pas sur ce point :\n- Selon Localtis, le deuxième AMI a été lancé le 20 janvier 2020 [1].\n- Selon les Côtes-d\'Armor, le deuxième AMI a été lancé le 20 juillet 2020 [2].',
    );
    expect(answer.citations.map((c) => c.url)).toEqual([localtis.url, armor.url]);
    expect(answer.citations[0]!.excerpt).toContain('20 janvier 2020');
  });

  it('answers an English question from the English version, without quotes', async () => {
    const answer = await ask(scripted([[/launch/, [LAUNCH]]]), 'When was the second call launched?');
    expect(answer.text).toBe(
      "The sources disagree on this point:\n- According to Localtis, the second call was launched on 20 January 2020 [1].\n- According to the Côtes-d'Armor, it opened on 20 July 2020 [2].",
    );
    expect(answer.text).not.toContain('«');
  });

  it('without an English version, labels the French text as the assistant\'s summary', async () => {
    const answer = await ask(scripted([[/apply/, [WHO]]]), 'Who could apply to the second call?');
    expect(answer.text).toMatch(/^This part of my knowledge has no English version yet\. .*not a quotation\):\nLe deuxième AMI était ouvert/);
    expect(answer.text).not.toContain('«');
  });

  it('answers each part of a two-part message, and says which part it cannot answer', async () => {
    const retriever = scripted([
      [/lanc/, [LAUNCH]],
      [/repondre/, [WHO]],
    ]);
    const answer = await ask(retriever, 'Quand le deuxième AMI a-t-il été lancé ? Qui pouvait y repondre ? Et quel est le budget du jury ?');
    expect(answer.text).toContain('**Quand le deuxième AMI a-t-il été lancé ?**\nLes sources ne concordent pas');
    expect(answer.text).toContain("**Qui pouvait répondre au deuxième AMI ?**\nLe deuxième AMI était ouvert aux villes de Territoires d'industrie [1].");
    expect(answer.text).toContain('Sur « Et quel est le budget du jury » : je ne trouve pas de réponse fiable dans mes sources.');
  });

  it('a part that matches nothing alone but whose every word the section just given speaks of is covered, not unknown', async () => {
    const premises = section('premises', 'Qui fournit les locaux ?', 'À Chaumont, la ville a prêté une ancienne école [^localtis].', { alternates: ['Qui met à disposition le bâtiment du centre ?'] });
    const retriever = scripted([[/locaux/, [premises]]]);
    const answer = await ask(retriever, "Qui met les locaux à disposition, et de quel genre de bâtiments s'agit-il ?");
    expect(answer.text).toBe('À Chaumont, la ville a prêté une ancienne école [1].');
    // A part with a word the section does not speak of stays unknown.
    const other = await ask(retriever, 'Qui met les locaux à disposition, et qui paie les travaux des bâtiments ?');
    expect(other.text).toContain('Sur « qui paie les travaux des bâtiments » : je ne trouve pas');
  });

  it('« ce programme » in a question stands for the programme a statement of the message names (« … signataire d\'Action cœur de ville. »)', async () => {
    const acv = section('acv', 'Quel lien avec Action cœur de ville ?', "Une ville Action cœur de ville inscrit le projet dans sa convention locale [^localtis].", { match: 0.8 });
    const retriever = scripted([[/financements de Action cœur de ville/, [acv]]]);
    const answer = await ask(retriever, "Notre ville est signataire d'Action cœur de ville. Les financements de ce programme peuvent-ils servir à créer un centre du Cnam ?");
    expect(answer.text).toBe('Une ville Action cœur de ville inscrit le projet dans sa convention locale [1].');
    const credits = await ask(scripted([[/crédits Action cœur de ville/, [acv]]]), "Notre ville est signataire d'Action cœur de ville. Pouvons-nous mobiliser les crédits du programme pour un centre ?");
    expect(credits.text).toBe('Une ville Action cœur de ville inscrit le projet dans sa convention locale [1].');
  });

  it('a section whose disputing sentence reads as an absence (« ne donnent pas toutes le même nombre ») lists only the versions', async () => {
    const count = section('count', 'Combien de candidatures ?', "Les sources ne donnent pas toutes le même nombre de candidatures.\nSelon Localtis, 90 dossiers ont été déposés [^localtis].\nSelon les Côtes-d'Armor, 85 communes ont candidaté [^armor].");
    const answer = await ask(scripted([[/candidat/, [count]]]), 'Combien de candidatures ?');
    expect(answer.text).toBe("Les sources ne concordent pas sur ce point :\n- Selon Localtis, 90 dossiers ont été déposés [1].\n- Selon les Côtes-d'Armor, 85 communes ont candidaté [2].");
  });

  it('a short question that names nothing of the subject gets the best section that speaks of it, not the fallback', async () => {
    const opened = section('opened', 'Quand le centre de Chaumont a-t-il ouvert ?', 'Le centre de Chaumont a été inauguré le 13 septembre 2019 [^localtis].', { documentId: 'docs/regions/grand-est.md', match: 0.8 });
    const planned = section('planned', 'Quand le centre de Chaumont devait-il ouvrir ?', "Le communiqué prévoyait l'ouverture du centre de Chaumont en avril 2019 [^localtis].", { documentId: 'docs/sources/communique.md', match: 0.75 });
    const answer = await ask(scripted([[/Chaumont/, [opened, planned]]]), 'Chaumont : ouverture prévue au départ ?');
    expect(answer.kind).toBe('knowledge');
    expect(answer.text).toBe("Le communiqué prévoyait l'ouverture du centre de Chaumont en avril 2019 [1].");
    // A section that matches far less is no answer, whatever words it shares.
    const weak = await ask(scripted([[/Chaumont/, [opened, { ...planned, match: 0.5 }]]]), 'Chaumont : ouverture prévue au départ ?');
    expect(weak.kind).toBe('fallback');
  });

  it('for a count that names no call, answers for each call when both sections match about as well', async () => {
    const answer = await ask(scripted([[/laureat|retenu/, [FIRST, SECOND, WHO]]]), 'Combien de villes ont été retenues ?');
    expect(answer.text).toContain('**Combien de villes ont été retenues au premier AMI ?**\nAu premier AMI, 55 villes ont été retenues [1].');
    expect(answer.text).toContain('**Combien de collectivités ont été retenues au deuxième AMI ?**\nAu deuxième AMI, 20 collectivités étaient labellisées [2].');
    const oneCall = await ask(scripted([[/retenu/, [FIRST, SECOND]]]), 'Combien de villes ont été retenues au premier AMI ?');
    expect(oneCall.text).toBe('Au premier AMI, 55 villes ont été retenues [1].');
  });

  it('answers from the second-ranked section when only it matches well enough; not from the third', async () => {
    const weakFirst = section('weak', 'Qu\'est-ce qui change avec le deuxième AMI ?', 'Le deuxième AMI change [^localtis].', { match: 0.44 });
    const second = await ask(scripted([[/raison/, [weakFirst, { ...WHO, match: 0.47 }]]]), 'Pour quelle raison le deuxième appel a-t-il été étendu ?');
    expect(second.text).toBe("Le deuxième AMI était ouvert aux villes de Territoires d'industrie [1].");
    const third = await ask(scripted([[/raison/, [weakFirst, { ...weakFirst, passageId: 'w2' }, { ...WHO, match: 0.47 }]]]), 'Pour quelle raison le deuxième appel a-t-il été étendu ?');
    expect(third.kind).toBe('fallback');
    // Past a first section that matches poorly, the second does not answer ("Who is the president of France?").
    const poorFirst = { ...weakFirst, match: 0.34 };
    const past = await ask(scripted([[/raison/, [poorFirst, { ...WHO, match: 0.47 }]]]), 'Pour quelle raison le deuxième appel a-t-il été étendu ?');
    expect(past.kind).toBe('fallback');
    expect(second.confidence).toBeCloseTo(0.47, 2);
  });

  it('below the match threshold, or for an off-topic request, declines with the uncited fallback', async () => {
    const weak = await ask(scripted([[/./, [section('x', 'Q ?', 'Une phrase [^localtis].', { match: 0.3 })]]]), 'Quel temps fera-t-il demain à Brest ?');
    expect(weak.kind).toBe('fallback');
    expect(weak.citations).toEqual([]);
    const offTopic = await ask(scripted([[/./, [LAUNCH]]]), 'Écris-moi un poème sur le deuxième AMI');
    expect(offTopic.kind).toBe('fallback');
  });

  it('an answer that opens on what the sources do not give says where to ask; one that gives the fact does not', async () => {
    const price = section('prix', 'Combien coûte une formation ?', 'Les sources consultées ne donnent pas le prix des formations du Cnam. Le CPF les finance [^armor].');
    const unknown = await ask(scripted([[/./, [price]]]), 'Combien coûte une formation au Cnam ?');
    expect(unknown.kind).toBe('knowledge');
    expect(unknown.text).toMatch(/Pour le savoir, adressez-vous au centre régional du Cnam de votre région, ou consultez le site national du Cnam : https:\/\/www\.cnam\.fr\.$/);
    const known = await ask(scripted([[/./, [LAUNCH]]]), 'Quand le deuxième AMI a-t-il été lancé ?');
    expect(known.text).not.toMatch(/Pour le savoir/);
  });

  it('a section that shares only the place with the question does not answer it', async () => {
    const bergerac = section('bergerac', 'Bergerac a-t-elle été retenue ?', 'Oui, la Communauté d\'agglomération bergeracoise fait partie des 11 collectivités retenues [^armor].');
    const skill = createKnowledgeSkill(scripted([[/./, [bergerac]]]), { placeNames: () => ['Bergerac'] });
    for (const text of ['Qui a écrit Cyrano de Bergerac ?', 'Quel est le prix du mètre carré à Bergerac en 2025 ?']) {
      expect((await skill.answer(toQuestion(text, emptyContext)))?.kind, text).toBe('fallback');
    }
    // A question about the Cnam there is the section's, whatever its words.
    expect((await skill.answer(toQuestion("Le Cnam a-t-il choisi Bergerac ?", emptyContext)))?.kind).toBe('knowledge');
  });

  it('a place written with a hyphen is the place the finder reads without one: « le préfet de la Haute-Marne »', async () => {
    const launch = section('chaumont', 'Que s\'est-il passé à Chaumont ?', 'Selon la préfecture de la Haute-Marne, le programme a été lancé à Chaumont [^armor].');
    const skill = createKnowledgeSkill(scripted([[/./, [launch]]]), { placeNames: () => ['Haute Marne'] });
    expect((await skill.answer(toQuestion('Qui est le préfet de la Haute-Marne ?', emptyContext)))?.kind).toBe('fallback');
  });
});
