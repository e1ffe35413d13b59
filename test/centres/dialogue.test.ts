import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { emptyContext, type Turn } from '../../src/core/ask-context.js';
import { createAssistant, type Assistant } from '../../src/core/assistant.js';
import type { Skill } from '../../src/core/skill.js';
import { smalltalkSkill } from '../../src/core/smalltalk-skill.js';
import { createCentreSkill } from '../../src/centres/centre-skill.js';
import { converse, realFinder } from './finder-fixture.js';

/**
 * A dialogue state, not guesses: when the assistant asked a question (which town? which of these communes?), the
 * next message is read as the reply first; anything else starts a new question. Conversations written as people
 * reply to the bot's own questions.
 */
describe('asking for the town of a catalogue', () => {
  it('« la liste des formations de l\'antenne de ma ville » says first that no source gives a centre\'s full catalogue, then asks the town', async () => {
    const [asked, answer] = await converse(["je voudrais la liste des formations dispo dans l'antenne du cnam de ma ville", 'Sedan']);
    expect(asked?.kind).toBe('clarify');
    expect(asked?.text).toMatch(/^Mes sources ne donnent pas la liste complète des formations de chaque centre[^]*\n\nDans quelle commune êtes-vous \?/);
    expect(answer?.lookup?.place?.name).toBe('Sedan');
    const [plain] = await converse(['Y a-t-il un centre Cnam près de chez moi ?']);
    expect(plain?.text).toMatch(/^Dans quelle commune/);
  });
});

describe('after « Dans quelle commune êtes-vous ? »', () => {
  it.each([
    ["j'habite à Verdun", 'Verdun'],
    ['je suis de Dole', 'Dole'],
    ['on est sur Chalon', 'Chalon-sur-Saône'],
    ['Verdun', 'Verdun'],
    ['sedan', 'Sedan'],
    ["c'est Chaumont", 'Chaumont'],
    ['nous sommes à Montbéliard', 'Montbéliard'],
    ['52000', 'Chaumont'],
    ['39100', 'Dole'],
    ['je vis à Nice', 'Nice'],
    ['Verdun, dans la Meuse', 'Verdun'],
  ])('the reply %j is looked up (%s)', async (reply, town) => {
    const [asked, answer] = await converse(['Y a-t-il un centre Cnam près de chez moi ?', reply]);
    expect(asked?.kind).toBe('clarify');
    expect(answer?.kind, reply).toBe('centre');
    expect(answer?.lookup?.place?.name, reply).toBe(town);
  });

  it.each([
    ['I live in Sedan', 'Sedan'],
    ["I'm from Chaumont", 'Chaumont'],
    ['we are in Dole', 'Dole'],
    ['Verdun', 'Verdun'],
  ])('in English, the reply %j is looked up in English', async (reply, town) => {
    const [, answer] = await converse(['Is there a Cnam centre near me?', reply]);
    expect(answer?.lookup?.place?.name).toBe(town);
    expect(answer?.text).toMatch(/Cnam sites directory|Cnam site/);
  });

  it('a département, an intercommunality or a département number are replies too', async () => {
    expect((await converse(['Y a-t-il un Cnam près de chez moi ?', 'dans le Jura']))[1]?.lookup?.area).toMatchObject({ type: 'departement', code: '39' });
    expect((await converse(['Y a-t-il un Cnam près de chez moi ?', 'Notre commune fait partie de Loire Forez Agglomération']))[1]?.lookup?.area?.type).toBe('epci');
    expect((await converse(['Y a-t-il un Cnam près de chez moi ?', 'dans le 52']))[1]?.lookup?.area).toMatchObject({ type: 'departement', code: '52' });
  });

  it('a new question instead of a reply starts a new question', async () => {
    const [, answer] = await converse(['Y a-t-il un Cnam près de chez moi ?', 'Comment financer ma formation ?']);
    expect(answer).toBeNull();
  });

  it('the question asked before the town keeps its intent: « Quelles formations près de chez moi ? » → « j\'habite à Vierzon »', async () => {
    const [asked, answer] = await converse(['Quelles formations près de chez moi ?', "j'habite à Vierzon"]);
    expect(asked?.kind).toBe('clarify');
    expect(answer?.lookup?.intent).toBe('courses');
    expect(answer?.text).toMatch(/campus connecté/);
  });
});

