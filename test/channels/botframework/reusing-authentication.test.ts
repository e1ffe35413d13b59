import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { ReusingBotFrameworkAuthentication } from '../../../src/channels/botframework/reusing-authentication.js';

const anonymous = () => new ReusingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication({}));
const activity = (serviceUrl: string) => ({ type: 'message', serviceUrl, channelId: 'emulator' }) as never;
const botIdentity = (appId: string) =>
  new ClaimsIdentity([
    { type: AuthenticationConstants.AudienceClaim, value: appId },
    { type: AuthenticationConstants.AppIdClaim, value: appId },
  ], true);

describe('ReusingBotFrameworkAuthentication', () => {
  it('when two turns come from the same service URL, gives both the same connector client', async () => {
    const auth = anonymous();
    const first = await auth.authenticateRequest(activity('http://127.0.0.1:1/'), '');
    const second = await auth.authenticateRequest(activity('http://127.0.0.1:1/'), '');
    expect(first.claimsIdentity.claims).toEqual([]); // validation still ran: anonymous, no claims
    const a = await first.connectorFactory!.create('http://127.0.0.1:1/', first.audience);
    const b = await second.connectorFactory!.create('http://127.0.0.1:1/', second.audience);
    expect(b).toBe(a);
    expect(await auth.createUserTokenClient(first.claimsIdentity)).toBe(await auth.createUserTokenClient(second.claimsIdentity));
  });

  it('when the service URL, the audience or the app id differs, gives another client', async () => {
    const auth = anonymous();
    const factory = (await auth.authenticateRequest(activity('http://127.0.0.1:1/'), '')).connectorFactory!;
    const a = await factory.create('http://127.0.0.1:1/', undefined);
    expect(await factory.create('http://127.0.0.1:2/', undefined)).not.toBe(a);
    expect(await factory.create('http://127.0.0.1:1/', 'https://api.botframework.com')).not.toBe(a);
    const other = auth.createConnectorFactory(botIdentity('00000000-0000-0000-0000-000000000001'));
    expect(await other.create('http://127.0.0.1:1/', undefined)).not.toBe(a);
  });

  it('when a connector client cannot be created, does not keep the failure', async () => {
    let calls = 0;
    const inner = new ConfigurationBotFrameworkAuthentication({});
    const failingOnce = inner.createConnectorFactory(botIdentity(''));
    const original = failingOnce.create.bind(failingOnce);
    failingOnce.create = (url, audience) => (++calls === 1 ? Promise.reject(new Error('login unreachable')) : original(url, audience));
    inner.createConnectorFactory = () => failingOnce;
    const auth = new ReusingBotFrameworkAuthentication(inner);
    const factory = auth.createConnectorFactory(botIdentity(''));
    await expect(factory.create('http://127.0.0.1:1/', undefined)).rejects.toThrow('login unreachable');
    await expect(factory.create('http://127.0.0.1:1/', undefined)).resolves.toBeDefined();
    expect(calls).toBe(2);
  });
});
