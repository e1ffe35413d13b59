import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser } from '../../fakes/launch-browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChannelServer } from '../channel-test-server.js';

/** A town's own site, on another origin than the assistant: its pages are served by the browser's router. */
const TOWN = 'http://www.ville-exemple.test';

type Server = Awaited<ReturnType<typeof startChannelServer>>;

/** What a page did on the network: requests, WebSockets, refused foreign hosts and page errors. */
interface PageLog {
  requests: string[];
  websockets: string[];
  external: string[];
  errors: string[];
}

/**
 * A new page with its own log. Pages stay open until the browser closes: the packaged Chromium runs single-process,
 * and closing a page can take the browser down with it.
 */
async function openPage(browser: Browser, server: Server, townPages: Record<string, string> = {}): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  const log: PageLog = { requests: [], websockets: [], external: [], errors: [] };
  // Offline by design: the assistant's server and the town's pages only; any other host is recorded and refused.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    const town = townPages[url.replace(TOWN, '')];
    if (url.startsWith(TOWN) && town !== undefined) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: town });
    log.external.push(url);
    return route.abort();
  });
  page.on('request', (request: Request) => log.requests.push(`${request.method()} ${request.url().replace(server.baseUrl, '')}`));
  page.on('websocket', (ws) => log.websockets.push(ws.url().replace(server.baseUrl.replace('http', 'ws'), '')));
  page.on('pageerror', (error) => log.errors.push(error.message));
  return { page, log };
}

const polls = (log: PageLog) => log.requests.filter((r) => /^GET \/v3\/directline\/conversations\/[^/]+\/activities/.test(r));
const STREAM = /^\/v3\/directline\/conversations\/[0-9a-f]{32}\/stream\?t=/;

async function ask(page: Page, question: string): Promise<void> {
  const input = page.getByRole('textbox').first();
  await input.fill(question);
  await input.press('Enter');
}

