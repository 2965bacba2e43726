import * as z from 'zod';
import { lazySchema } from '../../core/lazySchema.js';
import { decimalSchema } from '../../core/schemas.js';
import { parseInput } from '../../core/validate.js';
import { goalSeek } from '../../projection/goalSeek.js';
import { applySchema } from '../scenarioUncertainty.js';
import { AnalysisError } from './analysisError.js';
import { prepareSource, type ScenarioAnalysisSource } from './analysisSource.js';

/** The options of {@link goalSeekScenario}, as validated. */
export const goalSeekOptionsSchema = lazySchema(() =>
  z
    .object({
      input: z.string().min(1).max(500),
      output: z.string().min(1).max(200),
      target: decimalSchema,
      low: decimalSchema,
      high: decimalSchema,
      /** `low`/`high` are the input's values (default) or factors of its value in the plan. */
      apply: applySchema.default('value'),
      tolerance: z.number().positive().optional(),
      maxIterations: z.number().int().min(2).max(10_000).optional(),
    })
    .strict(),
);

/** Options of {@link goalSeekScenario}. */
export type GoalSeekScenarioOptions = z.input<typeof goalSeekOptionsSchema>;

/** What {@link goalSeekScenario} found. */
export interface ScenarioGoalSeek {
  readonly input: string;
  readonly output: string;
  readonly target: number;
  /** The input's value that makes the output hit the target. */
  readonly value: number;
  /** That value as a factor of the plan's own value of the input (null when that is zero). */
  readonly factor: number | null;
  /** The output at `value` on the exact backend — the reported figure — and its miss. */
  readonly exact: { readonly output: number; readonly error: number };
  /** The output at `value` on the float64 backend the search ran on, and its miss. */
  readonly float64: { readonly output: number; readonly error: number };
  /** Evaluations of the float64 model the search used. */
  readonly iterations: number;
}

/**
 * Finds the value of one input (by its path in the scenario file) that makes a whole-plan
 * output hit a target — the price at which NPV is zero, the volume at which a PLI year just
 * pays — with the projection's bracketed `goalSeek` (Illinois regula falsi) on the float64
 * backend, then evaluates the plan at the answer on the exact backend and reports both: the
 * exact figure is the one to quote, the float64 one shows the two backends agree.
 *
 * @param source - the scenario, or a factory of scenario models
 * @param options - input, output, target, bracket (values or factors), tolerance
 * @returns the input's value, and the output at it on both backends
 * @throws {ValidationError} for invalid options; {ProjectionError} `TARGET_NOT_BRACKETED` (the
 *   target is not between the output at low and at high), `NO_ROOT` (the output jumps across the
 *   target — a PLI threshold), `NO_CONVERGENCE`; {AnalysisError} `UNDEFINED_OUTPUT` when the
 *   output is undefined (NaN) inside the bracket
 *
 * @example
 * ```ts
 * const plan = (backend, { inputs, outputs }) => ({ backend, inputs, outputs, base: Float64Array.from(inputs, () => 10),
 *   evaluate: (x, out) => { out[0] = 100 * (x[0] ?? 10) - 900; } }); // NPV = 100 × price − 900
 * const found = goalSeekScenario(plan, { input: 'price', output: 'npv.withPli', target: 0, low: 5, high: 15 });
 * [found.value, found.exact.output] //=> [9, 0]
 * ```
 */
export function goalSeekScenario(
  source: ScenarioAnalysisSource,
  options: GoalSeekScenarioOptions,
): ScenarioGoalSeek {
  const prepared = prepareSource(source);
  const opts = parseInput(goalSeekOptionsSchema, options, 'scenario goal seek options');
  const spec = { inputs: [opts.input], outputs: [opts.output] };
  const fast = prepared.model('float64', spec);
  const base = fast.base[0] as number;
  const scale = opts.apply === 'factor' ? base : 1;
  const x = new Float64Array(1);
  const out = new Float64Array(1);
  const at = (model: typeof fast, value: number): number => {
    x[0] = value;
    out[0] = Number.NaN;
    model.evaluate(x, out);
    const y = out[0] as number;
    if (!Number.isFinite(y)) {
      throw new AnalysisError(
        'UNDEFINED_OUTPUT',
        `${opts.output} is ${y} at ${opts.input} = ${value} (${model.backend}); narrow the bracket`,
      );
    }
    return y;
  };
  const found = goalSeek((v: number) => at(fast, v), opts.target, {
    low: opts.low.toNumber() * scale,
    high: opts.high.toNumber() * scale,
    ...(opts.tolerance === undefined ? {} : { tolerance: opts.tolerance }),
    ...(opts.maxIterations === undefined ? {} : { maxIterations: opts.maxIterations }),
  });
  const target = opts.target.toNumber();
  const exactOutput = at(prepared.model('exact', spec), found.input);
  return Object.freeze({
    input: opts.input,
    output: opts.output,
    target,
    value: found.input,
    factor: base === 0 ? null : found.input / base,
    exact: Object.freeze({ output: exactOutput, error: exactOutput - target }),
    float64: Object.freeze({ output: found.value, error: found.value - target }),
    iterations: found.iterations,
  });
}
