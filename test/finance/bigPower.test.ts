import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigFromDecimal, bigToDecimal } from '../../src/core/bigDecimalConvert.js';
import { Decimal } from '../../src/core/decimal.js';
import { bigWholePower } from '../../src/finance/_lib/bigPower.js';

describe('bigWholePower', () => {
  it("gives decimal.js's toPower digits for a positive base and a whole exponent", () => {
    const base = fc
      .tuple(fc.bigInt({ min: 1n, max: 10n ** 40n - 1n }), fc.integer({ min: -45, max: 5 }))
      .map(([c, e]) => new Decimal(`${c}e${e}`));
    fc.assert(
      fc.property(base, fc.integer({ min: 1, max: 5000 }), (x, n) => {
        expect(bigToDecimal(bigWholePower(bigFromDecimal(x), n)).toString()).toBe(
          x.toPower(n).toString(),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('agrees on daily growths near one, over a horizon of days', () => {
    for (const rate of ['0.12', '0.09', '-0.3', '0.000001', '2.5']) {
      const g = Decimal.exp(Decimal.ln(new Decimal(1).plus(rate)).dividedBy(365));
      for (const n of [1, 2, 31, 181, 182, 364, 365, 366, 730, 1826, 3653, 36525]) {
        expect(bigToDecimal(bigWholePower(bigFromDecimal(g), n)).toString()).toBe(
          g.toPower(n).toString(),
        );
      }
    }
  });
});
