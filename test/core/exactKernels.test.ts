// The exact kernels of issue 15 (the Decimal path at speed): `exactTimes` and `exactSum` must give
// decimal.js's own results digit for digit — the same words, exponent and sign — on every input,
// including those they hand back to decimal.js (zeros, long operands, results it would round).
// The oracle is decimal.js itself on the same private Decimal; the seed is fixed (test/setup).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalCalculator } from '../../src/core/calculator.js';
import { Decimal } from '../../src/core/decimal.js';
import { decimalOf } from '../../src/core/decimalParts.js';
import { exactTimes } from '../../src/core/exactProduct.js';
import { exactQuotient } from '../../src/core/exactQuotient.js';
import { exactSum } from '../../src/core/exactSum.js';

/** A decimal of 1–50 significant digits (some all zeros), either sign, exponent −20…20. */
const decimal = fc
  .tuple(
    fc.boolean(),
    fc.oneof(
      fc.stringMatching(/^\d{1,9}$/),
      fc.stringMatching(/^\d{10,50}$/),
      // Runs of nines: rounding carries through every word.
      fc.integer({ min: 35, max: 50 }).map((n) => '9'.repeat(n)),
    ),
    fc.integer({ min: -20, max: 20 }),
  )
  .map(
    ([negative, digits, exponent]) => new Decimal(`${negative ? '-' : ''}${digits}e${exponent}`),
  );

const parts = (d: Decimal) => ({ s: d.s, e: d.e, d: [...d.d], negativeZero: Object.is(d.s, -0) });

describe('exactTimes', () => {
  it('is decimal.js’s times, digit for digit (property)', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(parts(exactTimes(a, b))).toEqual(parts(a.times(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('multiplies money by a rate without rounding', () => {
    expect(exactTimes(new Decimal('13500000000'), new Decimal('0.0625')).toFixed()).toBe(
      '843750000',
    );
    expect(exactTimes(new Decimal('-24567890.55'), new Decimal('0.0625')).toFixed()).toBe(
      '-1535493.159375',
    );
    expect(exactTimes(new Decimal('9999999'), new Decimal('9999999')).toFixed()).toBe(
      '99999980000001',
    );
  });

  it('rounds a product of more than 40 digits half-up as decimal.js does', () => {
    const a = new Decimal('1234567890123456789012345678901');
    const b = new Decimal('98765432109876543210');
    expect(exactTimes(a, b).toFixed()).toBe(a.times(b).toFixed());
    expect(exactTimes(a, b).precision()).toBeLessThanOrEqual(40);
  });
});

describe('exactSum', () => {
  it('is decimal.js’s plus and minus, digit for digit (property)', () => {
    fc.assert(
      fc.property(decimal, decimal, fc.boolean(), (a, b, same) => {
        const y = same ? a.negated() : b;
        expect(parts(exactSum(a, y, 1))).toEqual(parts(a.plus(y)));
        expect(parts(exactSum(a, y, -1))).toEqual(parts(a.minus(y)));
      }),
      { numRuns: 2000 },
    );
  });

  it('carries and borrows across words', () => {
    expect(exactSum(new Decimal('9999999.9999999'), new Decimal('0.0000001'), 1).toFixed()).toBe(
      '10000000',
    );
    expect(exactSum(new Decimal('10000000'), new Decimal('0.0000001'), -1).toFixed()).toBe(
      '9999999.9999999',
    );
    expect(exactSum(new Decimal('0.1'), new Decimal('0.3'), -1).toFixed()).toBe('-0.2');
  });

  it('gives zero for x − x as decimal.js does (+0)', () => {
    const x = new Decimal('24567890.55');
    expect(Object.is(exactSum(x, x, -1).s, 1)).toBe(true);
    expect(exactSum(x, x, -1).isZero()).toBe(true);
  });
});

/** A divisor of one to nine digits: one word (the kernel's case) or two (decimal.js's). */
const divisor = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,8}$/), fc.integer({ min: -12, max: 12 }))
  .map(
    ([negative, digits, exponent]) => new Decimal(`${negative ? '-' : ''}${digits}e${exponent}`),
  );

describe('exactQuotient', () => {
  it('is decimal.js’s dividedBy, digit for digit (property)', () => {
    fc.assert(
      fc.property(decimal, divisor, (a, b) => {
        expect(parts(exactQuotient(a, b))).toEqual(parts(a.dividedBy(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('divides by a month count, a half and a per-worker rate', () => {
    expect(exactQuotient(new Decimal('100'), new Decimal('12')).toFixed()).toBe(
      '8.333333333333333333333333333333333333333',
    );
    expect(exactQuotient(new Decimal('2'), new Decimal('3')).toFixed()).toBe(
      '0.6666666666666666666666666666666666666667',
    );
    expect(exactQuotient(new Decimal('-1'), new Decimal('0.5')).toFixed()).toBe('-2');
    expect(exactQuotient(new Decimal('1800000'), new Decimal('900')).toFixed()).toBe('2000');
  });
});

describe('decimalOf', () => {
  it('builds a Decimal decimal.js treats as its own', () => {
    const d = decimalOf(1, 10, [1350]);
    expect(d).toBeInstanceOf(Decimal);
    expect(Decimal.isDecimal(d)).toBe(true);
    expect(d.plus(1).toFixed()).toBe('13500000001');
    expect(d.toFixed()).toBe(new Decimal('13500000000').toFixed());
  });

  it('is what the Decimal calculator computes with', () => {
    const a = new Decimal('1.5');
    expect(decimalCalculator.multiply(a, new Decimal(2)).toFixed()).toBe('3');
    expect(decimalCalculator.add(a, a).toFixed()).toBe('3');
    expect(decimalCalculator.subtract(a, new Decimal('0.5')).toFixed()).toBe('1');
  });
});
