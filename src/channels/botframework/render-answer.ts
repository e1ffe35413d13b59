import { ActionTypes, ActivityTypes, type Activity, type CardAction } from 'botbuilder';
import type { Answer, Citation } from '../../core/answer.js';

/** Locale used to word the source list: French unless the answer itself is in English. */
export type RenderLanguage = 'fr' | 'en';

const SOURCES_HEADING: Record<RenderLanguage, string> = { fr: 'Sources', en: 'Sources' };

function formatDate(date: string | undefined, language: RenderLanguage): string | undefined {
  if (!date) return undefined;
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return undefined;
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  if (m && d) return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (m) return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return String(y);
}

/** One line of the numbered source list: `[n] [Title](url) — Publisher, date`. */
export function formatCitation(citation: Citation, language: RenderLanguage): string {
  const details = [citation.publisher, formatDate(citation.date, language)].filter(Boolean).join(', ');
  return `${citation.n}. [${citation.title.replace(/[[\]]/g, '')}](${citation.url})${details ? ` — ${details}` : ''}`;
}

/** Markdown for the message: the answer's text, then the numbered sources. */
export function renderAnswerMarkdown(answer: Answer, language: RenderLanguage): string {
  if (answer.citations.length === 0) return answer.text;
  const list = answer.citations.map((c) => formatCitation(c, language)).join('\n');
  return `${answer.text}\n\n**${SOURCES_HEADING[language]}**\n\n${list}`;
}

/** Suggestions and clarification candidates become buttons that send their text back. */
export function suggestedActionsOf(answer: Answer): CardAction[] {
  return (answer.suggestions ?? []).slice(0, 6).map((text) => ({ type: ActionTypes.ImBack, title: text, value: text }));
}

/**
 * The schema.org `Message` entity Teams and Web Chat read for citations and the AI label.
 * Teams rejects a message with two such entities, so everything shares this one (`"@id": ""`).
 */
export function citationEntityOf(answer: Answer): Record<string, unknown> {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    additionalType: ['AIGeneratedContent'],
    citation: answer.citations.map((c) => ({
      '@type': 'Claim',
      position: c.n,
      appearance: {
        '@type': 'DigitalDocument',
        name: c.title,
        url: c.url,
        ...(c.excerpt ? { abstract: c.excerpt } : {}),
        ...(c.publisher || c.date ? { text: [c.publisher, c.date].filter(Boolean).join(', ') } : {}),
      },
    })),
  };
}

/** Turns an Answer into a message activity: Markdown text, numbered sources, buttons, citation entity. */
export function renderAnswer(answer: Answer, language: RenderLanguage): Partial<Activity> {
  const actions = suggestedActionsOf(answer);
  return {
    type: ActivityTypes.Message,
    text: renderAnswerMarkdown(answer, language),
    textFormat: 'markdown',
    entities: [citationEntityOf(answer) as never],
    channelData: { feedbackLoopEnabled: answer.kind !== 'smalltalk', answerKind: answer.kind, confidence: answer.confidence },
    ...(actions.length > 0 ? { suggestedActions: { actions, to: [] } } : {}),
  };
}
