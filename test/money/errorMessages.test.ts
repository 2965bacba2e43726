import { describe, expect, it } from 'vitest';
import {
  add,
  allocate,
  assertSameCurrency,
  compare,
  crore,
  divide,
  formatMoney,
  inr,
  isNegative,
  lakh,
  type Money,
  max,
  min,
  moneySchema,
  moneySchemaFor,
  parseMoney,
  ratio,
  round,
  subtract,
  sum,
  UnknownCurrencyError,
  usd,
} from '../../src/money/index.js';

// An error is part of the API: it names the operation, the value and what is allowed, so that a
// user can fix the input without reading crorecast's source.
const dollars = usd(1) as unknown as Money<'INR'>;

describe('money errors name the operation and the value', () => {
  it.each([
    ['add', () => add(inr(1), dollars)],
    ['subtract', () => subtract(inr(1), dollars)],
    ['compare', () => compare(inr(1), dollars)],
    ['ratio', () => ratio(inr(1), dollars)],
    ['min', () => min(inr(1), dollars)],
    ['max', () => max(inr(1), dollars)],
  ])('%s of INR and USD', (operation, call) => {
    expect(call).toThrow(
      `currency mismatch in ${operation}: INR and USD cannot be mixed; convert one first`,
    );
  });

  it('names what was divided by zero, and empty or non-list inputs', () => {
    expect(() => divide(inr('12.5'), 0)).toThrow('INR 12.5 / 0');
    expect(() => ratio(inr('12.5'), inr(0))).toThrow('ratio of INR 12.5 to zero');
    expect(() => (min as () => Money)()).toThrow('min needs at least one Money value');
    expect(() => (max as () => Money)()).toThrow('max needs at least one Money value');
    expect(() => sum('x' as never, 'INR')).toThrow('sum expects a list of Money values');
    expect(() => (min as () => Money)()).toThrow(expect.objectContaining({ code: 'EMPTY_LIST' }));
    expect(() => (max as () => Money)()).toThrow(expect.objectContaining({ code: 'EMPTY_LIST' }));
    expect(() => sum('x' as never, 'INR')).toThrow(expect.objectContaining({ code: 'NOT_A_LIST' }));
    expect(() => allocate(inr(1), [])).toThrow(
      expect.objectContaining({
        code: 'EMPTY_RATIOS',
        message: expect.stringContaining('at least one ratio'),
      }),
    );
    expect(() => allocate(inr(1), 'ab' as never)).toThrow(
      expect.objectContaining({ code: 'EMPTY_RATIOS' }),
    );
  });

  it('says where currencies were mixed only when it knows', () => {
    expect(() => assertSameCurrency(inr(1), dollars)).toThrow(
      /^\[crorecast\] currency mismatch: INR and USD cannot be mixed; convert one first$/,
    );
  });

  it('names the function of an unknown option', () => {
    expect(() => round(inr(1), { scal: 1 } as never)).toThrow(/round/);
    expect(() => allocate(inr(1), [1], { mod: 'up' } as never)).toThrow(/allocate/);
    expect(() => parseMoney('₹1', { currency: 'INR' } as never)).toThrow(/parseMoney/);
    expect(() => formatMoney(inr(1), { unitLabel: 'tiny' } as never)).toThrow(
      /formatMoney: unitLabel/,
    );
    expect(() => formatMoney(inr(1), { symbol: 'sign' } as never)).toThrow(/formatMoney: symbol/);
    expect(() => formatMoney(inr(1), { grouping: 'w' } as never)).toThrow(/formatMoney: grouping/);
    expect(() => round(inr(1), { mode: 'nearest' } as never)).toThrow(
      'rounding mode "nearest" is not one of half-up, half-even, half-down, up, down, ceil, floor',
    );
    // A scale of up to 1,000 places either way; beyond is an error, not a huge string.
    expect(round(inr('1.5'), { scale: 1000 }).amount.toFixed()).toBe('1.5');
    expect(round(inr('15'), { scale: -1000 }).amount.toFixed()).toBe('0');
    expect(round(inr('15'), { scale: 0 }).amount.toFixed()).toBe('15');
    expect(() => round(inr(1), { scale: 1001 })).toThrow('scale 1001 must be a whole number');
    expect(() => round(inr(1), { scale: -1001 })).toThrow('scale -1001 must be a whole number');
  });

  it('says which constructor an out-of-range amount came to', () => {
    expect(() => crore('1e40')).toThrow(/crore/);
    expect(() => lakh('1e40')).toThrow(/lakh/);
    // In range as given, out of range once scaled to rupees: the message names the constructor.
    expect(() => crore('1e24')).toThrow(/^\[crorecast\] crore 1000+ is outside/);
    expect(() => lakh('1e27')).toThrow(/^\[crorecast\] lakh 1000+ is outside/);
    expect(() => parseMoney('₹1e40')).toThrow('exponent notation is not money text');
    expect(() => parseMoney(`₹${'9'.repeat(45)}`)).toThrow(/cannot parse money .*amount/);
  });

  it('names an unknown currency and lists the known ones', () => {
    expect(new UnknownCurrencyError('XYZ', ['INR', 'USD']).message).toBe(
      '[crorecast] unknown currency "XYZ"; known: INR, USD',
    );
  });
});

