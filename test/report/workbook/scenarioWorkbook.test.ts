import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ZERO } from '../../../src/core/decimal.js';
import { ArgumentError } from '../../../src/core/errors.js';
import type { ScenarioResult } from '../../../src/model/types.js';
import type { Money } from '../../../src/money/money.js';
import {
  INDIAN_AMOUNT_FORMAT,
  scenarioWorkbook,
  scenarioWorkbookSheets,
  workbookParts,
} from '../../../src/report/index.js';
import { seedResult } from '../../_lib/seedResults.js';
import { readXlsx } from '../../_xlsx/readXlsx.js';
import { cellAt, formulaCells, rowOf, yearColumns } from '../../_xlsx/sheetRows.js';

const result = seedResult();
const bytes = await scenarioWorkbook(result);
const book = readXlsx(bytes);
const sheet = (name: string) => {
  const found = book.sheets.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
};
const cr = (m: Money) => m.amount.dividedBy(1e7).toNumber();
const sum = (list: readonly Money[]) =>
  list
    .reduce((a, m) => a.plus(m.amount), ZERO)
    .dividedBy(1e7)
    .toNumber();

describe('scenarioWorkbook', () => {
  it('writes the sheets of the issue, in order, as a zip', () => {
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(book.sheets.map((s) => s.name)).toEqual([
      'Answers',
      'Revenue',
      'Volume and capacity',
      'Headcount',
      'Investment and depreciation',
      'PLI and sharing',
      'Plan against what happened',
      'P&L',
      'Cash flow and valuation',
      'Valuation summary',
      'Variants',
      'Targets',
      'Assumptions and sources',
    ]);
  });

  it('caches a value with every formula', () => {
    const formulas = formulaCells(book.sheets);
    expect(formulas.length).toBeGreaterThan(150);
    for (const { sheet: name, ref, cell } of formulas) {
      expect(typeof cell.value, `${name}!${ref} =${cell.formula}`).toBe('number');
    }
  });

  // Each formula line of the P&L, checked against the ProfitAndLossYear field it stands for.
  const pnlLines: readonly [
    string,
    (p: ScenarioResult['profitAndLoss']['withPli'][number]) => Money,
  ][] = [
    ['Gross profit', (p) => p.grossProfit],
    ['EBITDA', (p) => p.ebitda],
    ['EBIT', (p) => p.ebit],
    ['Profit before tax', (p) => p.profitBeforeTax],
    ['Taxable profit', (p) => p.taxableProfit],
    ['Current tax', (p) => p.currentTax],
    ['Deferred tax', (p) => p.deferredTax],
    ['Tax', (p) => p.tax],
    ['Profit after tax', (p) => p.profitAfterTax],
    ['Losses carried forward', (p) => p.lossCarriedForward],
    ['Deferred tax liability', (p) => p.deferredTaxLiability],
  ];

  it.each([
    ['With PLI', 'withPli'],
    ['Without PLI', 'withoutPli'],
  ] as const)("caches crorecast's P&L figures %s, and totals that add up", (block, key) => {
    const pnl = sheet('P&L');
    const start = rowOf(pnl, block);
    const years = result.profitAndLoss[key];
    const columns = yearColumns(years.length);
    const totalColumn = String.fromCharCode(66 + years.length);
    for (const [label, field] of pnlLines) {
      const row = rowOf(pnl, label, start);
      years.forEach((p, i) => {
        const cell = cellAt(pnl, `${columns[i]}${row}`);
        expect(cell.formula, `${label} ${p.year}`).not.toBeNull();
        expect(cell.value, `${label} ${p.year}`).toBe(cr(field(p)));
      });
      if (label !== 'Losses carried forward' && label !== 'Deferred tax liability') {
        const total = cellAt(pnl, `${totalColumn}${row}`);
        expect(total.formula).toBe(`SUM(B${row}:${columns.at(-1)}${row})`);
        expect(total.value).toBe(sum(years.map(field)));
      }
    }
    const margin = rowOf(pnl, 'EBITDA margin', start);
    years.forEach((p, i) => {
      expect(cellAt(pnl, `${columns[i]}${margin}`).value).toBe(p.ebitdaMargin.toNumber());
    });
    // The plan's margin: the ratio of the totals, not a sum of yearly margins.
    expect(cellAt(pnl, `${totalColumn}${margin}`).value).toBeCloseTo(
      sum(years.map((p) => p.ebitda)) / sum(years.map((p) => p.revenue)),
      12,
    );
  });

  it('makes the tax and discount rates input cells the formulas use', () => {
    const pnl = sheet('P&L');
    const rateRow = rowOf(pnl, 'Tax rate (input)');
    expect(cellAt(pnl, `B${rateRow}`).value).toBe(result.tax.rate.toNumber());
    const taxRow = rowOf(pnl, 'Current tax', rowOf(pnl, 'With PLI'));
    expect(cellAt(pnl, `C${taxRow}`).formula).toBe(`$B$${rateRow}*C${taxRow - 1}`);
    const cash = sheet('Cash flow and valuation');
    const discount = rowOf(cash, 'Discount rate (input)');
    expect(cellAt(cash, `B${discount}`).value).toBe(
      result.valuation.withPli.discountRate.toNumber(),
    );
    const npv = cellAt(cash, `B${rowOf(cash, 'NPV (₹ crore)')}`);
    expect(npv.formula).toMatch(
      new RegExp(`^XNPV\\(\\$B\\$${discount},C(\\d+):C(\\d+),B\\1:B\\2\\)$`),
    );
  });

  it.each([
    ['Free cash flow with PLI', 'withPli'],
    ['Free cash flow without PLI', 'withoutPli'],
  ] as const)("caches crorecast's %s, NPV and IRR", (block, key) => {
    const cash = sheet('Cash flow and valuation');
    const start = rowOf(cash, block);
    const flows = result.cashFlow[key];
    const columns = yearColumns(flows.length);
    const fcf = rowOf(cash, 'Free cash flow', start);
    flows.forEach((c, i) => {
      const cell = cellAt(cash, `${columns[i]}${fcf}`);
      expect(cell.formula).toBe(
        `${columns[i]}${fcf - 5}-${columns[i]}${fcf - 4}-${columns[i]}${fcf - 3}-${columns[i]}${fcf - 2}+${columns[i]}${fcf - 1}`,
      );
      expect(cell.value).toBe(cr(c.freeCashFlow));
    });
    const ebitda = cellAt(cash, `B${rowOf(cash, 'EBITDA', start)}`);
    expect(ebitda.formula).toMatch(/^'P&L'!B\d+$/);
    const v = result.valuation[key];
    const npv = cellAt(cash, `B${rowOf(cash, 'NPV (₹ crore)', start)}`);
    expect(npv.value).toBe(cr(v.npv));
    const irr = cellAt(cash, `B${rowOf(cash, 'IRR (XIRR)', start)}`);
    if (v.irr.value === null) expect(irr.formula).toBeNull();
    else {
      expect(irr.formula).toMatch(/^XIRR\(C(\d+):C(\d+),B\1:B\2\)$/);
      expect(irr.value).toBe(v.irr.value.toNumber());
    }
    const wc = rowOf(cash, 'Increase in working capital');
    result.workingCapital.forEach((w, i) => {
      expect(cellAt(cash, `${columns[i]}${wc}`).value).toBe(cr(w.change));
    });
  });

  it('answers first, with the key figures linked to the formulas that compute them', () => {
    const answers = sheet('Answers');
    const npv = cellAt(answers, `B${rowOf(answers, 'NPV with PLI')}`);
    expect(npv.formula).toMatch(/^'Cash flow and valuation'!B\d+$/);
    expect(npv.value).toBe(cr(result.valuation.withPli.npv));
    const prose = [...answers.cells.values()]
      .map((c) => c.value)
      .filter((v) => typeof v === 'string');
    expect(prose.some((p) => (p as string).startsWith('Revenue. The'))).toBe(true);
    expect(prose.join(' ')).not.toContain('**');
  });

  it('writes figures as numbers at full double precision, totals as SUMs where they add up', () => {
    const revenue = sheet('Revenue');
    const total = rowOf(revenue, 'Total revenue');
    result.operations.forEach((o, i) => {
      expect(cellAt(revenue, `${yearColumns(5)[i]}${total}`).value).toBe(cr(o.revenue));
    });
    const totals = formulaCells([revenue]).filter((f) => f.cell.formula?.startsWith('SUM('));
    expect(totals.length).toBeGreaterThan(3);
    const phonesRow = rowOf(revenue, result.operations[0]?.segments[0]?.name ?? '');
    const phones = result.operations.map((o) => o.segments[0]?.revenue as Money);
    expect(cellAt(revenue, `G${phonesRow}`)).toMatchObject({
      formula: `SUM(B${phonesRow}:F${phonesRow})`,
      value: sum(phones),
    });
  });

  it('formats ₹ crore with Indian digit grouping and percentages as percentages', () => {
    const styles = book.files['xl/styles.xml'] ?? '';
    expect(styles).toContain(
      'formatCode="[&gt;=10000000]##\\,##\\,##\\,##0.00;[&gt;=100000]##\\,##\\,##0.00;##,##0.00"',
    );
    expect(INDIAN_AMOUNT_FORMAT).toBe(
      '[>=10000000]##\\,##\\,##\\,##0.00;[>=100000]##\\,##\\,##0.00;##,##0.00',
    );
    const cellXfs = styles.slice(styles.indexOf('<cellXfs'));
    const xfs = [...cellXfs.matchAll(/<xf numFmtId="(\d+)" fontId/g)].map((m) => Number(m[1]));
    const pnl = sheet('P&L');
    const ebitda = rowOf(pnl, 'EBITDA');
    expect(xfs[cellAt(pnl, `B${ebitda}`).style]).toBe(164);
    expect(xfs[cellAt(pnl, `B${ebitda + 1}`).style]).toBe(10); // EBITDA margin: 0.00%
    const heads = sheet('Headcount');
    const closing = [...heads.cells.entries()].find(
      ([ref, c]) => ref.startsWith('B') && typeof c.value === 'number',
    );
    expect(xfs[closing?.[1].style ?? -1]).toBe(165);
  });

  it('freezes the header row and the label column, and sets column widths', () => {
    for (const s of book.sheets) {
      expect(s.xml, s.name).toContain(
        '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>',
      );
      expect(s.xml, s.name).toMatch(/<cols><col min="1" max="1" width="\d+" customWidth="1"\/>/);
    }
  });

  it('is pure: the same result gives the same bytes; the zip writer can be passed in', async () => {
    const again = await scenarioWorkbook(result, { zipSync });
    expect(again).toEqual(bytes);
    expect(Object.isFrozen(scenarioWorkbookSheets(result).sheets[0]?.rows)).toBe(true);
  });

  it('rejects a sheet name Excel would reject and a non-finite number', () => {
    const sheetOf = (name: string, value = 1) => ({
      name,
      rows: [[{ kind: 'number' as const, value, format: 'general' as const }]],
      widths: [10],
      freeze: { rows: 0, columns: 0 },
    });
    expect(() => workbookParts({ sheets: [sheetOf('a/b')] })).toThrow(ArgumentError);
    expect(() => workbookParts({ sheets: [sheetOf('x'.repeat(32))] })).toThrow(ArgumentError);
    expect(() => workbookParts({ sheets: [sheetOf('A'), sheetOf('a')] })).toThrow(/sheet name/);
    expect(() => workbookParts({ sheets: [sheetOf('A', Number.NaN)] })).toThrow(/NaN/);
    const parts = workbookParts({ sheets: [sheetOf('R&D <1>')] });
    expect(parts['xl/workbook.xml']).toContain('name="R&amp;D &lt;1&gt;"');
  });

  it('keeps text with markup characters as text', () => {
    const parts = workbookParts({
      sheets: [
        {
          name: 'T',
          rows: [[{ kind: 'text', value: 'a < b & "c"\u0001' }]],
          widths: [10],
          freeze: { rows: 0, columns: 0 },
        },
      ],
    });
    const read = readXlsx(
      zipSync(
        Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, new TextEncoder().encode(v)])),
      ),
    );
    expect(read.sheets[0]?.cells.get('A1')?.value).toBe('a < b & "c"');
  });
});
