import { describe, expect, it } from 'vitest';
import { ArgumentError, InvalidAmountError, ValidationError } from '../../src/core/errors.js';
import {
  averageRate,
  convert,
  crore,
  FxRateNotFoundError,
  type FxRateRow,
  formatMoney,
  fxRate,
  fxTable,
  inr,
  money,
  UnknownCurrencyError,
  usd,
} from '../../src/money/index.js';

const rows: FxRateRow[] = [
  { date: '2022-03-31', base: 'USD', quote: 'INR', rate: '75.8' },
  { date: '2021-03-31', base: 'USD', quote: 'INR', rate: '73.5' },
  { date: '2021-09-30', base: 'USD', quote: 'INR', rate: 74.2 },
  { date: '2021-06-30', base: 'EUR', quote: 'USD', rate: '1.19' },
  { date: '2021-12-31', base: 'INR', quote: 'JPY', rate: '1.55' },
];
const table = fxTable(rows);

describe('fxTable', () => {
  it('validates and sorts the quotes by date, freezing the result', () => {
    expect(table.rates.map((r) => r.date)).toEqual([
      '2021-03-31',
      '2021-06-30',
      '2021-09-30',
      '2021-12-31',
      '2022-03-31',
    ]);
    expect(table.rates[2]?.rate.toFixed()).toBe('74.2');
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(table.rates)).toBe(true);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(rows);
    fxTable(rows);
    expect(rows).toEqual(copy);
  });

  it('accepts an empty table', () => {
    expect(fxTable([]).rates).toEqual([]);
  });

  it.each([
    [
      [{ date: '2021-3-31', base: 'USD', quote: 'INR', rate: '74' }],
      '[0].date: expected a calendar date as yyyy-MM-dd',
    ],
    [[{ date: '2023-02-29', base: 'USD', quote: 'INR', rate: '74' }], '[0].date'],
    [
      [{ date: '2021-03-31', base: 'usd', quote: 'INR', rate: '74' }],
      '[0].base: unknown currency "usd"',
    ],
    [
      [{ date: '2021-03-31', base: 'USD', quote: 'INR', rate: '0' }],
      '[0].rate: must be greater than zero',
    ],
    [
      [{ date: '2021-03-31', base: 'USD', quote: 'INR', rate: '-1' }],
      '[0].rate: must be greater than zero',
    ],
    [
      [{ date: '2021-03-31', base: 'USD', quote: 'INR', rate: 'abc' }],
      '[0].rate: expected a decimal number',
    ],
    [
      [{ date: '2021-03-31', base: 'USD', quote: 'USD', rate: '1' }],
      '[0].quote: base and quote must be different currencies',
    ],
    [[{ date: '2021-03-31', base: 'USD', quote: 'INR' }], '[0].rate'],
    [[{ date: '2021-03-31', base: 'USD', quote: 'INR', rate: '74', extra: 1 }], 'extra'],
    [
      [
        { date: '2021-03-31', base: 'USD', quote: 'INR', rate: '74' },
        { date: '2021-03-31', base: 'INR', quote: 'USD', rate: '0.0135' },
      ],
      '[1]: second INR/USD quote on 2021-03-31 (first at [0])',
    ],
  ])('rejects %j', (input, message) => {
    expect(() => fxTable(input as never)).toThrow(ValidationError);
    expect(() => fxTable(input as never)).toThrow(message);
  });
});

describe('fxRate', () => {
  it('takes the latest quote on or before the date', () => {
    expect(fxRate(table, 'USD', 'INR', { on: '2021-03-31' }).rate.toFixed()).toBe('73.5');
    expect(fxRate(table, 'USD', 'INR', { on: '2021-09-29' }).rate.toFixed()).toBe('73.5');
    expect(fxRate(table, 'USD', 'INR', { on: '2021-09-30' })).toMatchObject({
      date: '2021-09-30',
      inverted: false,
    });
    expect(fxRate(table, 'USD', 'INR').rate.toFixed()).toBe('75.8');
  });

  it('derives the inverse pair', () => {
    const q = fxRate(table, 'INR', 'USD', { on: '2022-04-01' });
    expect(q.inverted).toBe(true);
    expect(q.quoted.toFixed()).toBe('75.8');
    expect(q.rate.times('75.8').toFixed(30)).toBe(`1.${'0'.repeat(30)}`);
  });

  it('converts a currency into itself at 1', () => {
    expect(fxRate(table, 'GBP', 'GBP').rate.toFixed()).toBe('1');
  });

  it('throws FxRateNotFoundError before the first quote or for an unquoted pair', () => {
    expect(() => fxRate(table, 'USD', 'INR', { on: '2021-03-30' })).toThrow(FxRateNotFoundError);
    expect(() => fxRate(table, 'USD', 'INR', { on: '2021-03-30' })).toThrow(
      'no USD/INR rate on or before 2021-03-30: the first quote is on 2021-03-31',
    );
    expect(() => fxRate(table, 'GBP', 'INR')).toThrow(
      'no GBP/INR rate: the table has no quote of this pair',
    );
  });

  it('rejects a malformed date and unknown currencies', () => {
    expect(() => fxRate(table, 'USD', 'INR', { on: '31/03/2021' })).toThrow(ArgumentError);
    expect(() => fxRate(table, 'USD', 'INR', { on: '31/03/2021' })).toThrow(
      'on "31/03/2021" must be a date as yyyy-MM-dd',
    );
    expect(() => fxRate(table, 'XYZ' as 'USD', 'INR')).toThrow(UnknownCurrencyError);
  });
});

