import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Decimal } from '../../src/core/decimal.js';
import { projectionInputOf } from '../../src/model/_lib/projectionInput.js';
import { runCore } from '../../src/model/_lib/runCore.js';
import { sharedRuns } from '../../src/model/_lib/sharedRuns.js';
import { openingRunRateOf, openingRunRateScenario } from '../../src/model/baseline.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { compileParsedLike, compileParsedProjection } from '../../src/projection/compile.js';
import type { CompiledProjection } from '../../src/projection/compiledProjection.js';
import { runProjection } from '../../src/projection/runProjection.js';
import { seedJson, withExports } from './_seed.js';

const pegatron = () =>
  JSON.parse(
    readFileSync(new URL('../../seeds/pegatron-india-2022.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

describe('openingRunRateOf', () => {
  it('builds from the first month alone the baseline openingRunRateScenario builds from the rows', () => {
    const scenario = parseScenario(withExports(seedJson()));
    const projection = runProjection(
      compileParsedProjection(projectionInputOf(scenario), {
        tranches: Object.fromEntries(scenario.investments.map((i) => [i.id, '2022-06'])),
      }),
    );
    const demand = scenario.segments.map((_, i) => projection.workspace.demand[i] as Decimal);
    const fromMonth = openingRunRateOf(scenario, { month: projection.months[0], demand });
    const fromRows = openingRunRateScenario(scenario, projection);
    expect(fromMonth).toEqual(fromRows);
    // A segment launched later holds zero; the first month's teams stay, later ones go.
    expect(
      fromMonth.segments.map((s) => (s.volume as { value: Decimal }).value.toString()),
    ).toEqual(projection.segments.map((s) => s.monthly[0]?.demand.toString()));
    expect(fromMonth.investments).toEqual([]);
    expect(fromMonth.baseline).toBeUndefined();
  });

  it('without a first month keeps every team and takes zero demand for a missing segment', () => {
    const scenario = parseScenario(seedJson());
    const none = openingRunRateOf(scenario, { month: undefined, demand: [] });
    expect(none.headcount?.teams).toEqual(scenario.headcount?.teams);
    expect(none.segments.every((s) => (s.volume as { value: Decimal }).value.isZero())).toBe(true);
  });

  it("runs on its plan's resolved horizon", () => {
    const scenario = parseScenario(seedJson());
    const shared = sharedRuns();
    const plan = runCore(scenario, shared);
    const baseline = runCore(openingRunRateScenario(scenario, plan.projection), shared, {
      projection: plan.projection,
    });
    expect(baseline.projection.plan.horizon).toBe(plan.projection.plan.horizon);
  });

  it("compiles after its plan's compile: the plan compiled on its own, slot for slot", () => {
    // The plan as data: each segment's growth rebuild read on the parameters, the index listed.
    const asData = (c: CompiledProjection) => ({
      ...c,
      slots: { paths: c.slots.paths, values: c.slots.values, index: [...c.slots.index] },
      segments: c.segments.map(({ growth, ...rest }) => ({
        ...rest,
        curve: growth(c.slots.values),
      })),
    });
    for (const json of [seedJson(), withExports(seedJson()), pegatron()]) {
      const scenario = parseScenario(json);
      const plan = runCore(scenario, sharedRuns());
      const input = projectionInputOf(openingRunRateScenario(scenario, plan.projection));
      const like = compileParsedLike(input, {}, plan.projection.plan);
      expect(asData(like)).toEqual(asData(compileParsedProjection(input)));
    }
  });

  it("builds its cash flow from the projection's year totals: the same figures as from its operations", () => {
    for (const json of [seedJson(), withExports(seedJson()), pegatron()]) {
      const scenario = parseScenario(json);
      const shared = sharedRuns();
      const plan = runCore(scenario, shared);
      const derived = openingRunRateScenario(scenario, plan.projection);
      const lean = runCore(derived, shared, { projection: plan.projection });
      // A run of its own: its own price path, its operations built first.
      const full = runCore(derived, sharedRuns());
      expect(full.operations.length).toBeGreaterThan(0);
      expect(lean.chainInputs).toEqual(full.chainInputs);
      expect(lean.fcf).toEqual(full.fcf);
      expect(lean.terminal).toEqual(full.terminal);
      expect(lean.openingWc).toEqual(full.openingWc);
      // Its operations, read, are the full run's.
      expect(lean.operations).toEqual(full.operations);
    }
  });
});
