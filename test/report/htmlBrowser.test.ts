import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/cli.js';
import { formatMoney } from '../../src/money/formatMoney.js';
import { scenarioChart, scenarioHtml } from '../../src/report/index.js';
import { launchChromium } from '../_browser/chromium.js';
import { seedResult } from '../_lib/seedResults.js';

// The HTML report in a real browser: Debian's Chromium, headless, through playwright-core.
// Screenshots and the PDF are kept in out/test-artifacts (ignored by git) for a person to look at.

const ARTIFACTS = resolve('out/test-artifacts');
const result = seedResult();
const npvText = formatMoney(result.valuation.withPli.npv, { unit: 'crore', decimals: 0 });
let browser: Browser;
let url: string;

beforeAll(async () => {
  const html = scenarioHtml(result, { chartSvg: await renderSvg(scenarioChart(result)) });
  await mkdir(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, 'seed.html');
  await writeFile(file, html, 'utf8');
  url = pathToFileURL(file).href;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function open(width: number, height: number) {
  const page = await browser.newPage({ viewport: { width, height } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (r.url() !== url) problems.push(`request: ${r.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

describe('the HTML report in headless Chromium', () => {
  it('loads with no console error and no request, and shows the key figures', async () => {
    const { page, problems } = await open(1280, 900);
    expect(await page.locator('h1').textContent()).toBe(result.meta.name);
    const value = page.locator('.answers p', { hasText: 'Value.' });
    await expect.poll(() => value.isVisible()).toBe(true);
    expect(await value.textContent()).toContain(npvText);
    const pnl = page.locator('caption', { hasText: 'P&L by fiscal year' });
    await pnl.scrollIntoViewIfNeeded();
    expect(await pnl.isVisible()).toBe(true);
    expect(await page.locator('figure svg').count()).toBe(1);
    expect(await page.locator('figure svg').boundingBox()).toMatchObject({
      width: expect.any(Number),
    });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(ARTIFACTS, 'seed-desktop.png') });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('fits a phone: the page never scrolls sideways, wide tables scroll in their own region', async () => {
    const { page, problems } = await open(390, 844);
    // Evaluated in the page (a string: the test's TypeScript has no DOM types).
    const widths = (await page.evaluate(`({
      page: document.documentElement.scrollWidth,
      view: window.innerWidth,
      tables: [...document.querySelectorAll('.table-scroll')].map((d) => ({
        scroll: d.scrollWidth,
        client: d.clientWidth,
        overflow: getComputedStyle(d).overflowX,
      })),
    })`)) as {
      page: number;
      view: number;
      tables: { scroll: number; client: number; overflow: string }[];
    };
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(widths.tables.some((t) => t.scroll > t.client)).toBe(true);
    expect(widths.tables.every((t) => t.overflow === 'auto')).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'seed-phone.png') });
    const p = page.locator('.answers p').first();
    expect(await p.isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('prints to an A4 PDF, a section a page or more', async () => {
    const { page } = await open(1280, 900);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(join(ARTIFACTS, 'seed.pdf'), pdf);
    const text = Buffer.from(pdf).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    const sections = await page.locator('main > section').count();
    expect(pages).toBeGreaterThanOrEqual(sections);
    // A4 is 595 × 842 points.
    expect(text).toMatch(
      /\/MediaBox\s*\[\s*0 0 595(\.\d+)? 841(\.\d+)?|\/MediaBox\s*\[\s*0 0 595(\.\d+)? 842/,
    );
    await page.close();
  }, 60_000);
});
