import { describe, expect, it } from 'vitest';
import { crore, formatMoney, type Money } from '../../src/money/index.js';
import { findRate } from '../../src/pli/_lib/rate.js';
import { evaluatePli, getPliScheme, withOverrides } from '../../src/pli/index.js';

// The incentive rate at the edges of its slabs and what each reason says (PLI-formula
// survivors, #11). The auto scheme's champion-OEM slabs as published (the whole method): 13 % up
// to ₹2,000 crore, 14 % to 3,000, 15 % to 4,000, 16 % above; investment thresholds zero here.
const cr = (m: Money) => formatMoney(m, { unit: 'crore', decimals: 2 });
type Slab = { upTo: string | null; rate: string };
const scheme = (method: 'whole' | 'marginal', slabs?: Slab[]) =>
  withOverrides(getPliScheme('auto-2021'), {
    categories: {
      'champion-oem': {
        rates:
          slabs === undefined
            ? { method }
            : { kind: 'slabs', method, slabs, confidence: 'unconfirmed' },
        thresholds: {
          investment: { cumulative: ['0', '0', '0', '0', '0'], confidence: 'unconfirmed' },
          sales: { incremental: ['100', '100', '100', '100', '100'], confidence: 'unconfirmed' },
        },
      },
    },
  });
const year = (sales: number, slabs?: Slab[]) => {
  const r = evaluatePli({
    scheme: scheme('whole', slabs),
    category: 'champion-oem',
    baseYearSales: crore(0),
    years: [{ year: 'FY2023-24', netSales: crore(sales), cumulativeInvestment: crore(0) }],
  });
  return { total: cr(r.total), rate: r.years[0]?.rate.toFixed(), reason: r.years[0]?.reasons[2] };
};

describe('evaluatePli: whole slabs', () => {
  it('at a slab’s top the whole amount earns that slab’s rate, and the reason names the slab', () => {
    expect(year(2000)).toEqual({
      total: '₹260.00 crore',
      rate: '0.13',
      reason:
        'rate 13%: eligible incremental sales ₹2,000 crore fall in the slab up to ₹2,000 crore: 13% × ₹2,000 crore = ₹260 crore',
    });
    expect(year(2500).rate).toBe('0.14');
  });

  it('above the last top, the open slab is named by the top below it', () => {
    expect(year(5000)).toEqual({
      total: '₹800.00 crore',
      rate: '0.16',
      reason:
        'rate 16%: eligible incremental sales ₹5,000 crore fall in the slab above ₹4,000 crore: 16% × ₹5,000 crore = ₹800 crore',
    });
  });

  it('a flat rate (one open slab) names its slab as everything above ₹0', () => {
    expect(year(1000, [{ upTo: null, rate: '0.1' }])).toEqual({
      total: '₹100.00 crore',
      rate: '0.1',
      reason:
        'rate 10%: eligible incremental sales ₹1,000 crore fall in the slab above ₹0: 10% × ₹1,000 crore = ₹100 crore',
    });
  });
});

describe('findRate', () => {
  it('a marginal schedule’s rate on no sales is its first slab’s rate', () => {
    const s = scheme('marginal');
    const rates = s.categories['champion-oem']?.rates;
    if (rates === undefined) throw new Error('the auto scheme has champion-OEM rates');
    const found = findRate(s, rates, 1, crore(0));
    expect(found.rate?.toFixed()).toBe('0.13');
    expect(found.reason).toBe('effective rate 13% on ₹0 crore under marginal slabs');
  });

  it('a yearly rate the scheme leaves unknown is null, with no reason', () => {
    const s = getPliScheme('lsem-2020');
    expect(
      findRate(s, { kind: 'by-year', rates: [null], confidence: 'unconfirmed' }, 1, crore(100)),
    ).toEqual({
      rate: null,
      reason: '',
    });
  });
});
