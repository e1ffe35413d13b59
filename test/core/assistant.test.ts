import { describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/core/answer.js';
import { MAX_TURNS, emptyContext } from '../../src/core/ask-context.js';
import { createAssistant } from '../../src/core/assistant.js';
import { detectLanguage } from '../../src/core/detect-language.js';
import { AppError } from '../../src/core/errors.js';
import { smalltalkSkill } from '../../src/core/smalltalk-skill.js';
import { citedSkill } from '../fakes/fake-assistant.js';

const assistant = createAssistant({ skills: [smalltalkSkill, citedSkill], validate: true });

describe('assistant.ask', () => {
  it.each([
    ['Bonjour', 'smalltalk', /Bonjour/],
    ['bonjour !', 'smalltalk', /Bonjour/],
    ['Hello', 'smalltalk', /Hello/],
    ['Merci beaucoup', 'smalltalk', /plaisir/],
    ['thanks a lot', 'smalltalk', /welcome/],
    ['Que sais-tu faire ?', 'smalltalk', /programme/],
    ['What can you do?', 'smalltalk', /programme/],
  ])('when asked %j, answers %s in the same language', async (question, kind, text) => {
    const answer = await assistant.ask(question, emptyContext);
    expect(answer.kind).toBe(kind);
    expect(answer.text).toMatch(text);
    expect(answerSchema.safeParse(answer).success).toBe(true);
  });

  it('when a greeting comes with a real question, does not treat it as smalltalk', async () => {
    const answer = await assistant.ask('Bonjour, quelle est la météo demain ?', emptyContext);
    expect(answer.kind).toBe('fallback');
  });

  it('when no skill knows the answer, falls back honestly in French without citations', async () => {
    const answer = await assistant.ask('Quelle est la météo à Brest demain ?', emptyContext);
    expect(answer).toMatchObject({ kind: 'fallback', citations: [] });
    expect(answer.text).toMatch(/sources dont je dispose/);
    expect(answer.text).toContain('https://www.cnam.fr');
    expect(answer.confidence).toBeLessThanOrEqual(0.3);
  });

  it('when the question is in English, falls back in English', async () => {
    const answer = await assistant.ask('What is the weather like in Brest tomorrow?', emptyContext);
    expect(answer.kind).toBe('fallback');
    expect(answer.text).toMatch(/I can't find/);
  });

  it('when a skill answers, returns its cited answer', async () => {
    const answer = await assistant.ask("Quand a été lancé l'AMI ?", emptyContext);
    expect(answer.kind).toBe('knowledge');
    expect(answer.citations[0]?.url).toMatch(/^https:/);
  });

  it.each([
    ['', 'invalid_question'],
    ['   ', 'invalid_question'],
    ['x'.repeat(1001), 'question_too_long'],
  ])('when the question is %#, throws %s', async (question, code) => {
    await expect(assistant.ask(question, emptyContext)).rejects.toMatchObject({ code });
    await expect(assistant.ask(question, emptyContext)).rejects.toBeInstanceOf(AppError);
  });
});

describe('assistant.reply', () => {
  it('when called repeatedly, keeps the last turns with language and kind', async () => {
    let turns = emptyContext.turns;
    for (let i = 0; i < MAX_TURNS + 2; i += 1) {
      ({ turns } = await assistant.reply(i % 2 ? 'Hello' : 'Bonjour', { turns }));
    }
    expect(turns).toHaveLength(MAX_TURNS);
    const last = (MAX_TURNS + 1) % 2 ? 'Hello' : 'Bonjour';
    expect(turns.at(-1)).toMatchObject({ question: last, kind: 'smalltalk', language: last === 'Hello' ? 'en' : 'fr', place: null });
  });

  it('when a short follow-up is ambiguous, keeps the conversation language', async () => {
    const first = await assistant.reply('What can you do?', emptyContext);
    const second = await assistant.reply('ok Dole', { turns: first.turns });
    expect(second.turns.at(-1)?.language).toBe('en');
  });
});

describe('answer cache', () => {
  it('when the same question comes again, answers from the cache without asking the skills', async () => {
    let calls = 0;
    const counting = createAssistant({
      skills: [{ name: 'count', answer: (q) => { calls += 1; return { question: q.text, kind: 'smalltalk', text: `n${calls}`, confidence: 1, citations: [] }; } }],
    });
    const a = await counting.ask('Bonjour  à tous', emptyContext);
    const b = await counting.ask('bonjour à tous', emptyContext);
    expect(calls).toBe(1);
    expect(b.text).toBe(a.text);
    expect(b.question).toBe('bonjour à tous');
    counting.clearCache();
    await counting.ask('bonjour à tous', emptyContext);
    expect(calls).toBe(2);
  });

  it('when the earlier turns differ, does not reuse an answer (follow-ups depend on them)', async () => {
    let calls = 0;
    const counting = createAssistant({
      skills: [{ name: 'count', answer: (q) => { calls += 1; return { question: q.text, kind: 'smalltalk', text: `n${calls}`, confidence: 1, citations: [] }; } }],
    });
    await counting.ask('et à Dole ?', emptyContext);
    await counting.ask('et à Dole ?', { turns: [{ question: 'Y a-t-il un centre à Sedan ?', kind: 'centre', language: 'fr' }] });
    expect(calls).toBe(2);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Who funds a centre?', 'en'],
    ['Is there a centre in Dole?', 'en'],
    ['How do I pay for a course?', 'en'],
    ['Y a-t-il un centre à Dole ?', 'fr'],
    ['Qui finance un centre ?', 'fr'],
    ['a centre', 'fr'],
  ])('when asked %j, detects %s', (question, language) => {
    expect(detectLanguage(question)).toBe(language);
  });
});
