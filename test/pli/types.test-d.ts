import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/core/decimal.js';
import { crore, type Money, usd } from '../../src/money/index.js';
import {
  evaluatePli,
  getPliScheme,
  lsem2020,
  type PliEvaluation,
  type PliScheme,
  type PliSchemeInput,
  withOverrides,
} from '../../src/pli/index.js';

describe('pli types', () => {
  it('presets satisfy the input type and parse to PliScheme', () => {
    expectTypeOf(lsem2020).toExtend<PliSchemeInput>();
    expectTypeOf(getPliScheme('lsem-2020')).toEqualTypeOf<PliScheme>();
    expectTypeOf(withOverrides(getPliScheme('lsem-2020'), {})).toEqualTypeOf<PliScheme>();
  });

  it('evaluatePli returns rupees and Decimal rates', () => {
    const result = evaluatePli({
      scheme: 'lsem-2020',
      category: 'domestic-mobile',
      baseYearSales: crore(200),
      years: [{ year: 'FY2020-21', netSales: crore(800), cumulativeInvestment: crore(60) }],
    });
    expectTypeOf(result).toEqualTypeOf<PliEvaluation>();
    expectTypeOf(result.total).toEqualTypeOf<Money<'INR'>>();
    expectTypeOf(result.years[0]?.rate).toEqualTypeOf<Decimal | undefined>();
  });

  it('rejects dollars at compile time', () => {
    evaluatePli({
      scheme: 'lsem-2020',
      category: 'domestic-mobile',
      // @ts-expect-error PLI is paid in rupees
      baseYearSales: usd(200),
      years: [{ year: 'FY2020-21', netSales: crore(800), cumulativeInvestment: crore(60) }],
    });
  });

  it('rejects a misspelt preset field at compile time', () => {
    // @ts-expect-error amountUnit must be crore, lakh or rupee
    const bad: PliSchemeInput = { ...lsem2020, amountUnit: 'million' };
    void bad;
  });
});
