import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  containingPeriod,
  contains,
  DEFAULT_FISCAL_YEAR_START_MONTH,
  endOf,
  type FiscalYear,
  fiscalQuarter,
  fiscalStartMonth,
  fiscalYear,
  fiscalYearOf,
  fiscalYearStarting,
  fiscalYears,
  InvalidDateError,
  InvalidPeriodError,
  isSamePeriod,
  type MonthPeriod,
  month,
  monthOf,
  monthsOf,
  next,
  type Period,
  parseFiscalYear,
  parsePeriod,
  periodMonths,
  periodRange,
  periodSchema,
  periodsBetween,
  previous,
  quarterOf,
  quartersOf,
  resolveStartMonth,
  shift,
  startOf,
  subPeriods,
} from '../../src/time/index.js';

const keys = (ps: readonly Period[]) => ps.map((p) => p.key);

describe('fiscalYear', () => {
  it.each([
    ['2021-08-24', 'FY2021-22'],
    ['2022-03-31', 'FY2021-22'],
    ['2022-04-01', 'FY2022-23'],
    ['2021-04-01', 'FY2021-22'],
    ['1999-12-31', 'FY1999-00'],
  ])('%s is in %s', (date, key) => {
    expect(fiscalYear(date).key).toBe(key);
  });

  it('reads a Date by its local calendar date in every zone', () => {
    expect(fiscalYear(new Date(2022, 2, 31, 23, 59)).key).toBe('FY2021-22');
    expect(fiscalYear(new Date(2022, 3, 1, 0, 0)).key).toBe('FY2022-23');
  });

  it('new Date("2022-04-01") is FY2021-22 west of UTC (the documented pitfall)', () => {
    const utc = new Date('2022-04-01');
    const expected = utc.getTimezoneOffset() > 0 ? 'FY2021-22' : 'FY2022-23';
    expect(fiscalYear(utc).key).toBe(expected);
  });

  it('is a frozen value with its years and start month', () => {
    const fy = fiscalYear('2021-08-24');
    expect(fy).toEqual({
      kind: 'fiscalYear',
      key: 'FY2021-22',
      startYear: 2021,
      endYear: 2022,
      startMonth: 4,
    });
    expect(Object.isFrozen(fy)).toBe(true);
  });

  it('labels non-April years with the start month; January years are calendar years', () => {
    expect(fiscalYear('2022-04-01', { startMonth: 1 }).key).toBe('FY2022 (Jan)');
    expect(fiscalYear('2022-04-01', { startMonth: 1 }).endYear).toBe(2022);
    expect(fiscalYear('2022-06-30', { startMonth: 7 }).key).toBe('FY2021-22 (Jul)');
    expect(fiscalYear('2022-07-01', { startMonth: 7 }).key).toBe('FY2022-23 (Jul)');
  });

  it('defaults to April, defined once', () => {
    expect(DEFAULT_FISCAL_YEAR_START_MONTH).toBe(4);
    expect(resolveStartMonth()).toBe(4);
  });

  it.each([[0], [13], [4.5], [Number.NaN]])('rejects startMonth %s', (startMonth) => {
    expect(() => fiscalYear('2022-04-01', { startMonth })).toThrow(InvalidPeriodError);
    expect(() => fiscalYear('2022-04-01', { startMonth })).toThrow('startMonth');
  });

  it('rejects an invalid date', () => {
    expect(() => fiscalYear('2022-02-30')).toThrow(InvalidDateError);
  });

  it('contains the date it was made from, for every start month (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2200, 11, 31), noInvalidDate: true }),
        fc.integer({ min: 1, max: 12 }),
        (date, startMonth) => {
          const fy = fiscalYear(date, { startMonth });
          const q = fiscalQuarter(date, { startMonth });
          return (
            contains(fy, date) &&
            contains(q, date) &&
            contains(monthOf(date), date) &&
            q.fiscalYear.key === fy.key &&
            parsePeriod(fy.key).key === fy.key &&
            parsePeriod(q.key).key === q.key
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('fiscalYearStarting', () => {
  it('builds by start year', () => {
    expect(fiscalYearStarting(2021).key).toBe('FY2021-22');
    expect(fiscalYearStarting(2021, { startMonth: 7 }).key).toBe('FY2021-22 (Jul)');
  });
  it('rejects out-of-range years', () => {
    expect(() => fiscalYearStarting(999)).toThrow(InvalidPeriodError);
    expect(() => fiscalYearStarting(9999)).toThrow('9999');
  });
});

describe('fiscalQuarter', () => {
  it.each([
    ['2021-04-01', 'FY2021-22 Q1'],
    ['2021-06-30', 'FY2021-22 Q1'],
    ['2021-08-24', 'FY2021-22 Q2'],
    ['2021-12-31', 'FY2021-22 Q3'],
    ['2022-01-01', 'FY2021-22 Q4'],
    ['2022-03-31', 'FY2021-22 Q4'],
    ['2022-04-01', 'FY2022-23 Q1'],
  ])('%s is in %s', (date, key) => {
    expect(fiscalQuarter(date).key).toBe(key);
  });
  it('uses the start month', () => {
    expect(fiscalQuarter('2021-08-24', { startMonth: 1 }).key).toBe('FY2021 (Jan) Q3');
  });
});

describe('parseFiscalYear', () => {
  it.each([
    ['FY2021-22', 'FY2021-22'],
    ['FY22', 'FY2021-22'],
    ['2021-22', 'FY2021-22'],
    ['FY 2021-22', 'FY2021-22'],
    ['FY 22', 'FY2021-22'],
    ['FY2022', 'FY2021-22'],
    ['FY1999-00', 'FY1999-00'],
    ['FY2021-22 (Jul)', 'FY2021-22 (Jul)'],
    ['FY2021 (Jan)', 'FY2021 (Jan)'],
  ])('reads %j as %s', (label, key) => {
    expect(parseFiscalYear(label).key).toBe(key);
  });

  it('uses startMonth for labels without a suffix', () => {
    expect(parseFiscalYear('FY22', { startMonth: 1 }).key).toBe('FY2022 (Jan)');
    expect(parseFiscalYear('FY22', { startMonth: 7 }).key).toBe('FY2021-22 (Jul)');
    expect(parseFiscalYear('FY2021-22', { startMonth: 7 }).key).toBe('FY2021-22 (Jul)');
  });

  it.each([
    ['FY2021-23', 'does not follow'],
    ['FY2021', 'FY2021'],
    ['2021', 'not a fiscal-year label'],
    ['fy2021-22', 'not a fiscal-year label'],
    ['FY2021-22 Q1', 'not a fiscal-year label'],
    ['FY2021-22 (Foo)', 'unknown start-month suffix'],
    ['', 'not a fiscal-year label'],
    [' FY2021-22', 'not a fiscal-year label'],
  ])('rejects %j (%s)', (label, fragment) => {
    if (label === 'FY2021') {
      // FY2021 is the year ending in 2021: valid, so it is not a rejection case.
      expect(parseFiscalYear(label).key).toBe('FY2020-21');
      return;
    }
    expect(() => parseFiscalYear(label)).toThrow(InvalidPeriodError);
    expect(() => parseFiscalYear(label)).toThrow(fragment);
  });

  it('rejects a suffix that disagrees with startMonth, and a span for a January year', () => {
    expect(() => parseFiscalYear('FY2021-22 (Jul)', { startMonth: 4 })).toThrow('startMonth 4');
    expect(() => parseFiscalYear('FY2021-22 (Jan)')).toThrow('January');
  });
});

describe('parsePeriod', () => {
  it('reads all three kinds', () => {
    expect(parsePeriod('2021-08')).toEqual({ kind: 'month', key: '2021-08', year: 2021, month: 8 });
    const q = parsePeriod('FY2021-22 Q2');
    expect(q.kind).toBe('quarter');
    expect(q.kind === 'quarter' && q.quarter).toBe(2);
    expect(parsePeriod('FY22').key).toBe('FY2021-22');
  });

  it('reads yyyy-MM as a month even where it could be a fiscal year', () => {
    expect(parsePeriod('2011-12').kind).toBe('month');
    expect(parseFiscalYear('2011-12').key).toBe('FY2011-12');
    expect(parsePeriod('2021-22').key).toBe('FY2021-22');
  });

  it.each([
    ['2021-13', 'month must be 01–12'],
    ['2021-00', 'month must be 01–12'],
    ['FY2021-22 Q5', 'Q1–Q4'],
    ['FY2021-23 Q1', 'does not follow'],
    ['Q2 FY2021-22', 'not a period label'],
    ['August 2021', 'not a period label'],
    ['', 'not a period label'],
  ])('rejects %j (%s)', (label, fragment) => {
    expect(() => parsePeriod(label)).toThrow(InvalidPeriodError);
    expect(() => parsePeriod(label)).toThrow(fragment);
  });

  it('round-trips every key of every kind and start month (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1001 * 12, max: 9997 * 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('month', 'quarter', 'fiscalYear' as const),
        (ordinal, startMonth, kind) => {
          const m = month(Math.floor(ordinal / 12), (ordinal % 12) + 1);
          const p = containingPeriod(m, kind, { startMonth });
          const back = parsePeriod(p.key);
          return back.key === p.key && JSON.stringify(back) === JSON.stringify(p);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('periodSchema', () => {
  it('parses labels and reports bad ones', () => {
    expect(periodSchema.parse('FY22').key).toBe('FY2021-22');
    const r = periodSchema.safeParse('FY2021-23');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('does not follow');
  });
});

describe('startOf / endOf', () => {
  it.each([
    ['2021-08', '2021-08-01', '2021-08-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['FY2021-22 Q2', '2021-07-01', '2021-09-30'],
    ['FY2021-22 Q4', '2022-01-01', '2022-03-31'],
    ['FY2021-22', '2021-04-01', '2022-03-31'],
    ['FY2021 (Jan)', '2021-01-01', '2021-12-31'],
    ['FY2021-22 (Jul)', '2021-07-01', '2022-06-30'],
  ])('%s runs from %s to %s', (label, start, end) => {
    const p = parsePeriod(label);
    expect(startOf(p)).toBe(start);
    expect(endOf(p)).toBe(end);
    expect(contains(p, start)).toBe(true);
    expect(contains(p, end)).toBe(true);
  });
});

describe('next / previous / shift', () => {
  it('steps within the kind and calendar', () => {
    expect(next(parsePeriod('FY2021-22 Q4')).key).toBe('FY2022-23 Q1');
    expect(previous(parsePeriod('FY2022-23 Q1')).key).toBe('FY2021-22 Q4');
    expect(next(parsePeriod('2021-12')).key).toBe('2022-01');
    expect(previous(parsePeriod('FY2021-22')).key).toBe('FY2020-21');
    expect(shift(parsePeriod('FY2021-22 (Jul)'), 2).key).toBe('FY2023-24 (Jul)');
    expect(shift(parsePeriod('2021-08'), -20).key).toBe('2019-12');
  });
  it('rejects a fractional shift', () => {
    expect(() => shift(parsePeriod('2021-08'), 0.5)).toThrow(InvalidPeriodError);
  });
  it('next and previous are inverse (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1001 * 12, max: 9996 * 12 }), (ordinal) => {
        const m = month(Math.floor(ordinal / 12), (ordinal % 12) + 1);
        const q = quarterOf(m);
        const fy = fiscalYearOf(m);
        return (
          previous(next(m)).key === m.key &&
          next(previous(q)).key === q.key &&
          previous(next(fy)).key === fy.key &&
          endOf(previous(m)) < startOf(m)
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('fiscalYears / periodRange / periodsBetween', () => {
  it('lists consecutive years', () => {
    expect(keys(fiscalYears('FY2021-22', 5))).toEqual([
      'FY2021-22',
      'FY2022-23',
      'FY2023-24',
      'FY2024-25',
      'FY2025-26',
    ]);
    expect(keys(fiscalYears(2021, 2, { startMonth: 1 }))).toEqual(['FY2021 (Jan)', 'FY2022 (Jan)']);
    expect(fiscalYears('FY22', 0)).toEqual([]);
  });
  it('lists periods between two, inclusive', () => {
    expect(keys(periodsBetween(parsePeriod('2021-11'), parsePeriod('2022-02')))).toEqual([
      '2021-11',
      '2021-12',
      '2022-01',
      '2022-02',
    ]);
    expect(keys(periodsBetween(parsePeriod('FY2021-22 Q4'), parsePeriod('FY2021-22 Q4')))).toEqual([
      'FY2021-22 Q4',
    ]);
    expect(keys(periodRange(parsePeriod('FY2021-22 Q3'), 3))).toEqual([
      'FY2021-22 Q3',
      'FY2021-22 Q4',
      'FY2022-23 Q1',
    ]);
  });
  it.each([
    ['2022-02', '2021-11', 'is before'],
    ['2021-11', 'FY2021-22', 'is a fiscalYear'],
    ['FY2021-22', 'FY2021-22 (Jul)', 'different fiscal-year start month'],
  ])('periodsBetween(%s, %s) throws (%s)', (a, b, fragment) => {
    expect(() => periodsBetween(parsePeriod(a), parsePeriod(b))).toThrow(InvalidPeriodError);
    expect(() => periodsBetween(parsePeriod(a), parsePeriod(b))).toThrow(fragment);
  });
  it('rejects a bad count', () => {
    expect(() => fiscalYears('FY2021-22', -1)).toThrow(InvalidPeriodError);
    expect(() => fiscalYears('FY2021-22', 1.5)).toThrow('number of periods');
  });
});

describe('containingPeriod / subPeriods', () => {
  it('converts to coarser kinds', () => {
    const aug = parsePeriod('2021-08');
    expect(containingPeriod(aug, 'quarter').key).toBe('FY2021-22 Q2');
    expect(containingPeriod(aug, 'fiscalYear').key).toBe('FY2021-22');
    expect(containingPeriod(aug, 'fiscalYear', { startMonth: 9 }).key).toBe('FY2020-21 (Sep)');
    expect(containingPeriod(aug, 'month').key).toBe('2021-08');
    expect(fiscalYearOf(parsePeriod('FY2021-22 (Jul) Q4')).key).toBe('FY2021-22 (Jul)');
    expect(quarterOf(aug as MonthPeriod).key).toBe('FY2021-22 Q2');
  });
  it('splits into finer kinds', () => {
    const fy = parsePeriod('FY2021-22') as FiscalYear;
    expect(keys(quartersOf(fy))).toEqual([
      'FY2021-22 Q1',
      'FY2021-22 Q2',
      'FY2021-22 Q3',
      'FY2021-22 Q4',
    ]);
    expect(monthsOf(fy).map((m) => m.key)).toEqual([
      '2021-04',
      '2021-05',
      '2021-06',
      '2021-07',
      '2021-08',
      '2021-09',
      '2021-10',
      '2021-11',
      '2021-12',
      '2022-01',
      '2022-02',
      '2022-03',
    ]);
    expect(keys(subPeriods(parsePeriod('FY2021-22 Q4'), 'month'))).toEqual([
      '2022-01',
      '2022-02',
      '2022-03',
    ]);
  });
  it('refuses the wrong direction and conflicting start months', () => {
    expect(() => containingPeriod(parsePeriod('FY2021-22'), 'month')).toThrow('subPeriods');
    expect(() => subPeriods(parsePeriod('2021-08'), 'fiscalYear')).toThrow('containingPeriod');
    expect(() =>
      containingPeriod(parsePeriod('FY2021-22 Q1'), 'fiscalYear', { startMonth: 7 }),
    ).toThrow(InvalidPeriodError);
  });
});

describe('contains', () => {
  it('includes both ends and nothing outside', () => {
    const fy = parsePeriod('FY2021-22');
    expect(contains(fy, '2021-04-01')).toBe(true);
    expect(contains(fy, '2022-03-31')).toBe(true);
    expect(contains(fy, '2021-03-31')).toBe(false);
    expect(contains(fy, '2022-04-01')).toBe(false);
    expect(contains(parsePeriod('FY2021-22 Q2'), '2021-08-24')).toBe(true);
  });
});

describe('comparePeriods / isSamePeriod', () => {
  it('orders and compares', () => {
    expect(comparePeriods(parsePeriod('FY2021-22'), parsePeriod('FY22'))).toBe(0);
    expect(comparePeriods(parsePeriod('FY2022-23 Q1'), parsePeriod('FY2021-22 Q4'))).toBe(1);
    expect(isSamePeriod(parsePeriod('FY22'), parsePeriod('2021-22'))).toBe(true);
    expect(() => comparePeriods(parsePeriod('2021-08'), parsePeriod('FY22'))).toThrow(
      InvalidPeriodError,
    );
  });
});

describe('month / monthOf', () => {
  it('builds months', () => {
    expect(month(2021, 8).key).toBe('2021-08');
    expect(monthOf('2021-08-24').key).toBe('2021-08');
    expect(() => month(2021, 13)).toThrow(InvalidPeriodError);
  });
});

describe('periodMonths / fiscalStartMonth', () => {
  it('reports length and calendar', () => {
    expect(periodMonths(parsePeriod('2021-08'))).toBe(1);
    expect(periodMonths(parsePeriod('FY2021-22 Q2'))).toBe(3);
    expect(periodMonths(parsePeriod('FY2021-22'))).toBe(12);
    expect(fiscalStartMonth(parsePeriod('FY2021-22 (Jul) Q1'))).toBe(7);
    expect(fiscalStartMonth(parsePeriod('FY2021-22'))).toBe(4);
    expect(fiscalStartMonth(parsePeriod('2021-08'))).toBeUndefined();
  });
});

describe('periods as text', () => {
  it('convert to their key in String() and template literals', () => {
    expect(String(fiscalYear('2021-08-24'))).toBe('FY2021-22');
    expect(`${fiscalQuarter('2021-08-24')}`).toBe('FY2021-22 Q2');
    expect(`${monthOf('2021-08-24')}`).toBe('2021-08');
    expect(Object.keys(fiscalYear('2021-08-24'))).not.toContain('toString');
    expect(JSON.stringify(monthOf('2021-08-24'))).toBe(
      '{"kind":"month","key":"2021-08","year":2021,"month":8}',
    );
  });
});
