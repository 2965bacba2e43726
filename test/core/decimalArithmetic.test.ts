// The shortcuts of decimalArithmetic.ts (an exact 0 or 1 operand) must give decimal.js's own
// result: the same value, sign of zero included (−0 prints "-0" in JSON), and an instance of the
// private constructor — for every pairing of ±0, ±1, long values (more than 40 digits, which
// decimal.js rounds), non-finite values and values of a foreign Decimal clone.
import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { decimalQuotient, decimalSum, decimalTimes } from '../../src/core/decimalArithmetic.js';

const Foreign = DecimalJs.clone({ precision: 5 });

const special = [
  '0',
  '-0',
  '1',
  '-1',
  '2.5',
  '-13500000000.55',
  '1e-40',
  // 41 and 45 significant digits: decimal.js rounds them on any operation.
  '12345678901234567890123456789012345678901',
  '-1234567890123456789012345678901234567890.5',
  // 40 digits in six words, and 42 digits whose last word ends in zeros (still ≤ 40 significant).
  '1234567890123456789012345678901234567890',
  '123456789012345678901234567890123456789000',
  'Infinity',
  'NaN',
].map((text) => new Decimal(text));
const foreign = ['0', '-0', '1', '123456.789'].map((text) => new Foreign(text));
const operands = [...special, ...foreign];

/** What JSON shows, plus whose instance it is. */
const shape = (d: Decimal) => ({
  value: d.valueOf(),
  own: d.constructor === Decimal,
  foreign: d.constructor === Foreign,
});
const outcome = (f: () => Decimal) => {
  try {
    return shape(f());
  } catch (error) {
    return { error: String(error) };
  }
};

describe('decimalSum, decimalTimes, decimalQuotient', () => {
  it('equal decimal.js on every pairing of zeros, ones, long, non-finite and foreign values', () => {
    let pairs = 0;
    for (const a of operands) {
      for (const b of operands) {
        expect(
          outcome(() => decimalSum(a, b, 1)),
          `${a} + ${b}`,
        ).toEqual(outcome(() => a.plus(b)));
        expect(
          outcome(() => decimalSum(a, b, -1)),
          `${a} - ${b}`,
        ).toEqual(outcome(() => a.minus(b)));
        expect(
          outcome(() => decimalTimes(a, b)),
          `${a} × ${b}`,
        ).toEqual(outcome(() => a.times(b)));
        if (!b.isZero() && !b.isNaN()) {
          expect(
            outcome(() => decimalQuotient(a, b)),
            `${a} ÷ ${b}`,
          ).toEqual(outcome(() => a.dividedBy(b)));
        }
        pairs++;
      }
    }
    expect(pairs).toBe(operands.length ** 2);
  });

  it('keep the sign of zero as decimal.js does', () => {
    const negativeZero = new Decimal('-0');
    expect(decimalSum(negativeZero, negativeZero, 1).valueOf()).toBe('-0');
    expect(decimalSum(negativeZero, new Decimal(0), -1).valueOf()).toBe('-0');
    expect(decimalSum(negativeZero, new Decimal(0), 1).valueOf()).toBe('0');
    expect(decimalTimes(new Decimal(-5), new Decimal(0)).valueOf()).toBe('-0');
    expect(decimalQuotient(negativeZero, new Decimal(3)).valueOf()).toBe('-0');
  });

  it('return the operand itself when decimal.js would copy it unchanged', () => {
    const a = new Decimal('13500000000.55');
    expect(decimalSum(a, new Decimal(0), 1)).toBe(a);
    expect(decimalSum(new Decimal(0), a, 1)).toBe(a);
    expect(decimalTimes(a, new Decimal(1))).toBe(a);
    expect(decimalTimes(new Decimal(1), a)).toBe(a);
    expect(decimalQuotient(a, new Decimal(1))).toBe(a);
  });

  it('equal decimal.js at random (property)', () => {
    const decimal = fc.oneof(
      fc.constantFrom(...operands),
      fc
        .tuple(fc.boolean(), fc.stringMatching(/^\d{1,45}$/), fc.integer({ min: -20, max: 20 }))
        .map(([negative, digits, e]) => new Decimal(`${negative ? '-' : ''}${digits}e${e}`)),
    );
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(outcome(() => decimalSum(a, b, 1))).toEqual(outcome(() => a.plus(b)));
        expect(outcome(() => decimalSum(a, b, -1))).toEqual(outcome(() => a.minus(b)));
        expect(outcome(() => decimalTimes(a, b))).toEqual(outcome(() => a.times(b)));
        if (!b.isZero() && !b.isNaN())
          expect(outcome(() => decimalQuotient(a, b))).toEqual(outcome(() => a.dividedBy(b)));
      }),
      { numRuns: 1000 },
    );
  });
});
