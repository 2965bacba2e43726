import * as z from 'zod';
import { lazySchema } from '../../core/lazySchema.js';
import { parseInput } from '../../core/validate.js';
import {
  MAX_RISK_OUTPUTS,
  MAX_SCENARIO_DRAWS,
  MAX_UNCERTAIN_INPUTS,
  type ScenarioUncertainty,
  uncertainInputSchema,
} from '../scenarioUncertainty.js';
import type { DrawnInput } from './_lib/scenarioDraws.js';
import { AnalysisError } from './analysisError.js';
import type { ScenarioBackend } from './scenarioModelSource.js';
import { DEFAULT_HISTOGRAM_BINS } from './summariseRisk.js';

/**
 * The most draws a simulation may run on the exact backend: 10,000 (each draw is a whole
 * `runScenario`, tens of milliseconds; the float64 backend is for volume).
 */
export const MAX_EXACT_DRAWS = 10_000;

/** The default number of draws when neither the options nor the scenario say: 10,000. */
export const DEFAULT_DRAWS = 10_000;

/** An input of a simulation: as in a scenario's `uncertainty`, the rationale optional. */
export const simulatedInputSchema = lazySchema(() =>
  uncertainInputSchema.extend({
    rationale: z.string().min(1).optional(),
  }),
);

/** The fields of a simulation's options (a function: the schemas are built on first use). */
const baseOptions = () => ({
  draws: z.number().int().min(1).max(MAX_SCENARIO_DRAWS).optional(),
  seed: z.number().int().min(0).max(0xffffffff).optional(),
  inputs: z.array(simulatedInputSchema).min(1).max(MAX_UNCERTAIN_INPUTS).optional(),
  outputs: z.array(z.string().min(1).max(200)).min(1).max(MAX_RISK_OUTPUTS).optional(),
  backend: z.enum(['float64', 'exact']).default('float64'),
  bins: z.number().int().min(1).max(1000).default(DEFAULT_HISTOGRAM_BINS),
  keepDraws: z.boolean().default(false),
});

/** The schema of {@link SimulateScenarioOptions}. */
export const simulateScenarioOptionsSchema = lazySchema(() => z.object(baseOptions()).strict());

/** The schema of a range's options: a simulation's options and the draws to run. */
export const simulateScenarioRangeOptionsSchema = lazySchema(() =>
  z
    .object({
      ...baseOptions(),
      from: z.number().int().min(0).optional(),
      to: z.number().int().min(0).optional(),
    })
    .strict(),
);

/** A simulated input as written: a path, a distribution, `apply`, and optionally why. */
export type SimulatedScenarioInputSpec = z.input<typeof simulatedInputSchema>;

/** Options of `simulateScenario`. */
export interface SimulateScenarioOptions {
  /** Number of draws (default: the scenario's `uncertainty.draws`, else 10,000). */
  readonly draws?: number;
  /** A 32-bit unsigned integer (default: the scenario's `uncertainty.seed`; one is required). */
  readonly seed?: number;
  /** The uncertain inputs (default: the scenario's `uncertainty.inputs`). */
  readonly inputs?: readonly SimulatedScenarioInputSpec[];
  /** Output names (default: the scenario's `uncertainty.outputs`, else NPV, IRR and PLI). */
  readonly outputs?: readonly string[];
  /** `float64` (default) or `exact` (at most {@link MAX_EXACT_DRAWS} draws). */
  readonly backend?: ScenarioBackend;
  /** Histogram bins per output (default 20, at most 1,000). */
  readonly bins?: number;
  /** Also return every draw of every output. */
  readonly keepDraws?: boolean;
}

/** A simulation's options with every default resolved. */
export interface ResolvedSimulation {
  /** A range's bounds, when the options were a range's. */
  readonly from?: number;
  readonly to?: number;
  readonly draws: number;
  readonly seed: number;
  readonly inputs: readonly DrawnInput[];
  readonly outputs: readonly string[];
  readonly backend: ScenarioBackend;
  readonly bins: number;
  readonly keepDraws: boolean;
}

/** What a scenario contributes to a simulation's defaults. */
export interface SimulationDefaults {
  readonly uncertainty?: ScenarioUncertainty;
  /** The outputs to watch when neither the options nor the uncertainty name any. */
  readonly outputs?: readonly string[];
}

/**
 * Parses a simulation's options (typed errors with paths) and fills what they leave out from
 * the scenario's `uncertainty` section and defaults.
 */
export function resolveSimulation(
  options: unknown,
  defaults: SimulationDefaults,
  schema: z.ZodType<
    z.output<typeof simulateScenarioOptionsSchema> & { from?: number; to?: number }
  > = simulateScenarioOptionsSchema,
): ResolvedSimulation {
  const opts = parseInput(schema, options ?? {}, 'scenario simulation options');
  const u = defaults.uncertainty;
  const seed = opts.seed ?? u?.seed;
  if (seed === undefined) {
    throw new AnalysisError(
      'MISSING_OPTION',
      'a simulation needs a seed: give options.seed or the scenario’s uncertainty.seed',
    );
  }
  const inputs = opts.inputs ?? u?.inputs;
  if (inputs === undefined) {
    throw new AnalysisError(
      'MISSING_OPTION',
      'a simulation needs inputs: give options.inputs or the scenario’s uncertainty section',
    );
  }
  const outputs = opts.outputs ?? u?.outputs ?? defaults.outputs;
  if (outputs === undefined) {
    throw new AnalysisError('MISSING_OPTION', 'a simulation needs outputs: give options.outputs');
  }
  const draws = opts.draws ?? u?.draws ?? DEFAULT_DRAWS;
  if (opts.backend === 'exact' && draws > MAX_EXACT_DRAWS) {
    throw new AnalysisError(
      'TOO_MANY_DRAWS',
      `the exact backend runs at most ${MAX_EXACT_DRAWS} draws (asked ${draws}); use the float64 backend`,
    );
  }
  const paths = new Set<string>();
  for (const input of inputs) {
    if (paths.has(input.path)) {
      throw new AnalysisError('DUPLICATE_INPUT', `input ${input.path} is simulated twice`);
    }
    paths.add(input.path);
  }
  return {
    ...(opts.from === undefined ? {} : { from: opts.from }),
    ...(opts.to === undefined ? {} : { to: opts.to }),
    draws,
    seed,
    inputs: inputs.map(({ path, distribution, apply, rationale }) => ({
      path,
      distribution,
      apply,
      ...(rationale === undefined ? {} : { rationale }),
    })),
    outputs: [...new Set(outputs)],
    backend: opts.backend,
    bins: opts.bins,
    keepDraws: opts.keepDraws,
  };
}
