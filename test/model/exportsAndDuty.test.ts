import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../src/model/index.js';
import { formatMoney, type Money } from '../../src/money/index.js';
import { scenarioHtml } from '../../src/report/scenarioHtml.js';
import { scenarioReport } from '../../src/report/scenarioReport.js';
import { documentToMarkdown } from '../../src/report/toMarkdown.js';
import { scenarioWorkbookSheets } from '../../src/report/workbook/scenarioWorkbook.js';
import type { WorkbookCell } from '../../src/report/workbook/types.js';

/** A row's label: its first cell's text. */
const label = (row: readonly WorkbookCell[]) => {
  const [cell] = row;
  return cell?.kind === 'text' ? cell.value : undefined;
};

import { scenarioIssues } from './_seed.js';
import { tinyJson } from './_tiny.js';

const cr = (m: Money | undefined) =>
  m === undefined ? 'none' : formatMoney(m, { unit: 'crore', decimals: 0 });

type Segment = Record<string, unknown>;
function withSegment(change: Segment): Record<string, unknown> {
  const json = tinyJson();
  const [phones] = json.segments as Segment[];
  json.segments = [{ ...phones, ...change }];
  return json;
}

const usd = (amount: string) => ({ amount, currency: 'USD' });

describe('exports', () => {
  it('sells the export share at its own USD price, converted at the FX rate', () => {
    // 4,00,000 × 10 phones a month: 80% abroad at $180 × ₹75 = ₹13,500, 20% at home at ₹12,000.
    const json = withSegment({ exports: { share: '0.8', price: { perUnit: usd('180') } } });
    const [y1] = runScenario(parseScenario(json)).operations;
    expect(y1?.exportUnits.toFixed()).toBe('38400000'); // 4,80,00,000 × 0.8
    expect(cr(y1?.exportRevenue)).toBe('₹51,840 crore'); // 3,84,00,000 × ₹13,500
    expect(cr(y1?.revenue)).toBe('₹63,360 crore'); // + 96,00,000 × ₹12,000 = ₹11,520 crore
    expect(y1?.averagePrice?.amount.toFixed()).toBe('13200');
    expect(cr(y1?.segments[0]?.exportRevenue)).toBe('₹51,840 crore');
  });

  it('follows share steps, the export price change and the rupee path', () => {
    const json = withSegment({
      exports: {
        share: [{ share: '0.5' }, { from: '2021-04', share: '1' }],
        price: { perUnit: usd('200'), yearlyChange: '-0.1' },
      },
    });
    json.fx = { USD: { rate: '75', yearlyChange: '0.02' } };
    const ops = runScenario(parseScenario(json)).operations;
    // FY2021-22: every unit abroad at $180 × ₹76.5 = ₹13,770: 4,80,00,000 × ₹13,770.
    expect(cr(ops[1]?.exportRevenue)).toBe('₹66,096 crore');
    expect(ops[1]?.exportRevenue.amount.toFixed()).toBe(ops[1]?.revenue.amount.toFixed());
    // FY2020-21: half at $200 × ₹75 = ₹15,000, half at ₹12,000.
    expect(cr(ops[0]?.exportRevenue)).toBe('₹36,000 crore');
    expect(cr(ops[0]?.revenue)).toBe('₹64,800 crore');
  });

  it('reports the export share each year in the markdown and HTML reports', () => {
    const json = withSegment({ exports: { share: '0.8', price: { perUnit: usd('180') } } });
    const result = runScenario(parseScenario(json));
    const markdown = documentToMarkdown(scenarioReport(result));
    expect(markdown).toContain('Exports (₹ crore)');
    // 51,840 ÷ 63,360 = 81.8%, every year and in total.
    expect(markdown).toMatch(
      /\| Export share of revenue \(%\) \| 81\.8 \| 81\.8 \| 81\.8 \| 81\.8 \|/,
    );
    expect(scenarioHtml(result)).toContain('Export share of revenue (%)');
    const revenueSheet = scenarioWorkbookSheets(result).sheets.find((s) => s.name === 'Revenue');
    expect(revenueSheet?.rows.some((r) => label(r) === 'Export share of revenue (%)')).toBe(true);
    // A plan without exports has no exports table.
    expect(
      documentToMarkdown(scenarioReport(runScenario(parseScenario(tinyJson())))),
    ).not.toContain('Exports (₹ crore)');
  });

  it('names the path of a problem', () => {
    const json = withSegment({
      exports: {
        share: [{ from: '2021-04', share: '1.2' }],
        price: { perUnit: usd('180') },
      },
    });
    expect(scenarioIssues(json)).toEqual([
      'segments[0].exports.share[0].share: must be between 0 and 1',
      'segments[0].exports.share[0].from: the first step applies from the horizon start: omit "from"',
    ]);
    const rate = withSegment({
      exports: { share: '1', price: { perUnit: { amount: '180', currency: 'EUR' } } },
    });
    const late = withSegment({
      exports: {
        share: [{ share: '0.5' }, { from: '2030-04', share: '1' }],
        price: { perUnit: usd('180') },
      },
    });
    expect(scenarioIssues(late)).toEqual([
      'segments[0].exports.share[1].from: 2030-04 is outside the horizon (2020-04 to 2023-03)',
    ]);
    expect(scenarioIssues(rate)).toEqual([
      'segments[0].exports.price.perUnit.currency: no FX rate for EUR: add fx.EUR (INR per EUR)',
    ]);
  });
});

