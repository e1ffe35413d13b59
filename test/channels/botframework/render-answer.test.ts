import { describe, expect, it } from 'vitest';
import { renderAnswer, separateMarkers } from '../../../src/channels/botframework/render-answer.js';
import { readFeedback } from '../../../src/channels/botframework/read-feedback.js';
import type { Answer } from '../../../src/core/answer.js';

const answer: Answer = {
  question: 'Qui peut candidater ?',
  kind: 'knowledge',
  text: 'Les communes de moins de 50 000 habitants [1], avec un partenaire [2].',
  confidence: 0.8,
  citations: [
    { n: 1, title: 'Appel "Au cœur des territoires"', url: 'https://www.cnam.fr/ami', publisher: 'Cnam', date: '2023-05-04' },
    { n: 2, title: 'Dossier', url: 'https://www.cnam.fr/dossier', excerpt: 'x'.repeat(300) },
  ],
};

describe('renderAnswer', () => {
  it('for Web Chat, appends one Markdown reference definition per source and no separate source list', () => {
    const activity = renderAnswer(answer, 'fr', { channelId: 'directline', answerRef: 'ref-1' });
    expect(activity.text).toBe(
      'Les communes de moins de 50 000 habitants [1], avec un partenaire [2].\n\n' +
        '[1]: https://www.cnam.fr/ami "Appel ″Au cœur des territoires″ — Cnam, 4 mai 2023"\n' +
        '[2]: https://www.cnam.fr/dossier "Dossier"',
    );
  });

  it('for Teams, keeps the [n] markers only (Teams draws citations from the entity)', () => {
    expect(renderAnswer(answer, 'fr', { channelId: 'msteams' }).text).toBe(answer.text);
  });

  it('truncates abstracts to Teams limits and offers 👍/👎 actions that carry the answer reference back', () => {
    const activity = renderAnswer(answer, 'fr', { answerRef: 'ref-1' });
    const [entity] = activity.entities as unknown as Array<Record<string, any>>;
    expect(entity!.citation[1].appearance.abstract.length).toBe(160);
    const like = entity!.potentialAction[0];
    const vote = readFeedback({ type: 'event', name: 'webchat:activity-status/feedback', entities: [like] });
    expect(vote).toEqual({ reaction: 'like', keys: ['ref-1'] });
  });
});

describe('separateMarkers', () => {
  it('when markers are adjacent, separates them so "[1][2]" is not read as a reference link to 2', () => {
    expect(separateMarkers('ouvert en 2021 [1][2][3].')).toBe('ouvert en 2021 [1] [2] [3].');
  });

  it('when markers are already apart or alone, leaves the text as it is', () => {
    expect(separateMarkers('a [1] et b [2].')).toBe('a [1] et b [2].');
  });
});
