import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { ArgumentError, ValidationError } from '../../src/core/errors.js';
import { crore, inr, usd } from '../../src/money/constructors.js';
import {
  checkThresholds,
  combineSchedules,
  cumulativeInvestment,
  investedBy,
  investmentSchedule,
  toCashFlows,
} from '../../src/schedule/index.js';
import { croreRows, deepFreeze, values } from './helpers.js';

const even = investmentSchedule({
  total: crore(1350),
  start: 'FY2021-22',
  periods: 5,
  granularity: 'fy',
});
const back = investmentSchedule({
  total: crore(1350),
  start: 'FY2021-22',
  periods: 5,
  granularity: 'fy',
  profile: 'back-loaded',
});
const toCrore = (m: { amount: Decimal }) => m.amount.dividedBy(1e7).toFixed(2);

describe('cumulativeInvestment', () => {
  it('is the running total, ending at the total', () => {
    const front = investmentSchedule({
      total: crore(1350),
      start: 'FY2021-22',
      periods: 5,
      profile: 'front-loaded',
    });
    expect(croreRows(cumulativeInvestment(front)).map((r) => r[1])).toEqual([
      '450.00',
      '810.00',
      '1080.00',
      '1260.00',
      '1350.00',
    ]);
  });

  it('is non-decreasing and ends exactly at the total for any monthly schedule', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 14n }),
        fc
          .array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 36 })
          .filter((w) => w.some((x) => x > 0)),
        (paise, weights) => {
          const total = inr(new Decimal(paise.toString()).dividedBy(100));
          const capex = investmentSchedule({
            total,
            start: '2021-04',
            periods: weights.length,
            granularity: 'month',
            profile: { weights },
          });
          const cum = values(cumulativeInvestment(capex));
          for (let i = 1; i < cum.length; i++) {
            expect(cum[i]?.amount.greaterThanOrEqualTo(cum[i - 1]?.amount ?? 0)).toBe(true);
          }
          expect(cum.at(-1)?.amount.equals(total.amount)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('investedBy', () => {
  it('counts a period once it has ended (the default)', () => {
    expect(toCrore(investedBy(even, '2023-03-31'))).toBe('540.00');
    expect(toCrore(investedBy(even, '2023-03-30'))).toBe('270.00');
    expect(toCrore(investedBy(even, '2021-01-01'))).toBe('0.00');
    expect(toCrore(investedBy(even, '2040-01-01'))).toBe('1350.00');
  });

  it('counts from the period start, or pro rata by days', () => {
    expect(toCrore(investedBy(even, '2022-04-01', { basis: 'period-start' }))).toBe('540.00');
    // 183 of 365 days of FY2022-23 by 30 Sep 2022.
    expect(investedBy(even, '2022-09-30', { basis: 'pro-rata' }).amount.toFixed(2)).toBe(
      new Decimal('2700000000')
        .plus(new Decimal('2700000000').times(183).dividedBy(365))
        .toFixed(2),
    );
  });

  it('reads a Date by its local calendar date', () => {
    expect(toCrore(investedBy(even, new Date(2023, 2, 31)))).toBe('540.00');
  });

  it('rejects a bad date or basis', () => {
    expect(() => investedBy(even, '2023-02-30')).toThrow();
    expect(() => investedBy(even, '2023-03-31', { basis: 'whenever' as 'pro-rata' })).toThrow(
      ArgumentError,
    );
  });
});

describe('checkThresholds', () => {
  it('reports met, cumulative and shortfall per threshold', () => {
    const checks = checkThresholds(back, [
      { period: 'FY2021-22', required: crore(50) },
      { period: 'FY2022-23', required: 'Rs 300 crore' },
      { period: 'FY2023-24', required: { amount: '5400000000', currency: 'INR' } },
    ]);
    expect(
      checks.map((c) => [c.period, c.by, toCrore(c.cumulative), c.met, toCrore(c.shortfall)]),
    ).toEqual([
      ['FY2021-22', '2022-03-31', '90.00', true, '0.00'],
      ['FY2022-23', '2023-03-31', '270.00', false, '30.00'],
      ['FY2023-24', '2024-03-31', '540.00', true, '0.00'],
    ]);
  });

  it('tests a monthly schedule against fiscal-year and quarterly thresholds', () => {
    const monthly = investmentSchedule({
      total: crore(120),
      start: 'FY2021-22',
      periods: 12,
      granularity: 'month',
    });
    const checks = checkThresholds(monthly, [
      { period: 'FY2021-22 Q2', required: crore(60) },
      { period: 'FY2021-22', required: crore(120) },
    ]);
    expect(checks.map((c) => [toCrore(c.cumulative), c.met])).toEqual([
      ['60.00', true],
      ['120.00', true],
    ]);
  });

  it('accepts thresholds as a series', () => {
    const required = investmentSchedule({
      total: crore(1350),
      start: 'FY2021-22',
      periods: 5,
      profile: 'front-loaded',
    });
    const checks = checkThresholds(even, cumulativeInvestment(required));
    expect(checks.map((c) => c.met)).toEqual([false, false, false, false, true]);
    expect(toCrore(checks[0]?.shortfall ?? crore(0))).toBe('180.00');
  });

  it('rejects thresholds in another currency or with a bad period, naming them', () => {
    expect(() => checkThresholds(even, [{ period: 'FY2021-22', required: usd(1) }])).toThrow(
      "[0].required: currency USD differs from the schedule's INR",
    );
    expect(() => checkThresholds(even, [{ period: 'FY21-22x', required: crore(1) }])).toThrow(
      ValidationError,
    );
    expect(() => checkThresholds(even, [{ period: 'FY2021-22', required: crore(-1) }])).toThrow(
      '[0].required: must not be negative',
    );
  });

  it('does not mutate its input', () => {
    const thresholds = deepFreeze([
      { period: 'FY2021-22', required: { amount: '1', currency: 'INR' as const } },
    ]);
    checkThresholds(even, thresholds);
    expect(thresholds[0]?.required.amount).toBe('1');
  });
});

describe('toCashFlows', () => {
  it('gives dated outflows at the start, middle or end of each period', () => {
    const start = toCashFlows(even, { timing: 'start' });
    expect(start.map((f) => [f.date, toCrore(f.amount)])).toEqual([
      ['2021-04-01', '-270.00'],
      ['2022-04-01', '-270.00'],
      ['2023-04-01', '-270.00'],
      ['2024-04-01', '-270.00'],
      ['2025-04-01', '-270.00'],
    ]);
    expect(toCashFlows(even).map((f) => f.date)).toEqual([
      '2021-09-30',
      '2022-09-30',
      '2023-10-01',
      '2024-09-30',
      '2025-09-30',
    ]);
    expect(toCashFlows(even, { timing: 'end' })[0]?.date).toBe('2022-03-31');
  });

  it('leaves out zero periods unless asked', () => {
    const lumpy = investmentSchedule({
      total: crore(10),
      start: 'FY2021-22',
      periods: 3,
      profile: { weights: [1, 0, 1] },
    });
    expect(toCashFlows(lumpy)).toHaveLength(2);
    expect(toCashFlows(lumpy, { includeZero: true })).toHaveLength(3);
  });

  it('rejects an unknown timing', () => {
    expect(() => toCashFlows(even, { timing: 'later' as 'end' })).toThrow(ArgumentError);
  });
});

describe('combineSchedules', () => {
  it('sums schedules period by period, keeping the parts', () => {
    const a = investmentSchedule({ total: crore(1000), start: 'FY2021-22', periods: 2 });
    const b = investmentSchedule({ total: crore(350), start: 'FY2022-23', periods: 2 });
    const both = combineSchedules([{ name: 'Plant A', schedule: a }, b]);
    expect(croreRows(both.schedule)).toEqual([
      ['FY2021-22', '500.00'],
      ['FY2022-23', '675.00'],
      ['FY2023-24', '175.00'],
    ]);
    expect(toCrore(both.total)).toBe('1350.00');
    expect(both.commitments.map((c) => [c.name, toCrore(c.total)])).toEqual([
      ['Plant A', '1000.00'],
      ['schedule 2', '350.00'],
    ]);
  });

  it('rejects mixed granularities, mixed currencies and an empty list', () => {
    const fy = investmentSchedule({ total: crore(1), start: 'FY2021-22', periods: 1 });
    const month = investmentSchedule({ total: crore(1), start: '2021-04', periods: 1 });
    const dollars = investmentSchedule({ total: usd(1), start: 'FY2021-22', periods: 1 });
    expect(() => combineSchedules([fy, month])).toThrow(
      "[1]: granularity month differs from the first schedule's fy",
    );
    expect(() => combineSchedules([fy, dollars])).toThrow('currency USD differs from INR');
    expect(() => combineSchedules([])).toThrow(ValidationError);
  });
});
