import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import type { ScenarioResult } from '../../src/model/types.js';
import { renderDocument } from '../../src/report/renderDocument.js';
import { scenarioReport } from '../../src/report/scenarioReport.js';
import { launchChromium } from '../_browser/chromium.js';

const SEED = readFileSync(
  new URL('../../seeds/optiemus-wistron-2021.json', import.meta.url),
  'utf8',
);

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
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.setContent(html, { waitUntil: 'load' });
      const outcome = await page.evaluate(() => {
        const w = globalThis as unknown as { result?: unknown; failure?: string };
        return { result: w.result, failure: w.failure };
      });
      expect(errors).toEqual([]);
      expect(outcome.failure).toBeUndefined();
      const result = runScenario(parseScenario(JSON.parse(SEED)));
      const expected = summary(result, renderDocument(scenarioReport(result), 'markdown'));
      expect(outcome.result).toEqual(expected);
      // The seed's headline answers (README): the investment's NPV ₹1,200 crore with PLI, ₹560 crore without.
      expect(Math.round(Number(expected.npvWithPli) / 1e7)).toBe(1200);
      expect(Math.round(Number(expected.npvWithoutPli) / 1e7)).toBe(560);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
