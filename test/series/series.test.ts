import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { ValidationError } from '../../src/core/errors.js';
import { inr, type Money, usd } from '../../src/money/index.js';
import {
  type Series,
  SeriesError,
  series,
  seriesFromJSON,
  seriesFromPeriods,
} from '../../src/series/index.js';
import {
  fiscalYears,
  InvalidPeriodError,
  parsePeriod,
  periodsBetween,
} from '../../src/time/index.js';

const d = (v: string | number) => new Decimal(v);
const str = (s: Series<Decimal>) => s.toRows().map((r) => [r.period, r.value.toFixed()]);
const months = (from: string, to: string) => periodsBetween(parsePeriod(from), parsePeriod(to));

describe('series', () => {
  it('orders entries by period and reads labels', () => {
    const s = series([
      ['FY2022-23', d(2)],
      ['FY22', d(1)],
    ]);
    expect(str(s)).toEqual([
      ['FY2021-22', '1'],
      ['FY2022-23', '2'],
    ]);
    expect(s.granularity).toBe('fiscalYear');
    expect(s.length).toBe(2);
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.entries)).toBe(true);
  });

  it('accepts { period, value } objects', () => {
    expect(
      series([{ period: '2021-08', value: inr(5) }])
        .get('2021-08')
        .amount.toFixed(),
    ).toBe('5');
  });

  it.each([
    [
      [
        ['2021-08', d(1)],
        ['FY2021-22', d(1)],
      ],
      'MIXED_GRANULARITY',
    ],
    [
      [
        ['FY2021-22', d(1)],
        ['FY2021-22 (Jul)', d(1)],
      ],
      'MIXED_FISCAL_CALENDAR',
    ],
    [
      [
        ['2021-08', d(1)],
        ['2021-09', inr(1)],
      ],
      'MIXED_VALUES',
    ],
    [
      [
        ['2021-08', inr(1)],
        ['2021-09', usd(1)],
      ],
      'MIXED_VALUES',
    ],
    [
      [
        ['2021-08', d(1)],
        ['2021-08', d(2)],
      ],
      'DUPLICATE_PERIOD',
    ],
    [[['2021-08', 1.5]], 'INVALID_SERIES_VALUE'],
  ])('rejects %j with %s', (entries, code) => {
    const build = () => series(entries as never);
    expect(build).toThrow(SeriesError);
    try {
      build();
    } catch (e) {
      expect((e as SeriesError).code).toBe(code);
    }
  });

  it('rejects an unknown label', () => {
    expect(() => series([['FY2021-23', d(1)]])).toThrow(InvalidPeriodError);
  });

  it('does not mutate its input', () => {
    const input: [string, Decimal][] = [
      ['2021-09', d(2)],
      ['2021-08', d(1)],
    ];
    const copy = JSON.stringify(input);
    series(input);
    expect(JSON.stringify(input)).toBe(copy);
  });
});

describe('seriesFromPeriods', () => {
  it('builds from a range and a function', () => {
    const s = seriesFromPeriods(fiscalYears('FY2021-22', 3), (_, i) => inr(100 * (i + 1)));
    expect(s.sum().amount.toFixed()).toBe('600');
    expect(s.toRows().map((r) => r.period)).toEqual(['FY2021-22', 'FY2022-23', 'FY2023-24']);
  });
});

describe('at / get / has', () => {
  const s = series([['FY2021-22', d(5)]]);
  it('reads by period or label', () => {
    expect(s.at('FY22')?.toFixed()).toBe('5');
    expect(s.at(parsePeriod('FY2021-22'))?.toFixed()).toBe('5');
    expect(s.at('FY2022-23')).toBeUndefined();
    expect(s.has('2021-22')).toBe(true);
  });
  it('get throws for a missing period', () => {
    expect(() => s.get('FY2022-23')).toThrow('no value for FY2022-23');
  });
});

