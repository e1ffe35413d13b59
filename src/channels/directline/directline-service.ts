import { randomBytes, randomUUID } from 'node:crypto';
import { ActivityTypes, type Activity } from 'botbuilder';
import { AppError } from '../../core/errors.js';
import { parseOrThrow } from '../../core/parse-or-throw.js';
import type { DirectTurn, LiveChannel } from '../botframework/run-direct-turn.js';
import { DEFAULT_LIMITS, type ActivityListener, type RegistryLimits } from './conversation-registry.js';
import { directLineActivitySchema, MAX_ACTIVITY_BYTES, type DirectLineActivity } from './directline-activity-schema.js';
import { DirectLineError } from './directline-error.js';
import { MemoryDirectLineStore, type ConversationRecord, type DirectLineStore, type RemoteNotice } from './directline-store.js';
import { StreamCursor, type StreamEvent } from './stream-cursor.js';
import { TokenSigner, type TokenClaims } from './token-signer.js';

/** Channel id the bot sees for the built-in endpoint, like Azure's Direct Line. */
export const DIRECT_LINE_CHANNEL_ID = 'directline';

/** Seconds a `streamUrl` may be used to open the stream (a reconnecting client asks for a new one). */
export const STREAM_TICKET_SECONDS = 120;

/** Body of `tokens/generate` and `tokens/refresh` responses (Direct Line 3.0). */
export interface DirectLineTokenResponse {
  conversationId: string;
  token: string;
  expires_in: number;
}

/** Body of `POST /conversations` and `GET /conversations/{id}`: the grant plus the WebSocket `streamUrl`. */
export interface DirectLineConversationResponse extends DirectLineTokenResponse {
  streamUrl?: string;
}

/** What opens a stream: the ticket of a `streamUrl`, or the conversation token. */
export interface StreamCredential {
  ticket?: string | undefined;
  token?: string | undefined;
}

/** A file sent to `/upload`: what is known of it (its bytes are not kept). */
export interface UploadedFile {
  name: string;
  contentType: string;
}

