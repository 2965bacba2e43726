// The shortcuts of decimalArithmetic.ts (an exact 0 or 1 operand) must give decimal.js's own
// result: the same value, sign of zero included (−0 prints "-0" in JSON), and an instance of the
// private constructor — for every pairing of ±0, ±1, long values (more than 40 digits, which
// decimal.js rounds), non-finite values and values of a foreign Decimal clone.
import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalCalculator } from '../../src/core/calculator.js';
import { Decimal } from '../../src/core/decimal.js';
import {
  decimalQuotient,
  decimalRepeatedSum,
  decimalSum,
  decimalTimes,
} from '../../src/core/decimalArithmetic.js';
import { toDecimal } from '../../src/core/decimalLike.js';

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

describe('decimalRepeatedSum', () => {
  /** a added up `count` times in turn from zero, by decimal.js itself. */
  const addedUp = (a: Decimal, count: number) => {
    let total = new Decimal(0);
    for (let k = 0; k < count; k++) total = total.plus(a);
    return total;
  };

  it('gives the digits of adding up in turn where a product would round differently', () => {
    // Values of 39 and 40 significant digits whose sum in turn and product differ in the last
    // digit: only values of at most 38, added up fewer than 100 times, may take the product.
    const cases: [string, number][] = [
      ['94229397074528417942.2819421232372870355', 12],
      ['98700560534130616269.7485716076255672343', 12],
      ['8569493419776018795576626974376052.030386', 4],
      ['-2665073624763574414519.702204787333279649', 6],
      // 38 digits, but 102 of them reach 41: past 99 terms the product may round differently.
      ['9993509533089605287884637502314434.4743', 102],
    ];
    for (const [text, count] of cases) {
      const a = new Decimal(text);
      expect(a.times(count).equals(addedUp(a, count)), text).toBe(false);
      expect(shape(decimalRepeatedSum(a, count)), text).toEqual(shape(addedUp(a, count)));
    }
    // 38 digits: the product, exact.
    const a = new Decimal('9'.repeat(38));
    expect(shape(decimalRepeatedSum(a, 99))).toEqual(shape(addedUp(a, 99)));
    for (const value of operands) {
      for (const count of [1, 2, 12]) {
        expect(outcome(() => decimalRepeatedSum(value, count))).toEqual(
          outcome(() => addedUp(value, count)),
        );
      }
    }
  });

  it('equals adding up in turn at random (property)', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,41}$/), fc.integer({ min: -30, max: 30 }))
      .map(([negative, digits, e]) => new Decimal(`${negative ? '-' : ''}${digits}e${e}`));
    fc.assert(
      fc.property(decimal, fc.integer({ min: 1, max: 120 }), (a, count) => {
        expect(shape(decimalRepeatedSum(a, count))).toEqual(shape(addedUp(a, count)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('decimalCalculator', () => {
  it('reads a whole number as toDecimal does (negative zero and unsafe integers included)', () => {
    for (const n of [0, -0, 1, 12, -7, 2 ** 53 - 1, 2 ** 53, 1e21, 0.5]) {
      expect(shape(decimalCalculator.from(n)), String(n)).toEqual(shape(toDecimal(n)));
    }
  });

  it('compares, takes min and max as decimal.js’s cmp, lte and gte do (NaN included)', () => {
    const values = [new Decimal(-1), new Decimal(0), new Decimal('-0'), new Decimal(2)];
    const nan = new Decimal(Number.NaN);
    for (const a of [...values, nan]) {
      for (const b of [...values, nan]) {
        expect(decimalCalculator.min(a, b)).toBe(a.lessThanOrEqualTo(b) ? a : b);
        expect(decimalCalculator.max(a, b)).toBe(a.greaterThanOrEqualTo(b) ? a : b);
        expect(Object.is(decimalCalculator.compare(a, b), a.comparedTo(b))).toBe(true);
      }
      expect(decimalCalculator.isZero(a)).toBe(a.isZero());
    }
  });
});
