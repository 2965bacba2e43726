import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/model/parseScenario.js';
import { runScenario } from '../../../src/model/runScenario.js';
import type { ScenarioResult } from '../../../src/model/types.js';
import type { Money } from '../../../src/money/money.js';
import { scenarioWorkbook } from '../../../src/report/index.js';
import { seedResult } from '../../_lib/seedResults.js';
import { convertWithLibreOffice } from '../../_office/libreoffice.js';
import { type ReadSheet, readXlsx } from '../../_xlsx/readXlsx.js';
import { cellAt, close, formulaCells, rowOf, yearColumns } from '../../_xlsx/sheetRows.js';
import { seedJson, setAt } from '../../model/_seed.js';

// A spreadsheet engine recalculates the workbook: LibreOffice Calc (headless), with the cached
// values first blanked so that nothing it returns can be what crorecast wrote.

const TOLERANCE = 1e-9;
const result = seedResult();
const bytes = await scenarioWorkbook(result);
const original = readXlsx(bytes);

/** Rewrites sheets' XML inside the .xlsx zip. */
function rewrite(xlsx: Uint8Array, edit: (path: string, xml: string) => string): Uint8Array {
  const files = unzipSync(xlsx);
  for (const [path, data] of Object.entries(files)) {
    if (path.startsWith('xl/worksheets/')) files[path] = strToU8(edit(path, strFromU8(data)));
  }
  return zipSync(files);
}

// Every formula's cached value replaced by 0 (text results too).
const blank = (xml: string) =>
  xml.replace(/ t="str"(><f>)/g, '$1').replace(/(<\/f>)<v>[^<]*<\/v>/g, '$1<v>0</v>');

function sheetPath(name: string): string {
  const index = original.sheets.findIndex((s) => s.name === name);
  return `xl/worksheets/sheet${index + 1}.xml`;
}

function setInput(xml: string, ref: string, value: number): string {
  const pattern = new RegExp(`(<c r="${ref}" s="\\d+"><v>)[^<]*(</v>)`);
  if (!pattern.test(xml)) throw new Error(`no input cell ${ref}`);
  return xml.replace(pattern, `$1${value}$2`);
}

const sheetOf = (sheets: readonly ReadSheet[], name: string) => {
  const found = sheets.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
};
const pnlSheet = sheetOf(original.sheets, 'P&L');
const cashSheet = sheetOf(original.sheets, 'Cash flow and valuation');
const taxInput = `B${rowOf(pnlSheet, 'Tax rate (input)')}`;
const discountInput = `B${rowOf(cashSheet, 'Discount rate (input)')}`;

// The analyst's edits, one file each: a 30% tax rate; a 15% discount rate.
const edit = (sheet: string, ref: string, value: number) =>
  rewrite(bytes, (path, xml) =>
    path === sheetPath(sheet) ? setInput(blank(xml), ref, value) : blank(xml),
  );

const recalculated = await convertWithLibreOffice({
  'blanked.xlsx': rewrite(bytes, (_, xml) => blank(xml)),
  'taxed.xlsx': edit('P&L', taxInput, 0.3),
  'discounted.xlsx': edit('Cash flow and valuation', discountInput, 0.15),
});
const read = (name: string) => readXlsx(recalculated[name] ?? new Uint8Array());

describe('the workbook recalculated by LibreOffice Calc', () => {
  it("gives every formula crorecast's figure to 1e-9 relative", () => {
    const sheets = read('blanked.xlsx').sheets;
    const formulas = formulaCells(original.sheets);
    expect(formulas.length).toBeGreaterThan(150);
    const misses = formulas.filter(({ sheet, ref, cell }) => {
      const again = sheetOf(sheets, sheet).cells.get(ref);
      return !close(again?.value, cell.value as number, TOLERANCE);
    });
    expect(misses.map((m) => `${m.sheet}!${m.ref} =${m.cell.formula}: ${m.cell.value}`)).toEqual(
      [],
    );
  });

  const cr = (m: Money) => m.amount.dividedBy(1e7).toNumber();
  const blocks = [
    ['With PLI', 'withPli'],
    ['Without PLI', 'withoutPli'],
  ] as const;
  const expectClose = (checks: [string, unknown, number][]) => {
    expect(checks.length).toBeGreaterThan(3);
    expect(checks.filter(([, actual, expected]) => !close(actual, expected, TOLERANCE))).toEqual(
      [],
    );
  };

  it('moves profit after tax and free cash flow as crorecast does when the tax rate changes', () => {
    const seed = seedJson();
    setAt(seed, 'finance.tax', { regime: 'normal', rate: '0.3', reason: 'the test' });
    const rerun = runScenario(parseScenario(seed));
    const sheets = read('taxed.xlsx').sheets;
    const pnl = sheetOf(sheets, 'P&L');
    const cash = sheetOf(sheets, 'Cash flow and valuation');
    const checks: [string, unknown, number][] = [];
    for (const [block, key] of blocks) {
      const pat = rowOf(pnl, 'Profit after tax', rowOf(pnl, block));
      rerun.profitAndLoss[key].forEach((p, i) => {
        const cell = cellAt(pnl, `${yearColumns(5)[i]}${pat}`);
        checks.push([`PAT ${block} ${p.year}`, cell.value, cr(p.profitAfterTax)]);
      });
      const start = rowOf(cash, `Free cash flow ${key === 'withPli' ? 'with' : 'without'} PLI`);
      const fcf = rowOf(cash, 'Free cash flow', start);
      rerun.cashFlow[key].forEach((c, i) => {
        const cell = cellAt(cash, `${yearColumns(6)[i]}${fcf}`);
        checks.push([`FCF ${block} ${c.year}`, cell.value, cr(c.freeCashFlow)]);
      });
    }
    expectClose(checks);
    const patSum = (x: ScenarioResult) =>
      x.profitAndLoss.withPli.reduce((a, p) => a + cr(p.profitAfterTax), 0);
    expect(patSum(rerun)).not.toBeCloseTo(patSum(result), 0);
  }, 60_000);

  // The baseline of an incremental valuation is a run of its own; its flows are figures in the
  // sheet, so a tax change moves the plan's flows only. The discount rate moves both alike.
  it('moves NPV and IRR as crorecast does when the discount rate changes', () => {
    const seed = seedJson();
    setAt(seed, 'finance.discountRate', '0.15');
    const rerun = runScenario(parseScenario(seed));
    const cash = sheetOf(read('discounted.xlsx').sheets, 'Cash flow and valuation');
    const checks: [string, unknown, number][] = [];
    for (const [block, key] of blocks) {
      const start = rowOf(cash, `Free cash flow ${key === 'withPli' ? 'with' : 'without'} PLI`);
      const v = rerun.valuation[key];
      const npv = cellAt(cash, `B${rowOf(cash, 'NPV (₹ crore)', start)}`);
      checks.push([`NPV ${block}`, npv.value, cr(v.npv)]);
      const without = cellAt(cash, `B${rowOf(cash, 'NPV without the terminal value', start)}`);
      checks.push([`NPV without TV ${block}`, without.value, cr(v.npvWithoutTerminal)]);
      if (v.irr.value !== null) {
        const irr = cellAt(cash, `B${rowOf(cash, 'IRR (XIRR)', start)}`);
        checks.push([`IRR ${block}`, irr.value, v.irr.value.toNumber()]);
      }
    }
    expectClose(checks);
    expect(cr(rerun.valuation.withPli.npv)).not.toBeCloseTo(cr(result.valuation.withPli.npv), 0);
  }, 60_000);
});
