/**
 * The seed scenario for the benchmarks: the file, the validated scenario, and its projection
 * compiled the way `runScenario` compiles it (expansions tied to investment tranches come on
 * line when the model's investment schedule completes them).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fiscalYearRange } from '../src/model/_lib/fiscalYears.js';
import { investmentsByYear } from '../src/model/investments.js';
import { parseScenario } from '../src/model/parseScenario.js';
import type { Scenario } from '../src/model/scenario.js';
import { compileParsedProjection } from '../src/projection/compile.js';
import type { CompiledProjection } from '../src/projection/compiledProjection.js';
import type { ProjectionInput } from '../src/projection/inputSchema.js';
import type { SimulationInput } from '../src/projection/simulate.js';

export const SEED_PATH = fileURLToPath(
  new URL('../seeds/optiemus-wistron-2021.json', import.meta.url),
);

export interface Seed {
  readonly json: unknown;
  readonly scenario: Scenario;
  readonly projection: ProjectionInput;
  readonly tranches: Readonly<Record<string, string>>;
  readonly plan: CompiledProjection;
}

export function loadSeed(): Seed {
  const json: unknown = JSON.parse(readFileSync(SEED_PATH, 'utf8'));
  const scenario = parseScenario(json);
  const projection: ProjectionInput = {
    horizon: scenario.horizon,
    capacityAllocation: scenario.capacityAllocation,
    fx: scenario.fx,
    plants: scenario.plants,
    segments: scenario.segments,
    ...(scenario.headcount === undefined ? {} : { headcount: scenario.headcount }),
  };
  const years = fiscalYearRange(scenario.horizon.start, scenario.horizon.years ?? 0);
  const tranches = investmentsByYear(scenario, years).completion;
  const plan = compileParsedProjection(projection, { tranches });
  return { json, scenario, projection, tranches, plan };
}

/** The seed's projection over another horizon length (years, monthly), same tranches. */
export function seedPlanForYears(seed: Seed, years: number): CompiledProjection {
  return compileParsedProjection(
    { ...seed.projection, horizon: { ...seed.projection.horizon, years } },
    { tranches: seed.tranches },
  );
}

/**
 * Five uncertain inputs of the seed plan, one per distribution kind: the first segment's price
 * (PERT factor), its last volume anchor (lognormal factor), the rupee (normal), attrition
 * (uniform) and the second segment's price change (triangular).
 */
export function seedSimulationInputs(seed: Seed): SimulationInput[] {
  const [first, second] = seed.scenario.segments;
  if (first === undefined || second === undefined) throw new Error('seed: needs two segments');
  const volume =
    first.volume.kind === 'anchors'
      ? `segments[${first.id}].volume.anchors[${first.volume.anchors.length - 1}].value`
      : `segments[${first.id}].volume.start`;
  return [
    {
      path: `segments[${first.id}].price.perUnit`,
      apply: 'factor',
      distribution: { kind: 'pert', low: '0.85', mode: '1', high: '1.08' },
    },
    {
      path: volume,
      apply: 'factor',
      distribution: { kind: 'lognormal', mean: '1', sd: '0.15' },
    },
    { path: 'fx.USD.rate', distribution: { kind: 'normal', mean: '74.5', sd: '3' } },
    {
      path: 'headcount.yearlyAttrition',
      distribution: { kind: 'uniform', low: '0.15', high: '0.35' },
    },
    {
      path: `segments[${second.id}].price.yearlyChange`,
      distribution: { kind: 'triangular', low: '-0.04', mode: '0', high: '0.03' },
    },
  ];
}
