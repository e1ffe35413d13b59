import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnowledgeSkill } from '../../../src/answering/knowledge-skill.js';
import { createAssistant } from '../../../src/core/assistant.js';
import { smalltalkSkill } from '../../../src/core/smalltalk-skill.js';
import { chatModelOf } from '../../../src/generation/chat-model.js';
import { createGenerator } from '../../../src/generation/generator.js';
import { TokenBudget } from '../../../src/generation/token-budget.js';
import { silentLogger } from '../../../src/logging/logger.js';
import { launchBrowser } from '../../fakes/launch-browser.js';
import { startFakeLlmServer, tokens, type FakeLlmServer } from '../../fakes/fake-llm-server.js';
import { LAUNCH, WHO, armor, llmConfig, localtis, scripted } from '../../generation/fixtures.js';
import { startChannelServer } from '../channel-test-server.js';

const FIRST = 'Selon Localtis, le deuxième AMI a été lancé le 20 janvier 2020';
const DROPPED = 'Il a été clos le 3 mars 2020';
const SECOND = "Selon les Côtes-d'Armor, il a été lancé le 20 juillet 2020";
/** The model's answer: two good sentences around one the check drops (its date is in no source). */
const ANSWER = `${FIRST} [1]. ${DROPPED} [1]. ${SECOND} [2].`;

describe('Web Chat 4.18 in headless Chromium: a generated answer livestreamed over the built-in Direct Line', () => {
  let llm: FakeLlmServer;
  let server: Awaited<ReturnType<typeof startChannelServer>>;
  let browser: Browser;
  let page: Page;
  const frames: Array<Record<string, any>> = [];
  const states: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    llm = await startFakeLlmServer();
    // Slow enough (about 3 s) that each checked sentence is on screen before the next one.
    llm.script({ chunks: tokens(ANSWER, 4), delayMs: 90 });
    const config = llmConfig(llm.url, { LLM_TIMEOUT_MS: '10000' });
    const generator = createGenerator({ model: (await chatModelOf(config))!, timeoutMs: 10_000, budget: new TokenBudget(0), logger: silentLogger() });
    const assistant = createAssistant({ skills: [smalltalkSkill, createKnowledgeSkill(scripted([[/lanc/i, [LAUNCH, WHO]]]), { generator })], validate: true });
    server = await startChannelServer({ assistant, env: { RATE_LIMIT_PER_MINUTE: '600', RATE_LIMIT_BURST: '600' } });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    await page.route('**/*', (route) => (route.request().url().startsWith(server.baseUrl) ? route.continue() : route.abort()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('websocket', (ws) =>
      ws.on('framereceived', ({ payload }) => {
        const text = typeof payload === 'string' ? payload : payload.toString('utf8');
        if (text) frames.push(...(JSON.parse(text) as { activities: Array<Record<string, any>> }).activities);
      }),
    );
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
    await llm?.close();
  });

  it('shows the checked sentences as they come, then the final answer with its two numbered sources', async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.getByText(/assistant « territoires » du Cnam/).first().waitFor();
    const input = page.getByRole('textbox').first();
    await input.fill('Quand le deuxième AMI a-t-il été lancé ?');
    await input.press('Enter');
    // What the transcript shows, every 50 ms, until the final answer with its sources is there.
    const transcript = page.locator('.webchat__basic-transcript');
    const deadline = Date.now() + 20_000;
    for (;;) {
      // Web Chat's Markdown turns ' into ’.
      const text = (await transcript.innerText()).replace(/’/g, "'");
      if (states.at(-1) !== text) states.push(text);
      if ((await page.locator('.webchat__link-definitions').count()) > 0 && text.includes(SECOND)) break;
      if (Date.now() > deadline) throw new Error(`no final answer; last transcript:\n${text}`);
      await page.waitForTimeout(50);
    }
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/webchat-generated-answer.png', fullPage: true });

    // Streamed: a moment when the first checked sentence was on screen and the second not yet.
    expect(states.some((s) => s.includes(FIRST) && !s.includes(SECOND))).toBe(true);
    // The sentence the check dropped was never shown, at any moment.
    expect(states.some((s) => s.includes(DROPPED))).toBe(false);
    // One bubble for the answer: the final message replaced the interim one (same stream).
    expect(await page.locator('.webchat__bubble__content', { hasText: FIRST }).count()).toBe(1);
    // Its sources: the markers' footnotes, each a link to its public source.
    await expect.poll(() => page.locator(`a[href="${localtis.url}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator(`a[href="${armor.url}"]`).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('over the stream came the informative update (which Web Chat 4.18 shows as its typing indicator), the updates, then the final message', () => {
    const bot = frames.filter((a) => a.from?.role === 'bot' && a.channelData?.streamType);
    expect(bot.map((a) => a.channelData.streamType)).toEqual(['informative', 'streaming', 'streaming', 'final']);
    expect(bot[0]!.text).toBe('Je cherche dans les sources…');
    expect(new Set(bot.slice(1).map((a) => a.channelData.streamId))).toEqual(new Set([bot[0]!.id]));
    expect(bot.at(-1)!.entities).toEqual(expect.arrayContaining([expect.objectContaining({ additionalType: ['AIGeneratedContent'] })]));
  });
});
