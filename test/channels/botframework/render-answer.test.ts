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

const thirteen: Answer = {
  question: 'Liste régionale',
  kind: 'knowledge',
  text: Array.from({ length: 13 }, (_, i) => `Centre ${i + 1} [${i + 1}].`).join(' '),
  confidence: 0.8,
  citations: Array.from({ length: 13 }, (_, i) => ({ n: i + 1, title: `Fiche [${i + 1}]`, url: `https://www.cnam.fr/c(${i + 1})`, publisher: 'Cnam' })),
};

const markersOf = (text: string) => [...text.matchAll(/\[(\d+)\](?!:)/g)].map((m) => Number(m[1]));

describe('the 10-citation rule', () => {
  it.each(['msteams', 'directline', 'webchat', 'emulator'])('on %s, the entity carries the first 10 claims only', (channelId) => {
    const [entity] = renderAnswer(thirteen, 'fr', { channelId }).entities as unknown as Array<Record<string, any>>;
    expect(entity!.citation.map((c: { position: number }) => c.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('in Teams, every marker left in the text has its claim, and sources 11 to 13 are named as plain links', () => {
    const text = renderAnswer(thirteen, 'fr', { channelId: 'msteams' }).text!;
    const [body, sources] = text.split('\n\n');
    expect(markersOf(body!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(body).toContain('Centre 10 [10]. Centre 11. Centre 12. Centre 13.');
    expect(sources).toBe(
      'Autres sources : [Fiche \\[11\\] — Cnam](https://www.cnam.fr/c%2811%29) · [Fiche \\[12\\] — Cnam](https://www.cnam.fr/c%2812%29) · [Fiche \\[13\\] — Cnam](https://www.cnam.fr/c%2813%29)',
    );
    expect(renderAnswer(thirteen, 'en', { channelId: 'msteams' }).text).toContain('\n\nOther sources: [Fiche');
  });

  it('in Web Chat, the text keeps all 13 markers and the Markdown reference list all 13 sources', () => {
    const text = renderAnswer(thirteen, 'fr', { channelId: 'directline' }).text!;
    expect(markersOf(text.split('\n\n')[0]!)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(text.match(/^\[\d+\]: https:/gm)).toHaveLength(13);
  });

  it('with 10 sources or fewer, Teams text is the answer text as is', () => {
    expect(renderAnswer(answer, 'fr', { channelId: 'msteams' }).text).toBe(answer.text);
  });
});

describe('the AI label', () => {
  it('is given both as additionalType and as keywords (newer Web Chat reads keywords)', () => {
    const [entity] = renderAnswer(answer, 'fr', { channelId: 'directline' }).entities as unknown as Array<Record<string, any>>;
    expect(entity).toMatchObject({ additionalType: ['AIGeneratedContent'], keywords: ['AIGeneratedContent'] });
  });
});

describe('choices', () => {
  const clarify: Answer = {
    question: 'Saint-Denis',
    kind: 'clarify',
    text: 'Laquelle ?',
    confidence: 0.5,
    citations: [],
    suggestions: ['Saint-Denis (974)', 'Saint-Denis (93)', 'Saint-Denis (11)', 'Saint-Denis (30)', 'Saint-Denis (89)'],
  };

  it('in Teams, more than 3 choices go on an Adaptive Card with one imBack button per choice, and no suggested actions', () => {
    const activity = renderAnswer(clarify, 'fr', { channelId: 'msteams' });
    expect(activity.suggestedActions).toBeUndefined();
    expect(activity.attachments).toHaveLength(1);
    const [card] = activity.attachments!;
    expect(card!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const actions = (card!.content as { body: Array<{ type: string; actions: any[] }> }).body.flatMap((b) => b.actions);
    expect(actions).toEqual(clarify.suggestions!.map((s) => ({ type: 'Action.Submit', title: s, data: { msteams: { type: 'imBack', value: s } } })));
  });

  it('in Teams, 3 choices or fewer stay suggested actions', () => {
    const activity = renderAnswer({ ...clarify, suggestions: clarify.suggestions!.slice(0, 3) }, 'fr', { channelId: 'msteams' });
    expect(activity.attachments).toBeUndefined();
    expect(activity.suggestedActions?.actions.map((a) => a.value)).toEqual(clarify.suggestions!.slice(0, 3));
  });

  it('in Web Chat, every choice stays a suggested action that sends its text back', () => {
    const activity = renderAnswer(clarify, 'fr', { channelId: 'directline' });
    expect(activity.attachments).toBeUndefined();
    expect(activity.suggestedActions?.actions).toEqual(clarify.suggestions!.map((s) => ({ type: 'imBack', title: s, value: s })));
  });
});
