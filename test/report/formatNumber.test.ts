import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { ArgumentError } from '../../src/core/errors.js';
import { decimalJsRounding, ROUNDING_MODES } from '../../src/core/rounding.js';
import { formatNumber } from '../../src/report/formatNumber.js';

describe('formatNumber', () => {
  it.each([
    ['38000', {}, '38,000.00'],
    ['3800000.005', {}, '38,00,000.01'],
    ['13500000000', { decimals: 0 }, '13,50,00,00,000'],
    ['13500000000', { decimals: 0, grouping: 'international' as const }, '13,500,000,000'],
    ['13500000000', { decimals: 0, grouping: 'none' as const }, '13500000000'],
    ['-2500000.755', {}, '-25,00,000.76'],
    ['-0.004', {}, '0.00'],
    ['2.5', { decimals: 0, mode: 'half-even' as const }, '2'],
    ['2.5', { decimals: 0 }, '3'],
    ['999.999', { decimals: 2 }, '1,000.00'],
    ['1e30', { decimals: 0, grouping: 'international' as const }, `1${',000'.repeat(10)}`],
    ['0.5', { decimals: 1 }, '0.5'],
  ])('formats %s with %o as %s', (value, options, expected) => {
    expect(formatNumber(new Decimal(value), options)).toBe(expected);
  });

  it.each([-1, 1.5, 21])('rejects decimals %s', (decimals) => {
    expect(() => formatNumber(new Decimal(1), { decimals })).toThrow(ArgumentError);
    expect(() => formatNumber(new Decimal(1), { decimals })).toThrow(/decimals/);
  });

  it('round-trips: removing the separators gives the value rounded half-up', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('indian' as const, 'international' as const),
        (units, decimals, grouping) => {
          const value = new Decimal(units.toString()).dividedBy(1000);
          const text = formatNumber(value, { decimals, grouping });
          expect(text).not.toMatch(/e|NaN|Infinity/);
          expect(new Decimal(text.replace(/,/g, '')).equals(value.toDecimalPlaces(decimals))).toBe(
            true,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rounds in every mode as rounding first and then printing the absolute value would, unsigned at zero', () => {
    // The oracle: the signed value rounded to the decimals, its sign only when it is not zero.
    const oracle = (value: Decimal, decimals: number, mode: (typeof ROUNDING_MODES)[number]) => {
      const rounded = value.toDecimalPlaces(decimals, decimalJsRounding(mode));
      const sign = rounded.isNegative() && !rounded.isZero() ? '-' : '';
      return `${sign}${rounded.abs().toFixed(decimals)}`;
    };
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...ROUNDING_MODES),
        (units, scale, decimals, mode) => {
          const value = new Decimal(`${units}e-${scale}`);
          const text = formatNumber(value, { decimals, mode, grouping: 'none' });
          expect(text).toBe(oracle(value, decimals, mode));
        },
      ),
      { numRuns: 500 },
    );
    for (const mode of ROUNDING_MODES) {
      expect(formatNumber(new Decimal('-0'), { mode })).toBe('0.00');
      expect(formatNumber(new Decimal('-0.0001'), { mode, grouping: 'none' })).toBe(
        oracle(new Decimal('-0.0001'), 2, mode),
      );
    }
  });

  it('groups Indian digits in twos above the thousands', () => {
    expect(formatNumber(new Decimal('123456789'), { decimals: 0 })).toBe('12,34,56,789');
    expect(formatNumber(new Decimal('1234'), { decimals: 0 })).toBe('1,234');
    expect(formatNumber(new Decimal('123'), { decimals: 0 })).toBe('123');
  });

  it('does not mutate its input', () => {
    const value = new Decimal('1234.5678');
    formatNumber(value, { decimals: 1 });
    expect(value.toString()).toBe('1234.5678');
  });
});
