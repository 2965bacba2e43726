// halfUpText (issue 15): formatMoney's half-up rounding on the digits' text, checked against the
// Decimal path it replaces (shiftPoint, roundDecimal, toFixed) at every unit and many places.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import type { RoundingMode } from '../../src/core/rounding.js';
import { groupDigits } from '../../src/money/_lib/groupDigits.js';
import { halfUpText, plainText } from '../../src/money/_lib/halfUpText.js';
import { roundDecimal } from '../../src/money/_lib/roundDecimal.js';
import { shiftPoint } from '../../src/money/_lib/shift.js';
import { formatMoney, inr, type MoneyUnit, usd } from '../../src/money/index.js';
import { MONEY_UNITS } from '../../src/money/units.js';
import { roundingDecimals as decimals } from './arbitraries.js';

const UNITS = Object.keys(MONEY_UNITS) as MoneyUnit[];

// formatMoney's number before the text path: the Decimal arithmetic, kept here as the oracle.
function decimalPath(amount: Decimal, unit: MoneyUnit, places: number, mode: RoundingMode) {
  const exponent = MONEY_UNITS[unit].exponent;
  const scaled = roundDecimal(shiftPoint(amount, -exponent), places, mode);
  const [whole = '0', fraction] = scaled.abs().toFixed(places).split('.');
  const sign = scaled.isNegative() && !scaled.isZero() ? '-' : '';
  return `${sign}${groupDigits(whole, 'indian')}${fraction === undefined ? '' : `.${fraction}`}`;
}

describe('halfUpText', () => {
  it('rounds half-up on the magnitude, carrying through 9s', () => {
    expect(halfUpText('99.995', 0, 2)).toEqual({
      negative: false,
      whole: '100',
      fraction: '00',
      integer: false,
    });
    expect(halfUpText('-1234.5', 0, 0)).toEqual({
      negative: true,
      whole: '1235',
      fraction: '',
      integer: false,
    });
    expect(halfUpText('1818000000', 7, 2)).toEqual({
      negative: false,
      whole: '181',
      fraction: '80',
      integer: false,
    });
    expect(halfUpText('1400000000', 7, 0)?.integer).toBe(true);
  });

  it('drops the sign of a figure that rounds to zero and pads small values', () => {
    expect(halfUpText('-0.004', 0, 2)).toEqual({
      negative: false,
      whole: '0',
      fraction: '00',
      integer: false,
    });
    expect(halfUpText('0.0000005', -2, 6)).toEqual({
      negative: false,
      whole: '0',
      fraction: '000050',
      integer: false,
    });
    expect(halfUpText('5', 7, 0)).toEqual({
      negative: false,
      whole: '0',
      fraction: '',
      integer: false,
    });
    expect(halfUpText('5000000', 7, 0)?.whole).toBe('1');
  });

  it('refuses more than 40 significant digits (the Decimal path takes them)', () => {
    expect(halfUpText(`1${'0'.repeat(39)}1`, 7, 2)).toBeNull();
    expect(halfUpText(`1${'0'.repeat(38)}1`, 7, 2)).not.toBeNull();
  });
});

describe('formatMoney, half-up on the text', () => {
  it('writes the Decimal path’s digits at every unit and number of places (property)', () => {
    fc.assert(
      fc.property(
        decimals,
        fc.constantFrom(...UNITS),
        fc.integer({ min: 0, max: 8 }),
        (d, unit, places) => {
          const shown = formatMoney(inr(d), { unit, decimals: places, symbol: 'none' });
          const label = MONEY_UNITS[unit].long;
          expect(shown).toBe(
            `${decimalPath(d, unit, places, 'half-up')}${label === '' ? '' : ` ${label}`}`,
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('picks the same automatic unit as the Decimal path (property)', () => {
    fc.assert(
      fc.property(decimals, (d) => {
        const shown = formatMoney(inr(d), { unit: 'auto', symbol: 'none' });
        const unit = (['crore', 'lakh'] as const).find(
          (u) => !decimalPath(d, u, 2, 'half-up').replace('-', '').startsWith('0.'),
        );
        const expected =
          unit === undefined
            ? decimalPath(d, 'none', 2, 'half-up')
            : `${decimalPath(d, unit, 2, 'half-up')} ${unit}`;
        expect(shown).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves the other modes to the Decimal path', () => {
    const d = new Decimal('-1234567.125');
    for (const mode of ['half-even', 'floor', 'ceil', 'down'] as const) {
      expect(formatMoney(inr(d), { mode, symbol: 'none' })).toBe(decimalPath(d, 'none', 2, mode));
    }
    expect(formatMoney(usd('2500000.755'), { unit: 'auto' })).toBe('$2.50 million');
    expect(formatMoney(inr('99999.999'), { unit: 'auto' })).toBe('₹1.00 lakh');
  });
});

describe('plainText', () => {
  it('is toFixed() for every private Decimal (property)', () => {
    fc.assert(
      fc.property(decimals, (d) => {
        expect(plainText(d)).toBe(d.toFixed());
        expect(plainText(d.times('1e7'))).toBe(d.times('1e7').toFixed());
      }),
      { numRuns: 3000 },
    );
  });

  it('writes zeros, word boundaries and other constructors as toFixed() does', () => {
    for (const text of [
      '0',
      '-0',
      '1e7',
      '10000000.5',
      '-1e-7',
      '12345678901234567',
      '0.1234567',
    ]) {
      expect(plainText(new Decimal(text))).toBe(new Decimal(text).toFixed());
    }
    const Foreign = Decimal.clone();
    expect(plainText(new Foreign('2.5e3') as unknown as Decimal)).toBe('2500');
    expect(plainText(new Decimal(Number.NaN))).toBe('NaN');
  });
});
