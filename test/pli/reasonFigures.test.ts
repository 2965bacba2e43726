import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { InvalidAmountError } from '../../src/core/errors.js';
import { formatMoney, inr, usd } from '../../src/money/index.js';
import { crores, percent, rupees } from '../../src/pli/_lib/format.js';
import { roundingDecimals as decimals } from '../money/arbitraries.js';

// The Decimal path the reasons' text path replaces, kept as the oracle: every digit must agree.
const oracle = {
  crores: (d: Decimal) =>
    formatMoney(inr(d), {
      unit: 'crore',
      decimals: d.dividedBy(new Decimal('1e7')).isInteger() ? 0 : 2,
    }),
  rupees: (d: Decimal) => formatMoney(inr(d), { decimals: d.isInteger() ? 0 : 2 }),
  percent: (d: Decimal) => `${d.times(100).toDecimalPlaces(6).toFixed()}%`,
};

describe('reason figures (crores, rupees, percent)', () => {
  it('write what the Decimal path writes, digit for digit', () => {
    fc.assert(
      fc.property(decimals, (d) => {
        expect(crores(inr(d))).toBe(oracle.crores(d));
        expect(rupees(inr(d))).toBe(oracle.rupees(d));
        expect(percent(d)).toBe(oracle.percent(d));
      }),
      { numRuns: 3000 },
    );
  });

  it('keep the examples of the scheme reasons', () => {
    expect(crores(inr('1400000000'))).toBe('₹140 crore');
    expect(crores(inr('1818000000'))).toBe('₹181.80 crore');
    expect(crores(inr('-123456789012345'))).toBe('-₹1,23,45,678.90 crore');
    expect(rupees(inr('15000'))).toBe('₹15,000');
    expect(percent(new Decimal('0.04038'))).toBe('4.038%');
    expect(percent(new Decimal('0.06'))).toBe('6%');
  });

  it('take the Decimal path for another currency and past 40 digits', () => {
    expect(crores(usd('20000000'))).toBe(
      formatMoney(usd('20000000'), { unit: 'crore', decimals: 0 }),
    );
    // 41 digits (the constructors refuse them, a hand-built Money may carry them).
    const long = new Decimal(`1${'0'.repeat(9)}.${'0'.repeat(9)}5${'0'.repeat(20)}1`);
    const m = { amount: long, currency: 'INR' } as const;
    expect(crores(m)).toBe('₹100.00 crore'); // 41 digits ÷ 10^7 at 40 digits is not whole
    expect(rupees(m)).toBe('₹1,00,00,00,000.00');
    expect(percent(long)).toBe(oracle.percent(long));
    // A value formatMoney refuses is refused as before.
    for (const amount of [new Decimal('1e40'), new Decimal(Number.NaN)]) {
      expect(() => crores({ amount, currency: 'INR' })).toThrow(InvalidAmountError);
      expect(() => rupees({ amount, currency: 'INR' })).toThrow(InvalidAmountError);
    }
    expect(percent(new Decimal(Number.NaN))).toBe('NaN%');
    expect(percent(new Decimal('1e-120'))).toBe(oracle.percent(new Decimal('1e-120')));
  });
});
