import { randomBytes, randomUUID } from 'node:crypto';
import { ActivityTypes, type Activity } from 'botbuilder';
import { AppError } from '../../core/errors.js';
import type { DirectTurn } from '../botframework/run-direct-turn.js';
import { ConversationRegistry, DEFAULT_LIMITS, type DirectLineConversation, type RegistryLimits } from './conversation-registry.js';
import { directLineActivitySchema, MAX_ACTIVITY_BYTES } from './directline-activity-schema.js';
import { TokenSigner, type TokenClaims } from './token-signer.js';
import { parseOrThrow } from '../../core/parse-or-throw.js';

/** Channel id the bot sees for the built-in endpoint, like Azure's Direct Line. */
export const DIRECT_LINE_CHANNEL_ID = 'directline';

/** Body of `tokens/generate`, `tokens/refresh` and `conversations` responses (Direct Line 3.0). */
export interface DirectLineTokenResponse {
  conversationId: string;
  token: string;
  expires_in: number;
}

export interface DirectLineServiceOptions {
  /** Sends one activity to the bot and returns its replies. */
  runTurn: DirectTurn;
  /** Whether the bot can answer messages yet; messages get `not_ready` (503) before. */
  isReady?: () => boolean;
  signer?: TokenSigner;
  /** Token lifetime in seconds (Azure's Direct Line uses 3600). */
  tokenTtlSeconds?: number;
  limits?: RegistryLimits;
  now?: () => number;
  /** Base URL written into activities' `serviceUrl` (never called: replies come back in-process). */
  serviceUrl?: string;
  bot?: { id: string; name: string };
  /** Locale of the welcome turn when the client gives none. */
  defaultLocale?: string;
}

/** A conversation's user id: the `dl_` prefix Azure uses, then random hex. */
export function newDirectLineUserId(): string {
  return `dl_${randomBytes(12).toString('hex')}`;
}

const USER_ID = /^dl_[A-Za-z0-9_-]{1,64}$/;
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

/**
 * A Direct Line 3.0-compatible endpoint run in this process (framework-free; `server/routes` adapts it to HTTP).
 * Each token authorises one conversation; the user's activity is echoed with an id (Web Chat waits for that
 * echo), then the bot's replies are appended. Polling only: no `streamUrl`.
 */
export class DirectLineService {
  private readonly signer: TokenSigner;
  private readonly registry: ConversationRegistry;
  private readonly ttl: number;
  private readonly now: () => number;
  private readonly bot: { id: string; name: string };
  private readonly serviceUrl: string;
  private sequence = 0;

  constructor(private readonly options: DirectLineServiceOptions) {
    this.now = options.now ?? Date.now;
    this.signer = options.signer ?? new TokenSigner(undefined, this.now);
    this.registry = new ConversationRegistry(options.limits ?? DEFAULT_LIMITS, this.now);
    this.ttl = options.tokenTtlSeconds ?? 3600;
    this.bot = options.bot ?? { id: 'cnam-territoires-bot', name: 'Assistant Cnam territoires' };
    this.serviceUrl = options.serviceUrl ?? 'http://127.0.0.1/v3/directline';
  }

  /** `POST /tokens/generate`: a token for a new conversation (opened on `POST /conversations`). */
  generateToken(userId?: string, locale?: string): DirectLineTokenResponse {
    const user = userId && USER_ID.test(userId) ? userId : newDirectLineUserId();
    return this.issue(randomUUID().replace(/-/g, ''), user, locale && LOCALE.test(locale) ? locale : undefined);
  }

  /** `POST /tokens/refresh`: the same grant with a fresh expiry. */
  refreshToken(token: string | undefined): DirectLineTokenResponse {
    const claims = this.verify(token);
    return this.issue(claims.conv, claims.user, claims.loc);
  }

  /** `POST /conversations`: opens the token's conversation (welcome included) or returns it if already open. */
  async startConversation(token: string | undefined, locale?: string): Promise<{ created: boolean; body: DirectLineTokenResponse }> {
    const claims = this.verify(token);
    const body = { conversationId: claims.conv, token: token!, expires_in: Math.max(0, claims.exp - Math.floor(this.now() / 1000)) };
    if (this.registry.get(claims.conv)) return { created: false, body };
    const conversation = this.registry.create(claims.conv, claims.user);
    // Direct Line tells the bot who joined, so the bot's welcome is waiting when the client first polls.
    await this.runInOrder(conversation, {
      type: ActivityTypes.ConversationUpdate,
      id: this.nextId(conversation),
      timestamp: new Date(this.now()),
      channelId: DIRECT_LINE_CHANNEL_ID,
      serviceUrl: this.serviceUrl,
      conversation: { id: conversation.id } as Activity['conversation'],
      from: { id: conversation.userId, role: 'user' } as Activity['from'],
      recipient: { ...this.bot, role: 'bot' } as Activity['recipient'],
      membersAdded: [{ id: conversation.userId, role: 'user' } as never],
      locale: locale ?? claims.loc ?? this.options.defaultLocale ?? 'fr-FR',
    });
    return { created: true, body };
  }

