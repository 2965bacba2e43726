import { describe, expectTypeOf, it } from 'vitest';
import type { Money } from '../../src/money/money.js';
import {
  type AssetInput,
  checkThresholds,
  type InvestmentScheduleInput,
  investedBy,
  toCashFlows,
} from '../../src/schedule/index.js';
import type { Series } from '../../src/series/series.js';

declare const rupees: Series<Money<'INR'>>;

describe('schedule types', () => {
  it('keeps the currency of the schedule', () => {
    expectTypeOf(investedBy(rupees, '2023-03-31')).toEqualTypeOf<Money<'INR'>>();
    expectTypeOf(toCashFlows(rupees)[0]?.amount).toEqualTypeOf<Money<'INR'> | undefined>();
    expectTypeOf(checkThresholds(rupees, [])[0]?.shortfall).toEqualTypeOf<
      Money<'INR'> | undefined
    >();
  });

  it('accepts JSON-friendly inputs and rejects unknown profiles', () => {
    const ok: InvestmentScheduleInput = {
      total: { amount: '13500000000', currency: 'INR' },
      start: 'FY2021-22',
      end: 'FY2025-26',
      granularity: 'fy',
      profile: { sCurve: { midpoint: 2.5, steepness: '1.2' } },
    };
    expectTypeOf(ok).toExtend<InvestmentScheduleInput>();
    // @ts-expect-error — not a profile
    const bad: InvestmentScheduleInput = { start: 'FY2021-22', profile: 'middle-loaded' };
    void bad;
    // @ts-expect-error — method is required
    const asset: AssetInput = { cost: 'Rs 10 crore', putToUse: '2022-04-01' };
    void asset;
  });
});
