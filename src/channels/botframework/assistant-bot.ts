import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  DeliveryModes,
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type ConversationState,
  type InvokeResponse,
  type StatePropertyAccessor,
} from 'botbuilder';
import type { Assistant } from '../../core/assistant.js';
import type { Turn } from '../../core/ask-context.js';
import { detectLanguage } from '../../core/detect-language.js';
import { FALLBACK_SUGGESTIONS } from '../../core/fallback-answer.js';
import { MAX_QUESTION_LENGTH } from '../../core/limits.js';
import { WELCOME_TEXT } from '../../core/smalltalk-skill.js';
import type { FeedbackStore } from '../../store/feedback-store.js';
import { AnswerMemory, type AnswerMemoryStore } from './answer-memory.js';
import { FEEDBACK_INVOKE_NAME, readFeedback } from './read-feedback.js';
import { renderAnswer, type RenderLanguage } from './render-answer.js';
import { choicesOf } from './choices-of.js';
import { withAnswerProgress } from '../../generation/answer-progress.js';
import { AnswerStreamer } from './answer-streamer.js';
import { LIVE_CHANNEL, type LiveChannel } from './run-direct-turn.js';

/** Teams throttles a livestream: updates closer than this are coalesced. */
const TEAMS_STREAM_GAP_MS = 1_000;

/** Where the bot records 👍/👎 and how much it remembers to explain them. */
export interface AssistantBotOptions {
  feedback?: FeedbackStore;
  /** The answers sent, for feedback to point at: in this process by default, shared by instances with a database. */
  memory?: AnswerMemoryStore;
}

const TOO_LONG: Record<RenderLanguage, string> = {
  fr: `Votre message est trop long : merci de poser votre question en ${MAX_QUESTION_LENGTH} caractères au plus.`,
  en: `Your message is too long: please ask your question in at most ${MAX_QUESTION_LENGTH} characters.`,
};

const NOT_TEXT: Record<RenderLanguage, string> = {
  fr: 'Je ne lis que les messages texte : écrivez-moi votre question.',
  en: 'I can only read text messages: please type your question.',
};

const NO_ATTACHMENTS: Record<RenderLanguage, string> = {
  fr: 'Je ne lis pas les pièces jointes (fichiers, images) : écrivez-moi votre question dans un message.',
  en: "I can't read attachments (files, images): please type your question in a message.",
};

/**
 * Files and images the user attached. Teams copies every message as a `text/html` attachment and card submits
 * come as cards: those are not files.
 */
function fileAttachments(activity: Partial<Activity>): NonNullable<Activity['attachments']> {
  return (activity.attachments ?? []).filter((a) => {
    const type = a.contentType?.toLowerCase() ?? '';
    return type !== 'text/html' && !type.startsWith('application/vnd.microsoft.card.');
  });
}

/** Turn-state flag: this turn changed the conversation's turns, which must be saved. */
const TURNS_CHANGED = Symbol('turnsChanged');

/**
 * The message text without the « @Assistant » mention (Teams channels and group chats). Unlike botbuilder's
 * removeRecipientMention, it tolerates mention entities that lack `mentioned` or `text`.
 */
export function withoutRecipientMention(activity: TurnContext['activity']): string {
  let text = typeof activity.text === 'string' ? activity.text : '';
  for (const entity of activity.entities ?? []) {
    const mention = entity as { type?: unknown; mentioned?: { id?: unknown }; text?: unknown };
    if (mention.type !== 'mention' || typeof mention.text !== 'string' || mention.mentioned?.id !== activity.recipient?.id) continue;
    text = text.split(mention.text).join('');
  }
  return text;
}

