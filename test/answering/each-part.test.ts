import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { toQuestion, type Question } from '../../src/core/question.js';
import type { Skill } from '../../src/core/skill.js';
import { answerEachPart } from '../../src/answering/each-part.js';

const cite = (n: number, url: string) => ({ n, title: `Source ${url}`, url: `https://example.org/${url}` });
const directory: Answer = {
  question: 'q', kind: 'centre', text: 'Sites en Occitanie : 3 sites correspondent [1].', confidence: 0.85, citations: [cite(1, 'annuaire')],
  lookup: { place: null, inTown: false, centres: [], intent: 'list' },
};
const knowledge: Answer = { question: 'q', kind: 'knowledge', text: 'Fabienne Maubert-Le Dren dirigeait le Cnam Occitanie [1] [2].', confidence: 0.9, citations: [cite(1, 'occitanie'), cite(2, 'annuaire')] };
const fallback: Answer = { question: 'q', kind: 'fallback', text: 'Je ne trouve pas…', confidence: 0.3, citations: [] };

/** A skill that answers by the question's text. */
const by = (answers: Record<string, Answer | null>): Skill => ({ name: 'fake', answer: (q: Question) => answers[Object.keys(answers).find((k) => q.text.includes(k)) ?? ''] ?? null });
const ask = (text: string) => toQuestion(text, { turns: [] });

describe('answerEachPart', () => {
  it('answers each part by its skill and numbers the sources once across the parts', async () => {
    const skill = answerEachPart(by({ 'Combien de villes': directory, 'Par ailleurs': null }), by({ 'Par ailleurs': knowledge }));
    const answer = await skill.answer(ask("Combien de villes d'Occitanie ont été retenues en 2019 ? Par ailleurs, qui dirigeait le Cnam Occitanie ?"));
    expect(answer?.kind).toBe('centre');
    expect(answer?.text).toContain("**Combien de villes d'Occitanie ont été retenues en 2019 ?**\nSites en Occitanie : 3 sites correspondent [1].");
    expect(answer?.text).toContain('dirigeait le Cnam Occitanie [2] [1].');
    expect(answer?.citations.map((c) => c.url)).toEqual(['https://example.org/annuaire', 'https://example.org/occitanie']);
    expect(answer?.lookup?.intent).toBe('list');
  });

  it('says which part it cannot answer, and skips a bare pointer to the part before', async () => {
    const skill = answerEachPart(by({ 'Combien de villes': directory }), by({ 'Qui dirigeait': knowledge, 'Quel budget': fallback, lesquelles: fallback }));
    const answer = await skill.answer(ask('Combien de villes en Occitanie, et lesquelles ? Qui dirigeait le Cnam Occitanie ? Quel budget avait le centre de Sète ?'));
    expect(answer?.text).toMatch(/Sur « Quel budget avait le centre de Sète » : je ne trouve pas/);
    expect(answer?.text).not.toMatch(/Sur « (?:et )?lesquelles/);
  });

  it('leaves a one-part question, and a message whose parts all get the same directory answer, to the directory', async () => {
    const skill = answerEachPart(by({ Combien: directory, Quels: directory }), by({ '': knowledge }));
    expect(await skill.answer(ask('Combien de sites en Occitanie ?'))).toBe(directory);
    expect(await skill.answer(ask('Combien de sites en Occitanie ? Quels sites en Occitanie ?'))).toBe(directory);
  });

  it('asks a later part as a follow-up of the one before (« Le Cnam est-il à Saint-Omer ? Et si oui, … ? »)', async () => {
    const seen: Question[] = [];
    const centres: Skill = { name: 'fake', answer: (q: Question) => (q.text.includes('Saint-Omer') ? directory : null) };
    const know: Skill = { name: 'fake', answer: (q: Question) => (seen.push(q), knowledge) };
    await answerEachPart(centres, know).answer(ask('Le Cnam est-il à Saint-Omer ? Et si oui, est-ce que ça fait partie du programme ?'));
    expect(seen.at(-1)?.context.turns.at(-1)).toMatchObject({ question: 'Le Cnam est-il à Saint-Omer ?', kind: 'centre' });
  });

  it('answers each part of a message whose parts ask the directory different lists', async () => {
    const bretagne: Answer = { ...directory, text: 'Sites en Bretagne : 4 sites correspondent [1].' };
    const skill = answerEachPart(by({ Combien: directory, Bretagne: bretagne }), by({ '': knowledge }));
    const answer = await skill.answer(ask('Combien de sites en Occitanie ? Et quels sites en Bretagne ?'));
    expect(answer?.text).toMatch(/\*\*Combien de sites en Occitanie \?\*\*/);
    expect(answer?.text).toMatch(/Sites en Bretagne : 4 sites correspondent/);
  });

  it('leaves a message whose parts all go to the knowledge to the knowledge', async () => {
    const whole: Skill = { name: 'fake', answer: (q) => (q.text.includes('fusion') && q.text.includes('départ') ? directory : null) };
    const skill = answerEachPart(whole, by({ fusion: knowledge, départ: knowledge }));
    expect(await skill.answer(ask('Le Cnam Grand Est, il vient de la fusion de quelles régions ? Et combien de sites il avait au départ ?'))).toBeNull();
  });
});
