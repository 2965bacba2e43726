/**
 * Regenerates the README's two screenshots (docs/images/seed-html.png, seed-xlsx.png) from the
 * seed: the HTML report in headless Chromium, and the workbook's P&L sheet as LibreOffice prints
 * it (rendered to PNG by Ghostscript). Needs chromium, libreoffice-calc and ghostscript.
 *
 *   npx tsx scripts/readme-images.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { renderSvg } from '../src/cli.js';
import { parseScenario } from '../src/model/parseScenario.js';
import { runScenario } from '../src/model/runScenario.js';
import {
  scenarioChart,
  scenarioHtml,
  scenarioWorkbookSheets,
  workbookParts,
} from '../src/report/index.js';
import { launchChromium } from '../test/_browser/chromium.js';
import { convertWithLibreOffice } from '../test/_office/libreoffice.js';

const seed = JSON.parse(readFileSync('seeds/optiemus-wistron-2021.json', 'utf8')) as unknown;
const result = runScenario(parseScenario(seed));
const dir = mkdtempSync(join(tmpdir(), 'crorecast-images-'));

// The P&L sheet alone (its formulas refer only to itself), printed by LibreOffice.
const pnl = scenarioWorkbookSheets(result).sheets.filter((s) => s.name === 'P&L');
const parts = workbookParts({ sheets: pnl });
const xlsx = zipSync(
  Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, new TextEncoder().encode(v)])),
);
const pdf = (await convertWithLibreOffice({ 'pnl.xlsx': xlsx }, 'pdf'))['pnl.xlsx'];
if (pdf === undefined) throw new Error('no PDF');
writeFileSync(join(dir, 'pnl.pdf'), pdf);
execFileSync('gs', [
  '-q',
  '-dNOPAUSE',
  '-dBATCH',
  '-sDEVICE=png16m',
  '-r110',
  '-dFirstPage=1',
  '-dLastPage=1',
  `-sOutputFile=${join(dir, 'pnl.png')}`,
  join(dir, 'pnl.pdf'),
]);

const html = scenarioHtml(result, { chartSvg: await renderSvg(scenarioChart(result)) });
writeFileSync(join(dir, 'seed.html'), html);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
  await page.goto(pathToFileURL(join(dir, 'seed.html')).href);
  await page.screenshot({ path: resolve('docs/images/seed-html.png') });
  // The printed sheet (A4 landscape at 110 dpi: 1286 × 909 px), its upper part.
  await page.setViewportSize({ width: 1286, height: 909 });
  await page.goto(pathToFileURL(join(dir, 'pnl.png')).href);
  await page.screenshot({
    path: resolve('docs/images/seed-xlsx.png'),
    clip: { x: 30, y: 40, width: 1226, height: 640 },
  });
} finally {
  await browser.close();
}
