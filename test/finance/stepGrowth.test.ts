import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { certainStepGrowth } from '../../src/finance/_lib/stepGrowth.js';

// The daily growth of XNPV, (1 + rate)^(1/365), from BigInt series: decimal.js's very digits
// (its ln and exp are correctly rounded) wherever the kernel answers, and it answers for the
// rates plans use.

const decimalJs = (base: Decimal, steps: number) =>
  Decimal.exp(Decimal.ln(base).dividedBy(steps)).toString();

describe('certainStepGrowth', () => {
  it('gives exp(ln(1 + rate)/d) to the digit, or declines', () => {
    let answered = 0;
    const rates = fc.oneof(
      // Rates as plans state them: a few decimals.
      fc.integer({ min: -4_999, max: 9_999 }).map((bp) => new Decimal(bp).dividedBy(10_000)),
      // Any 40-digit base in [1/2, 2] (and a little beyond, to be declined).
      fc
        .bigInt({ min: 4n * 10n ** 38n, max: 21n * 10n ** 38n })
        .map((n) => new Decimal(`${n}e-39`).minus(1)),
    );
    fc.assert(
      fc.property(rates, fc.constantFrom(365, 366, 12, 4, 2, 7), (rate, steps) => {
        const base = new Decimal(1).plus(rate);
        const certain = certainStepGrowth(base, steps);
        if (certain === undefined) return;
        answered++;
        expect(certain.toString()).toBe(decimalJs(base, steps));
      }),
      { numRuns: 3_000 },
    );
    expect(answered).toBeGreaterThan(2_000);
  });

  it('answers for the seed plans’ rates, and declines outside [1/2, 2] and at zero', () => {
    for (const rate of ['0.12', '0.1', '0.135', '0.09', '-0.3', '0.9999']) {
      const base = new Decimal(1).plus(rate);
      expect(certainStepGrowth(base, 365)?.toString()).toBe(decimalJs(base, 365));
    }
    for (const base of ['0.49', '2.01', '1', '1.00000000000000000000001']) {
      expect(certainStepGrowth(new Decimal(base), 365)).toBeUndefined();
    }
  });
});
