import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { sharedRuns } from '../../src/model/_lib/sharedRuns.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { baseYearCheck, sharedBaseYearCheck } from '../../src/model/pliBaseYearCheck.js';
import { runScenario } from '../../src/model/runScenario.js';
import { crore, inr } from '../../src/money/index.js';
import { seedJson } from './_seed.js';

const limit = new Decimal('0.5');

describe('sharedBaseYearCheck', () => {
  it('gives baseYearCheck’s result, computed once for the same figures', () => {
    const shared = sharedRuns();
    const first = sharedBaseYearCheck(
      shared,
      'FY2019-20',
      crore('181.8'),
      'FY2021-22',
      crore(900),
      limit,
    )();
    expect(first).toEqual(
      baseYearCheck('FY2019-20', crore('181.8'), 'FY2021-22', crore(900), limit),
    );
    expect(first.yearlyGrowth?.toFixed(6)).toBe('1.224971');
    // Other Money objects with the same digits (the outturn's first year, unchanged): the same check.
    const again = sharedBaseYearCheck(
      shared,
      'FY2019-20',
      crore('181.80'),
      'FY2021-22',
      crore('900.0'),
      limit,
    )();
    expect(again).toBe(first);
  });

  it('computes only when its result is read, then gives the same object', () => {
    const shared = sharedRuns();
    let computed = 0;
    // Count the check's fractional power: none until the result is read.
    const pow = Decimal.prototype.pow;
    Decimal.prototype.pow = function (this: Decimal, y: Parameters<typeof pow>[0]) {
      computed++;
      return pow.call(this, y);
    };
    try {
      const check = sharedBaseYearCheck(
        shared,
        'FY2019-20',
        crore(100),
        'FY2021-22',
        crore(300),
        limit,
      );
      expect(computed).toBe(0);
      const read = check();
      expect(computed).toBe(1);
      expect(check()).toBe(read);
      expect(computed).toBe(1);
    } finally {
      Decimal.prototype.pow = pow;
    }
  });

  it('computes afresh for other figures, years or limit', () => {
    const shared = sharedRuns();
    const first = sharedBaseYearCheck(
      shared,
      'FY2019-20',
      crore(100),
      'FY2021-22',
      crore(400),
      limit,
    )();
    const otherSales = sharedBaseYearCheck(
      shared,
      'FY2019-20',
      crore(100),
      'FY2021-22',
      crore(401),
      limit,
    )();
    const otherYear = sharedBaseYearCheck(
      shared,
      'FY2019-20',
      crore(100),
      'FY2022-23',
      crore(400),
      limit,
    )();
    const otherBase = sharedBaseYearCheck(
      shared,
      'FY2020-21',
      crore(100),
      'FY2021-22',
      crore(400),
      limit,
    )();
    const otherLimit = sharedBaseYearCheck(
      shared,
      'FY2019-20',
      crore(100),
      'FY2021-22',
      crore(400),
      new Decimal(2),
    )();
    for (const other of [otherSales, otherYear, otherBase, otherLimit])
      expect(other).not.toBe(first);
    expect(first.yearlyGrowth?.toFixed()).toBe('1');
    expect(otherYear.yearlyGrowth?.toFixed(6)).toBe('0.587401');
    expect(otherBase.yearlyGrowth?.toFixed()).toBe('3');
    expect([first.plausible, otherLimit.plausible]).toEqual([false, true]);
  });
});

describe('a run’s base-year check', () => {
  it('is computed when read: the plan’s first-year sales against the base year, shared with its outturn', () => {
    const result = runScenario({ ...parseScenario(seedJson()), variants: [] });
    const plan = result.pli?.enrolments[0];
    const outturn = result.actuals?.pli?.enrolments[0];
    expect(Object.getOwnPropertyDescriptor(plan, 'baseYear')?.get).toBeTypeOf('function');
    // The enrolment's whole first year (its segments' revenue), not the part year it claims.
    const first = result.operations[0];
    const sales = (first?.segments ?? [])
      .filter((s) => plan?.segments.includes(s.segment))
      .reduce((a, s) => a.plus(s.revenue.amount), new Decimal(0));
    expect(plan?.baseYear).toEqual(
      baseYearCheck('FY2019-20', crore('181.8'), first?.year ?? '', inr(sales), new Decimal('0.5')),
    );
    // The outturn's first year is the plan's: the very same check.
    expect(outturn?.baseYear).toBe(plan?.baseYear);
    expect(Object.keys(plan ?? {})).toContain('baseYear');
  });
});
