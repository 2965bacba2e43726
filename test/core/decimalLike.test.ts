import DecimalJs from 'decimal.js';
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
