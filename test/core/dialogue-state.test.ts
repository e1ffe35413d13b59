import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { AnswerCache } from '../../src/core/answer-cache.js';
import { turnOf, type Turn } from '../../src/core/ask-context.js';
import { createAssistant } from '../../src/core/assistant.js';
import { toQuestion } from '../../src/core/question.js';
import { resolveFollowUp } from '../../src/core/resolve-follow-up.js';

const clarify: Answer = {
  question: 'Y a-t-il un Cnam à Saint-Louis ?',
  kind: 'clarify',
  text: 'Plusieurs communes correspondent à « Saint-Louis ». Laquelle voulez-vous dire ?',
  confidence: 0.5,
  citations: [],
  lookup: {
    place: null,
    intent: 'courses',
    inTown: false,
    centres: [],
    candidates: [
      { name: 'Saint-Louis', insee: '97414', department: 'La Réunion (974)' },
      { name: 'Saint-Louis', insee: '68297', department: 'Haut-Rhin (68)' },
    ],
  },
};
const askTown: Answer = { question: 'Is there a centre near me?', kind: 'clarify', text: 'Which town are you in?', confidence: 0.5, citations: [], lookup: { place: null, inTown: false, centres: [] } };

describe('the dialogue state in the turns', () => {
  it('a clarification among communes is remembered as « asked: commune » with the INSEE codes in the order shown and its intent', () => {
    expect(turnOf(clarify.question, 'fr', clarify)).toEqual({
      question: clarify.question, kind: 'clarify', language: 'fr', place: null, intent: 'courses', asked: 'commune', candidates: ['97414', '68297'],
    });
  });

  it('« which town? » is remembered as « asked: town », without candidates', () => {
    expect(turnOf(askTown.question, 'en', askTown)).toEqual({ question: askTown.question, kind: 'clarify', language: 'en', place: null, asked: 'town' });
  });

  it('an answer that asks nothing remembers no question, and the area of a territory lookup', () => {
    const area: Answer = { question: 'cnam en Bretagne', kind: 'centre', text: 'x', confidence: 0.9, citations: [], lookup: { place: null, area: { type: 'region', code: '53', name: 'Bretagne' }, inTown: true, centres: [] } };
    const turn = turnOf(area.question, 'fr', area);
    expect(turn.asked).toBeUndefined();
    expect(turn.area).toEqual({ type: 'region', code: '53', name: 'Bretagne' });
  });

  it('the turns survive serialisation (channels keep them in conversation state) and the assistant stores them', async () => {
    const assistant = createAssistant({ skills: [{ name: 'ask', answer: () => clarify }] });
    const { turns } = await assistant.reply('Quelles formations à Saint-Louis ?', { turns: [] });
    expect(JSON.parse(JSON.stringify(turns))).toEqual(turns);
    expect(turns.at(-1)).toMatchObject({ asked: 'commune', candidates: ['97414', '68297'], intent: 'courses' });
  });

  it('the answer cache tells apart the same reply to two different questions', () => {
    const a: Turn = { question: 'Saint-Louis ?', kind: 'clarify', language: 'fr', asked: 'commune', candidates: ['97414', '68297'] };
    const b: Turn = { ...a, candidates: ['68297', '97414'] };
    expect(AnswerCache.keyOf(toQuestion('la deuxième', { turns: [a] }))).not.toBe(AnswerCache.keyOf(toQuestion('la deuxième', { turns: [b] })));
  });

  it('a message after a place question is not completed with the place question\'s words', () => {
    const turns: Turn[] = [turnOf('Y a-t-il un centre Cnam près de chez moi ?', 'fr', askTown)];
    expect(resolveFollowUp(toQuestion('pourquoi ?', { turns }))).toBe('pourquoi ?');
    const knowledge: Turn[] = [{ question: 'Quand le deuxième AMI a-t-il été lancé ?', kind: 'knowledge', language: 'fr' }];
    expect(resolveFollowUp(toQuestion('et le premier ?', { turns: knowledge }))).toMatch(/\bami\b/i);
    // « Où … » folds to « ou », which opens a follow-up only as « ou bien / ou pour … ».
    expect(resolveFollowUp(toQuestion('Où se trouve le centre régional ?', { turns: knowledge }))).toBe('Où se trouve le centre régional ?');
    expect(resolveFollowUp(toQuestion('ou bien le premier ?', { turns: knowledge }))).toMatch(/\bami\b/i);
    // A pronoun subject points at what was just answered; « il y a » does not.
    const lookup: Turn[] = [{ question: 'Le Cnam a-t-il une antenne à Montbéliard ?', kind: 'centre', language: 'fr' }];
    expect(resolveFollowUp(toQuestion('elle a été inaugurée quand exactement ?', { turns: lookup }))).toMatch(/montbeliard/);
    expect(resolveFollowUp(toQuestion('Il y a un Cnam à Dole ?', { turns: lookup }))).toBe('Il y a un Cnam à Dole ?');
    // The French space before « ? » is no word: « qui y a droit ? » is as short as « qui y a droit? ».
    const cpf: Turn[] = [{ question: 'Combien le CPF rapporte-t-il par an ?', kind: 'knowledge', language: 'fr' }];
    expect(resolveFollowUp(toQuestion('qui y a droit ?', { turns: cpf }))).toMatch(/cpf/i);
    // « il » stands for what was just answered; an impersonal « il y a », « il faut », « il est possible » does not.
    const chaumont: Turn[] = [{ question: 'Quand a été inauguré le centre du Cnam de Chaumont ?', kind: 'knowledge', language: 'fr' }];
    expect(resolveFollowUp(toQuestion('il était prévu pour quand au départ ?', { turns: chaumont }))).toMatch(/chaumont/i);
    for (const q of ['Il faut quels documents pour candidater ?', 'Il est possible de candidater à deux ?', 'Il y a un Cnam à Dole ?']) {
      expect(resolveFollowUp(toQuestion(q, { turns: chaumont }))).toBe(q);
    }
    // Who asks does not carry over: « jsuis au chomage, je peux utiliser mon cpf ? » then « et ça fait combien par an ? ».
    const unemployed: Turn[] = [{ question: 'jsuis au chomage, je peux utiliser mon cpf ?', kind: 'knowledge', language: 'fr' }];
    expect(resolveFollowUp(toQuestion('et ca fait combien par an ?', { turns: unemployed }))).toMatch(/cpf/i);
    expect(resolveFollowUp(toQuestion('et ca fait combien par an ?', { turns: unemployed }))).not.toMatch(/chomage/i);
    // « ça » stands for what was just answered too.
    const programme: Turn[] = [{ question: "C'est quoi le programme Au cœur des territoires ?", kind: 'knowledge', language: 'fr' }];
    expect(resolveFollowUp(toQuestion('ça a commencé quand ?', { turns: programme }))).toMatch(/programme/);
  });

  it('a follow-up that asks another kind of thing keeps the topic, not the date the question before wanted', () => {
    const deadline: Turn[] = [{ question: "Jusqu'à quelle date pouvait-on répondre au deuxième AMI ?", kind: 'knowledge', language: 'fr' }];
    const who = resolveFollowUp(toQuestion('Et quelles collectivités pouvaient y répondre ?', { turns: deadline }));
    expect(who).toMatch(/deuxieme|deuxième/);
    expect(who).not.toMatch(/date/);
    // The same kind of question keeps every word: « et pour le premier ? ».
    expect(resolveFollowUp(toQuestion('et pour le premier ?', { turns: deadline }))).toMatch(/date/);
  });

  it('« ce jour-là », "by then" point back at the answer before: the question is completed from it', () => {
    const announced: Turn[] = [{ question: 'Quand les lauréats du premier AMI ont-ils été annoncés ?', kind: 'knowledge', language: 'fr' }];
    expect(resolveFollowUp(toQuestion('quels ministres étaient présents ce jour-là ?', { turns: announced }))).toMatch(/laureats|lauréats/);
    const trained: Turn[] = [{ question: "How many people have been trained in the programme's centres?", kind: 'knowledge', language: 'en' }];
    expect(resolveFollowUp(toQuestion('how many centres had opened by then?', { turns: trained }))).toMatch(/trained/);
    // Without such a word, a question of its own stays as it is.
    expect(resolveFollowUp(toQuestion('quels ministres étaient présents à Chaumont ?', { turns: announced }))).toBe('quels ministres étaient présents à Chaumont ?');
  });

  it('a pronoun subject after its verb ("does it have", « quand a-t-elle ouvert ? ») makes a follow-up; "is it possible" does not', () => {
    const enjmin: Turn[] = [{ question: 'What is Cnam-Enjmin?', kind: 'knowledge', language: 'en' }];
    expect(resolveFollowUp(toQuestion('how many students does it have?', { turns: enjmin }))).toMatch(/enjmin/i);
    const sedan: Turn[] = [{ question: "Qu'est-ce que le pôle de Sedan ?", kind: 'knowledge', language: 'fr' }];
    expect(resolveFollowUp(toQuestion('quand a-t-elle ouvert ?', { turns: sedan }))).toMatch(/sedan/i);
    expect(resolveFollowUp(toQuestion('is it possible to study remotely at the Cnam?', { turns: enjmin }))).not.toMatch(/enjmin/i);
  });
});
