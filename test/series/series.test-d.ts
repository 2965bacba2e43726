import { describe, expectTypeOf, it } from 'vitest';
import { float64Calculator } from '../../src/core/calculator.js';
import type { Decimal } from '../../src/core/decimal.js';
import { inr, type Money, usd } from '../../src/money/index.js';
import { growthCurve, growthValues, type Series, series } from '../../src/series/index.js';
import {
  containingPeriod,
  type FiscalQuarter,
  type FiscalYear,
  fiscalYears,
  type MonthPeriod,
  next,
  parsePeriod,
  periodsBetween,
} from '../../src/time/index.js';

describe('types', () => {
  it('keeps the currency of a Money series', () => {
    const s = series([['FY22', inr(1)]]);
    expectTypeOf(s).toEqualTypeOf<Series<Money<'INR'>>>();
    expectTypeOf(s.sum()).toEqualTypeOf<Money<'INR'>>();
    expectTypeOf(s.cumulative()).toEqualTypeOf<Series<Money<'INR'>>>();
    // @ts-expect-error a series of strings is not a series
    series([['FY22', 'x']]);
    // @ts-expect-error an INR series has no USD zero
    series([['FY22', inr(1)]]).sum({ zero: usd(0) });
  });

  it('keeps period kinds through time functions', () => {
    expectTypeOf(fiscalYears('FY2021-22', 2)).toEqualTypeOf<readonly FiscalYear[]>();
    expectTypeOf(next(fiscalYears('FY2021-22', 1)[0] as FiscalYear)).toEqualTypeOf<FiscalYear>();
    expectTypeOf(
      containingPeriod(parsePeriod('2021-08'), 'quarter'),
    ).toEqualTypeOf<FiscalQuarter>();
    const m = parsePeriod('2021-08') as MonthPeriod;
    expectTypeOf(periodsBetween(m, m)).toEqualTypeOf<readonly MonthPeriod[]>();
  });

  it('infers the calculator number type for growth values', () => {
    const c = growthCurve({ kind: 'flat', value: 1 });
    expectTypeOf(growthValues(c, 3)).toEqualTypeOf<Decimal[]>();
    expectTypeOf(growthValues(c, 3, { calculator: float64Calculator })).toEqualTypeOf<number[]>();
  });
});
