import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/cli.js';
import type { ScenarioResult } from '../../src/model/types.js';
import { formatMoney } from '../../src/money/formatMoney.js';
import { scenarioChart, scenarioHtml } from '../../src/report/index.js';
import { renderDocument } from '../../src/report/renderDocument.js';
import { scenarioReport } from '../../src/report/scenarioReport.js';
import { launchChromium } from '../_browser/chromium.js';
import { seedResult } from '../_lib/seedResults.js';

// crorecast in a real browser — Debian's Chromium, headless, through playwright-core: the root
// entry bundled for the browser runs the seed, and the HTML report loads, fits a phone and
// prints. One file and one browser for both (they were two files, each launching Chromium:
// ~3 s of CPU a launch on this machine; issue 14 item 9); each test opens its own page.
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const SEED = readFileSync(
  new URL('../../seeds/optiemus-wistron-2021.json', import.meta.url),
  'utf8',
);
/** runScenario of that file in Node: the run the test files share (test/_lib/seedResults.ts). */
const result = seedResult();

/** What the page and Node both compute from the seed: figures as exact text, and the report. */
function summary(result: ScenarioResult, markdown: string) {
  return {
    revenue: result.operations.map((o) => o.revenue.amount.toFixed()),
    npvWithPli: result.valuation.withPli.npv.amount.toFixed(),
    npvWithoutPli: result.valuation.withoutPli.npv.amount.toFixed(),
    markdown,
  };
}

/** The root entry bundled for the browser, as a user's bundler would (esbuild, platform browser). */
let bundled: Promise<{ code: string; inputs: string[] }> | undefined;
function browserBundle() {
  bundled ??= bundleRoot();
  return bundled;
}

async function bundleRoot() {
  const out = await build({
    entryPoints: [new URL('../../src/index.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'crorecast',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: out.outputFiles[0]?.text ?? '', inputs: Object.keys(out.metafile.inputs) };
}

/** Inline `<script>` text: nothing in it may close the element early. */
const inline = (text: string) => text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

describe('the root entry in a browser', () => {
  it('bundles with esbuild for the browser, without any Node built-in', async () => {
    const { code, inputs } = await browserBundle();
    expect(code.length).toBeGreaterThan(100_000);
    expect(
      inputs.filter(
        (f) => f.startsWith('node:') || /worker_threads|node_modules\/@types\/node/.test(f),
      ),
    ).toEqual([]);
    expect(inputs.some((f) => f.includes('src/node/'))).toBe(false);
  });

  it('runs the seed scenario in headless Chromium with the same figures and report as Node', async () => {
    const { code } = await browserBundle();
    const html = `<!doctype html><meta charset="utf-8"><title>crorecast seed</title>
<script type="application/json" id="seed">${SEED.replace(/</g, '\\u003c')}</script>
<script>${inline(code)}</script>
<script>
  try {
    const seed = JSON.parse(document.getElementById('seed').textContent);
    const r = crorecast.runScenario(crorecast.parseScenario(seed));
    window.result = {
      revenue: r.operations.map((o) => o.revenue.amount.toFixed()),
      npvWithPli: r.valuation.withPli.npv.amount.toFixed(),
      npvWithoutPli: r.valuation.withoutPli.npv.amount.toFixed(),
      markdown: crorecast.renderDocument(crorecast.scenarioReport(r), 'markdown'),
    };
  } catch (e) {
    window.failure = String((e && e.stack) || e);
  }
</script>`;
    const page = await browser.newPage();
    try {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.setContent(html, { waitUntil: 'load' });
      const outcome = await page.evaluate(() => {
        const w = globalThis as unknown as { result?: unknown; failure?: string };
        return { result: w.result, failure: w.failure };
      });
      expect(errors).toEqual([]);
      expect(outcome.failure).toBeUndefined();
      // Node's run of the same file: \`result\`, the run the test files share.
      const expected = summary(result, renderDocument(scenarioReport(result), 'markdown'));
      expect(outcome.result).toEqual(expected);
      // The seed's headline answers (README): the investment's NPV ₹1,200 crore with PLI, ₹560 crore without.
      expect(Math.round(Number(expected.npvWithPli) / 1e7)).toBe(1200);
      expect(Math.round(Number(expected.npvWithoutPli) / 1e7)).toBe(560);
    } finally {
      await page.close();
    }
  }, 120_000);
});

// The HTML report: screenshots and the PDF are kept in out/test-artifacts (ignored by git) for a
// person to look at.

const ARTIFACTS = resolve('out/test-artifacts');
const npvText = formatMoney(result.valuation.withPli.npv, { unit: 'crore', decimals: 0 });
let url: string;

beforeAll(async () => {
  const html = scenarioHtml(result, { chartSvg: await renderSvg(scenarioChart(result)) });
  await mkdir(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, 'seed.html');
  await writeFile(file, html, 'utf8');
  url = pathToFileURL(file).href;
}, 60_000);

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
