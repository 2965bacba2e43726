import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { ArgumentError, InvalidAmountError } from '../../src/core/errors.js';
import {
  averageRate,
  convert,
  type FxRateRow,
  fxRate,
  fxTable,
  usd,
} from '../../src/money/index.js';

// Every table here is built inside its test: a table built when the file loads is built before
// a mutation run switches its mutant on, so it would pin nothing of fxTable itself.
const row = (date: string, base: string, quote: string, rate: string): FxRateRow =>
  ({ date, base, quote, rate }) as FxRateRow;

describe('fxTable (built in each test)', () => {
  // One test, first in the file: fxTable's row schema is built once per module load, by the
  // first test that parses a row, so only that test covers the messages written into it.
  it('names the field and the problem of each bad row', () => {
    const cases: [FxRateRow[], string][] = [
      [
        [row('2021-03-31', 'XYZ', 'INR', '74')],
        '[0].base: unknown currency "XYZ"; known: INR, USD',
      ],
      [
        [row('2021-3-31', 'USD', 'INR', '74')],
        '[0].date: expected a calendar date as yyyy-MM-dd (e.g. "2021-03-31")',
      ],
      [
        [row('2021-03-31', 'USD', 'USD', '1')],
        '[0].quote: base and quote must be different currencies',
      ],
      [
        [row('2021-03-31', 'USD', 'INR', '74'), row('2021-03-31', 'INR', 'USD', '0.0135')],
        '[1]: second INR/USD quote on 2021-03-31 (first at [0])',
      ],
    ];
    for (const [rows, message] of cases) {
      expect(() => fxTable(rows)).toThrow(message);
      expect(() => fxTable(rows)).toThrow(/^\[crorecast\] invalid FX table:/);
    }
  });

  it('sorts quotes given in any order by date, keeping each row with its own rate', () => {
    const table = fxTable([
      row('2022-03-31', 'USD', 'INR', '75.8'),
      row('2021-03-31', 'USD', 'INR', '73.5'),
      row('2021-09-30', 'EUR', 'USD', '1.16'),
      row('2021-03-31', 'INR', 'JPY', '1.51'),
    ]);
    expect(table.kind).toBe('fx-table');
    expect(table.rates.map((r) => `${r.date} ${r.base}/${r.quote} ${r.rate.toFixed()}`)).toEqual([
      '2021-03-31 USD/INR 73.5',
      '2021-03-31 INR/JPY 1.51',
      '2021-09-30 EUR/USD 1.16',
      '2022-03-31 USD/INR 75.8',
    ]);
    const later = fxTable([
      row('2021-01-02', 'USD', 'INR', '2'),
      row('2021-01-01', 'USD', 'INR', '1'),
    ]);
    expect(later.rates.map((r) => r.date)).toEqual(['2021-01-01', '2021-01-02']);
    const sorted = fxTable([
      row('2021-01-01', 'USD', 'INR', '1'),
      row('2021-01-02', 'USD', 'INR', '2'),
    ]);
    expect(sorted.rates.map((r) => r.date)).toEqual(['2021-01-01', '2021-01-02']);
  });
});

describe('fxRate, averageRate and convert with tables built in the test', () => {
  it('says when an inversely quoted pair was first quoted', () => {
    const table = fxTable([
      row('2021-01-01', 'EUR', 'USD', '1.2'),
      row('2021-12-31', 'INR', 'JPY', '1.55'),
    ]);
    expect(() => fxRate(table, 'JPY', 'INR', { on: '2021-06-30' })).toThrow(
      'no JPY/INR rate on or before 2021-06-30: the first quote is on 2021-12-31',
    );
    expect(() => fxRate(table, 'INR', 'JPY', { on: '2021-06-30' })).toThrow(
      'no INR/JPY rate on or before 2021-06-30: the first quote is on 2021-12-31',
    );
    expect(() => fxRate(table, 'USD', 'JPY', { on: '2021-06-30' })).toThrow(
      'no USD/JPY rate on or before 2021-06-30: the table has no quote of this pair',
    );
  });

  it('averages only the pair asked for, not quotes sharing one of its currencies', () => {
    const table = fxTable([
      row('2021-04-01', 'USD', 'INR', '70'),
      row('2021-05-01', 'USD', 'JPY', '110'),
      row('2021-06-01', 'INR', 'JPY', '1.5'),
      row('2021-07-01', 'EUR', 'INR', '88'),
      row('2021-08-01', 'INR', 'USD', '0.0125'),
    ]);
    // 70 and 1 / 0.0125 = 80.
    expect(averageRate(table, 'USD', 'INR', '2021-04-01', '2021-08-31').toFixed()).toBe('75');
    expect(averageRate(table, 'INR', 'USD', '2021-04-01', '2021-07-31').toFixed()).toBe(
      new Decimal(1).dividedBy(70).toFixed(),
    );
  });

  it('names the period in its errors', () => {
    const table = fxTable([row('2021-04-01', 'USD', 'INR', '70')]);
    expect(() => averageRate(table, 'USD', 'INR', '2021-05-01', '2021-04-01')).toThrow(
      'from 2021-05-01 is after to 2021-04-01',
    );
    expect(() => averageRate(table, 'USD', 'INR', '2021-05-01', '2021-04-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_PERIOD' }),
    );
    expect(() => averageRate(table, 'USD', 'INR', '2021-5-01', '2021-06-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => averageRate(table, 'USD', 'INR', '2021-05-01', '2021-06-1')).toThrow(
      'to "2021-06-1" must be a date as yyyy-MM-dd',
    );
  });

  it('takes a Decimal or a number as a rate and only a table by its kind', () => {
    expect(convert(usd(2), 'INR', new Decimal('74.5')).amount.toFixed()).toBe('149');
    expect(() => convert(usd(2), 'INR', null as never)).toThrow(InvalidAmountError);
    expect(() => convert(usd(2), 'INR', { kind: 'table' } as never)).toThrow(InvalidAmountError);
    expect(() => convert(usd(2), 'USD', 2)).toThrow(
      expect.objectContaining({ code: 'SAME_CURRENCY_RATE' }),
    );
    expect(() => convert(usd(2), 'INR', 2, { at: '2021-01-01' } as never)).toThrow(/convert/);
    expect(() => fxRate(fxTable([]), 'USD', 'INR', { at: '2021-01-01' } as never)).toThrow(
      /fxRate/,
    );
    expect(() => fxRate(fxTable([]), 'USD', 'INR', { on: '2021-02-30' })).toThrow(
      'on "2021-02-30" must be a date as yyyy-MM-dd',
    );
    expect(() => fxRate(fxTable([]), 'USD', 'INR', { on: 'x2021-02-03' })).toThrow(ArgumentError);
    expect(() => fxRate(fxTable([]), 'USD', 'INR', { on: '2021-02-03x' })).toThrow(ArgumentError);
  });

  it('gives a currency against itself as 1, not inverted', () => {
    expect(fxRate(fxTable([]), 'INR', 'INR')).toEqual({
      rate: new Decimal(1),
      quoted: new Decimal(1),
      inverted: false,
      date: undefined,
    });
  });
});
