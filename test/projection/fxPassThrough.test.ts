import { describe, expect, it } from 'vitest';
import { compileProjection } from '../../src/projection/compile.js';
import { runProjection } from '../../src/projection/runProjection.js';
import { flat, inr, usd } from './helpers.js';

function plan(passThrough: string | undefined) {
  return compileProjection({
    horizon: { start: 'FY2022-23', years: 2 },
    fx: { USD: { rate: '75', yearlyChange: '0.04' } },
    plants: [{ id: 'p', unitsPerMonth: '1000' }],
    segments: [
      {
        id: 'phones',
        plant: 'p',
        volume: flat('100'),
        price: {
          perUnit: inr('1000'),
          ...(passThrough === undefined ? {} : { fxPassThrough: passThrough }),
        },
        costs: {
          importedComponents: { perUnit: usd('10') },
          conversion: { perUnit: inr('100') },
        },
      },
    ],
  });
}

describe('FX pass-through into rupee prices', () => {
  it('moves the price by the share of the rupee cost change since the first month', () => {
    // Year 2: USD/INR 75 × 1.04 = 78, so the $10 of components costs ₹30 more; half of it is
    // passed on: ₹1,000 + 0.5 × ₹30 = ₹1,015 a unit, 1,200 units → ₹12,18,000.
    const result = runProjection(plan('0.5'));
    const [y1, y2] = result.segments[0]?.yearly ?? [];
    expect(y1?.revenue.amount.toFixed()).toBe('1200000');
    expect(y2?.averagePrice.amount.toFixed()).toBe('1015');
    expect(y2?.revenue.amount.toFixed()).toBe('1218000');
    // Cost of goods is the same whatever is passed on: 1,200 × (10 × 78 + 100).
    expect(y2?.cogs.amount.toFixed()).toBe('1056000');
  });

  it('keeps prices fixed in rupees by default (no pass-through)', () => {
    const [, y2] = runProjection(plan(undefined)).segments[0]?.yearly ?? [];
    expect(y2?.averagePrice.amount.toFixed()).toBe('1000');
  });

  it('passes the whole move on at 1 (cost-plus): the unit margin in rupees holds', () => {
    const [y1, y2] = runProjection(plan('1')).segments[0]?.yearly ?? [];
    const margin = (y: typeof y1) => y?.revenue.amount.minus(y.cogs.amount).toFixed();
    expect(margin(y2)).toBe(margin(y1));
  });
});
