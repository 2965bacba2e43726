import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { sharedRuns } from '../../src/model/_lib/sharedRuns.js';
import { baseYearCheck, sharedBaseYearCheck } from '../../src/model/pliBaseYearCheck.js';
import { crore } from '../../src/money/index.js';

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
    );
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
    );
    expect(again).toBe(first);
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
    );
    const otherSales = sharedBaseYearCheck(
      shared,
      'FY2019-20',
      crore(100),
      'FY2021-22',
      crore(401),
      limit,
    );
    const otherYear = sharedBaseYearCheck(
      shared,
      'FY2019-20',
      crore(100),
      'FY2022-23',
      crore(400),
      limit,
    );
    const otherBase = sharedBaseYearCheck(
      shared,
      'FY2020-21',
      crore(100),
      'FY2021-22',
      crore(400),
      limit,
    );
    const otherLimit = sharedBaseYearCheck(
      shared,
      'FY2019-20',
      crore(100),
      'FY2021-22',
      crore(400),
      new Decimal(2),
    );
    for (const other of [otherSales, otherYear, otherBase, otherLimit])
      expect(other).not.toBe(first);
    expect(first.yearlyGrowth?.toFixed()).toBe('1');
    expect(otherYear.yearlyGrowth?.toFixed(6)).toBe('0.587401');
    expect(otherBase.yearlyGrowth?.toFixed()).toBe('3');
    expect([first.plausible, otherLimit.plausible]).toEqual([false, true]);
  });
});