describe('map / zipWith', () => {
  const a = seriesFromPeriods(months('2021-04', '2021-06'), (_, i) => d(i + 1));
  const b = seriesFromPeriods(months('2021-04', '2021-06'), () => d('0.5'));
  it('maps values', () => {
    expect(str(a.map((v) => v.times(2)))).toEqual([
      ['2021-04', '2'],
      ['2021-05', '4'],
      ['2021-06', '6'],
    ]);
    expect(
      a
        .map((v) => inr(v))
        .sum()
        .amount.toFixed(),
    ).toBe('6');
  });
  it('zips equal periods', () => {
    expect(str(a.zipWith(b, (x, y) => x.times(y)))).toEqual([
      ['2021-04', '0.5'],
      ['2021-05', '1'],
      ['2021-06', '1.5'],
    ]);
  });
  it('refuses different periods', () => {
    expect(() => a.zipWith(a.slice('2021-05'), (x) => x)).toThrow(
      'PERIOD_MISMATCH'.length ? SeriesError : Error,
    );
    expect(() => a.zipWith(a.slice('2021-05'), (x) => x)).toThrow('entry 0 is "2021-04"');
  });
});

describe('cumulative', () => {
  it('gives running totals of Money', () => {
    const s = series([
      ['FY2021-22', inr('0.1')],
      ['FY2022-23', inr('0.2')],
      ['FY2023-24', inr(-1)],
    ]);
    expect(s.cumulative().values.map((m) => m.amount.toFixed())).toEqual(['0.1', '0.3', '-0.7']);
  });
  it('is non-decreasing for non-negative values and ends at the sum (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 30 }),
        (xs) => {
          const s = seriesFromPeriods(fiscalYears('FY2021-22', xs.length), (_, i) =>
            d(xs[i] ?? 0).div(100),
          );
          const c = s.cumulative().values;
          const ok = c.every((v, i) => i === 0 || v.gte(c[i - 1] as Decimal));
          return ok && (c[c.length - 1] as Decimal).eq(s.sum());
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('rollup', () => {
  const monthly = seriesFromPeriods(months('2021-04', '2022-03'), (_, i) => inr(`${i + 1}.01`));
  it('sums months into quarters and years exactly', () => {
    const q = monthly.rollup('quarter');
    expect(q.toRows().map((r) => [r.period, r.value.amount.toFixed()])).toEqual([
      ['FY2021-22 Q1', '6.03'],
      ['FY2021-22 Q2', '15.03'],
      ['FY2021-22 Q3', '24.03'],
      ['FY2021-22 Q4', '33.03'],
    ]);
    expect(q.rollup('fiscalYear').get('FY2021-22').amount.toFixed()).toBe('78.12');
    expect(monthly.rollup('fiscalYear').get('FY2021-22').amount.toFixed()).toBe('78.12');
  });
  it('flags partial periods, or refuses them on request', () => {
    const part = monthly.slice('2021-08');
    const r = part.rollupWithCoverage('fiscalYear');
    expect(r.partial).toEqual(['FY2021-22']);
    expect(r.coverage[0]).toEqual({
      period: 'FY2021-22',
      parts: 8,
      expectedParts: 12,
      complete: false,
    });
    expect(() => part.rollup('fiscalYear', { requireComplete: true })).toThrow('8 of its 12');
  });
  it('uses a start month for months', () => {
    expect(
      monthly
        .rollup('fiscalYear', { startMonth: 1 })
        .toRows()
        .map((r) => r.period),
    ).toEqual(['FY2021 (Jan)', 'FY2022 (Jan)']);
  });
  it('refuses a finer target', () => {
    expect(() => monthly.rollup('fiscalYear').rollup('month')).toThrow(InvalidPeriodError);
  });
  it('equals the sum of its parts (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.array(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), {
          minLength: 1,
          maxLength: 40,
        }),
        (offset, amounts) => {
          const all = months('2020-01', '2059-12').slice(offset, offset + amounts.length);
          const s = seriesFromPeriods(all, (_, i) =>
            inr(d((amounts[i] ?? 0n).toString()).div(100)),
          );
          const q = s.rollup('quarter');
          const y = s.rollup('fiscalYear');
          return (
            q.sum().amount.eq(s.sum().amount) &&
            y.sum().amount.eq(s.sum().amount) &&
            y.entries.every((e) =>
              e.value.amount.eq(
                s
                  .slice(e.period.kind === 'fiscalYear' ? `${e.period.startYear}-04` : undefined)
                  .slice(
                    undefined,
                    e.period.kind === 'fiscalYear' ? `${e.period.endYear}-03` : undefined,
                  )
                  .sum({ zero: inr(0) }).amount,
              ),
            )
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('slice', () => {
  const s = seriesFromPeriods(fiscalYears('FY2021-22', 5), (_, i) => d(i));
  it('keeps the inclusive range', () => {
    expect(
      s
        .slice('FY2022-23', 'FY2023-24')
        .toRows()
        .map((r) => r.period),
    ).toEqual(['FY2022-23', 'FY2023-24']);
    expect(s.slice(undefined, 'FY22').length).toBe(1);
    expect(s.slice('FY2030-31').length).toBe(0);
  });
  it('refuses a bound of another kind', () => {
    expect(() => s.slice('2021-08')).toThrow(InvalidPeriodError);
  });
});

describe('sum', () => {
  it('sums Decimal and Money exactly', () => {
    expect(
      series([
        ['2021-08', d('0.1')],
        ['2021-09', d('0.2')],
      ])
        .sum()
        .toFixed(),
    ).toBe('0.3');
    expect(
      series([
        ['2021-08', inr('0.1')],
        ['2021-09', inr('0.2')],
      ])
        .sum()
        .amount.toFixed(),
    ).toBe('0.3');
  });
  it('needs a zero for an empty series', () => {
    expect(() => series<Money>([]).sum()).toThrow(SeriesError);
    expect(
      series<Money>([])
        .sum({ zero: inr(0) })
        .amount.toFixed(),
    ).toBe('0');
  });
  it('Money and currency mismatch stays an error', () => {
    const mixed: [string, Money][] = [
      ['2021-08', inr(1)],
      ['2021-09', usd(1)],
    ];
    expect(() => series(mixed)).toThrow(SeriesError);
    expect(() => series(mixed)).toThrow('Money in USD');
  });
});

describe('toJSON / seriesFromJSON', () => {
  it('round-trips Decimal and Money with strings, never floats', () => {
    const s = series([
      ['FY2021-22', d('0.1')],
      ['FY2022-23', d('12345678901234567890.123')],
    ]);
    const json = JSON.parse(JSON.stringify(s));
    expect(json).toEqual({
      entries: [
        { period: 'FY2021-22', value: '0.1' },
        { period: 'FY2022-23', value: '12345678901234567890.123' },
      ],
    });
    expect(str(seriesFromJSON<Decimal>(json))).toEqual(str(s));
    const m = series([['FY2021-22 Q2', inr('13500000000')]]);
    expect(JSON.parse(JSON.stringify(m))).toEqual({
      entries: [{ period: 'FY2021-22 Q2', value: { amount: '13500000000', currency: 'INR' } }],
    });
    expect(seriesFromJSON<Money>(m.toJSON()).get('FY2021-22 Q2').amount.toFixed()).toBe(
      '13500000000',
    );
  });
  it.each([
    [{ entries: [{ period: 'FY2021-23', value: '1' }] }, 'entries[0].period'],
    [{ entries: [{ period: 'FY2021-22', value: 'abc' }] }, 'entries[0].value'],
    [{ entries: [{ period: 'FY2021-22' }] }, 'entries[0].value'],
    [{}, 'entries'],
  ])('rejects %j naming %s', (json, path) => {
    expect(() => seriesFromJSON(json)).toThrow(ValidationError);
    expect(() => seriesFromJSON(json)).toThrow(path);
  });
});

describe('immutability', () => {
  it('map, cumulative, rollup and slice leave the source series unchanged', () => {
    const src = seriesFromPeriods(months('2021-04', '2021-09'), (_, i) => d(i));
    const before = JSON.stringify(src);
    src.map((v) => v.plus(1));
    src.cumulative();
    src.rollup('quarter');
    src.slice('2021-05', '2021-06');
    src.zipWith(src, (a, b) => a.plus(b));
    expect(JSON.stringify(src)).toBe(before);
    expect(() => {
      (src.entries as unknown as unknown[]).push(1);
    }).toThrow(TypeError);
  });
});
