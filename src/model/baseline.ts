import { type Decimal, ZERO } from '../core/decimal.js';
import { readMonth } from '../projection/_lib/horizon.js';
import type { ProjectionResult } from '../projection/runProjection.js';
import type { Scenario } from './scenario.js';

/**
 * The business as it runs at the start of the plan, as a scenario of its own: each segment's
 * demand held at its first month's level (a segment not yet launched stays at zero), no new
 * investment, no capacity added (expansions dropped), no team that joins after the start; prices,
 * costs, FX, wages and operating costs follow the same paths as the plan — they are the market,
 * not the plan. PLI enrolments stay, but without the plan's investment they meet no investment
 * threshold. State incentives are dropped: they are granted to the plan's project (its capex, its
 * new sales), so the increment carries them. Used as the baseline an incremental valuation
 * subtracts.
 *
 * @param scenario - the validated plan
 * @param projection - the plan's projection (for the first month's demand)
 * @returns the baseline scenario (no variants, no targets, no baseline of its own)
 *
 * @example
 * doctest: skip (runScenario builds the projection with the investment tranches' dates; this is its step)
 * ```ts
 * const baseline = openingRunRateScenario(scenario, projection);
 * baseline.investments //=> []
 * ```
 */
export function openingRunRateScenario(scenario: Scenario, projection: ProjectionResult): Scenario {
  return openingRunRateOf(scenario, {
    month: projection.total.monthly[0]?.period,
    demand: scenario.segments.map((_, i) => projection.segments[i]?.monthly[0]?.demand ?? ZERO),
  });
}

/** What the opening run-rate baseline takes from the plan's projection: its first month. */
export interface OpeningMonth {
  /** The first month's label (`2021-04`), or undefined for an empty horizon. */
  readonly month: string | undefined;
  /** Each segment's demand in that month, in the scenario's segment order. */
  readonly demand: readonly Decimal[];
}

/**
 * {@link openingRunRateScenario} from the plan's first month alone — what `runScenario` reads
 * straight from its projection's workspace, without building the monthly rows.
 *
 * @param scenario - the validated plan
 * @param first - the first month and each segment's demand in it
 * @returns the baseline scenario
 *
 * @example
 * doctest: skip (needs a parsed scenario)
 * ```ts
 * openingRunRateOf(scenario, { month: '2021-04', demand }).segments[0].volume //=> { kind: 'flat', value: demand[0] }
 * ```
 */
export function openingRunRateOf(scenario: Scenario, first: OpeningMonth): Scenario {
  const startMonth = first.month === undefined ? undefined : readMonth(first.month)?.key;
  const { baseline: _baseline, ...rest } = scenario;
  return {
    ...rest,
    segments: scenario.segments.map((s, i) => ({
      ...s,
      volume: { kind: 'flat' as const, value: first.demand[i] ?? ZERO },
    })),
    plants: scenario.plants.map((p) => ({ ...p, expansions: [] })),
    investments: [],
    ...(scenario.headcount === undefined
      ? {}
      : {
          headcount: {
            ...scenario.headcount,
            teams: scenario.headcount.teams.filter((t) => {
              const from = readMonth(t.from)?.key;
              return startMonth === undefined || from === undefined || from <= startMonth;
            }),
          },
        }),
    stateIncentives: [],
    targets: [],
    variants: [],
  };
}
