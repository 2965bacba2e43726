import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { profitAndLoss } from '../../src/model/profitAndLoss.js';
import { runScenario } from '../../src/model/runScenario.js';
import { workingCapital } from '../../src/model/workingCapital.js';
import { seedJson, setAt } from './_seed.js';

const d = (x: string | number) => new Decimal(x);
const year = (label: string, depreciation: number, taxDepreciation: number) => ({
  year: label,
  revenue: d(1000),
  costOfGoods: d(800),
  payroll: d(50),
  otherOperatingCosts: d(50),
  depreciation: d(depreciation),
  taxDepreciation: d(taxDepreciation),
  pliIncome: d(0),
});

describe('profitAndLoss — tax on tax depreciation, deferred tax', () => {
  it('pays current tax on the tax allowance and shows the deferral (hand-worked)', () => {
    // EBITDA 100; book depreciation 10, tax depreciation 30. PBT 90; taxable 90 + 10 − 30 = 70;
    // current tax 25% = 17.5; deferred 25% × (30 − 10) = 5; charge 22.5 = 25% of PBT.
    const [y1, y2] = profitAndLoss([year('FY2021-22', 10, 30), year('FY2022-23', 10, 4)], {
      taxRate: d('0.25'),
    });
    expect(y1?.taxableProfit.amount.toFixed()).toBe('70');
    expect(y1?.currentTax.amount.toFixed()).toBe('17.5');
    expect(y1?.deferredTax.amount.toFixed()).toBe('5');
    expect(y1?.tax.amount.toFixed()).toBe('22.5');
    expect(y1?.profitAfterTax.amount.toFixed()).toBe('67.5');
    expect(y1?.deferredTaxLiability.amount.toFixed()).toBe('5');
    // Year 2 the allowance runs behind book: the liability unwinds by 25% × 6 = 1.5.
    expect(y2?.deferredTax.amount.toFixed()).toBe('-1.5');
    expect(y2?.currentTax.amount.toFixed()).toBe('24');
    expect(y2?.deferredTaxLiability.amount.toFixed()).toBe('3.5');
  });

  it('without a tax allowance given, taxes on book depreciation (no deferral)', () => {
    const { taxDepreciation: _t, ...plain } = year('FY2021-22', 10, 0);
    const [y] = profitAndLoss([plain], { taxRate: d('0.25') });
    expect(y?.deferredTax.amount.toFixed()).toBe('0');
    expect(y?.taxDepreciation.amount.toFixed()).toBe('10');
  });
});

describe('workingCapital — GST on receivables', () => {
  it('receivables carry the GST customers owe', () => {
    // 3,650 of revenue × 1.18 ÷ 365 × 45 days = 531.
    const [y] = workingCapital([{ year: 'FY2021-22', revenue: d(3650), costOfGoods: d(0) }], {
      receivableDays: d(45),
      inventoryDays: d(0),
      payableDays: d(0),
      opening: d(0),
      gstOnReceivables: d('0.18'),
    });
    expect(y?.receivables.amount.toFixed()).toBe('531');
  });
});

describe('runScenario — opening working capital and the tax regime', { timeout: 60_000 }, () => {
  it('derives the opening from the days on the run-rate at the start, by default', () => {
    const json = seedJson();
    setAt(json, 'finance.workingCapital.opening', undefined);
    const r = runScenario(parseScenario(json));
    const o = r.openingWorkingCapital;
    expect(o.stated).toBeNull();
    // The first month × 12: receivables at 45 days of revenue, inventory 45 and payables 60 of
    // cost of goods — recomputed here from the first month of the projection.
    const first = r.operations[0];
    expect(first).toBeDefined();
    expect(o.used.amount.toFixed()).toBe(o.fromDays.amount.toFixed());
    const change = r.workingCapital[0]?.change.amount;
    expect(change?.toFixed()).toBe(
      r.workingCapital[0]?.net.amount.minus(o.fromDays.amount).toFixed(),
    );
    expect(o.fromDays.amount.dividedBy(1e7).toFixed(0)).toBe('30');
  });

  it('reports how far a stated opening is from the days', () => {
    const json = seedJson();
    setAt(json, 'finance.workingCapital.opening', '₹60 crore');
    const o = runScenario(parseScenario(json)).openingWorkingCapital;
    expect(o.used.amount.dividedBy(1e7).toFixed(0)).toBe('60');
    expect(o.difference?.amount.toFixed()).toBe(o.used.amount.minus(o.fromDays.amount).toFixed());
  });

  it('takes the regime’s effective rate: 115BAB is 15% × 1.1 × 1.04 = 17.16%', () => {
    const json = seedJson();
    setAt(json, 'finance.taxRate', undefined);
    setAt(json, 'finance.tax', { regime: 'section-115BAB', reason: 'a new company' });
    const meta = json.meta as { assumptions: { appliesTo: string[] }[] };
    for (const a of meta.assumptions)
      a.appliesTo = a.appliesTo.map((p) => (p === 'finance.taxRate' ? 'finance.tax' : p));
    const r = runScenario(parseScenario(json));
    expect(r.tax.rate.toFixed()).toBe('0.1716');
    const p = r.profitAndLoss.withPli[0];
    expect(p?.tax.amount.toFixed(6)).toBe(p?.profitBeforeTax.amount.times('0.1716').toFixed(6));
  });

  it('refuses both a regime and a flat rate, at finance.tax', () => {
    const json = seedJson();
    setAt(json, 'finance.taxRate', '0.25');
    setAt(json, 'finance.tax', { regime: 'section-115BAA', reason: 'opted in' });
    const meta = json.meta as { assumptions: { appliesTo: string[] }[] };
    for (const a of meta.assumptions)
      a.appliesTo = a.appliesTo.map((p) => (p === 'finance.taxRate' ? 'finance.tax' : p));
    expect(() => parseScenario(json)).toThrow(/finance\.tax/);
  });
});
