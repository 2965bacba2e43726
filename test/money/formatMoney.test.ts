import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArgumentError, InvalidAmountError } from '../../src/core/errors.js';
import {
  CURRENCY_CODES,
  crore,
  equals,
  type FormatMoneyOptions,
  formatMoney,
  inr,
  lakh,
  type MoneyUnit,
  money,
  parseMoney,
  usd,
} from '../../src/money/index.js';
import { decimalText } from './arbitraries.js';

describe('formatMoney', () => {
  it('gives the exact strings issue 2 lists', () => {
    expect(formatMoney(inr('13500000000'))).toBe('₹13,50,00,00,000.00');
    expect(formatMoney(crore(1350), { unit: 'crore', decimals: 0 })).toBe('₹1,350 crore');
    expect(formatMoney(crore(38000), { unit: 'crore', decimals: 0, unitLabel: 'short' })).toBe(
      '₹38,000 Cr',
    );
    expect(formatMoney(usd('30000000000'), { unit: 'billion', decimals: 1 })).toBe('$30.0 billion');
    expect(formatMoney(inr('-2500000.755'))).toBe('-₹25,00,000.76');
  });

  it('groups INR the Indian way and others internationally', () => {
    expect(formatMoney(inr('1234567.8'))).toBe('₹12,34,567.80');
    expect(formatMoney(usd('1234567.8'))).toBe('$1,234,567.80');
    expect(formatMoney(inr('999'))).toBe('₹999.00');
    expect(formatMoney(inr('1000'))).toBe('₹1,000.00');
    expect(formatMoney(inr('100000'))).toBe('₹1,00,000.00');
    expect(formatMoney(inr('1234567'), { grouping: 'international' })).toBe('₹1,234,567.00');
    expect(formatMoney(usd('1234567'), { grouping: 'indian' })).toBe('$12,34,567.00');
  });

  it('uses each currency minor unit and symbol', () => {
    expect(formatMoney(money('1234.5', 'JPY'))).toBe('¥1,235');
    expect(formatMoney(money('1234.5', 'EUR'))).toBe('€1,234.50');
    expect(formatMoney(money('1', 'GBP'))).toBe('£1.00');
    expect(formatMoney(money('1', 'CNY'))).toBe('CN¥1.00');
    expect(formatMoney(money('1', 'TWD'))).toBe('NT$1.00');
  });

  it.each<[FormatMoneyOptions, string]>([
    [{ unit: 'thousand' }, '₹1,35,00,000.00 thousand'],
    [{ unit: 'lakh' }, '₹1,35,000.00 lakh'],
    [{ unit: 'crore' }, '₹1,350.00 crore'],
    [{ unit: 'million' }, '₹13,500.00 million'],
    [{ unit: 'billion' }, '₹13.50 billion'],
    [{ unit: 'thousand', unitLabel: 'short' }, '₹1,35,00,000.00 K'],
    [{ unit: 'lakh', unitLabel: 'short' }, '₹1,35,000.00 L'],
    [{ unit: 'million', unitLabel: 'short' }, '₹13,500.00 mn'],
    [{ unit: 'billion', unitLabel: 'short' }, '₹13.50 bn'],
    [{ unit: 'crore', symbol: 'code' }, 'INR 1,350.00 crore'],
    [{ unit: 'crore', symbol: 'none' }, '1,350.00 crore'],
    [{ unit: 'auto' }, '₹1,350.00 crore'],
    [{ decimals: 4 }, '₹13,50,00,00,000.0000'],
  ])('writes ₹1,350 crore with %j as %s', (options, expected) => {
    expect(formatMoney(crore(1350), options)).toBe(expected);
  });

  it('picks a unit automatically', () => {
    expect(formatMoney(lakh(5.5), { unit: 'auto' })).toBe('₹5.50 lakh');
    expect(formatMoney(inr(99000), { unit: 'auto' })).toBe('₹99,000.00');
    expect(formatMoney(inr(99999), { unit: 'auto' })).toBe('₹1.00 lakh');
    expect(formatMoney(inr('9999999.999'), { unit: 'auto' })).toBe('₹1.00 crore');
    expect(formatMoney(usd('2500000'), { unit: 'auto', unitLabel: 'short' })).toBe('$2.50 mn');
    expect(formatMoney(usd('30e9'), { unit: 'auto', decimals: 0 })).toBe('$30 billion');
    expect(formatMoney(usd('-30e9'), { unit: 'auto', decimals: 0 })).toBe('-$30 billion');
    expect(formatMoney(money(500, 'JPY'), { unit: 'auto' })).toBe('¥500');
  });

  it('rounds with the given mode', () => {
    expect(formatMoney(inr('2.345'))).toBe('₹2.35');
    expect(formatMoney(inr('2.345'), { mode: 'half-even' })).toBe('₹2.34');
    expect(formatMoney(inr('2.341'), { mode: 'up' })).toBe('₹2.35');
    expect(formatMoney(crore('1.5'), { unit: 'crore', decimals: 0, mode: 'floor' })).toBe(
      '₹1 crore',
    );
  });

  it('never prints a minus sign on a value that rounds to zero', () => {
    expect(formatMoney(inr('-0.001'))).toBe('₹0.00');
    expect(formatMoney(inr('-0.004'))).toBe('₹0.00');
    expect(formatMoney(inr('-0.005'))).toBe('-₹0.01');
    expect(formatMoney(lakh('-0.0001'), { unit: 'crore' })).toBe('₹0.00 crore');
  });

  it('is exact far beyond float range, without exponent notation', () => {
    expect(formatMoney(inr('1e30'))).toBe(`₹10,00,00,00,00,00,00,00,00,00,00,00,00,00,000.00`);
    expect(formatMoney(usd(`${'9'.repeat(29)}.995`))).toBe(`$100,${'000,'.repeat(8)}000.00`);
    expect(formatMoney(inr('0.000000001'), { decimals: 9 })).toBe('₹0.000000001');
  });

  it('never prints NaN, Infinity or e+ (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          decimalText,
          fc
            .double({ noNaN: true, noDefaultInfinity: true, min: -1e30, max: 1e30 })
            .filter((x) => x === 0 || Math.abs(x) >= 1e-40)
            .map(String),
        ),
        fc.constantFrom(...CURRENCY_CODES),
        fc.constantFrom<MoneyUnit | 'auto'>(
          'none',
          'auto',
          'thousand',
          'lakh',
          'crore',
          'million',
          'billion',
        ),
        fc.integer({ min: 0, max: 6 }),
        (amount, currency, unit, decimals) => {
          const text = formatMoney(money(amount, currency), { unit, decimals });
          expect(text).not.toMatch(/NaN|Infinity|e\+|e-/);
          // a minus sign only on a figure that shows a non-zero digit
          if (text.startsWith('-')) expect(text).toMatch(/[1-9]/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('round-trips through parseMoney at full decimals in every unit (property)', () => {
    fc.assert(
      fc.property(
        decimalText,
        fc.constantFrom(...CURRENCY_CODES),
        fc.constantFrom<MoneyUnit>('none', 'thousand', 'lakh', 'crore', 'million', 'billion'),
        fc.constantFrom<'long' | 'short'>('long', 'short'),
        fc.constantFrom<'symbol' | 'code' | 'none'>('symbol', 'code', 'none'),
        (amount, currency, unit, unitLabel, symbol) => {
          const m = money(amount, currency);
          const exponent = { none: 0, thousand: 3, lakh: 5, million: 6, crore: 7, billion: 9 }[
            unit
          ];
          const decimals = Math.max(0, m.amount.decimalPlaces() + exponent);
          const text = formatMoney(m, { unit, unitLabel, symbol, decimals });
          const back = parseMoney(text, { defaultCurrency: currency });
          expect(equals(back, m)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('does not mutate its input', () => {
    const m = inr('1.005');
    formatMoney(m, { decimals: 0 });
    expect(m.amount.toFixed()).toBe('1.005');
  });

  it.each([
    [{ decimals: -1 }, ArgumentError, 'decimals -1 must be a whole number from 0 to 100'],
    [{ decimals: 1.5 }, ArgumentError, 'decimals 1.5'],
    [{ unit: 'gazillion' }, ArgumentError, 'unit "gazillion" is not one of auto, none'],
    [{ mode: 'nearest' }, ArgumentError, 'rounding mode "nearest"'],
  ])('rejects options %j', (options, errorClass, message) => {
    expect(() => formatMoney(inr(1), options as never)).toThrow(errorClass);
    expect(() => formatMoney(inr(1), options as never)).toThrow(message);
  });

  it('rejects a value that is not money', () => {
    expect(() => formatMoney({ amount: Number.NaN, currency: 'INR' } as never)).toThrow(
      InvalidAmountError,
    );
  });
});
