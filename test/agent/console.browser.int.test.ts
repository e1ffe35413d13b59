import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../fakes/launch-browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { AGENT_TOKEN, startAgentServer, type AgentTestServer } from './agent-test-server.js';

const SCREENSHOTS = process.env.AGENT_CONSOLE_SCREENSHOTS; // a folder, to look at the console by hand

let server: AgentTestServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startAgentServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // The 401 of the wrong-token test is expected; anything else is not.
    if (message.type() === 'error' && !/status of 401/.test(message.text())) pageErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function shoot(name: string) {
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

describe('agent console', () => {
  it('is an accessible French page: lang, landmarks, labelled fields, live regions', async () => {
    await page.goto(`${server.baseUrl}/agent`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('main#main').count()).toBe(1);
    expect(await page.locator('footer').count()).toBe(1);
    for (const label of ['Votre identifiant (initiales ou nom court)', 'Jeton agent']) {
      expect(await page.getByLabel(label).count(), label).toBe(1);
    }
    expect(await page.locator('#result-status').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('#gaps-status').getAttribute('aria-live')).toBe('polite');
    // Keyboard: focus starts in the identifier field; Tab goes on to the token, then the button; the skip link comes before.
    const active = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);
    expect(await active()).toBe('agent-id');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('token');
    await page.keyboard.press('Tab');
    expect(await active()).toBe('Se connecter');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await active()).toBe('Aller au contenu');
    await shoot('0-login');
  });

  it('with a wrong token, the agent sees why and stays on the login form', async () => {
    await page.getByLabel('Votre identifiant (initiales ou nom court)').fill('mdupont');
    await page.getByLabel('Jeton agent').fill('not-the-token');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByLabel('Question reçue (courriel ou appel)').fill("Qui peut candidater à l'AMI ?");
    await page.getByRole('button', { name: 'Suggérer une réponse' }).click();
    await expect.poll(() => page.locator('#login-error').textContent()).toContain('Jeton refusé');
    expect(await page.locator('#login-view').isVisible()).toBe(true);
    expect(await page.evaluate(() => sessionStorage.getItem('cnam-agent-token'))).toBeNull();
  });

  it('enter the token, ask, edit the answer and save: /api/ask then returns the reviewed answer', async () => {
    await page.getByLabel('Jeton agent').fill(AGENT_TOKEN);
    await page.getByLabel('Jeton agent').press('Enter');
    expect(await page.evaluate(() => sessionStorage.getItem('cnam-agent-token'))).toBe(AGENT_TOKEN);
    await expect.poll(() => page.locator('#session-label').textContent()).toBe('Connecté·e : mdupont');

    const question = "Qui peut candidater à l'AMI ?";
    await page.getByLabel('Question reçue (courriel ou appel)').fill(question);
    await page.getByLabel('Question reçue (courriel ou appel)').press('Control+Enter');
    await expect.poll(() => page.locator('#result-status').textContent()).toMatch(/^Réponse proposée, confiance élevée, 1 source\(s\), 1 passage\(s\)\.$/);
    expect(await page.locator('#confidence').textContent()).toContain('90 % (élevée)');
    expect(await page.locator('#answer-badges').textContent()).toBe('Connaissances');
    expect(await page.locator('#answer-text').textContent()).toBe('Le deuxième AMI a été lancé le 20 janvier 2020 [1].');
    expect(await page.locator('#answer-text a.cite').getAttribute('href')).toBe('#source-1');
    expect(await page.locator('#sources li').first().textContent()).toContain('Cnam : élargissement du dispositif');
    // The best passage is open, to check the answer against it at a glance.
    expect(await page.locator('#passages details').first().getAttribute('open')).toBe('');
    expect(await page.locator('#passages .passage-text').first().textContent()).toBe('Le deuxième AMI a été lancé le 20 janvier 2020.');
    await shoot('1-suggestion');

    await page.getByRole('button', { name: 'Modifier' }).click();
    const editor = page.getByLabel(/Texte corrigé/);
    expect(await editor.inputValue()).toBe('Le deuxième AMI a été lancé le 20 janvier 2020 [1].');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-text');
    const corrected = 'Les villes et intercommunalités **Action cœur de ville** peuvent candidater [1].';
    await editor.fill(corrected);
    await shoot('2-edit');
    await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await expect.poll(() => page.locator('#review-status').textContent()).toBe('Correction enregistrée : elle sera réutilisée pour cette question.');
    expect(await page.locator('#answer-text strong').textContent()).toBe('Action cœur de ville');

    const res = await fetch(`${server.baseUrl}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
    const answer = (await res.json()) as Answer;
    expect(answer.text).toBe(corrected);
    expect(answer.reviewed?.by).toBe('mdupont');
    expect(answer.citations.map((c) => c.url)).toEqual(['https://banquedesterritoires.fr/cnam-elargissement-du-dispositif-dans-un-2eme-appel-manifestation-dinteret']);

    // Asked again in the console, the reviewed answer is shown as such.
    await page.getByRole('button', { name: 'Suggérer une réponse' }).click();
    await expect.poll(() => page.locator('#answer-badges').textContent()).toContain('Vérifiée par mdupont');
    await shoot('3-reviewed');

    // Approving it (keyboard only) records an approve by the same agent, with the corrected text.
    await page.getByRole('button', { name: 'Approuver' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#review-status').textContent()).toBe('Réponse approuvée : elle sera réutilisée pour cette question.');
    const { reviews } = (await (await server.agentFetch('/api/reviews')).json()) as { reviews: Array<{ action: string; agentId: string; finalText: string }> };
    expect(reviews.slice(0, 2).map((r) => [r.action, r.agentId, r.finalText])).toEqual([
      ['approve', 'mdupont', corrected],
      ['edit', 'mdupont', corrected],
    ]);
  });

  it('the Lacunes view lists fallbacks with counts, shows untrusted text as text, and exports CSV', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">Comment obtenir un passeport ?';
    for (let i = 0; i < 2; i++) {
      await fetch(`${server.baseUrl}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: hostile }) });
    }
    await page.getByRole('button', { name: 'Lacunes' }).click();
    await expect.poll(() => page.locator('#gaps-status').textContent()).toBe('1 question(s) à couvrir.');
    expect(await page.locator('[aria-current="page"]').textContent()).toBe('Lacunes');
    const row = page.locator('#gaps-body tr').first();
    expect(await row.locator('td').first().textContent()).toBe(hostile);
    expect(await row.locator('td').nth(1).textContent()).toBe('2');
    expect(await row.locator('td').nth(2).textContent()).toBe('2');
    expect(await page.locator('#gaps-body img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await shoot('4-gaps');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^lacunes-\d{4}-\d{2}-\d{2}\.csv$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8');
    expect(csv.startsWith('\uFEFFquestion;')).toBe(true);
    expect(csv).toContain('"<img src=x onerror=""window.__pwned=1"">Comment obtenir un passeport ?";');
  });

  it('focus is visible on every control, and no script error occurred', async () => {
    await page.getByRole('button', { name: 'Suggestion' }).focus();
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    await page.keyboard.press('Tab');
    const outlineAfterTab = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect([outline, outlineAfterTab]).toContain('solid');
    expect(pageErrors).toEqual([]);
  });
});
