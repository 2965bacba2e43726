// computedInr (issue 15): the model's and the PLI engine's computed rupee lines without a second
// validation must be exactly what `inr` gives — value, sign of zero, freezing and errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { InvalidAmountError, NumberOutOfRangeError } from '../../src/core/errors.js';
import { inr } from '../../src/money/index.js';
import { computedInr } from '../../src/money/money.js';
import { decimalText } from './arbitraries.js';

describe('computedInr', () => {
  it('gives what inr gives for a computed Decimal (property)', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const d = new Decimal(a).times(b);
        let expected: ReturnType<typeof inr> | Error;
        try {
          expected = inr(d);
        } catch (error) {
          expected = error as Error;
        }
        if (expected instanceof Error) {
          expect(() => computedInr(d)).toThrow(expected.constructor as typeof Error);
          return;
        }
        const got = computedInr(d);
        expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
        expect(got.amount).toBe(expected.amount);
        expect(Object.isFrozen(got)).toBe(true);
      }),
    );
  });

  it('normalises negative zero to the shared zero, as inr does', () => {
    const z = computedInr(new Decimal('-0'));
    expect(z.amount).toBe(inr(new Decimal('-0')).amount);
    expect(z.amount.isNegative()).toBe(false);
  });

  it('checks fully what the exponent does not settle: another clone, NaN, out of range', () => {
    const Foreign = Decimal.clone();
    const foreign = new Foreign('12.5') as unknown as Decimal;
    expect(computedInr(foreign)).toEqual(inr(foreign));
    expect(computedInr(foreign).amount.toFixed()).toBe('12.5');
    expect(() => computedInr(new Decimal(Number.NaN))).toThrow(InvalidAmountError);
    expect(() => computedInr(new Decimal('1e37'))).toThrow(NumberOutOfRangeError);
  });
});
