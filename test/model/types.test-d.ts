import { describe, expectTypeOf, it } from 'vitest';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import type { Scenario, ScenarioInput } from '../../src/model/scenario.js';
import type { ScenarioResult } from '../../src/model/types.js';
import { add } from '../../src/money/add.js';
import type { Money } from '../../src/money/money.js';

describe('model types', () => {
  it('parseScenario returns a Scenario and runScenario a ScenarioResult', () => {
    expectTypeOf(parseScenario).returns.toEqualTypeOf<Scenario>();
    expectTypeOf(runScenario).parameter(0).toEqualTypeOf<Scenario>();
    expectTypeOf(runScenario).returns.toEqualTypeOf<ScenarioResult>();
  });

  it('keeps rupees and dollars apart in the result', () => {
    type Year = ScenarioResult['operations'][number];
    expectTypeOf<Year['revenue']>().toEqualTypeOf<Money<'INR'>>();
    expectTypeOf<Year['revenueUsd']>().toEqualTypeOf<Money<'USD'> | null>();
    const year = {} as Year;
    // @ts-expect-error rupee revenue cannot be added to dollar revenue
    add(year.revenue, year.revenueUsd as Money<'USD'>);
  });

  it('a scenario file is typed on input too', () => {
    expectTypeOf<ScenarioInput['finance']['taxRate']>().toEqualTypeOf<
      string | number | undefined
    >();
    // @ts-expect-error targets name a metric the model knows
    const target: ScenarioInput['targets'] = [{ metric: 'ebitda', value: '1', by: 'FY2025-26' }];
    void target;
  });
});