describe('after « Laquelle voulez-vous dire ? »', () => {
  const question = 'Y a-t-il un Cnam à Saint-Louis ?';

  it('offers the candidates in a fixed order (La Réunion, Haut-Rhin, Guadeloupe, Moselle)', async () => {
    const [clarify] = await converse([question]);
    expect(clarify?.lookup?.candidates?.map((c) => c.insee)).toEqual(['97414', '68297', '97126', '57618']);
  });

  it.each([
    ['la deuxième', '68297'],
    ['la 1ere', '97414'],
    ['la 2e', '68297'],
    ['La troisième svp', '97126'],
    ['la dernière', '57618'],
    ['2', '68297'],
    ['euh la première', '97414'],
    ['celle de la Réunion', '97414'],
    ['celle du Haut-Rhin', '68297'],
    ['celle en Moselle', '57618'],
    ['celle en Guadeloupe', '97126'],
    ['Haut-Rhin', '68297'],
    ['dans le Haut-Rhin', '68297'],
    ['68', '68297'],
    ['57', '57618'],
    ['974', '97414'],
    ['(68)', '68297'],
    ['68300', '68297'],
    ['Saint-Louis (68)', '68297'],
    ['celle près de Mulhouse', '68297'],
    ['La Réunion', '97414'],
  ])('the reply %j picks %s', async (reply, insee) => {
    const [, answer] = await converse([question, reply]);
    expect(answer?.kind, reply).toBe('centre');
    expect(answer?.lookup?.place?.insee, reply).toBe(insee);
  });

  it.each([
    ['the first one', '97414'],
    ['the second one', '68297'],
    ['the one in Moselle', '57618'],
    ['the last one', '57618'],
  ])('in English, %j picks %s', async (reply, insee) => {
    const [, answer] = await converse(['Is there a Cnam centre in Saint-Louis?', reply]);
    expect(answer?.lookup?.place?.insee, reply).toBe(insee);
    expect(answer?.text).toMatch(/^(According|Yes|I don't know)/);
  });

  it('« 26 » (Drôme) picks Valence in the Drôme, never the date « 26 septembre 2019 »', async () => {
    const [clarify, answer] = await converse(['Y a-t-il un Cnam à Valence ?', '26']);
    expect(clarify?.kind).toBe('clarify');
    expect(answer?.lookup?.place).toMatchObject({ name: 'Valence', department: 'Drôme (26)' });
    expect((await converse(['Y a-t-il un Cnam à Valence ?', 'celle en Drôme']))[1]?.lookup?.place?.insee).toBe('26362');
    expect((await converse(['Y a-t-il un Cnam à Valence ?', 'celle de la Drôme']))[1]?.lookup?.place?.insee).toBe('26362');
  });

  it('« celle du Nord », « celle près de Toulouse »: a département or a neighbouring town picks the commune', async () => {
    expect((await converse(['Y a-t-il un Cnam à Marly ?', 'celle du Nord']))[1]?.lookup?.place?.department).toBe('Nord (59)');
    expect((await converse(['Y a-t-il un Cnam à Marly ?', 'celle en Moselle']))[1]?.lookup?.place?.department).toBe('Moselle (57)');
    expect((await converse(['Y a-t-il un Cnam à Merville ?', 'celle près de Toulouse']))[1]?.lookup?.place?.department).toBe('Haute-Garonne (31)');
  });

  it('a criterion no candidate meets asks again, saying so, with the same candidates', async () => {
    const [, again] = await converse([question, '26']);
    expect(again?.kind).toBe('clarify');
    expect(again?.text).toMatch(/Aucune des communes proposées ne correspond à « Drôme \(26\) »/);
    expect(again?.lookup?.candidates?.length).toBe(4);
    const [, , third] = await converse([question, '26', 'la deuxième']);
    expect(third?.lookup?.place?.insee).toBe('68297');
    const [, seventh] = await converse([question, 'la septième']);
    expect(seventh?.kind).toBe('clarify');
    expect(seventh?.text).toMatch(/Je n'ai proposé que 4 communes/);
  });

  it('a criterion several candidates meet narrows the question to them', async () => {
    const [, narrowed, chosen] = await converse([question, 'celle en Alsace', 'la première']);
    expect(narrowed?.lookup?.candidates?.map((c) => c.insee)).toEqual(['68297', '57618']);
    expect(chosen?.lookup?.place?.insee).toBe('68297');
  });

  it('the intent asked is kept: « Quelles formations à Saint-Louis ? » → « la deuxième » → courses in Saint-Louis (68)', async () => {
    const [clarify, answer] = await converse(['Quelles formations à Saint-Louis ?', 'la deuxième']);
    expect(clarify?.lookup?.intent).toBe('courses');
    expect(answer?.lookup).toMatchObject({ intent: 'courses', place: { insee: '68297' } });
  });

  it('another town or a new question starts afresh', async () => {
    expect((await converse([question, 'et à Dole ?']))[1]?.lookup?.place?.name).toBe('Dole');
    expect((await converse([question, 'non, plutôt Dole']))[1]?.lookup?.place?.name).toBe('Dole');
    expect((await converse([question, '52000']))[1]?.lookup?.place?.name).toBe('Chaumont');
    expect((await converse([question, 'Quand a été lancé le deuxième appel ?']))[1]).toBeNull();
    expect((await converse([question, 'Comment financer une formation ?']))[1]).toBeNull();
  });
});

describe('multi-turn flows through the assistant (the turns a channel stores)', () => {
  /** Answers everything the skills before it left: what document retrieval would do with « 26 » or « la deuxième ». */
  const knowledgeEverything: Skill = {
    name: 'fake-knowledge',
    answer: (question): Answer => ({ question: question.text, kind: 'knowledge', text: `knowledge: ${question.text}`, confidence: 0.6, citations: [] }),
  };
  let assistant: Assistant;
  beforeAll(async () => {
    assistant = createAssistant({ skills: [smalltalkSkill, createCentreSkill({ finder: await realFinder() }), knowledgeEverything], validate: true });
  });

  async function run(messages: readonly string[]): Promise<{ answers: Answer[]; turns: Turn[] }> {
    let turns: Turn[] = [...emptyContext.turns];
    const answers: Answer[] = [];
    for (const text of messages) {
      const result = await assistant.reply(text, { turns });
      answers.push(result.answer);
      // Channels serialise the turns (Bot Framework state, the API's store): what is kept must survive JSON.
      turns = JSON.parse(JSON.stringify(result.turns)) as Turn[];
    }
    return { answers, turns };
  }

  it('the clarifying question is remembered as a question with its candidates, in the order shown', async () => {
    const { turns } = await run(['Y a-t-il un Cnam à Saint-Louis ?']);
    expect(turns.at(-1)).toMatchObject({ kind: 'clarify', asked: 'commune', candidates: ['97414', '68297', '97126', '57618'] });
    const town = await run(['Is there a Cnam centre near me?']);
    expect(town.turns.at(-1)).toMatchObject({ kind: 'clarify', asked: 'town' });
    expect(town.turns.at(-1)?.candidates).toBeUndefined();
  });

  it('« 26 » after « Laquelle ? » is a choice, not a question for the documents', async () => {
    const { answers } = await run(['Y a-t-il un Cnam à Valence ?', '26']);
    expect(answers[1]?.kind).toBe('centre');
    expect(answers[1]?.lookup?.place?.department).toBe('Drôme (26)');
  });

  it('the same reply after two different questions gets two answers (the cache keys on the question asked)', async () => {
    const a = await run(['Y a-t-il un Cnam à Saint-Louis ?', 'la deuxième']);
    const b = await run(['Y a-t-il un Cnam à Valence ?', 'la deuxième']);
    expect(a.answers[1]?.lookup?.place?.insee).toBe('68297');
    expect(b.answers[1]?.lookup?.place?.department).toBe('Tarn-et-Garonne (82)');
  });

  it('a full conversation: near me → « j\'habite à Saint-Louis » → which one? → « celle du Haut-Rhin » → « et les formations ? »', async () => {
    const { answers, turns } = await run(['Y a-t-il un centre Cnam près de chez moi ?', "j'habite à Saint-Louis", 'celle du Haut-Rhin', 'et les formations ?']);
    expect(answers.map((a) => a.kind)).toEqual(['clarify', 'clarify', 'centre', 'centre']);
    expect(answers[2]?.lookup?.place?.insee).toBe('68297');
    expect(answers[3]?.lookup).toMatchObject({ intent: 'courses', place: { insee: '68297' } });
    expect(turns.at(-1)?.asked).toBeUndefined();
  });

  it('« et le centre régional ? » after a territory keeps the territory', async () => {
    const { answers } = await run(['Y a-t-il des sites du Cnam en Occitanie ?', 'et le centre régional ?']);
    expect(answers[1]?.lookup).toMatchObject({ intent: 'regional-centre', area: { type: 'region', code: '76' } });
  });

  it('a list follow-up keeps the list: « Quels sites sont prévus mais pas encore ouverts en Occitanie ? » → « et en Bretagne ? »', async () => {
    const { answers } = await run(['Quels sites sont prévus mais pas encore ouverts en Occitanie ?', 'et en Bretagne ?']);
    expect(answers[1]?.lookup).toMatchObject({ intent: 'list', area: { type: 'region', code: '53' } });
    expect(answers[1]?.lookup?.centres.every((c) => c.status !== 'open')).toBe(true);
    expect(answers[1]?.lookup?.centres.map((c) => c.town)).toEqual(['Guingamp']);
  });

  it('« Pourriez-vous me donner l\'adresse exacte ? » after a lookup gives that site with its address', async () => {
    const { answers } = await run(['Bonjour, le Cnam est-il présent à Niort ?', "Pourriez-vous me donner l'adresse exacte ?"]);
    expect(answers[1]?.kind).toBe('centre');
    expect(answers[1]?.text).toMatch(/Adresse : 10 place de la Comédie/);
    // An e-mail address is a contact, which the sources do not give: said first.
    const mail = await run(['Le Cnam à Sedan ?', "et l'adresse mail ?"]);
    expect(mail.answers[1]?.text).toMatch(/^Je ne trouve pas les coordonnées \(téléphone, courriel\) du Cnam à \*\*Sedan\*\*/);
  });

  it('after the choice, a plain question is not read as a reply any more', async () => {
    const { answers } = await run(['Y a-t-il un Cnam à Saint-Louis ?', 'la deuxième', 'la première']);
    expect(answers[2]?.kind).toBe('knowledge');
  });
});
