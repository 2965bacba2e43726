import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { ValidationError } from '../../src/core/errors.js';
import { crore, inr } from '../../src/money/constructors.js';
import type { Money } from '../../src/money/money.js';
import { depreciateSchedule, investmentSchedule } from '../../src/schedule/index.js';
import { series } from '../../src/series/index.js';
import { deepFreeze } from './helpers.js';

const toCrore = (m: { amount: Decimal }) => m.amount.dividedBy(1e7).toFixed(2);
const capex = investmentSchedule({
  total: crore(100),
  start: 'FY2021-22',
  periods: 2,
  granularity: 'fy',
});

describe('depreciateSchedule', () => {
  it('depreciates each period’s capex as a block put to use at the period start', () => {
    const dep = depreciateSchedule(capex, {
      method: 'straight-line',
      usefulLife: 10,
      putToUse: 'start',
    });
    expect(
      dep.rows
        .slice(0, 3)
        .map((r) => [r.period, toCrore(r.charge), toCrore(r.grossBlock), toCrore(r.netBlock)]),
    ).toEqual([
      ['FY2021-22', '5.00', '50.00', '45.00'],
      ['FY2022-23', '10.00', '100.00', '85.00'],
      ['FY2023-24', '10.00', '100.00', '75.00'],
    ]);
    expect(dep.rows.at(-1)?.period).toBe('FY2031-32');
    expect(dep.rows.at(-1)?.netBlock.amount.isZero()).toBe(true);
    expect(dep.blocks.map((b) => [b.period, b.putToUse])).toEqual([
      ['FY2021-22', '2021-04-01'],
      ['FY2022-23', '2022-04-01'],
    ]);
  });

  it('mid-period put-to-use with the half-rate rule: 183 days of use is a full year', () => {
    const dep = depreciateSchedule(capex, {
      method: 'written-down-value',
      rate: '15%',
      firstYear: 'half-rate',
      through: 'FY2022-23',
    });
    expect(dep.blocks[0]?.putToUse).toBe('2021-09-30');
    expect(dep.rows.map((r) => toCrore(r.charge))).toEqual(['7.50', '13.88']);
  });

  it('a lag keeps capex in capital work in progress until it is put to use', () => {
    const dep = depreciateSchedule(capex, {
      method: 'straight-line',
      usefulLife: 10,
      putToUse: 'end',
      lagMonths: 3,
      through: 'FY2023-24',
    });
    expect(
      dep.rows.map((r) => [
        r.period,
        toCrore(r.additions),
        toCrore(r.capitalised),
        toCrore(r.capitalWorkInProgress),
        toCrore(r.grossBlock),
      ]),
    ).toEqual([
      ['FY2021-22', '50.00', '0.00', '50.00', '0.00'],
      ['FY2022-23', '50.00', '50.00', '50.00', '50.00'],
      ['FY2023-24', '0.00', '50.00', '0.00', '100.00'],
    ]);
    expect(dep.blocks[0]?.putToUse).toBe('2022-06-30');
    expect(dep.rows[0]?.charge.amount.isZero()).toBe(true);
  });

  it('reports by quarter, adding up to the fiscal years', () => {
    const options = {
      method: 'straight-line',
      usefulLife: 5,
      putToUse: 'mid',
      through: 'FY2027-28',
    } as const;
    const byYear = depreciateSchedule(capex, options);
    const byQuarter = depreciateSchedule(capex, { ...options, granularity: 'quarter' });
    expect(byQuarter.rows).toHaveLength(byYear.rows.length * 4);
    byYear.rows.forEach((y, i) => {
      const quarters = byQuarter.rows.slice(4 * i, 4 * i + 4);
      const sum = quarters.reduce((s, q) => s.plus(q.charge.amount), new Decimal(0));
      expect(sum.equals(y.charge.amount)).toBe(true);
      expect(quarters.at(-1)?.netBlock.amount.equals(y.netBlock.amount)).toBe(true);
    });
  });

  it('follows the schedule’s own fiscal calendar (years from January)', () => {
    const calendarCapex = investmentSchedule({
      total: crore(100),
      start: 'FY2021 (Jan)',
      periods: 2,
    });
    const dep = depreciateSchedule(calendarCapex, {
      method: 'straight-line',
      usefulLife: 5,
      putToUse: 'start',
      through: 'FY2023 (Jan)',
    });
    expect(dep.rows.map((r) => [r.period, toCrore(r.charge)])).toEqual([
      ['FY2021 (Jan)', '10.00'],
      ['FY2022 (Jan)', '20.00'],
      ['FY2023 (Jan)', '20.00'],
    ]);
  });

  it('rejects bad options and bad capex, naming the field', () => {
    expect(() => depreciateSchedule(capex, { method: 'straight-line' })).toThrow(
      'usefulLife: straight-line needs',
    );
    expect(() => depreciateSchedule(capex, { method: 'written-down-value', rate: '10%' })).toThrow(
      'through: required',
    );
    expect(() =>
      depreciateSchedule(capex, { method: 'straight-line', usefulLife: 5, lagMonths: -1 }),
    ).toThrow(ValidationError);
    const zero = investmentSchedule({
      total: inr(1),
      start: 'FY2021-22',
      periods: 1,
      profile: { weights: [1] },
    });
    expect(() =>
      depreciateSchedule(zero, {
        method: 'straight-line',
        usefulLife: 5,
        putToUse: 'sometime' as 'mid',
      }),
    ).toThrow('putToUse');
  });

  it('does not mutate its options', () => {
    const options = deepFreeze({
      method: 'straight-line' as const,
      usefulLife: 5,
      residualShare: '5%',
    });
    depreciateSchedule(capex, options);
    expect(options).toEqual({ method: 'straight-line', usefulLife: 5, residualShare: '5%' });
  });

  it('charges tie to capex − residuals and the net block stays above the residuals, for any monthly capex', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 100n, max: 10n ** 13n }),
        fc
          .array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 18 })
          .filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom('start' as const, 'mid' as const, 'end' as const),
        fc.constantFrom('time-proportionate' as const, 'half-rate' as const, 'full' as const),
        (paise, weights, life, residualPct, putToUse, firstYear) => {
          const total = inr(new Decimal(paise.toString()).dividedBy(100));
          const monthly = investmentSchedule({
            total,
            start: '2021-07',
            periods: weights.length,
            granularity: 'month',
            profile: { weights },
          });
          const dep = depreciateSchedule(monthly, {
            method: 'straight-line',
            usefulLife: life,
            residualShare: `${residualPct}%`,
            putToUse,
            firstYear,
          });
          const charged = dep.rows.reduce((s, r) => s.plus(r.charge.amount), new Decimal(0));
          const last = dep.rows.at(-1);
          expect(last?.grossBlock.amount.equals(total.amount)).toBe(true);
          expect(last?.netBlock.amount.equals(total.amount.minus(charged))).toBe(true);
          const residuals = dep.blocks.reduce(
            (s, b) => s.plus(b.cost.amount.times(residualPct).dividedBy(100).toDecimalPlaces(2)),
            new Decimal(0),
          );
          expect(last?.netBlock.amount.equals(residuals)).toBe(true);
          for (const r of dep.rows) expect(r.charge.amount.isNegative()).toBe(false);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('depreciateSchedule bad capex', () => {
  it('rejects negative capex and a schedule with nothing to depreciate', () => {
    const negative = series([
      ['FY2021-22', inr(100)],
      ['FY2022-23', inr(-5)],
    ]);
    expect(() => depreciateSchedule(negative, { method: 'straight-line', usefulLife: 5 })).toThrow(
      'schedule.FY2022-23: capex -5 is negative',
    );
    const zero = series([['FY2021-22', inr(0)]]);
    expect(() => depreciateSchedule(zero, { method: 'straight-line', usefulLife: 5 })).toThrow(
      'schedule: has no capex above zero to depreciate',
    );
    expect(() =>
      depreciateSchedule(series<Money>([]), { method: 'straight-line', usefulLife: 5 }),
    ).toThrow('the schedule is empty');
  });
});