describe('formatMoney options at their bounds', () => {
  it('takes 0 to 100 decimals, whole numbers only', () => {
    expect(formatMoney(inr('1.5'), { decimals: 0 })).toBe('₹2');
    expect(formatMoney(inr(1), { decimals: 100 })).toBe(`₹1.${'0'.repeat(100)}`);
    expect(() => formatMoney(inr(1), { decimals: 101 })).toThrow(
      'decimals 101 must be a whole number from 0 to 100',
    );
    expect(() => formatMoney(inr(1), { decimals: '2' as never })).toThrow(
      'decimals "2" must be a whole number from 0 to 100',
    );
    expect(() => formatMoney(inr(1), { unit: 'toString' as never })).toThrow(
      /unit "toString" is not one of auto/,
    );
  });

  it('writes 2 decimals with a unit and the minor unit without one', () => {
    expect(formatMoney(inr('12345678.9'), { unit: 'lakh' })).toBe('₹123.46 lakh');
    expect(formatMoney(inr('12345678.9'), { unit: 'none' })).toBe('₹1,23,45,678.90');
    expect(formatMoney(inr('12345678.9'), {})).toBe('₹1,23,45,678.90');
    expect(formatMoney(inr('12345678.9'), { unit: 'thousand', symbol: 'none' })).toBe(
      '12,345.68 thousand',
    );
  });

  it('is negative only below zero', () => {
    expect(isNegative(inr('-0.01'))).toBe(true);
    expect(isNegative(inr(0))).toBe(false);
    expect(isNegative(inr('0.01'))).toBe(false);
  });
});

describe('moneySchema messages', () => {
  const issues = (schema: typeof moneySchema, value: unknown) => {
    const r = schema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('says a currency is required, or unknown, listing the known ones', () => {
    expect(issues(moneySchema, { amount: '1' })[0]).toMatch(
      /^currency: required \(one of INR, USD/,
    );
    expect(issues(moneySchema, { amount: '1', currency: 'XYZ' })[0]).toMatch(
      /^currency: unknown currency "XYZ"; known: INR, USD/,
    );
  });

  it('reports text it cannot read with the text, and other shapes with what came', () => {
    expect(issues(moneySchema, 'Rs 5 crore lakh')).toEqual([
      ': two units ("crore", "lakh") in "Rs 5 crore lakh"',
    ]);
    expect(issues(moneySchema, 5)).toEqual([
      ': expected money as text ("Rs 1,350 crore") or { amount, currency }, got 5',
    ]);
    expect(issues(moneySchema, null)[0]).toMatch(/got null$/);
    expect(issues(moneySchema, ['1', 'INR'])[0]).toMatch(/^: expected money as text/);
    expect(issues(moneySchema, { amount: 'x', currency: 'INR' })[0]).toMatch(
      /^amount: expected a decimal/,
    );
  });

  it('reads text without a currency in the fixed currency only', () => {
    expect(moneySchemaFor('INR').parse('1,350 crore').amount.toFixed()).toBe('13500000000');
    expect(issues(moneySchema, '1,350 crore')[0]).toMatch(/missing currency/);
    expect(issues(moneySchemaFor('INR'), '$5')).toEqual([': expected an amount in INR, got USD']);
  });
});
