import { describe, expect, it } from 'vitest';
import { CLOSE_MATCH_THRESHOLD, matchReviewedQuestion } from '../../src/agent/match-reviewed-question.js';
import { questionKey } from '../../src/store/question-key.js';

const match = (asked: string, reviewed: string) => matchReviewedQuestion(asked, questionKey(reviewed));

describe('matchReviewedQuestion', () => {
  it('when the folded questions are equal (case, accents, punctuation, elisions), returns 1', () => {
    expect(match("QUI PEUT RÉPONDRE À L'AMI ?!", "qui peut repondre a l'ami")).toBe(1);
    expect(match('Qui peut répondre à l’AMI', "Qui peut répondre à l'AMI ?")).toBe(1);
  });

  it('when only neutral words or plurals differ, returns 1', () => {
    expect(match('Qui peut répondre à cet AMI, svp ?', 'Qui peut répondre à cet AMI ?')).toBe(1);
    expect(match('Où sont les centres du Cnam en Bretagne ?', 'Où sont les centre Cnam en Bretagne ?')).toBe(1);
  });

  it('when one content word is added to a long enough question, returns the overlap (>= threshold)', () => {
    const score = match('Quand le deuxième AMI du Cnam a-t-il été lancé ?', 'Quand le deuxième AMI a-t-il été lancé ?');
    expect(score).toBeGreaterThanOrEqual(CLOSE_MATCH_THRESHOLD);
    expect(score).toBeLessThan(1);
  });

  it.each([
    ['another town', 'Y a-t-il un centre Cnam à Dax ?', 'Y a-t-il un centre Cnam à Dole ?'],
    ['another town, long question', 'Y a-t-il un centre de formation du Cnam ouvert le samedi matin à Dax ?', 'Y a-t-il un centre de formation du Cnam ouvert le samedi matin à Dole ?'],
    ['a negation', 'Qui ne peut pas répondre au deuxième AMI ?', 'Qui peut répondre au deuxième AMI ?'],
    ['another year', 'Quels résultats du deuxième AMI en 2021 ?', 'Quels résultats du deuxième AMI ?'],
    ['a short question plus a word', 'Centre Cnam Dole ?', 'Centre Cnam ?'],
    ['two extra words', 'Quand le deuxième AMI du Cnam a-t-il été lancé officiellement ?', 'Quand le deuxième AMI a-t-il été lancé ?'],
    ['unrelated', 'Comment financer une formation ?', "Qui peut répondre à l'AMI ?"],
  ])('when the question differs by %s, returns 0', (_case, asked, reviewed) => {
    expect(match(asked, reviewed)).toBe(0);
  });
});
