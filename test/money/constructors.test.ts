import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { InvalidAmountError } from '../../src/core/errors.js';
import {
  assertCurrency,
  CURRENCIES,
  crore,
  currencyInfo,
  inr,
  isCurrencyCode,
  isMoney,
  lakh,
  money,
  UnknownCurrencyError,
  usd,
} from '../../src/money/index.js';

describe('money', () => {
  it('keeps the amount exact and unrounded', () => {
    expect(money('1350.505', 'INR').amount.toFixed()).toBe('1350.505');
    expect(money(10n ** 30n, 'USD').amount.toFixed()).toBe(`1${'0'.repeat(30)}`);
    expect(money(0.1, 'EUR').amount.toFixed()).toBe('0.1');
    expect(money(new Decimal('2.5'), 'GBP').amount.toFixed()).toBe('2.5');
  });

  it('returns a frozen value', () => {
    const m = money('1', 'INR');
    expect(Object.isFrozen(m)).toBe(true);
    expect(() => {
      (m as { currency: string }).currency = 'USD';
    }).toThrow(TypeError);
  });

  it('normalises negative zero', () => {
    expect(money('-0', 'INR').amount.isNegative()).toBe(false);
    expect(money(-0, 'INR').amount.toFixed()).toBe('0');
  });

  it('does not mutate its input', () => {
    const d = new Decimal('5');
    money(d, 'INR');
    expect(Object.isFrozen(d)).toBe(false);
    expect(d.toFixed()).toBe('5');
  });

  it.each(['XYZ', 'inr', '', 'toString', '__proto__'])('rejects the currency %j', (code) => {
    expect(() => money(1, code as 'INR')).toThrow(UnknownCurrencyError);
    expect(() => money(1, code as 'INR')).toThrow(`unknown currency ${JSON.stringify(code)}`);
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    ['', '""'],
    ['abc', '"abc"'],
    ['1,000', '"1,000"'],
    [' 1', '" 1"'],
    ['0x10', '"0x10"'],
  ])('rejects the amount %s with InvalidAmountError naming it', (amount, shown) => {
    expect(() => money(amount, 'INR')).toThrow(InvalidAmountError);
    expect(() => money(amount, 'INR')).toThrow(`amount ${shown} is not a finite decimal number`);
  });
});

describe('inr / usd', () => {
  it('fix the currency', () => {
    expect(inr('5').currency).toBe('INR');
    expect(usd('5').currency).toBe('USD');
    expect(inr('2500000.755').amount.toFixed()).toBe('2500000.755');
    expect(Object.isFrozen(usd(1))).toBe(true);
  });
});

describe('crore / lakh', () => {
  it('scale exactly by 10^7 and 10^5', () => {
    expect(crore(1350).amount.toFixed()).toBe('13500000000');
    expect(crore('1.35').amount.toFixed()).toBe('13500000');
    expect(crore(38000).currency).toBe('INR');
    expect(lakh(5.5).amount.toFixed()).toBe('550000');
    expect(lakh('-25').amount.toFixed()).toBe('-2500000');
    expect(crore('0.0000001').amount.toFixed()).toBe('1');
    expect(crore(10n ** 23n).amount.toFixed()).toBe(`1${'0'.repeat(30)}`);
  });

  it('reject non-numbers naming the unit', () => {
    expect(() => crore('x')).toThrow('crore "x" is not a finite decimal number');
    expect(() => lakh(Number.NaN)).toThrow('lakh NaN is not a finite decimal number');
  });
});

describe('currencies', () => {
  it('know the required currencies and their minor units', () => {
    expect(Object.keys(CURRENCIES)).toEqual(['INR', 'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'TWD']);
    expect(currencyInfo('JPY').minorUnit).toBe(0);
    expect(currencyInfo('INR')).toMatchObject({ minorUnit: 2, symbol: '₹', grouping: 'indian' });
    expect(currencyInfo('TWD').minorUnit).toBe(2);
  });

  it('check codes at run time', () => {
    expect(isCurrencyCode('USD')).toBe(true);
    expect(isCurrencyCode('usd')).toBe(false);
    expect(isCurrencyCode(5)).toBe(false);
    expect(assertCurrency('CNY')).toBe('CNY');
    expect(() => assertCurrency('XXX')).toThrow(UnknownCurrencyError);
    expect(() => currencyInfo('ABC' as 'INR')).toThrow(UnknownCurrencyError);
  });
});

describe('isMoney', () => {
  it('accepts only well-formed money', () => {
    expect(isMoney(inr(5))).toBe(true);
    expect(isMoney({ amount: 5, currency: 'INR' })).toBe(false);
    expect(isMoney({ amount: new Decimal(5), currency: 'XYZ' })).toBe(false);
    expect(isMoney({ amount: new Decimal(Number.NaN), currency: 'INR' })).toBe(false);
    expect(isMoney(null)).toBe(false);
    expect(isMoney('₹5')).toBe(false);
  });
});