export interface DirectLineServiceOptions {
  /** Sends one activity to the bot and returns its replies. */
  runTurn: DirectTurn;
  /** Whether the bot can answer messages yet; messages get `not_ready` (503) before. */
  isReady?: () => boolean;
  /** Signs and checks tokens; with a key from configuration, every instance accepts every instance's tokens. */
  signer?: TokenSigner;
  /** Token lifetime in seconds (Azure's Direct Line uses 3600). */
  tokenTtlSeconds?: number;
  /** Where conversations and activities live: this process's memory by default (bounded by `limits`). */
  store?: DirectLineStore;
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
 * A Direct Line 3.0-compatible endpoint (framework-free; `server/routes` adapts it to HTTP and `directline-stream` to
 * WebSocket). Each token authorises one conversation as one user: the activity's `from.id` is the token's user whatever
 * the client wrote. The user's activity is echoed with an id (Web Chat waits for that echo), then the bot's replies are
 * appended; both reach open streams as they arrive and are kept for polling, except typing indicators, which only
 * streams see. Conversations live in a {@link DirectLineStore}: in memory, or in the database shared by instances —
 * then any instance serves any request of a conversation, and a stream open on one instance gets the activities posted
 * through another (the store tells it, and the stream's cursor reads them).
 */
export class DirectLineService {
  private readonly signer: TokenSigner;
  private readonly store: DirectLineStore;
  private readonly ttl: number;
  private readonly now: () => number;
  private readonly bot: { id: string; name: string };
  private readonly serviceUrl: string;
  /** Turns of one conversation run one after the other in this instance, like a channel delivers them. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Open streams' cursors, per conversation. */
  private readonly cursors = new Map<string, Set<StreamCursor>>();
  private transientSequence = 0;

  constructor(private readonly options: DirectLineServiceOptions) {
    this.now = options.now ?? Date.now;
    this.signer = options.signer ?? new TokenSigner(undefined, this.now);
    this.store = options.store ?? new MemoryDirectLineStore(options.limits ?? DEFAULT_LIMITS, this.now);
    this.store.onRemote?.((notice) => this.remote(notice));
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

  /**
   * `POST /conversations`: opens the token's conversation (welcome included) or returns it if already open.
   * `admitNew` runs before a conversation is created and may throw (the per-client creation limit); `streamBase`
   * (`ws(s)://host/v3/directline`) adds the `streamUrl`.
   */
  async startConversation(
    token: string | undefined,
    options: { locale?: string | undefined; streamBase?: string | undefined; admitNew?: () => void | Promise<void> } = {},
  ): Promise<{ created: boolean; body: DirectLineConversationResponse }> {
    const claims = this.verify(token);
    const body = { ...this.grantOf(token!, claims), ...this.streamUrlOf(claims, undefined, options.streamBase) };
    if (await this.store.find(claims.conv)) return { created: false, body };
    await options.admitNew?.();
    // Two instances may receive the same opening at once: the store lets one of them open it (and welcome).
    if (!(await this.store.open(claims.conv, claims.user))) return { created: false, body };
    const conversation: ConversationRecord = { id: claims.conv, userId: claims.user };
    // Direct Line tells the bot who joined, so the bot's welcome is waiting when the client first polls.
    await this.runInOrder(conversation, {
      type: ActivityTypes.ConversationUpdate,
      id: this.transientId(conversation),
      timestamp: new Date(this.now()),
      channelId: DIRECT_LINE_CHANNEL_ID,
      serviceUrl: this.serviceUrl,
      conversation: { id: conversation.id } as Activity['conversation'],
      from: { id: conversation.userId, role: 'user' } as Activity['from'],
      recipient: { ...this.bot, role: 'bot' } as Activity['recipient'],
      membersAdded: [{ id: conversation.userId, role: 'user' } as never],
      locale: options.locale ?? claims.loc ?? this.options.defaultLocale ?? 'fr-FR',
    });
    return { created: true, body };
  }

  /** `GET /conversations/{id}?watermark=`: how a WebSocket client reconnects: the grant and a fresh `streamUrl`. */
  async reconnect(token: string | undefined, conversationId: string, watermark: string | undefined, streamBase?: string): Promise<DirectLineConversationResponse> {
    const claims = this.verify(token);
    await this.openFor(claims, conversationId);
    return { ...this.grantOf(token!, claims), ...this.streamUrlOf(claims, this.parseWatermark(watermark), streamBase) };
  }

  /** `POST /conversations/{id}/activities`: echoes the activity, runs the bot, keeps its replies; returns the id. */
  async postActivity(token: string | undefined, conversationId: string, body: unknown): Promise<{ id: string }> {
    const conversation = await this.authorize(token, conversationId);
    if (Buffer.byteLength(JSON.stringify(body ?? null)) > MAX_ACTIVITY_BYTES) {
      throw new AppError('body_too_large', `an activity must be at most ${MAX_ACTIVITY_BYTES} bytes`);
    }
    return this.accept(conversation, parseOrThrow(directLineActivitySchema, body));
  }

  /**
   * `POST /conversations/{id}/upload`: a message with files. The files are not kept (the assistant reads none):
   * the bot receives their names and types as attachments and answers accordingly. `template` is the multipart
   * `activity` part, when the client sent one.
   */
  async postUpload(token: string | undefined, conversationId: string, template: unknown, files: readonly UploadedFile[]): Promise<{ id: string }> {
    const conversation = await this.authorize(token, conversationId);
    const base = template ?? { type: 'message', from: { id: conversation.userId } };
    if (typeof base !== 'object' || base === null || Array.isArray(base)) throw new AppError('invalid_request', 'the activity part must be an activity object');
    const attachments = files.map((f) => ({ contentType: f.contentType, name: f.name }));
    const posted = parseOrThrow(directLineActivitySchema, { ...(base as Record<string, unknown>), attachments });
    if (posted.type !== 'message') throw new AppError('invalid_request', 'an upload must be a message activity');
    return this.accept(conversation, posted);
  }

  /** `GET /conversations/{id}/activities?watermark=`: what happened since the client's watermark. */
  async getActivities(token: string | undefined, conversationId: string, watermark: string | undefined): Promise<{ activities: Partial<Activity>[]; watermark: string }> {
    return this.activitiesSince(await this.authorize(token, conversationId), watermark);
  }

  /** The kept activities of an authorised conversation after `watermark`. */
  async activitiesSince(conversation: ConversationRecord, watermark: string | undefined): Promise<{ activities: Partial<Activity>[]; watermark: string }> {
    const page = await this.store.since(conversation.id, this.parseWatermark(watermark));
    return { activities: page.activities, watermark: String(page.watermark) };
  }

  /**
   * The conversation a request targets, if its token grants exactly that one: 401 without a valid token, 403
   * `TokenExpired` past its expiry, 403 for another conversation's token, 404 when it is not (or no longer) open.
   */
  async authorize(token: string | undefined, conversationId: string): Promise<ConversationRecord> {
    return this.openFor(this.verify(token), conversationId);
  }

  /**
   * Checks a stream opening without opening it: `ticket` is the `t` of a `streamUrl` (good for this only), or
   * `token` the conversation token itself (from an Authorization header); the watermark must be one this service
   * gave. Throws like `authorize`.
   */
  async checkStream(credential: StreamCredential, conversationId: string, watermark: string | undefined): Promise<ConversationRecord> {
    let claims: TokenClaims;
    if (credential.ticket) {
      claims = this.signer.verify(credential.ticket);
      if (claims.scp !== 'stream') throw new AppError('unauthorized', 'the streamUrl ticket is invalid: ask GET /conversations/{id} for a new streamUrl');
    } else {
      claims = this.verify(credential.token);
    }
    this.parseWatermark(watermark);
    return this.openFor(claims, conversationId);
  }

  /**
   * Opens a WebSocket stream (checked as `checkStream`): `listener` first gets the backlog after `watermark`
   * (everything kept without one) when there is one, then activities as they arrive, from this instance or another,
   * until `close()`.
   */
  async openStream(
    credential: StreamCredential,
    conversationId: string,
    watermark: string | undefined,
    listener: ActivityListener,
  ): Promise<{ close: () => void }> {
    const conversation = await this.checkStream(credential, conversationId, watermark);
    const cursor = new StreamCursor(this.store, conversation.id, listener);
    // Listen before reading the backlog: what arrives meanwhile waits in the cursor, nothing falls in between.
    const open = this.cursors.get(conversation.id) ?? new Set<StreamCursor>();
    this.cursors.set(conversation.id, open);
    open.add(cursor);
    const close = () => {
      cursor.close();
      open.delete(cursor);
      if (open.size === 0 && this.cursors.get(conversation.id) === open) this.cursors.delete(conversation.id);
    };
    try {
      cursor.start(await this.store.since(conversation.id, this.parseWatermark(watermark)));
    } catch (error) {
      close();
      throw error;
    }
    return { close };
  }

  /** Whether the conversation is still kept; a stream touching it keeps it alive. */
  async keepAlive(conversationId: string): Promise<boolean> {
    return (await this.store.alive([conversationId])).has(conversationId);
  }

  /** Which of these conversations are still kept (one look-up for every open stream); touching keeps them alive. */
  aliveConversations(ids: readonly string[]): Promise<Set<string>> {
    return this.store.alive(ids);
  }

  countConversations(): Promise<number> {
    return this.store.count();
  }

  private async accept(conversation: ConversationRecord, posted: DirectLineActivity): Promise<{ id: string }> {
    if (posted.type === 'message' && this.options.isReady && !this.options.isReady()) {
      throw new AppError('not_ready', 'the assistant is still loading its knowledge; retry shortly');
    }
    const { id: _clientId, ...fields } = posted as Partial<Activity>;
    const activity: Partial<Activity> = {
      ...fields,
      timestamp: new Date(this.now()),
      channelId: DIRECT_LINE_CHANNEL_ID,
      serviceUrl: this.serviceUrl,
      conversation: { id: conversation.id } as Activity['conversation'],
      // The token says who the user is; a client cannot post as someone else.
      from: { id: conversation.userId, ...(posted.from.name ? { name: posted.from.name } : {}), role: 'user' } as Activity['from'],
      recipient: { ...this.bot, role: 'bot' } as Activity['recipient'],
    };
    return { id: await this.runInOrder(conversation, activity) };
  }

  private issue(conversationId: string, userId: string, locale?: string): DirectLineTokenResponse {
    const exp = Math.floor(this.now() / 1000) + this.ttl;
    const claims = { conv: conversationId, user: userId, exp, ...(locale ? { loc: locale } : {}) };
    return { conversationId, token: this.signer.sign(claims), expires_in: this.ttl };
  }

  private grantOf(token: string, claims: TokenClaims): DirectLineTokenResponse {
    return { conversationId: claims.conv, token, expires_in: Math.max(0, claims.exp - Math.floor(this.now() / 1000)) };
  }

  /** A `streamUrl` for the conversation, carrying a short-lived ticket that opens its stream and nothing else. */
  private streamUrlOf(claims: TokenClaims, watermark: number | undefined, streamBase: string | undefined): { streamUrl?: string } {
    if (!streamBase) return {};
    const exp = Math.min(claims.exp, Math.floor(this.now() / 1000) + STREAM_TICKET_SECONDS);
    const ticket = this.signer.sign({ conv: claims.conv, user: claims.user, exp, scp: 'stream' });
    const query = new URLSearchParams({ ...(watermark === undefined ? {} : { watermark: String(watermark) }), t: ticket });
    return { streamUrl: `${streamBase.replace(/\/+$/, '')}/conversations/${encodeURIComponent(claims.conv)}/stream?${query}` };
  }

  private verify(token: string | undefined): TokenClaims {
    if (!token) throw new AppError('unauthorized', 'missing Direct Line token (Authorization: Bearer <token>)');
    const claims = this.signer.verify(token);
    if (claims.scp === 'stream') throw new AppError('unauthorized', 'a streamUrl ticket only opens the stream: use the conversation token');
    return claims;
  }

  private async openFor(claims: TokenClaims, conversationId: string): Promise<ConversationRecord> {
    if (claims.conv !== conversationId) throw new DirectLineError(403, 'forbidden', 'this token does not grant access to that conversation');
    const conversation = await this.store.find(conversationId);
    if (!conversation) throw new AppError('not_found', 'no such conversation (never started, or expired): start a new one');
    return conversation;
  }

  private parseWatermark(watermark: string | undefined): number | undefined {
    if (watermark === undefined || watermark === '') return undefined;
    if (!/^\d{1,12}$/.test(watermark)) throw new AppError('invalid_request', 'watermark must be a number from a previous response');
    return Number(watermark);
  }

  /** An id for an activity that is not kept (typing, conversation updates): unique without the store. */
  private transientId(conversation: ConversationRecord): string {
    this.transientSequence += 1;
    return `${conversation.id}|t${TRANSIENT_PREFIX}${this.transientSequence}`;
  }

  /**
   * How a running turn shows activities at once (a generated answer's livestream): sent to this instance's open
   * streams only and never kept, like every typing activity, so polling clients and later readers get the final
   * message alone. With several instances, a stream open on another one sees the final message only.
   */
  private liveChannelOf(conversation: ConversationRecord): LiveChannel {
    return {
      canStream: () => (this.cursors.get(conversation.id)?.size ?? 0) > 0,
      send: (activity) => {
        const id = this.transientId(conversation);
        this.dispatch(conversation.id, {
          activities: [
            {
              ...activity,
              id,
              timestamp: new Date(this.now()),
              channelId: DIRECT_LINE_CHANNEL_ID,
              conversation: { id: conversation.id } as Activity['conversation'],
              from: { ...this.bot, role: 'bot' } as Activity['from'],
              recipient: { id: conversation.userId, role: 'user' } as Activity['recipient'],
            },
          ],
        });
        return id;
      },
    };
  }

  /** Tells this instance's open streams of the conversation. */
  private dispatch(conversationId: string, event: StreamEvent): void {
    for (const cursor of this.cursors.get(conversationId) ?? []) cursor.handle(event);
  }

  /** What another instance did (or, `undefined`, might have done while notices were interrupted). */
  private remote(notice: RemoteNotice | undefined): void {
    if (!notice) {
      for (const open of this.cursors.values()) for (const cursor of open) cursor.handle({ resync: true });
      return;
    }
    this.dispatch(notice.conversationId, { ...(notice.range ? { range: notice.range } : {}), transient: notice.transient });
  }

  /**
   * Keeps and streams the client's activity, then runs the turn after the conversation's previous one and keeps and
   * streams the replies. Typing indicators are streamed, never kept: a polling client would only see them late.
   * Resolves with the id the client's activity got.
   */
  private runInOrder(conversation: ConversationRecord, activity: Partial<Activity>): Promise<string> {
    const id = conversation.id;
    const run = (this.queues.get(id) ?? Promise.resolve()).then(async () => {
      let posted = activity;
      if (activity.type !== ActivityTypes.ConversationUpdate && activity.type !== ActivityTypes.Typing) {
        const kept = await this.store.append(id, [activity]);
        posted = kept.activities[0]!;
        this.dispatch(id, { range: { from: kept.from, to: kept.to }, activities: kept.activities });
      } else if (!posted.id) {
        posted = { ...posted, id: this.transientId(conversation) };
      }
      const replies = await this.options.runTurn(posted, this.liveChannelOf(conversation));
      const seen = new Set([posted.id]);
      const stamped = replies.map((reply) => {
        const own = reply.id && !seen.has(reply.id) ? reply.id : undefined;
        if (own) seen.add(own);
        const out: Partial<Activity> = {
          ...reply,
          timestamp: new Date(this.now()),
          from: { ...(reply.from ?? this.bot), role: 'bot' } as Activity['from'],
        };
        if (own) out.id = own;
        else if (reply.type === ActivityTypes.Typing) out.id = this.transientId(conversation);
        else delete out.id;
        return out;
      });
      const keptIndexes = stamped.flatMap((a, i) => (a.type === ActivityTypes.Typing ? [] : [i]));
      const transient = stamped.filter((a) => a.type === ActivityTypes.Typing);
      if (keptIndexes.length > 0) {
        const kept = await this.store.append(id, keptIndexes.map((i) => stamped[i]!), transient);
        keptIndexes.forEach((index, k) => (stamped[index] = kept.activities[k]!));
        this.dispatch(id, { range: { from: kept.from, to: kept.to }, activities: stamped });
      } else if (transient.length > 0) {
        await this.store.announce(id, transient);
        this.dispatch(id, { activities: transient });
      }
      return posted.id!;
    });
    const tail = run.catch(() => undefined);
    this.queues.set(id, tail);
    void tail.then(() => {
      if (this.queues.get(id) === tail) this.queues.delete(id);
    });
    return run;
  }
}

/** Sets this process's transient ids apart from another instance's. */
const TRANSIENT_PREFIX = randomBytes(3).toString('hex');
