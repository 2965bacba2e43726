import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { freeCashFlow } from '../../src/model/freeCashFlow.js';
import { profitAndLoss } from '../../src/model/profitAndLoss.js';
import { valueFlows } from '../../src/model/valuation.js';
import { workingCapital } from '../../src/model/workingCapital.js';
import { crore, inr } from '../../src/money/constructors.js';

const d = (v: string | number) => new Decimal(v);
const s = (m: { amount: Decimal }) => m.amount.toFixed();

const year = (y: string, revenue: number, pli = 0) => ({
  year: y,
  revenue: d(revenue),
  costOfGoods: d(revenue * 0.9),
  payroll: d(20),
  otherOperatingCosts: d(30),
  depreciation: d(10),
  pliIncome: d(pli),
});

describe('profitAndLoss', () => {
  it('walks revenue down to profit after tax with PLI on its own line', () => {
    // 1000 − 900 = 100 gross; − 20 − 30 = 50 EBITDA; − 10 = 40 EBIT; + 5 PLI = 45 PBT;
    // tax 25% = 11.25; PAT 33.75.
    const [y] = profitAndLoss([year('FY2021-22', 1000, 5)], { taxRate: d('0.25') });
    expect(
      y && [
        s(y.grossProfit),
        s(y.ebitda),
        s(y.ebit),
        s(y.profitBeforeTax),
        s(y.tax),
        s(y.profitAfterTax),
      ],
    ).toEqual(['100', '50', '40', '45', '11.25', '33.75']);
    expect(y?.ebitdaMargin.toFixed()).toBe('0.05');
    expect(y?.patMargin.toFixed()).toBe('0.03375');
  });

  it('leaves PLI out on request and taxes the lower profit', () => {
    const [y] = profitAndLoss([year('FY2021-22', 1000, 5)], {
      taxRate: d('0.25'),
      withoutPli: true,
    });
    expect(y && [s(y.pliIncome), s(y.profitBeforeTax), s(y.tax)]).toEqual(['0', '40', '10']);
  });

  it('carries a loss forward and sets it off against later profit', () => {
    // Year 1: revenue 100 → EBITDA 10 − 50 = −40, EBIT −50: loss 50 carried.
    // Year 2: PBT 40 − 50 set off → no tax, 10 still carried. Year 3: PBT 40 − 10 = 30 taxed.
    const out = profitAndLoss([year('a', 100), year('b', 1000), year('c', 1000)], {
      taxRate: d('0.25'),
    });
    expect(out.map((y) => s(y.tax))).toEqual(['0', '0', '7.5']);
    expect(out.map((y) => s(y.lossCarriedForward))).toEqual(['50', '10', '0']);
    expect(s(out[0]?.profitAfterTax ?? inr(0))).toBe('-50');
  });

  it('gives zero margins without revenue instead of dividing by zero', () => {
    const [y] = profitAndLoss([{ ...year('a', 0), payroll: d(0), otherOperatingCosts: d(0) }], {
      taxRate: d('0.25'),
    });
    expect(y?.ebitdaMargin.isZero()).toBe(true);
  });

  it('does not mutate its input', () => {
    const input = [year('a', 1000, 5)];
    const copy = JSON.stringify(input);
    profitAndLoss(input, { taxRate: d('0.25') });
    expect(JSON.stringify(input)).toBe(copy);
  });
});

describe('workingCapital', () => {
  it('ties up days of revenue and cost of goods and reports the change', () => {
    // Receivables 3650 × 45/365 = 450; inventory 3285 × 45/365 = 405; payables 3285 × 60/365 = 540.
    const out = workingCapital(
      [
        { year: 'a', revenue: d(3650), costOfGoods: d(3285) },
        { year: 'b', revenue: d(7300), costOfGoods: d(6570) },
      ],
      { receivableDays: d(45), inventoryDays: d(45), payableDays: d(60), opening: d(100) },
    );
    expect(
      out.map((y) => [s(y.receivables), s(y.inventory), s(y.payables), s(y.net), s(y.change)]),
    ).toEqual([
      ['450', '405', '540', '315', '215'],
      ['900', '810', '1080', '630', '315'],
    ]);
  });
});

describe('freeCashFlow', () => {
  it('is EBITDA − tax − capex − ΔWC + PLI received, with terminal value kept apart', () => {
    const out = freeCashFlow(
      [
        {
          year: 'a',
          ebitda: d(100),
          tax: d(20),
          capex: d(50),
          changeInWorkingCapital: d(10),
          pliReceived: d(0),
        },
        {
          year: 'b',
          ebitda: d(0),
          tax: d(0),
          capex: d(0),
          changeInWorkingCapital: d(0),
          pliReceived: d(7),
          terminalValue: d(3),
        },
      ],
      1,
    );
    expect(out.map((y) => [y.inHorizon, s(y.freeCashFlow), s(y.valuationFlow)])).toEqual([
      [true, '20', '20'],
      [false, '7', '10'],
    ]);
  });
});

describe('valueFlows', () => {
  it('matches Excel NPV, IRR and payback on a hand-checked stream', () => {
    // NPV(12%; −100, 60, 70) in crore = −89.2857 + 47.8316 + 49.8246 = 8.3705 crore.
    const v = valueFlows([crore(-100), crore(60), crore(70)], d('0.12'));
    expect(v.npv.amount.dividedBy(1e7).toFixed(4)).toBe('8.3705');
    // IRR: with x = 1/(1+r), 70x² + 60x − 100 = 0 → x = (−60 + √31,600)/140 = 0.841166… → r = 0.18882…
    expect(v.irr.value?.toFixed(4)).toBe('0.1888');
    // Cumulative from the start of year 1: −100, −40, +30 → 2 + 40/70 years.
    expect(v.payback.period?.toFixed(4)).toBe('2.5714');
    expect(v.discountedPayback.paysBack).toBe(true);
  });

  it('reports why there is no IRR instead of throwing', () => {
    const v = valueFlows([crore(10), crore(20)], d('0.12'));
    expect(v.irr.value).toBeNull();
    expect(v.irr.reason).toMatch(/sign/);
    expect(v.payback.paysBack).toBe(true);
  });
});