function languageOf(locale: string | undefined): RenderLanguage {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/**
 * The Bot Framework face of the assistant (Web Chat, Teams, Emulator): turns a message into `ask`,
 * renders the Answer, and keeps the conversation's recent turns in botbuilder's conversation state.
 */
export class AssistantBot extends TeamsActivityHandler {
  private readonly turnsAccessor: StatePropertyAccessor<Turn[]>;
  private readonly memory: AnswerMemoryStore;
  private readonly feedback: FeedbackStore | undefined;

  constructor(
    private readonly getAssistant: () => Assistant,
    private readonly conversationState: ConversationState,
    options: AssistantBotOptions = {},
  ) {
    super();
    this.turnsAccessor = conversationState.createProperty<Turn[]>('turns');
    this.memory = options.memory ?? new AnswerMemory();
    this.feedback = options.feedback;

    this.onEvent(async (context, next) => {
      // Web Chat 4.18's built-in thumbs post an event rather than the invoke.
      if (readFeedback(context.activity)) await this.recordFeedback(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const language = languageOf(context.activity.locale);
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id === context.activity.recipient?.id) continue;
        await context.sendActivity({
          type: ActivityTypes.Message,
          text: WELCOME_TEXT[language],
          textFormat: 'markdown',
          ...choicesOf(FALLBACK_SUGGESTIONS[language], context.activity.channelId),
        });
      }
      await next();
    });
  }

  /** Runs the turn, then saves the conversation state whatever happened. */
  override async run(context: TurnContext): Promise<void> {
    if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) {
      // Buffered replies get no id from a channel: give them one (the answer reference for answers) so a client
      // can point feedback at them with `replyToId`.
      context.onSendActivities(async (_context, activities, next) => {
        for (const activity of activities) {
          const ref = (activity.channelData as { answerRef?: unknown } | undefined)?.answerRef;
          activity.id ??= typeof ref === 'string' ? ref : randomUUID();
        }
        return next();
      });
    }
    await super.run(context);
    // Only a message changes the turns; saving then skips botbuilder's change hash, which is a costly part of a turn.
    if (context.turnState.get(TURNS_CHANGED)) await this.conversationState.saveChanges(context, true);
  }

  /**
   * 👍/👎 from Teams or Web Chat (`message/submitAction`): botbuilder has no handler for it. Recorded, then 200;
   * a malformed payload gets 400. Every other invoke goes to the Teams handler.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== FEEDBACK_INVOKE_NAME) {
      // botbuilder's own invoke handlers throw on payloads they do not expect: a clear 400, not a failed turn.
      try {
        return await super.onInvokeActivity(context);
      } catch {
        return { status: 400 };
      }
    }
    const recorded = await this.recordFeedback(context);
    return { status: recorded ? 200 : 400 };
  }

  private async recordFeedback(context: TurnContext): Promise<boolean> {
    const activity = context.activity;
    const vote = readFeedback(activity);
    if (!vote) return false;
    const conversationId = activity.conversation?.id ?? '';
    const known = await this.memory.recall(conversationId, vote.keys);
    await this.feedback?.record({
      reaction: vote.reaction,
      ...(vote.text ? { text: vote.text } : {}),
      ...(vote.keys[0] ? { replyToId: vote.keys[0] } : {}),
      conversationId,
      channel: activity.channelId ?? 'unknown',
      ...(known ? { question: known.question, answerKind: known.kind, citations: known.citations } : {}),
      at: new Date().toISOString(),
    });
    return true;
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const text = withoutRecipientMention(activity).trim();
    if (fileAttachments(activity).length > 0) {
      // Said first, in the user's language; a question typed with the file is still answered.
      await context.sendActivity(NO_ATTACHMENTS[text ? detectLanguage(text, activity.locale) : languageOf(activity.locale)]);
      if (!text) return;
    }
    if (!text) {
      await context.sendActivity(NOT_TEXT[languageOf(activity.locale)]);
      return;
    }
    if (text.length > MAX_QUESTION_LENGTH) {
      await context.sendActivity(TOO_LONG[detectLanguage(text, activity.locale)]);
      return;
    }
    // A typing indicator only helps when replies stream to the user; with expectReplies they all arrive at once.
    if (activity.deliveryMode !== DeliveryModes.ExpectReplies) await context.sendActivity({ type: ActivityTypes.Typing });
    const turns = await this.turnsAccessor.get(context, []);
    const ask = () => this.getAssistant().reply(text, { turns, ...(activity.locale ? { locale: activity.locale } : {}) });
    // A generated answer streams where the channel can show it as it is checked; elsewhere it comes whole.
    const streamer = streamerFor(context);
    const { answer, turns: next } = streamer ? await withAnswerProgress(streamer, ask) : await ask();
    const streamId = await streamer?.close();
    await this.turnsAccessor.set(context, next);
    context.turnState.set(TURNS_CHANGED, true);
    const answerLanguage = next.at(-1)?.language ?? languageOf(activity.locale);
    const answerRef = randomUUID();
    const sent = await context.sendActivity(AnswerStreamer.final(renderAnswer(answer, answerLanguage, { channelId: activity.channelId, answerRef }), streamId));
    await this.memory.remember(activity.conversation.id, [sent?.id, answerRef], {
      question: answer.question,
      kind: answer.kind,
      citations: answer.citations,
    });
  }
}

/**
 * Where a generated answer can be livestreamed: the built-in Direct Line while a WebSocket stream is open (polling
 * clients, like Azure's Direct Line REST, never see typing activities), and Teams personal chats (Teams streams
 * nowhere else). `expectReplies` (and so `/api/messages` callers that use it) and `/api/ask` get the final answer only.
 */
function streamerFor(context: TurnContext): AnswerStreamer | undefined {
  const activity = context.activity;
  const live = context.turnState.get(LIVE_CHANNEL) as LiveChannel | undefined;
  if (live) return live.canStream() ? new AnswerStreamer((interim) => live.send(interim)) : undefined;
  if (activity.deliveryMode === DeliveryModes.ExpectReplies) return undefined;
  if (activity.channelId === 'msteams' && activity.conversation?.conversationType === 'personal') {
    return new AnswerStreamer(async (interim) => (await context.sendActivity(interim))?.id, TEAMS_STREAM_GAP_MS);
  }
  return undefined;
}
