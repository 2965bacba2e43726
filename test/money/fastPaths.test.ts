// The fast paths of issue 15 (money at least as fast as dinero.js): results built without
// re-validation, allocate's integer-ratio path and formatMoney without a text shift. Each is
// checked against the general path it short-cuts, with the fixed fast-check seed (test/setup).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { isComputedInRange, isDecimalLike } from '../../src/core/decimalLike.js';
import { NumberOutOfRangeError } from '../../src/core/errors.js';
import { toMinorUnits } from '../../src/money/_lib/minorUnits.js';
import {
  type AllocationRemainder,
  add,
  allocate,
  formatMoney,
  inr,
  multiply,
  round,
  usd,
} from '../../src/money/index.js';
import { decimalText } from './arbitraries.js';

const RULES: readonly AllocationRemainder[] = ['largest-remainder', 'largest-ratio', 'first'];
const text = (parts: readonly { amount: Decimal }[]) => parts.map((p) => p.amount.toFixed());

describe('allocate: integer-ratio fast path', () => {
  it('gives the general path’s parts for whole-number and bigint ratios (property)', () => {
    const whole = fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.bigInt({ min: 0n, max: 10n ** 20n }),
      fc.constant(0),
    );
    fc.assert(
      fc.property(
        decimalText,
        fc.array(whole, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...RULES),
        (amount, ratios, remainder) => {
          fc.pre(ratios.some((r) => BigInt(r) !== 0n));
          const m = inr(amount);
          const fast = allocate(m, ratios, { remainder });
          // Text ratios take the general (Decimal, common scale) path.
          const general = allocate(
            m,
            ratios.map((r) => String(r)),
            { remainder },
          );
          expect(text(fast)).toEqual(text(general));
          for (const p of fast) expect(Object.isFrozen(p)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the general path’s checks for what is not a non-negative whole number', () => {
    expect(text(allocate(inr(100), [1.5, 1.5]))).toEqual(['50', '50']);
    expect(() => allocate(inr(100), [-1, 2])).toThrow('ratios[0] -1 must not be negative');
    expect(() => allocate(inr(100), [-1n, 2n])).toThrow('ratios[0] -1 must not be negative');
    expect(() => allocate(inr(100), [0, 0n])).toThrow('at least one ratio above zero');
    expect(() => allocate(inr(100), [10n ** 31n])).toThrow(NumberOutOfRangeError);
    expect(text(allocate(inr(1), [-0, 1]))).toEqual(['0', '1']);
  });

  it('rounds the total with the mode asked for and checks options only when given', () => {
    expect(text(allocate(inr('0.015'), [1]))).toEqual(['0.02']);
    expect(text(allocate(inr('0.015'), [1], { mode: 'half-even' }))).toEqual(['0.02']);
    expect(text(allocate(inr('0.025'), [1], { mode: 'half-even' }))).toEqual(['0.02']);
    expect(() => allocate(inr(1), [1], { mode: 'up-ish' as never })).toThrow('rounding mode');
    expect(() => allocate(inr(1), [1], null as never)).toThrow('must be an object');
  });
});

describe('add and multiply: results without re-validation', () => {
  it('equal the exact Decimal result, frozen, in the operands’ currency (property)', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const sum = add(inr(a), inr(b));
        expect(sum.amount.equals(new Decimal(a).plus(b))).toBe(true);
        expect(sum.currency).toBe('INR');
        expect(Object.isFrozen(sum)).toBe(true);
        // A product may leave the computed range: then it throws, as the full check would.
        const exact = new Decimal(a).times(b);
        if (!isDecimalLike(exact)) {
          expect(() => multiply(usd(a), b)).toThrow(NumberOutOfRangeError);
          return;
        }
        const product = multiply(usd(a), b);
        expect(product.amount.equals(exact)).toBe(true);
        expect(product.currency).toBe('USD');
        expect(Object.isFrozen(product)).toBe(true);
      }),
    );
  });

  it('normalise negative zero', () => {
    expect(multiply(inr(-5), 0).amount.isNegative()).toBe(false);
    expect(add(inr(-5), inr(5)).amount.isNegative()).toBe(false);
  });

  it('still enforce the computed range (NUMBER_LIMITS), exactly at its boundaries', () => {
    expect(multiply(inr('1e30'), '1e6').amount.toFixed()).toBe(`1${'0'.repeat(36)}`);
    expect(() => multiply(inr('1e30'), '1.000001e6')).toThrow(NumberOutOfRangeError);
    expect(() => add(multiply(inr('1e30'), '1e6'), inr('0.01'))).toThrow(NumberOutOfRangeError);
    expect(multiply(multiply(inr('1e-40'), '1e-40'), '1e-20').amount.toString()).toBe(
      `0.${'0'.repeat(99)}1`,
    );
    expect(() => multiply(multiply(inr('1e-40'), '1e-40'), '1e-21')).toThrow(NumberOutOfRangeError);
  });
});

describe('isComputedInRange', () => {
  it('never accepts what the full check rejects (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        fc.integer({ min: -150, max: 50 }),
        (mantissa, exponent) => {
          const d = new Decimal(`${mantissa}e${exponent}`);
          if (isComputedInRange(d)) expect(isDecimalLike(d)).toBe(true);
        },
      ),
    );
  });

  it('leaves the boundaries and non-finite values to the full check', () => {
    expect(isComputedInRange(new Decimal('9.99e35'))).toBe(true);
    expect(isComputedInRange(new Decimal('1e36'))).toBe(false);
    expect(isComputedInRange(new Decimal('1e-100'))).toBe(false);
    expect(isComputedInRange(new Decimal('1.5e-99'))).toBe(true);
    expect(isComputedInRange(new Decimal(0))).toBe(true);
    expect(isComputedInRange(new Decimal(Number.NaN))).toBe(false);
  });
});

describe('formatMoney without options', () => {
  it('equals the explicit default options and the unrounded amount rounded half-up (property)', () => {
    fc.assert(
      fc.property(decimalText, (amount) => {
        const m = inr(amount);
        const shown = formatMoney(m);
        expect(shown).toBe(formatMoney(m, {}));
        expect(shown).toBe(formatMoney(m, { unit: 'none', symbol: 'symbol', grouping: 'indian' }));
        const digits = round(m).amount.abs().toFixed(2);
        expect(shown.replace(/[-₹,]/g, '')).toBe(digits);
      }),
    );
  });
});

describe('toMinorUnits', () => {
  it('reads the digits as toFixed would (property)', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 3 }), (amount, minorUnit) => {
        const rounded = new Decimal(amount).toDecimalPlaces(minorUnit);
        expect(toMinorUnits(rounded, minorUnit)).toBe(
          BigInt(rounded.toFixed(minorUnit).replace('.', '')),
        );
      }),
    );
  });
});
