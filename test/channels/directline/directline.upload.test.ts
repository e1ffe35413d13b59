import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, openConversation, startChannelServer } from '../channel-test-server.js';

/** The body DirectLineJS's postMessageWithAttachments sends: an `activity` part and one `file` part per attachment. */
function uploadForm(activity: Record<string, unknown>, files: Array<{ name: string; type: string; bytes: number }>): FormData {
  const form = new FormData();
  form.append('activity', new Blob([JSON.stringify(activity)], { type: 'application/vnd.microsoft.activity' }));
  for (const file of files) form.append('file', new Blob([Buffer.alloc(file.bytes, 7)], { type: file.type }), file.name);
  return form;
}

describe('built-in Direct Line /upload (a message with attachments)', () => {
  let server: Awaited<ReturnType<typeof startChannelServer>>;
  let dl: string;

  beforeAll(async () => {
    server = await startChannelServer({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
    dl = `${server.baseUrl}/v3/directline`;
  });
  afterAll(() => server.app.close());

  const upload = (conversationId: string, token: string | undefined, body: FormData | string, headers: Record<string, string> = {}) =>
    fetch(`${dl}/conversations/${conversationId}/upload?userId=someone`, {
      method: 'POST',
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
      body,
    });

  it('accepts it, echoes the message with the files named, and the bot says politely, in French, that it reads no attachments', async () => {
    const { token, conversationId } = await openConversation(dl);
    const activity = {
      type: 'message',
      from: { id: 'someone' },
      locale: 'fr-FR',
      attachments: [{ contentType: 'image/png', name: 'plan.png' }],
      channelData: { clientActivityID: 'client-7' },
    };
    const res = await upload(conversationId, token, uploadForm(activity, [{ name: 'plan.png', type: 'image/png', bytes: 2048 }]));
    expect(res.status).toBe(200);
    const { id } = (await res.json()) as { id: string };
    const { body } = await getJson(`${dl}/conversations/${conversationId}/activities?watermark=1`, token);
    const [echo, reply, ...rest] = body.activities;
    expect(echo).toMatchObject({ id, type: 'message', attachments: [{ contentType: 'image/png', name: 'plan.png' }], channelData: { clientActivityID: 'client-7' } });
    expect(echo.attachments[0].contentUrl).toBeUndefined();
    expect(echo.from.id).toMatch(/^dl_/);
    expect(reply).toMatchObject({ replyToId: id, text: 'Je ne lis pas les pièces jointes (fichiers, images) : écrivez-moi votre question dans un message.' });
    expect(rest).toEqual([]);
  });

  it('when the message also asks a question in English, says so in English and still answers it', async () => {
    const { token, conversationId } = await openConversation(dl);
    const activity = { type: 'message', from: { id: 'someone' }, locale: 'en-US', text: 'When was the second AMI launched?' };
    const res = await upload(conversationId, token, uploadForm(activity, [{ name: 'notes.pdf', type: 'application/pdf', bytes: 100 }]));
    expect(res.status).toBe(200);
    const { body } = await getJson(`${dl}/conversations/${conversationId}/activities?watermark=1`, token);
    const texts = body.activities.map((a: { text?: string }) => a.text);
    expect(texts).toEqual(['When was the second AMI launched?', "I can't read attachments (files, images): please type your question in a message.", expect.stringContaining('[1]')]);
  });

  it('refuses without a token (401), a body that is not multipart (400), a file over 4 MB or more than 4 files (400), and keeps nothing', async () => {
    const { token, conversationId } = await openConversation(dl);
    const activity = { type: 'message', from: { id: 'someone' } };
    expect((await upload(conversationId, undefined, uploadForm(activity, [{ name: 'a.txt', type: 'text/plain', bytes: 10 }]))).status).toBe(401);
    const notMultipart = await upload(conversationId, token, '{"type":"message"}', { 'Content-Type': 'application/json' });
    expect(notMultipart.status).toBe(400);
    const big = await upload(conversationId, token, uploadForm(activity, [{ name: 'big.bin', type: 'application/octet-stream', bytes: 4 * 1024 * 1024 + 1 }]));
    expect(big.status).toBe(400);
    expect(((await big.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'body_too_large', message: expect.stringMatching(/4 MB/) });
    const many = Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.txt`, type: 'text/plain', bytes: 10 }));
    expect((await upload(conversationId, token, uploadForm(activity, many))).status).toBe(400);
    const { body } = await getJson(`${dl}/conversations/${conversationId}/activities?watermark=1`, token);
    expect(body.activities).toEqual([]);
  });
});
