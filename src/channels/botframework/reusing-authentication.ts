import {
  BotFrameworkAuthentication,
  ConnectorFactory,
  JwtTokenValidation,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botframework-schema';

/** Clients kept per kind; a bot talks to a handful of service URLs (one per channel region), so this is ample. */
const MAX_CLIENTS = 64;

/** A small map that drops its oldest entry past `max`. */
class Recent<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly max: number) {}
  getOrCreate(key: string, create: () => V): V {
    const found = this.entries.get(key);
    if (found !== undefined) return found;
    const value = create();
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
  delete(key: string): void {
    this.entries.delete(key);
  }
}

/** Connector clients of one app id, by service URL and audience. */
class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: Recent<Promise<ConnectorClient>>,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = `${this.appId}\n${serviceUrl}\n${audience ?? ''}`;
    const client = this.clients.getOrCreate(key, () => this.inner.create(serviceUrl, audience));
    // A failed creation (credentials unreachable) is not kept: the next turn tries again.
    client.catch(() => this.clients.delete(key));
    return client;
  }
}

/**
 * botbuilder's authentication, with the connector and user-token clients reused across turns. The SDK builds both
 * for every incoming activity — a full HTTP pipeline each, even for `expectReplies`, where neither is used — which
 * was the largest single cost of a turn in a CPU profile of `npm run bench:messages` (about 15 % of the
 * process's time). The clients hold no per-turn state: their credentials fetch and cache tokens themselves, and a
 * client is kept per app id, service URL and audience, so a turn never gets another bot's or another cloud's client.
 * Validation of the incoming request is untouched: every call still goes to the wrapped authentication.
 */
export class ReusingBotFrameworkAuthentication extends BotFrameworkAuthentication {
  private readonly connectorClients = new Recent<Promise<ConnectorClient>>(MAX_CLIENTS);
  private readonly tokenClients = new Recent<Promise<UserTokenClient>>(MAX_CLIENTS);

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  private reusing(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory;
  private reusing(factory: ConnectorFactory | undefined, claimsIdentity: ClaimsIdentity): ConnectorFactory | undefined;
  private reusing(factory: ConnectorFactory | undefined, claimsIdentity: ClaimsIdentity): ConnectorFactory | undefined {
    return factory && new ReusingConnectorFactory(factory, appIdOf(claimsIdentity), this.connectorClients);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateRequest(activity, authHeader);
    return { ...result, connectorFactory: this.reusing(result.connectorFactory, result.claimsIdentity) };
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
    return { ...result, connectorFactory: this.reusing(result.connectorFactory, result.claimsIdentity) };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(this.inner.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = appIdOf(claimsIdentity);
    const client = this.tokenClients.getOrCreate(key, () => this.inner.createUserTokenClient(claimsIdentity));
    client.catch(() => this.tokenClients.delete(key));
    return client;
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }
}

function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return JwtTokenValidation.getAppIdFromClaims(claimsIdentity.claims) ?? '';
}
