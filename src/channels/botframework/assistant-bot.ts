import {
  ActivityTypes,
  DeliveryModes,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  type ConversationState,
  type StatePropertyAccessor,
} from 'botbuilder';
import type { Assistant } from '../../core/assistant.js';
import type { Turn } from '../../core/ask-context.js';
import { detectLanguage } from '../../core/detect-language.js';
import { FALLBACK_SUGGESTIONS } from '../../core/fallback-answer.js';
import { MAX_QUESTION_LENGTH } from '../../core/limits.js';
import { WELCOME_TEXT } from '../../core/smalltalk-skill.js';
import { renderAnswer, type RenderLanguage } from './render-answer.js';
import { ActionTypes } from 'botbuilder';

const TOO_LONG: Record<RenderLanguage, string> = {
  fr: `Votre message est trop long : merci de poser votre question en ${MAX_QUESTION_LENGTH} caractères au plus.`,
  en: `Your message is too long: please ask your question in at most ${MAX_QUESTION_LENGTH} characters.`,
};

const NOT_TEXT: Record<RenderLanguage, string> = {
  fr: 'Je ne lis que les messages texte : écrivez-moi votre question.',
  en: 'I can only read text messages: please type your question.',
};

function languageOf(locale: string | undefined): RenderLanguage {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/**
 * The Bot Framework face of the assistant (Web Chat, Teams, Emulator): turns a message into `ask`,
 * renders the Answer, and keeps the conversation's recent turns in botbuilder's conversation state.
 */
export class AssistantBot extends TeamsActivityHandler {
  private readonly turnsAccessor: StatePropertyAccessor<Turn[]>;

  constructor(
    private readonly getAssistant: () => Assistant,
    private readonly conversationState: ConversationState,
  ) {
    super();
    this.turnsAccessor = conversationState.createProperty<Turn[]>('turns');

    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const language = languageOf(context.activity.locale);
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id === context.activity.recipient?.id) continue;
        const welcome = MessageFactory.suggestedActions(
          FALLBACK_SUGGESTIONS[language].map((text) => ({ type: ActionTypes.ImBack, title: text, value: text })),
          WELCOME_TEXT[language],
        );
        welcome.textFormat = 'markdown';
        await context.sendActivity(welcome);
      }
      await next();
    });
  }

  /** Runs the turn, then saves the conversation state whatever happened. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const text = (TurnContext.removeRecipientMention(activity) ?? activity.text ?? '').trim();
    const language = text ? detectLanguage(text, activity.locale) : languageOf(activity.locale);
    if (!text) {
      await context.sendActivity(NOT_TEXT[language]);
      return;
    }
    if (text.length > MAX_QUESTION_LENGTH) {
      await context.sendActivity(TOO_LONG[language]);
      return;
    }
    // A typing indicator only helps when replies stream to the user; with expectReplies they all arrive at once.
    if (activity.deliveryMode !== DeliveryModes.ExpectReplies) await context.sendActivity({ type: ActivityTypes.Typing });
    const turns = await this.turnsAccessor.get(context, []);
    const { answer, turns: next } = await this.getAssistant().reply(text, {
      turns,
      ...(activity.locale ? { locale: activity.locale } : {}),
    });
    await this.turnsAccessor.set(context, next);
    const answerLanguage = next.at(-1)?.language ?? language;
    await context.sendActivity(renderAnswer(answer, answerLanguage));
  }
}
