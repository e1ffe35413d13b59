import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { toQuestion } from '../../src/core/question.js';
import type { Skill } from '../../src/core/skill.js';
import { asksSiteDetail, siteDetailsFirst } from '../../src/answering/site-details-first.js';

const place = { name: 'Montbéliard', insee: '25388', department: 'Doubs' };
const directoryAnswer = (lookup: Partial<NonNullable<Answer['lookup']>> = {}): Answer => ({
  question: 'q',
  kind: 'centre',
  text: 'Oui : il y a un site à **Montbéliard** [1].',
  confidence: 0.9,
  citations: [],
  lookup: { place, inTown: true, centres: [], ...lookup },
});
const knowledgeAnswer = (text: string, confidence = 0.9): Answer => ({ question: 'q', kind: 'knowledge', text, confidence, citations: [] });
const skill = (answer: Answer | null): Skill & { calls: number } => {
  const s = { name: 'fake', calls: 0, answer: () => (s.calls++, answer) };
  return s;
};
const ask = (text: string) => toQuestion(text, { turns: [] });

describe('siteDetailsFirst', () => {
  it('when a question names a town and asks when something happened there, answers from the knowledge about that town', async () => {
    const known = knowledgeAnswer("L'antenne de Montbéliard a été inaugurée en juin 2023 [1].");
    const answer = await siteDetailsFirst(skill(directoryAnswer()), skill(known)).answer(ask("Quand l'antenne de Montbéliard a-t-elle été inaugurée ?"));
    expect(answer).toBe(known);
  });

  it('when the knowledge answer speaks of another site, keeps the directory answer (no section stands in for another town)', async () => {
    const answer = await siteDetailsFirst(skill(directoryAnswer()), skill(knowledgeAnswer('Le centre de Chaumont a été inauguré le 13 septembre 2019 [1].'))).answer(
      ask('On which exact day was the Montbéliard antenna inaugurated?'),
    );
    expect(answer?.kind).toBe('centre');
  });

  it('when the knowledge is unsure or declines, keeps the directory answer', async () => {
    const unsure = siteDetailsFirst(skill(directoryAnswer()), skill(knowledgeAnswer('À Montbéliard… [1]', 0.4)));
    expect((await unsure.answer(ask('Combien de places au Cnam de Montbéliard ?')))?.kind).toBe('centre');
    const declined = siteDetailsFirst(skill(directoryAnswer()), skill({ ...knowledgeAnswer('Je ne trouve pas… Montbéliard'), kind: 'fallback' }));
    expect((await declined.answer(ask('Combien de places au Cnam de Montbéliard ?')))?.kind).toBe('centre');
  });

  it('when the question only asks whether there is a site, never consults the knowledge', async () => {
    const knowledge = skill(knowledgeAnswer('Montbéliard… [1]'));
    const answer = await siteDetailsFirst(skill(directoryAnswer()), knowledge).answer(ask('Y a-t-il un centre Cnam à Montbéliard ?'));
    expect(answer?.kind).toBe('centre');
    expect(knowledge.calls).toBe(0);
  });

  it('an intercommunality is spoken of by the towns of its sites: « Colmar Agglomération » as « à Colmar »', async () => {
    const epci = directoryAnswer({
      place: { name: 'CA Colmar Agglomération', insee: '68066', department: 'Haut-Rhin (68)' },
      area: { type: 'epci', code: '246800726', name: 'CA Colmar Agglomération' },
      centres: [{ name: 'Antenne du Cnam de Colmar', town: 'Colmar', insee: '68066', distanceKm: 0 }],
    });
    const known = knowledgeAnswer('À Colmar, le Cnam prévoyait une montée en charge sur trois ans [1].');
    const question = ask("Colmar Agglomération : au bout de combien de temps un centre trouve-t-il son équilibre ?");
    expect(await siteDetailsFirst(skill(epci), skill(known)).answer(question)).toBe(known);
    // Sites near it but outside it are not its own.
    const outside = directoryAnswer({ ...epci.lookup!, inTown: false });
    expect((await siteDetailsFirst(skill(outside), skill(known)).answer(question))?.kind).toBe('centre');
  });

  it('words no source uses do not count among what is asked; « is there … » stays the directory\'s', async () => {
    const known = knowledgeAnswer("À Montbéliard, le Cnam visait l'autofinancement de l'antenne d'ici 2023 [1].");
    const unknownWords = (text: string) => ['échéance', 'pensait'].filter((w) => text.includes(w));
    const question = ask("À quelle échéance le Cnam de Montbéliard pensait-il s'autofinancer ?");
    expect(await siteDetailsFirst(skill(directoryAnswer()), skill(known), () => [], unknownWords).answer(question)).toBe(known);
    expect((await siteDetailsFirst(skill(directoryAnswer()), skill(known)).answer(question))?.kind).toBe('centre');
    const presence = ask('Is there a Cnam in Montbéliard, the French side of the border?');
    expect((await siteDetailsFirst(skill(directoryAnswer()), skill(knowledgeAnswer('Montbéliard, French side [1]'))).answer(presence))?.kind).toBe('centre');
  });

  it('the asker saying who they are is not a detail asked of the site: « jsuis demandeur d\'emploi a Montbéliard, ya un cnam ? »', async () => {
    const knowledge = skill(knowledgeAnswer('À Montbéliard, le pôle accueille les demandeurs d\'emploi [1].'));
    const answer = await siteDetailsFirst(skill(directoryAnswer()), knowledge).answer(ask("jsuis demandeur d'emploi a Montbéliard, ya un cnam ?"));
    expect(answer?.kind).toBe('centre');
  });

  it('when the lookup is a clarification, a list or another intent, leaves it alone', async () => {
    for (const lookup of [{ candidates: [place] }, { intent: 'enrolment' as const }]) {
      const knowledge = skill(knowledgeAnswer('Montbéliard… [1]'));
      const answer = await siteDetailsFirst(skill(directoryAnswer(lookup)), knowledge).answer(ask('Quand ouvre le Cnam de Montbéliard ?'));
      expect(answer?.kind).toBe('centre');
      expect(knowledge.calls).toBe(0);
    }
  });

  it('a territory: a detail of its regional Cnam may be the knowledge\'s; a count or list of its sites stays the directory\'s', async () => {
    const grandEst = { place: null, area: { type: 'region' as const, code: '44', name: 'Grand Est' } };
    const known = knowledgeAnswer('Le Cnam Grand Est visait en 2019 des pôles autofinancés en Grand Est dès 2023 [1].');
    expect(await siteDetailsFirst(skill(directoryAnswer(grandEst)), skill(known)).answer(ask('Quand le Cnam Grand Est a-t-il été créé ?'))).toBe(known);
    const knowledge = skill(known);
    const count = await siteDetailsFirst(skill(directoryAnswer(grandEst)), knowledge).answer(ask('combien de sites cnam en Grand Est ?'));
    expect(count?.kind).toBe('centre');
    expect(knowledge.calls).toBe(0);
  });

  it('a question that asks of a place what the directory does not say: the knowledge answer that says it answers', async () => {
    const grandEst = { place: null, area: { type: 'region' as const, code: '44', name: 'Grand Est' } };
    const directory = skill({ ...directoryAnswer(grandEst), text: 'Oui : 24 sites sont connus dans la région Grand Est [1].' });
    const says = knowledgeAnswer("Le Cnam Grand Est visait l'autofinancement de ses pôles d'ici 2023 [1].");
    expect(await siteDetailsFirst(directory, skill(says)).answer(ask("Échéance d'autofinancement visée par le Cnam Grand Est pour ses pôles ?"))).toBe(says);
    // A knowledge answer about the place that does not say what is asked leaves the directory's.
    const beside = knowledgeAnswer('Le Cnam Grand Est prévoyait cinq centres pour fin 2020 [1].');
    expect((await siteDetailsFirst(directory, skill(beside)).answer(ask("Échéance d'autofinancement visée par le Cnam Grand Est pour ses pôles ?")))?.kind).toBe('centre');
    // Words of the directory (a site, where, open) and the place as the user spelt it ask nothing more.
    const knowledge = skill(says);
    const spelt = siteDetailsFirst(skill(directoryAnswer()), knowledge, () => ['Monbeliard']);
    expect((await spelt.answer(ask('y a t il un centre ouvert a Monbeliard ?')))?.kind).toBe('centre');
    expect(knowledge.calls).toBe(0);
  });

  it('the words asked count with their near-synonyms: « site internet » is said by « site web »', async () => {
    const bretagne = { place: null, area: { type: 'region' as const, code: '53', name: 'Bretagne' } };
    const known = knowledgeAnswer('Le site web du Cnam Bretagne est cnam-bretagne.fr [1].');
    expect(await siteDetailsFirst(skill(directoryAnswer(bretagne)), skill(known)).answer(ask('c koi le site internet du cnam en bretagne'))).toBe(known);
  });

  it('an intercommunality is named in the knowledge answer without its legal form (« CA … »)', async () => {
    const epci = { place: null, area: { type: 'epci' as const, code: '242500361', name: 'CA Pays de Montbéliard Agglomération' } };
    const known = knowledgeAnswer('Tout Montbéliard présente Pays de Montbéliard Agglomération comme lauréate du deuxième AMI [1].');
    expect(await siteDetailsFirst(skill(directoryAnswer(epci)), skill(known)).answer(ask('Pays de Montbéliard Agglomération a été retenue au titre de quel appel ?'))).toBe(known);
  });

  it('« et à Colmar ? » after a knowledge answer asks the same question of the new place: the knowledge answer that names it', async () => {
    const after = (text: string) => toQuestion(text, { turns: [{ question: "combien d'auditeurs prévus au pôle de Sedan ?", kind: 'knowledge', language: 'fr' }] });
    const colmar = { ...place, name: 'Colmar', insee: '68066' };
    const known = knowledgeAnswer('À Colmar, le Cnam prévoyait environ 150 auditeurs [1].');
    expect(await siteDetailsFirst(skill(directoryAnswer({ place: colmar })), skill(known)).answer(after('et à Colmar ?'))).toBe(known);
    // « ok et le pôle il est où exactement ? » names no place: the directory's answer for the place before stands.
    const sedan = { ...place, name: 'Sedan', insee: '08409' };
    const where = after('ok et le pôle il est où exactement ?');
    expect((await siteDetailsFirst(skill(directoryAnswer({ place: sedan })), skill(knowledgeAnswer('À Sedan, le pôle… [1]'))).answer(where))?.kind).toBe('centre');
    // After a lookup, the same words are a new lookup.
    const lookupTurn = toQuestion('et à Colmar ?', { turns: [{ question: 'Y a-t-il un Cnam à Sedan ?', kind: 'centre', language: 'fr' }] });
    expect((await siteDetailsFirst(skill(directoryAnswer({ place: colmar })), skill(known)).answer(lookupTurn))?.kind).toBe('centre');
  });

  it('when the finder asks which of several communes is meant, a confident knowledge answer naming the first may answer instead', async () => {
    const clarify: Answer = { question: 'q', kind: 'clarify', text: 'Laquelle ?', confidence: 0.5, citations: [], lookup: { place: null, inTown: false, centres: [], candidates: [{ name: 'Saint-Denis', insee: '93066', department: 'Seine-Saint-Denis' }] } };
    const known = knowledgeAnswer('Deux nouveaux bâtiments du Cnam à Saint-Denis ont été inaugurés le 11 octobre 2024 [1].');
    expect(await siteDetailsFirst(skill(clarify), skill(known)).answer(ask('les batiments du cnam a saint denis ont ete inaugures quand ?'))).toBe(known);
    expect((await siteDetailsFirst(skill(clarify), skill(known)).answer(ask('Y a-t-il un Cnam à Saint-Denis ?')))?.kind).toBe('clarify');
  });

  it('reads details in French, SMS style and English; not presence or list questions', () => {
    for (const q of ['quand a ouvert le cnam de dole', 'campus connecte vierzon c combien dheures', 'pk le cnam a choisi sedan', 'a chalon la formation c sur quoi', 'What is the Martigues project about?', 'Who runs the Sedan site?', 'guingamp a ete retenue pour avoir un cnam ?', 'a luneville le cnam etait la avant 2019 ?', 'on fait quoi comme formations au cnam de sedan', "À Chaumont, qu'est-ce que la ville a fourni comme bâtiment au Cnam ?", 'Sedan : type de bâtiment ?', 'What kind of building is the Chaumont centre in?']) {
      expect(asksSiteDetail(ask(q)), q).toBe(true);
    }
    for (const q of ['Y a-t-il un centre Cnam à Dole ?', 'cnam montbeliard', 'Is there a Cnam centre in Dole?', 'Quels sites du Cnam près de Marseille ?', "l'antenne de Saint-Louis est-elle ouverte, ou seulement lauréate ?", 'Il y a quoi comme Cnam à Angoulême ?', 'Does Niort have a Cnam building?']) {
      expect(asksSiteDetail(ask(q)), q).toBe(false);
    }
  });
});