describe('Web Chat 4.18 in headless Chromium against the built-in Direct Line', () => {
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    server = await startChannelServer({ env: { WEBCHAT_ALLOWED_ORIGINS: TOWN, RATE_LIMIT_PER_MINUTE: '600', RATE_LIMIT_BURST: '600' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
  });

  describe('the demo page (the widget in its default mode: a WebSocket stream)', () => {
    let page: Page;
    let log: PageLog;

    beforeAll(async () => {
      ({ page, log } = await openPage(browser, server));
    });

    it('when loaded, is French, has landmarks and shows the bot welcome', async () => {
      await page.goto(`${server.baseUrl}/`);
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(await page.locator('body > header').count()).toBe(1);
      expect(await page.locator('body > main').count()).toBe(1);
      expect(await page.locator('body > footer').count()).toBe(1);
      expect(await page.getByRole('textbox').first().getAttribute('aria-label')).toBeTruthy();
      await page.getByText(/assistant « territoires » du Cnam/).first().waitFor();
      expect(await page.getByRole('button', { name: "Qu'est-ce que le programme « Au cœur des territoires » ?" }).count()).toBeGreaterThan(0);
    });

    it('when a question is typed, shows the answer with its numbered source, once', async () => {
      await ask(page, 'Quand a été lancé le deuxième AMI ?');
      await page.getByText(/a été lancé le 20 janvier 2020/).first().waitFor();
      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/webchat-answer.png', fullPage: true });
      const sourceLinks = page.locator('a[href^="https://banquedesterritoires.fr/"]');
      await expect.poll(() => sourceLinks.count()).toBeGreaterThan(0);
      // The source is listed once (Web Chat's footnote), not a second time as a Markdown list in the text.
      const visibleTitles = page.locator('.webchat__link-definitions').getByText('Cnam : élargissement du dispositif', { exact: false });
      expect(await visibleTitles.count()).toBe(1);
      expect(await page.getByText('Sources', { exact: true }).count()).toBe(0);
    });

    it('everything came over one WebSocket stream: no polling, and Web Chat never shows a connection problem', async () => {
      expect(log.websockets).toEqual([expect.stringMatching(STREAM)]);
      expect(polls(log)).toEqual([]);
      // Web Chat may say « Connexion en cours… » for a moment on a busy machine; a problem is a status that stays.
      await expect.poll(() => page.locator('.webchat__connectivityStatus').getByText(/impossible|problème|connexion/i).count(), { timeout: 10_000 }).toBe(0);
    });

    it('when 👍 is clicked on the answer, the feedback is recorded with its question', async () => {
      const like = page.locator('button.webchat__thumb-button').first();
      await like.click();
      await expect.poll(async () => (await server.feedback.list()).length).toBeGreaterThan(0);
      const [entry] = await server.feedback.list();
      expect(entry).toMatchObject({ reaction: 'like', channel: 'directline', question: 'Quand a été lancé le deuxième AMI ?', answerKind: 'knowledge' });
    });

    it('made no request to another host and raised no page error', () => {
      expect(log.external).toEqual([]);
      expect(log.errors).toEqual([]);
    });
  });

  describe("a stock Web Chat, as in Microsoft's samples (no options: WebSocket, upload button)", () => {
    let page: Page;
    let log: PageLog;

    beforeAll(async () => {
      const sample = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Sample</title>
        <script src="${server.baseUrl}/webchat/webchat.js"></script></head>
        <body><div id="webchat" role="main" style="height:640px"></div><script>
          (async function () {
            const res = await fetch('${server.baseUrl}/api/directline/token', { method: 'POST' });
            const { token, domain } = await res.json();
            window.WebChat.renderWebChat({ directLine: window.WebChat.createDirectLine({ token, domain }) }, document.getElementById('webchat'));
          })();
        </script></body></html>`;
      ({ page, log } = await openPage(browser, server, { '/sample.html': sample }));
      await page.goto(`${TOWN}/sample.html`);
    });

    it('when a file is sent, it goes to /upload and the bot answers in French that it reads no attachments', async () => {
      await page.getByText(/assistant « territoires » du Cnam/).first().waitFor();
      const file = join(mkdtempSync(join(tmpdir(), 'upload-')), 'plan-de-formation.txt');
      writeFileSync(file, 'Plan de formation 2027');
      await page.locator('input[type="file"]').first().setInputFiles(file);
      // Web Chat 4.18 holds the file in the send box (the clip shows a tick) until the message is sent.
      await page.locator('button.webchat__send-button').click();
      await page.getByText('Je ne lis pas les pièces jointes (fichiers, images) : écrivez-moi votre question dans un message.').first().waitFor();
      expect(log.requests).toContainEqual(expect.stringMatching(/^POST \/v3\/directline\/conversations\/[0-9a-f]{32}\/upload\?userId=/));
      expect(await page.getByText('plan-de-formation.txt').count()).toBeGreaterThan(0);
      // The message itself was delivered (Web Chat saw its echo), not left as "could not send".
      expect(await page.getByText(/Impossible d.envoyer|Échec de l.envoi|Send failed/i).count()).toBe(0);
    });

    it('opened a WebSocket stream and did not poll', () => {
      expect(log.websockets).toEqual([expect.stringMatching(STREAM)]);
      expect(polls(log)).toEqual([]);
    });

    it('made no request to another host and raised no page error', () => {
      expect(log.external).toEqual([]);
      expect(log.errors).toEqual([]);
    });
  });
  describe("the widget on a town's own site, in polling mode (data-transport=\"polling\")", () => {
    let page: Page;
    let log: PageLog;

    beforeAll(async () => {
      const townPage = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie</title></head><body>
        <main><h1>Mairie d'Exemple</h1><div id="assistant" style="height:640px"></div>
        <script src="${server.baseUrl}/embed.js" defer data-mode="inline" data-target="#assistant" data-transport="polling"></script></main></body></html>`;
      ({ page, log } = await openPage(browser, server, { '/': townPage }));
      await page.goto(`${TOWN}/`);
    });

    it('answers across origins by polling, with no WebSocket', async () => {
      await page.getByText(/assistant « territoires » du Cnam/).first().waitFor();
      await ask(page, 'Quand a été lancé le deuxième AMI ?');
      await page.getByText(/a été lancé le 20 janvier 2020/).first().waitFor();
      expect(polls(log).length).toBeGreaterThan(0);
      expect(log.websockets).toEqual([]);
    });

    it('the town page can read every Direct Line error (CORS on 400, 401, 403, 404, 405 and 429), not a bare network error', async () => {
      const statuses = await page.evaluate(async (base) => {
        const dl = `${base}/v3/directline`;
        const read = async (url: string, init: RequestInit = {}) => {
          try {
            const res = await fetch(url, init);
            return { status: res.status, code: ((await res.json()) as { error?: { code?: string } }).error?.code ?? null, retryAfter: res.headers.get('Retry-After') };
          } catch (error) {
            return { status: 0, code: String(error), retryAfter: null };
          }
        };
        const post = (url: string, token?: string, body?: string) =>
          read(url, { method: 'POST', headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json' }, ...(body ? { body } : {}) });
        const grant = (await (await fetch(`${dl}/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
        await post(`${dl}/conversations`, grant.token);
        const other = (await (await fetch(`${dl}/tokens/generate`, { method: 'POST' })).json()) as { token: string };
        const activities = `${dl}/conversations/${grant.conversationId}/activities`;
        const result: Record<string, { status: number; code: string | null; retryAfter: string | null }> = {
          badRequest: await post(activities, grant.token, '{"type":"message"}'),
          unauthorized: await read(activities, { headers: { Authorization: 'Bearer garbage' } }),
          forbidden: await read(activities, { headers: { Authorization: `Bearer ${other.token}` } }),
          notFound: await read(`${dl}/nope`),
          methodNotAllowed: await read(`${dl}/tokens/generate`),
        };
        // Conversations per address come in bursts of 20 (10 per minute): the next one is refused. This spends the
        // burst of every page of this browser, so it comes last.
        for (let i = 0; i < 25; i++) {
          const fresh = (await (await fetch(`${dl}/tokens/generate`, { method: 'POST' })).json()) as { token: string };
          const opened = await post(`${dl}/conversations`, fresh.token);
          if (opened.status === 429) {
            result.tooMany = opened;
            break;
          }
        }
        return result;
      }, server.baseUrl);
      expect(statuses).toEqual({
        badRequest: { status: 400, code: 'invalid_request', retryAfter: null },
        unauthorized: { status: 401, code: 'unauthorized', retryAfter: null },
        forbidden: { status: 403, code: 'forbidden', retryAfter: null },
        notFound: { status: 404, code: 'not_found', retryAfter: null },
        methodNotAllowed: { status: 405, code: 'invalid_request', retryAfter: null },
        tooMany: { status: 429, code: 'rate_limited', retryAfter: expect.stringMatching(/^\d+$/) },
      });
    });

    it('made no request to another host and raised no page error', () => {
      expect(log.external).toEqual([]);
      expect(log.errors).toEqual([]);
    });
  });

});
