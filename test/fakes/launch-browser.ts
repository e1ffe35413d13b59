import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** What the probe of this kind of machine found needed: no sandbox as root, and no background traffic. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * A headless Chromium for the browser tests, found without any download: `CHROMIUM_PATH` when set, else a system
 * Chromium (Debian's /usr/bin/chromium), else the one the `@sparticuz/chromium` dev dependency ships inside its npm
 * package (unpacked to the temp folder on first use). So `npm install && npm test` works on a machine with no browser.
 */
export async function launchBrowser(): Promise<Browser> {
  const system = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
  if (system) return chromium.launch({ executablePath: system, args: ARGS });
  const packaged = (await import('@sparticuz/chromium')).default;
  return chromium.launch({ executablePath: await packaged.executablePath(), args: [...new Set([...packaged.args, ...ARGS])], headless: true });
}
