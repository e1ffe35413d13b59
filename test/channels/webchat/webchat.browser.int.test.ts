import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../fakes/launch-browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChannelServer } from '../channel-test-server.js';

describe('the Web Chat page in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startChannelServer>>;
  let browser: Browser;
  let page: Page;
  const external: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startChannelServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    // Offline by design: any request to another host is recorded and refused.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.baseUrl) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      external.push(url);
      return route.abort();
    });
    page.on('pageerror', (error) => errors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
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
    const input = page.getByRole('textbox').first();
    await input.fill('Quand a été lancé le deuxième AMI ?');
    await input.press('Enter');
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

  it('when 👍 is clicked on the answer, the feedback is recorded with its question', async () => {
    const like = page.locator('button.webchat__thumb-button').first();
    await like.click();
    await expect.poll(async () => (await server.feedback.list()).length).toBeGreaterThan(0);
    const [entry] = await server.feedback.list();
    expect(entry).toMatchObject({ reaction: 'like', channel: 'directline', question: 'Quand a été lancé le deuxième AMI ?', answerKind: 'knowledge' });
  });

  it('made no request to another host and raised no page error', () => {
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
  });
});