  /** `POST /conversations/{id}/activities`: echoes the activity, runs the bot, keeps its replies; returns the id. */
  async postActivity(token: string | undefined, conversationId: string, body: unknown): Promise<{ id: string }> {
    const conversation = this.open(token, conversationId);
    if (Buffer.byteLength(JSON.stringify(body ?? null)) > MAX_ACTIVITY_BYTES) {
      throw new AppError('body_too_large', `an activity must be at most ${MAX_ACTIVITY_BYTES} bytes`);
    }
    const posted = parseOrThrow(directLineActivitySchema, body);
    if (posted.type === 'message' && this.options.isReady && !this.options.isReady()) {
      throw new AppError('not_ready', 'the assistant is still loading its knowledge; retry shortly');
    }
    const id = this.nextId(conversation);
    const activity: Partial<Activity> = {
      ...(posted as Partial<Activity>),
      id,
      timestamp: new Date(this.now()),
      channelId: DIRECT_LINE_CHANNEL_ID,
      serviceUrl: this.serviceUrl,
      conversation: { id: conversation.id } as Activity['conversation'],
      from: { ...posted.from, role: 'user' } as Activity['from'],
      recipient: { ...this.bot, role: 'bot' } as Activity['recipient'],
    };
    await this.runInOrder(conversation, activity);
    return { id };
  }

  /** `GET /conversations/{id}/activities?watermark=`: what happened since the client's watermark. */
  getActivities(token: string | undefined, conversationId: string, watermark: string | undefined): { activities: Partial<Activity>[]; watermark: string } {
    const conversation = this.open(token, conversationId);
    let from: number | undefined;
    if (watermark !== undefined && watermark !== '') {
      if (!/^\d{1,12}$/.test(watermark)) throw new AppError('invalid_request', 'watermark must be a number from a previous response');
      from = Number(watermark);
    }
    const page = this.registry.since(conversation, from);
    return { activities: page.activities, watermark: String(page.watermark) };
  }

  get conversationCount(): number {
    return this.registry.size;
  }

  private issue(conversationId: string, userId: string, locale?: string): DirectLineTokenResponse {
    const exp = Math.floor(this.now() / 1000) + this.ttl;
    const claims = { conv: conversationId, user: userId, exp, ...(locale ? { loc: locale } : {}) };
    return { conversationId, token: this.signer.sign(claims), expires_in: this.ttl };
  }

  private verify(token: string | undefined): TokenClaims {
    if (!token) throw new AppError('unauthorized', 'missing Direct Line token (Authorization: Bearer <token>)');
    return this.signer.verify(token);
  }

  /** The conversation a request targets, if its token grants exactly that one. */
  private open(token: string | undefined, conversationId: string): DirectLineConversation {
    const claims = this.verify(token);
    if (claims.conv !== conversationId) {
      throw new AppError('unauthorized', 'this token does not grant access to that conversation', { reason: 'forbidden' });
    }
    const conversation = this.registry.get(conversationId);
    if (!conversation) throw new AppError('not_found', 'no such conversation (never started, or expired): start a new one');
    return conversation;
  }

  private nextId(conversation: DirectLineConversation): string {
    this.sequence += 1;
    return `${conversation.id}|${String(this.sequence).padStart(7, '0')}`;
  }

  /** Appends the client's activity, then runs the turn after the conversation's previous one. */
  private runInOrder(conversation: DirectLineConversation, activity: Partial<Activity>): Promise<void> {
    const run = conversation.queue.then(async () => {
      if (activity.type !== ActivityTypes.ConversationUpdate) this.registry.append(conversation, activity);
      const replies = await this.options.runTurn(activity);
      const seen = new Set(conversation.activities.map((a) => a.id));
      for (const reply of replies) {
        const id = reply.id && !seen.has(reply.id) ? reply.id : this.nextId(conversation);
        seen.add(id);
        this.registry.append(conversation, {
          ...reply,
          id,
          timestamp: new Date(this.now()),
          from: { ...(reply.from ?? this.bot), role: 'bot' } as Activity['from'],
        });
      }
    });
    conversation.queue = run.catch(() => undefined);
    return run;
  }
}
