import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, InvalidAmountError, isDecimalLike, toDecimal } from '../../src/core/index.js';

describe('toDecimal', () => {
  it('reads strings, numbers, bigints and decimals exactly', () => {
    expect(toDecimal('1350.50').toFixed()).toBe('1350.5');
    expect(toDecimal(0.1).toFixed()).toBe('0.1');
    expect(toDecimal(10n ** 30n).toFixed()).toBe(`1${'0'.repeat(30)}`);
    expect(toDecimal(new DecimalJs('2.5')).toFixed()).toBe('2.5');
    expect(toDecimal('-1e3').toFixed()).toBe('-1000');
  });

  it('returns values of the private clone, leaving the global Decimal untouched', () => {
    expect(toDecimal(new DecimalJs('1'))).toBeInstanceOf(Decimal);
    expect(DecimalJs.precision).toBe(20);
    expect(Decimal.precision).toBe(40);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['empty string', ''],
    ['junk', 'abc'],
    ['hex', '0x10'],
    ['padded', ' 12 '],
    ['grouped', '1,350'],
    ['NaN Decimal', new DecimalJs(Number.NaN)],
  ])('rejects %s with InvalidAmountError naming the value', (_label, value) => {
    expect(() => toDecimal(value, 'rate')).toThrow(InvalidAmountError);
    expect(() => toDecimal(value, 'rate')).toThrow(/rate .* is not a finite decimal number/);
    expect(isDecimalLike(value)).toBe(false);
  });
});

describe('the accepted input range, against an oracle on the digits', () => {
  // |x| ≤ 10^30, x = 0 or |x| ≥ 10^-40, at most 40 significant digits — decided from the text's
  // digits and exponent alone (no decimal.js), so the exponent-only short cut in `toDecimal` is
  // checked against a reading that shares none of its code, on both sides of every boundary.
  const oracle = (digits: string, exponent: number): boolean => {
    const significand = digits.replace(/^0+/, '');
    if (significand === '') return true;
    const top = significand.length - 1 + exponent; // |x| = d.ddd… × 10^top
    const significant = significand.replace(/0+$/, '').length;
    const atMost1e30 = top < 30 || (top === 30 && significant === 1 && significand[0] === '1');
    return atMost1e30 && top >= -40 && significant <= 40;
  };

  it('accepts exactly the values the oracle accepts, with their digits', () => {
    const text = fc.record({
      negative: fc.boolean(),
      digits: fc.stringMatching(/^[0-9]{1,45}$/),
      exponent: fc.integer({ min: -90, max: 45 }),
    });
    fc.assert(
      fc.property(text, ({ negative, digits, exponent }) => {
        const value = `${negative ? '-' : ''}${digits}e${exponent}`;
        const accepted = oracle(digits, exponent);
        expect(isDecimalLike(value)).toBe(accepted);
        if (accepted) expect(toDecimal(value).equals(new DecimalJs(value))).toBe(true);
        else expect(() => toDecimal(value)).toThrow(/accepted range/);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts the boundaries and refuses one step past them', () => {
    for (const [value, accepted] of [
      ['1e30', true],
      ['9.999999999999999999999999999999999999999e29', true],
      ['1.000000000000000000000000000000000000001e30', false],
      ['1e-40', true],
      ['9.99e-41', false],
      [`1234567.${'8'.repeat(33)}`, true], // 40 significant digits over 6 words
      [`1234567.${'8'.repeat(34)}`, false],
      [`1234567.${'8'.repeat(32)}000`, true], // trailing zeros are not significant
    ] as const) {
      expect(isDecimalLike(value), value).toBe(accepted);
    }
  });
});
