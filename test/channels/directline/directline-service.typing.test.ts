import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { DirectLineService } from '../../../src/channels/directline/directline-service.js';

/** A bot that shows it is typing, then answers. */
const typingBot = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> =>
  activity.type === 'message' ? [{ type: 'typing' }, { type: 'message', text: `Réponse à ${activity.text}`, replyToId: activity.id! }] : [];

async function opened() {
  const service = new DirectLineService({ runTurn: typingBot });
  const { token, conversationId } = service.generateToken();
  await service.startConversation(token);
  return { service, token, conversationId };
}

describe('DirectLineService and typing indicators', () => {
  it('when the bot types, the stream sees it but polling never does', async () => {
    const { service, token, conversationId } = await opened();
    const streamed: Array<{ types: string[]; watermark: number }> = [];
    await service.openStream({ token }, conversationId, undefined, (activities, watermark) => streamed.push({ types: activities.map((a) => a.type!), watermark }));
    await service.postActivity(token, conversationId, { type: 'message', from: { id: 'u' }, text: 'Bonjour' });
    expect(streamed).toEqual([
      { types: ['message'], watermark: 1 },
      { types: ['typing', 'message'], watermark: 2 },
    ]);
    expect((await service.getActivities(token, conversationId, undefined)).activities.map((a) => a.type)).toEqual(['message', 'message']);
  });

  it('when the user types, the indicator reaches the bot but is neither kept nor echoed', async () => {
    const { service, token, conversationId } = await opened();
    const streamed: unknown[] = [];
    await service.openStream({ token }, conversationId, undefined, (activities) => streamed.push(...activities));
    const { id } = await service.postActivity(token, conversationId, { type: 'typing', from: { id: 'u' } });
    expect(id).toEqual(expect.any(String));
    expect(streamed).toEqual([]);
    expect(await service.getActivities(token, conversationId, '0')).toEqual({ activities: [], watermark: '0' });
  });

  it('takes the user from the token, whatever from.id the client writes', async () => {
    const { service, token, conversationId } = await opened();
    await service.postActivity(token, conversationId, { type: 'message', from: { id: 'dl_someone-else', name: 'Martine' }, text: 'Bonjour' });
    const [echo] = (await service.getActivities(token, conversationId, undefined)).activities;
    expect(echo!.from).toEqual({ id: expect.stringMatching(/^dl_[0-9a-f]{24}$/), name: 'Martine', role: 'user' });
    expect(echo!.from!.id).not.toBe('dl_someone-else');
  });
});
