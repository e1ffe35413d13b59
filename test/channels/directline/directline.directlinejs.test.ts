import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionStatus, DirectLine, type Activity, type Message } from 'botframework-directlinejs';
import { createRequire } from 'node:module';
import { postJson, startChannelServer } from '../channel-test-server.js';

/** Resolves with the first `count` activities matching `test` (directlinejs bundles its own rxjs 5 observables). */
function nextActivities(directLine: DirectLine, test: (a: Activity) => boolean, count = 1): Promise<Activity[]> {
  return new Promise((resolve, reject) => {
    const seen: Activity[] = [];
    const subscription = directLine.activity$.subscribe(
      (activity) => {
        if (!test(activity)) return;
        seen.push(activity);
        if (seen.length === count) {
          resolve(seen);
          queueMicrotask(() => subscription.unsubscribe());
        }
      },
      reject,
    );
  });
}

function once<T>(observable: { subscribe(next: (v: T) => void, error: (e: unknown) => void): { unsubscribe(): void } }): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = observable.subscribe(
      (value) => {
        resolve(value);
        queueMicrotask(() => subscription.unsubscribe());
      },
      reject,
    );
  });
}

// directlinejs in Node: an XMLHttpRequest implementation, and no WebSocket (it polls).
(globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest ??= createRequire(import.meta.url)('xhr2');

describe('built-in Direct Line endpoint with botframework-directlinejs (polling)', () => {
  let server: Awaited<ReturnType<typeof startChannelServer>>;
  let directLine: DirectLine;

  beforeAll(async () => {
    server = await startChannelServer();
  });
  afterAll(async () => {
    directLine?.end();
    await server.app.close();
  });

  it('when a client starts a conversation and asks, it gets the welcome, the echo and the cited answer', async () => {
    const { body: grant } = await postJson(`${server.baseUrl}/api/directline/token`, { locale: 'fr-FR' });
    expect(grant.domain).toBe(`${server.baseUrl}/v3/directline`);
    directLine = new DirectLine({
      token: grant.token,
      domain: grant.domain,
      webSocket: false,
      pollingInterval: 200,
      WebSocket: class {},
    } as never);

    const [welcome] = (await nextActivities(directLine, (a) => a.type === 'message' && a.from.role === 'bot')) as Message[];
    if (!welcome) throw new Error('no welcome');
    expect(welcome.text).toMatch(/assistant « territoires » du Cnam/);
    expect(welcome.suggestedActions?.actions.length).toBeGreaterThan(0);

    const conversation: Activity[] = [];
    const collected = nextActivities(directLine, (a) => a.type === 'message' && a.id !== welcome.id, 2);
    const id = await once<string>(
      directLine.postActivity({
        type: 'message',
        from: { id: 'citizen-1', name: 'Citoyen' },
        text: 'Quand a été lancé le deuxième AMI ?',
        channelData: { clientActivityID: 'client-42' },
      } as Message),
    );
    conversation.push(...(await collected));

    const [echo, answer] = conversation as [Message, Message & { replyToId?: string }];
    expect(echo.id).toBe(id);
    expect(echo.channelData?.clientActivityID).toBe('client-42');
    expect(echo.from.id).toBe('citizen-1');

    expect(answer.replyToId).toBe(id);
    expect(answer.text).toContain('20 janvier 2020 [1]');
    expect(answer.text).toContain('[1]: https://banquedesterritoires.fr/');
    const entities = (answer.entities ?? []) as Array<Record<string, any>>;
    const messages = entities.filter((e) => e['@type'] === 'Message');
    expect(messages).toHaveLength(1);
    expect(messages[0]!['@id']).toBe('');
    expect(messages[0]!.citation[0].appearance.url).toMatch(/^https:\/\/banquedesterritoires\.fr\//);
    expect((answer.channelData as Record<string, unknown>).feedbackLoopEnabled).toBe(true);

    expect(await once<ConnectionStatus>(directLine.connectionStatus$)).toBe(ConnectionStatus.Online);
  });
});