describe('convert', () => {
  it('converts USD 30 bn at 74.5 to ₹2,23,500 crore exactly', () => {
    const rupees = convert(usd('30000000000'), 'INR', '74.5');
    expect(rupees.currency).toBe('INR');
    expect(rupees.amount.toFixed()).toBe('2235000000000');
    expect(formatMoney(rupees, { unit: 'crore', decimals: 0 })).toBe('₹2,23,500 crore');
    expect(convert(usd('30e9'), 'INR', 74.5).amount.toFixed()).toBe('2235000000000');
  });

  it('uses the table rate on the date, dividing for an inverse quote', () => {
    expect(convert(usd(100), 'INR', table, { on: '2021-12-31' }).amount.toFixed()).toBe('7420');
    expect(convert(crore('0.0000758'), 'USD', table, { on: '2022-03-31' }).amount.toFixed()).toBe(
      '10',
    );
    expect(convert(money(155, 'JPY'), 'INR', table).amount.toFixed()).toBe('100');
    expect(convert(money(100, 'EUR'), 'USD', table, { on: '2021-07-01' }).amount.toFixed()).toBe(
      '119',
    );
  });

  it('returns the same amount for the same currency', () => {
    expect(convert(inr('12.34'), 'INR', table).amount.toFixed()).toBe('12.34');
    expect(convert(inr('12.34'), 'INR', 1).amount.toFixed()).toBe('12.34');
    expect(() => convert(inr('12.34'), 'INR', '74.5')).toThrow(
      'rate 74.5 given to convert INR into INR; a currency converts into itself at 1',
    );
  });

  it('does not chain through a third currency', () => {
    expect(() => convert(money(1, 'EUR'), 'INR', table)).toThrow(FxRateNotFoundError);
  });

  it('rejects bad rates and currencies', () => {
    expect(() => convert(usd(1), 'INR', 0)).toThrow('rate 0 must be greater than zero');
    expect(() => convert(usd(1), 'INR', '-74')).toThrow(ArgumentError);
    expect(() => convert(usd(1), 'INR', 'abc')).toThrow(InvalidAmountError);
    expect(() => convert(usd(1), 'INR', Number.NaN)).toThrow('rate NaN');
    expect(() => convert(usd(1), 'XYZ' as 'INR', 74)).toThrow(UnknownCurrencyError);
  });
});

describe('averageRate', () => {
  const monthly = fxTable([
    { date: '2021-04-30', base: 'USD', quote: 'INR', rate: '74' },
    { date: '2021-05-31', base: 'USD', quote: 'INR', rate: '73' },
    { date: '2021-06-30', base: 'USD', quote: 'INR', rate: '75' },
    { date: '2021-07-31', base: 'INR', quote: 'USD', rate: '0.0125' },
  ]);

  it('averages the quotes in the period, inclusive', () => {
    expect(averageRate(monthly, 'USD', 'INR', '2021-04-01', '2021-06-30').toFixed()).toBe('74');
    expect(averageRate(monthly, 'USD', 'INR', '2021-04-30', '2021-04-30').toFixed()).toBe('74');
    expect(averageRate(monthly, 'USD', 'INR', '2021-06-01', '2021-07-31').toFixed()).toBe('77.5');
  });

  it('averages inverse quotes as 1 / rate', () => {
    expect(averageRate(monthly, 'INR', 'USD', '2021-07-01', '2021-07-31').toFixed()).toBe('0.0125');
    expect(averageRate(monthly, 'INR', 'USD', '2021-04-30', '2021-04-30').toFixed(10)).toBe(
      '0.0135135135',
    );
  });

  it('throws when the period has no quote, or is malformed', () => {
    expect(() => averageRate(monthly, 'USD', 'INR', '2022-01-01', '2022-12-31')).toThrow(
      'no USD/INR rate: no quote between 2022-01-01 and 2022-12-31',
    );
    expect(() => averageRate(monthly, 'USD', 'INR', '2021-07-01', '2021-04-01')).toThrow(
      'from 2021-07-01 is after to 2021-04-01',
    );
    expect(() => averageRate(monthly, 'USD', 'INR', '2021-04', '2021-07-01')).toThrow(
      'from "2021-04" must be a date as yyyy-MM-dd',
    );
  });
});
