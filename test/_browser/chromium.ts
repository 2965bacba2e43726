import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/**
 * The Chromium the browser tests run: `CHROMIUM_PATH`, or Debian's `chromium` package
 * (installed by `scripts/ensure-chromium.sh`). Playwright cannot download its own browsers on
 * this project's machines, so playwright-core drives the system one.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => typeof p === 'string' && existsSync(p));
  if (found === undefined) {
    throw new Error(
      'no Chromium found (tried CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser): ' +
        'run scripts/ensure-chromium.sh',
    );
  }
  return found;
}

/**
 * Launches headless Chromium for a browser test. `--no-sandbox` because CI runs as root, where
 * Chromium's sandbox refuses to start. Close the browser when done (`await browser.close()`).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}
