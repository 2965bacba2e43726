import { describe, expect, it } from 'vitest';
import { crore, formatMoney, type Money } from '../../src/money/index.js';
import { evaluatePli, getPliScheme, withOverrides } from '../../src/pli/index.js';

// The marginal method inside and across its first slab (PLI-formula mutation survivors, #11).
// The auto scheme's champion-OEM slabs: 13 % up to ₹2,000 crore, 14 % above (sales threshold
// ₹100 crore a year, investment thresholds set to zero here).
const cr = (m: Money) => formatMoney(m, { unit: 'crore', decimals: 2 });
const scheme = withOverrides(getPliScheme('auto-2021'), {
  categories: {
    'champion-oem': {
      rates: { method: 'marginal' },
      thresholds: {
        investment: { cumulative: ['0', '0', '0', '0', '0'], confidence: 'unconfirmed' },
        sales: { incremental: ['100', '100', '100', '100', '100'], confidence: 'unconfirmed' },
      },
    },
  },
});
const run = (sales: number) =>
  evaluatePli({
    scheme,
    category: 'champion-oem',
    baseYearSales: crore(0),
    years: [{ year: 'FY2023-24', netSales: crore(sales), cumulativeInvestment: crore(0) }],
  });

describe('evaluatePli: marginal slabs', () => {
  it('inside the first slab, the whole amount earns its rate', () => {
    const r = run(1000);
    expect(cr(r.total)).toBe('₹130.00 crore');
    expect(r.years[0]?.rate.toFixed()).toBe('0.13');
  });

  it('exactly at the first slab’s top, nothing earns the second rate', () => {
    expect(cr(run(2000).total)).toBe('₹260.00 crore');
  });

  it('across it, each part earns its own slab’s rate and the reason says the effective rate', () => {
    const r = run(3000);
    // 13 % × 2,000 + 14 % × 1,000 = 260 + 140
    expect(cr(r.total)).toBe('₹400.00 crore');
    expect(r.years[0]?.rate.toFixed(6)).toBe('0.133333');
    expect(r.years[0]?.reasons.join(' ')).toMatch(/effective rate 13\.33[\d.]*% on ₹3,000/);
  });

  it('beyond the last slab with a top, each slab earns its own rate and the open slab the rest', () => {
    const r = run(5000);
    // 13 % × 2,000 + 14 % × 1,000 + 15 % × 1,000 + 16 % × 1,000 = 260 + 140 + 150 + 160
    expect(cr(r.total)).toBe('₹710.00 crore');
    expect(r.years[0]?.rate.toFixed()).toBe('0.142');
  });
});
