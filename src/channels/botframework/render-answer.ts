import { ActivityTypes, type Activity } from 'botbuilder';
import type { Answer, Citation } from '../../core/answer.js';
import { formatSourceDate } from '../../text/format-source-date.js';
import { entityCitations, overflowSourcesLine, removeMarkersAbove } from './citation-limit.js';
import { choicesOf } from './choices-of.js';

/** Locale used to word the source list: French unless the answer itself is in English. */
export type RenderLanguage = 'fr' | 'en';

/** How the receiving client shows citations. */
export interface RenderOptions {
  /**
   * Teams builds its citation pop-ups from the entity alone and shows Markdown reference definitions as raw
   * text, so they are left out there. Web Chat (and Markdown-only clients) list them as footnotes.
   */
  channelId?: string;
  /** Stable reference of this answer, echoed by the feedback buttons so feedback finds its question. */
  answerRef?: string;
}

/** Teams truncates beyond these (Bot messages with AI-generated content: name ≤ 80, abstract ≤ 160). */
const MAX_NAME = 80;
const MAX_ABSTRACT = 160;

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** `Title — Publisher, date`: how one source is named to people. */
export function describeCitation(citation: Citation, language: RenderLanguage): string {
  const details = [citation.publisher, (citation.date ? formatSourceDate(citation.date, language) : undefined)].filter(Boolean).join(', ');
  return `${citation.title}${details ? ` — ${details}` : ''}`;
}

/** One Markdown reference-link definition: `[n]: https://… "Title — Publisher, date"`. */
export function formatCitation(citation: Citation, language: RenderLanguage): string {
  const title = describeCitation(citation, language).replace(/"/g, '″').replace(/[\r\n]+/g, ' ');
  return `[${citation.n}]: ${citation.url} "${title}"`;
}

/**
 * Markdown for the message: the answer's text with its `[n]` markers, then one reference-link definition per
 * source. Web Chat turns the markers into badges and the definitions into a footnote list (the sources appear
 * once, all of them, even past 10); CommonMark clients render the definitions as nothing and the markers as links.
 * Teams draws its pop-ups from the entity, which carries sources 1..10 only: markers above 10 are removed from its
 * text and those sources are named as plain links under it.
 */
export function renderAnswerMarkdown(answer: Answer, language: RenderLanguage, options: RenderOptions = {}): string {
  const text = separateMarkers(answer.text);
  if (answer.citations.length === 0) return text;
  if (options.channelId === 'msteams') {
    const overflow = overflowSourcesLine(answer.citations, language, (c) => describeCitation(c, language));
    return overflow ? `${removeMarkersAbove(text)}\n\n${overflow}` : text;
  }
  const definitions = answer.citations.map((c) => formatCitation(c, language)).join('\n');
  return `${text}\n\n${definitions}`;
}

/**
 * `[1][2]` is a Markdown *full reference link* (text "1" pointing to definition 2): a badge labelled 1 would
 * open source 2. Adjacent markers are separated so each one links to its own source.
 */
export function separateMarkers(text: string): string {
  return text.replace(/\[(\d+)\](?=\[\d+\])/g, '[$1] ');
}

/** Whether people may rate this answer: every answer but smalltalk. */
export function acceptsFeedback(answer: Answer): boolean {
  return answer.kind !== 'smalltalk';
}

/** `@id` of a feedback action: carries the answer reference back with the vote (Web Chat's thumbs). */
export function feedbackActionId(answerRef: string, reaction: 'like' | 'dislike'): string {
  return `urn:cnam-territoires:answer:${answerRef}#${reaction}`;
}

/**
 * The one schema.org `Message` entity Teams and Web Chat read: the AI label (`additionalType`, and `keywords` that
 * newer Web Chat reads), the citation claims matched to `[n]` by position (10 at most), and — for Web Chat — the
 * 👍/👎 actions. Teams rejects a message with two such entities, so everything shares this one (`"@id": ""`).
 */
export function citationEntityOf(answer: Answer, language: RenderLanguage = 'fr', answerRef?: string): Record<string, unknown> {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    additionalType: ['AIGeneratedContent'],
    keywords: ['AIGeneratedContent'],
    ...(answer.citations.length > 0 ? { citation: partsOf(answer, language, {}).claims } : {}),
    ...(answerRef && acceptsFeedback(answer)
      ? {
          potentialAction: [
            { '@type': 'LikeAction', '@id': feedbackActionId(answerRef, 'like') },
            { '@type': 'DislikeAction', '@id': feedbackActionId(answerRef, 'dislike') },
          ],
        }
      : {}),
  };
}

function claimsOf(answer: Answer, language: RenderLanguage): unknown[] {
  return entityCitations(answer.citations).map((c) => ({
    '@type': 'Claim',
    position: c.n,
    appearance: {
      '@type': 'DigitalDocument',
      name: truncate(c.title, MAX_NAME),
      url: c.url,
      abstract: truncate(c.excerpt ?? describeCitation(c, language), MAX_ABSTRACT),
    },
  }));
}

/** The parts of a rendering that depend only on the answer, language and channel. */
interface RenderedParts {
  text: string;
  choices: ReturnType<typeof choicesOf>;
  claims: unknown[];
}

/**
 * Answers come from the assistant's cache as the same objects again and again (the welcome suggestions, the
 * usual questions): their Markdown and buttons are rendered once per language and channel kind.
 */
const renderedParts = new WeakMap<Answer, Map<string, RenderedParts>>();

function partsOf(answer: Answer, language: RenderLanguage, options: RenderOptions): RenderedParts {
  const key = `${language}:${options.channelId === 'msteams' ? 'teams' : 'markdown'}`;
  let byKey = renderedParts.get(answer);
  if (!byKey) renderedParts.set(answer, (byKey = new Map()));
  let parts = byKey.get(key);
  if (!parts) {
    parts = {
      text: renderAnswerMarkdown(answer, language, options),
      choices: choicesOf(answer.suggestions ?? [], options.channelId),
      claims: claimsOf(answer, language),
    };
    byKey.set(key, parts);
  }
  return parts;
}

/**
 * Turns an Answer into a message activity: Markdown text with sources, its choices (suggested actions, or a card in
 * Teams past 3), citation entity, feedback loop.
 */
export function renderAnswer(answer: Answer, language: RenderLanguage, options: RenderOptions = {}): Partial<Activity> {
  const { text, choices } = partsOf(answer, language, options);
  return {
    type: ActivityTypes.Message,
    text,
    textFormat: 'markdown',
    entities: [citationEntityOf(answer, language, options.answerRef) as never],
    channelData: {
      ...(acceptsFeedback(answer) ? { feedbackLoopEnabled: true } : {}),
      answerKind: answer.kind,
      confidence: answer.confidence,
      ...(options.answerRef ? { answerRef: options.answerRef } : {}),
    },
    ...choices,
  };
}