describe('customs duty on imported parts', () => {
  it('10% on ₹X of imported parts adds ₹0.1X of cost and lowers tax by the rate on it', () => {
    // Imported parts: $100 × ₹75 = ₹7,500 a phone × 4,80,00,000 = ₹36,000 crore a year.
    const base = runScenario(parseScenario(tinyJson()));
    const json = tinyJson();
    json.customsDuty = [{ components: ['importedComponents'], rate: '0.1' }];
    const dutied = runScenario(parseScenario(json));
    const [before] = base.profitAndLoss.withPli;
    const [after] = dutied.profitAndLoss.withPli;
    expect(cr(after?.customsDuty)).toBe('₹3,600 crore');
    expect(cr(before?.customsDuty)).toBe('₹0 crore');
    expect(after?.costOfGoods.amount.toFixed()).toBe(before?.costOfGoods.amount.toFixed());
    const lower = (f: (p: NonNullable<typeof after>) => Money) =>
      before === undefined || after === undefined
        ? 'none'
        : cr({ ...f(before), amount: f(before).amount.minus(f(after).amount) });
    expect(lower((p) => p.grossProfit)).toBe('₹3,600 crore');
    expect(lower((p) => p.ebitda)).toBe('₹3,600 crore');
    expect(lower((p) => p.currentTax)).toBe('₹900 crore'); // 25% of ₹3,600 crore
    expect(lower((p) => p.profitAfterTax)).toBe('₹2,700 crore');
    expect(documentToMarkdown(scenarioReport(dutied))).toContain('Customs duty on imported parts');
    // The workbook's P&L has the row, and gross profit's formula subtracts it.
    const pnlSheet = scenarioWorkbookSheets(dutied).sheets.find((s) => s.name === 'P&L');
    const rows = pnlSheet?.rows ?? [];
    const at = rows.findIndex((r) => label(r) === 'Customs duty on imported parts');
    expect(at).toBeGreaterThan(0);
    const gross = rows.find((r) => label(r) === 'Gross profit');
    const formula = gross?.find((c) => c?.kind === 'formula');
    expect(formula?.kind === 'formula' ? formula.formula : '').toMatch(
      new RegExp(`-[A-Z]+${at + 1}$`),
    );
  });

  it('takes rate steps by fiscal year and checks components and years', () => {
    const json = tinyJson();
    json.customsDuty = [
      {
        components: ['importedComponents'],
        rate: [{ rate: '0.1' }, { from: 'FY23', rate: '0.2' }],
      },
    ];
    const pnl = runScenario(parseScenario(json)).profitAndLoss.withPli;
    expect(pnl.map((p) => cr(p.customsDuty))).toEqual([
      '₹3,600 crore',
      '₹3,600 crore',
      '₹7,200 crore',
    ]);
    json.customsDuty = [
      {
        components: ['imported'],
        segments: ['tablets'],
        rate: [{ rate: '0.1' }, { from: 'FY30', rate: '0.2' }],
      },
    ];
    expect(scenarioIssues(json)).toEqual([
      'customsDuty[0].segments[0]: unknown segment "tablets" (segments: phones)',
      'customsDuty[0].components[0]: no segment it applies to has a cost component "imported"',
      'customsDuty[0].rate[1].from: FY2029-30 is outside the horizon (FY2020-21 to FY2022-23)',
    ]);
  });
});
