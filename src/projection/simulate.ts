import * as z from 'zod';
import { float64Calculator } from '../core/calculator.js';
import { lazySchema } from '../core/lazySchema.js';
import { STRUCTURE_LIMITS } from '../core/limits.js';
import { parseInput } from '../core/validate.js';
import { inputStream } from './_lib/prng.js';
import { type DrawSummary, summarise } from './_lib/stats.js';
import type { CompileProjectionOptions } from './compile.js';
import { createSampler, distributionSchema } from './distribution.js';
import { ProjectionError } from './errors.js';
import { createRunner, type ProjectionSource, resolveInputSlot, toPlan } from './evaluate.js';
import { type OutputSelectorInput, outputSelectorSchema } from './outputSelector.js';

/**
 * A simulated input: the path of one numeric input, its distribution, and whether a draw is the
 * input's `value` (default) or a `factor` multiplying its base value (`normal(1, 0.05)` for
 * "price ±5%").
 *
 * @example
 * ```ts
 * simulationInputSchema.parse({ path: 'fx.USD.rate', distribution: { kind: 'normal', mean: 76, sd: 3 } }).apply
 * //=> 'value'
 * ```
 */
export const simulationInputSchema = lazySchema(() =>
  z
    .object({
      path: z.string().min(1),
      distribution: distributionSchema,
      apply: z.enum(['value', 'factor']).default('value'),
    })
    .strict(),
);

/** The JSON form of a simulated input. */
export type SimulationInput = z.input<typeof simulationInputSchema>;

/**
 * The memory bound of a simulation (issue 11): it keeps draws × outputs float64 values, at most
 * `STRUCTURE_LIMITS.maxSimulatedValues`. A refinement of the options schemas of `simulate` and
 * `simulateRange` (so `simulateParallel`'s ranges share it).
 */
export function checkSimulatedValues(
  o: { readonly draws: number; readonly outputs: readonly unknown[] },
  ctx: z.RefinementCtx,
): void {
  const max = STRUCTURE_LIMITS.maxSimulatedValues;
  if (o.draws * o.outputs.length > max) {
    ctx.addIssue({
      code: 'custom',
      path: ['draws'],
      message: `${o.draws} draws × ${o.outputs.length} outputs keep more than ${max} values (README "Limits"); ask for fewer draws or outputs`,
    });
  }
}

const simulationOptionsSchema = lazySchema(() =>
  z
    .object({
      draws: z.number().int().min(1).max(10_000_000),
      seed: z.number().int().min(0).max(0xffffffff),
      inputs: z.array(simulationInputSchema).min(1),
      outputs: z.array(outputSelectorSchema).min(1),
      keepDraws: z.boolean().default(false),
    })
    .loose()
    .superRefine(checkSimulatedValues),
);

/** Options of {@link simulate}. */
export interface SimulateOptions extends CompileProjectionOptions {
  /** Number of draws (≥ 1). */
  readonly draws: number;
  /** A 32-bit unsigned integer; the same seed gives the same draws on every machine. */
  readonly seed: number;
  readonly inputs: readonly SimulationInput[];
  readonly outputs: readonly OutputSelectorInput[];
  /** Also return every draw of every output (memory: draws × outputs numbers). */
  readonly keepDraws?: boolean;
}

/** The summary of one output over all draws. */
export interface SimulatedOutput extends DrawSummary {
  readonly output: string;
  /** Every draw, when `keepDraws` was set. */
  readonly draws?: Float64Array;
}

/** What {@link simulate} returns. */
export interface SimulationResult {
  readonly draws: number;
  readonly seed: number;
  /** The canonical paths of the simulated inputs. */
  readonly inputs: readonly string[];
  readonly outputs: readonly SimulatedOutput[];
}

/**
 * Seeded Monte Carlo over chosen inputs, on the float64 core: each draw sets the simulated
 * inputs (each from its own stream, derived from the seed and the input's position, so adding
 * an input leaves the others' draws unchanged), runs the equations in a reused workspace and
 * keeps only the chosen outputs — memory grows with draws × outputs, never with full results.
 *
 * Draws are not re-validated against the input schema: choose distributions that respect an
 * input's domain (lognormal or PERT for a positive price). A draw that makes an output NaN or
 * infinite stops the run with an error naming the draw and its inputs.
 *
 * @param source - the projection input or a compiled plan
 * @param options - draws, seed, inputs with distributions, outputs
 * @returns P5, P10, P50, P90, P95 (Excel PERCENTILE.INC), mean, sd, min and max per output
 * @throws {ValidationError} for invalid options; {ProjectionError} `NOT_A_NUMERIC_INPUT`,
 *   `UNKNOWN_OUTPUT`, `NON_FINITE_RESULT`
 *
 * @example
 * ```ts
 * const plan: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: '₹12,000' } }],
 * };
 * const run = () => simulate(plan, {
 *   draws: 1000, seed: 42,
 *   inputs: [{ path: 'segments[phones].volume.rate', distribution: { kind: 'triangular', low: 0.1, mode: 0.2, high: 0.35 } }],
 *   outputs: ['revenue@FY2023-24'],
 * }).outputs[0]!;
 * Math.round(run().p50 / 1e7) //=> 11483 (₹ crore, the median)
 * run().p50 === run().p50 //=> true (the same draws for seed 42 on every machine)
 * ```
 */
export function simulate(source: ProjectionSource, options: SimulateOptions): SimulationResult {
  const opts = parseInput(simulationOptionsSchema, options, 'simulation options');
  const plan = toPlan(source, options);
  const runner = createRunner(plan, opts.outputs, float64Calculator);
  const bindings = opts.inputs.map((spec, i) => {
    const { path, slot } = resolveInputSlot(plan, spec.path);
    // Independent stream per input: seed and position mixed by splitmix32 inside createRandom.
    const random = inputStream(opts.seed, i);
    return {
      path,
      slot,
      factor: spec.apply === 'factor',
      draw: createSampler(spec.distribution, random),
    };
  });
  const O = runner.keys.length;
  const D = opts.draws;
  const samples = runner.keys.map(() => new Float64Array(D));
  const base = runner.base as Float64Array;
  const params = Float64Array.from(base);
  const out = new Float64Array(O);
  for (let d = 0; d < D; d++) {
    for (const b of bindings) {
      const x = b.draw();
      params[b.slot] = b.factor ? (base[b.slot] ?? 0) * x : x;
    }
    runner.run(params, out);
    for (let o = 0; o < O; o++) {
      const v = out[o] ?? Number.NaN;
      if (!Number.isFinite(v)) {
        const drawn = bindings.map((b) => `${b.path} = ${params[b.slot]}`).join(', ');
        throw new ProjectionError(
          'NON_FINITE_RESULT',
          `draw ${d + 1}: output ${runner.keys[o]} is ${v} (${drawn})`,
        );
      }
      (samples[o] as Float64Array)[d] = v;
    }
  }
  return Object.freeze({
    draws: D,
    seed: opts.seed,
    inputs: Object.freeze(bindings.map((b) => b.path)),
    outputs: Object.freeze(
      runner.keys.map((output, o) => {
        const values = samples[o] as Float64Array;
        return Object.freeze({
          output,
          ...summarise(values),
          ...(opts.keepDraws ? { draws: values } : {}),
        });
      }),
    ),
  });
}
