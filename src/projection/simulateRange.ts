import * as z from 'zod';
import { float64Calculator } from '../core/calculator.js';
import { lazySchema } from '../core/lazySchema.js';
import { parseInput } from '../core/validate.js';
import { inputStream } from './_lib/prng.js';
import { createSampler } from './distribution.js';
import { ProjectionError } from './errors.js';
import { createRunner, type ProjectionSource, resolveInputSlot, toPlan } from './evaluate.js';
import { outputSelectorSchema } from './outputSelector.js';
import type { SimulateOptions } from './simulate.js';
import { checkSimulatedValues, simulationInputSchema } from './simulate.js';

const rangeOptionsSchema = lazySchema(() =>
  z
    .object({
      draws: z.number().int().min(1).max(10_000_000),
      seed: z.number().int().min(0).max(0xffffffff),
      inputs: z.array(simulationInputSchema).min(1),
      outputs: z.array(outputSelectorSchema).min(1),
      from: z.number().int().min(0),
      to: z.number().int().min(0),
    })
    .loose()
    .refine((o) => o.from <= o.to && o.to <= o.draws, {
      message: 'needs 0 ≤ from ≤ to ≤ draws',
      path: ['to'],
    })
    .superRefine(checkSimulatedValues),
);

/** Options of {@link simulateRange}: a simulation's options and the draws to run. */
export interface SimulateRangeOptions extends SimulateOptions {
  /** First draw to run (0-based, inclusive). */
  readonly from: number;
  /** Draw to stop before (exclusive, ≤ `draws`). */
  readonly to: number;
}

/** The raw draws of part of a simulation, as {@link simulateRange} returns them. */
export interface SimulationDraws {
  readonly from: number;
  readonly to: number;
  /** The canonical paths of the simulated inputs. */
  readonly inputs: readonly string[];
  /** The output keys, in the order asked. */
  readonly outputs: readonly string[];
  /** One array per output: entry k is draw `from + k`. */
  readonly draws: readonly Float64Array[];
}

/**
 * Runs draws `from` to `to` (exclusive) of a seeded simulation and returns them raw: exactly the
 * values `simulate` computes for those draws with the same options. Each simulated input has its
 * own stream (the seed mixed with the input's position, as in `simulate`); the draws before
 * `from` are generated and discarded — sampling costs a small fraction of running the equations
 * — so any split of a simulation into ranges reproduces it bit for bit, whatever the number of
 * threads, processes or machines. This is what `simulateParallel`'s workers (in `crorecast/node`) run.
 *
 * @param source - the projection input or a compiled plan
 * @param options - the simulation's options (`draws` is its total) and the range
 * @returns the raw draws of the range, one `Float64Array` per output
 * @throws {ValidationError} for invalid options or range; {ProjectionError} `NOT_A_NUMERIC_INPUT`,
 *   `UNKNOWN_OUTPUT`, `NON_FINITE_RESULT` (naming the draw's number in the whole simulation)
 *
 * @example
 * ```ts
 * const plan: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: '₹12,000' } }],
 * };
 * const options = { draws: 300, seed: 7, outputs: ['revenue@FY2023-24'],
 *   inputs: [{ path: 'segments[phones].volume.rate', distribution: { kind: 'uniform', low: 0.1, high: 0.3 } }] };
 * const all = simulate(plan, { ...options, keepDraws: true }).outputs[0]!.draws!;
 * const part = simulateRange(plan, { ...options, from: 100, to: 200 }).draws[0]!;
 * part[0] === all[100] //=> true
 * ```
 */
export function simulateRange(
  source: ProjectionSource,
  options: SimulateRangeOptions,
): SimulationDraws {
  const opts = parseInput(rangeOptionsSchema, options, 'simulation range options');
  const plan = toPlan(source, options);
  const runner = createRunner(plan, opts.outputs, float64Calculator);
  const bindings = opts.inputs.map((spec, i) => {
    const { path, slot } = resolveInputSlot(plan, spec.path);
    // The same stream per input as `simulate`: seed and position mixed by createRandom.
    const random = inputStream(opts.seed, i);
    return {
      path,
      slot,
      factor: spec.apply === 'factor',
      draw: createSampler(spec.distribution, random),
    };
  });
  // Streams are independent, so skipping ahead is each input's sampler called `from` times.
  for (const b of bindings) for (let d = 0; d < opts.from; d++) b.draw();
  const O = runner.keys.length;
  const n = opts.to - opts.from;
  const samples = runner.keys.map(() => new Float64Array(n));
  const base = runner.base as Float64Array;
  const params = Float64Array.from(base);
  const out = new Float64Array(O);
  for (let k = 0; k < n; k++) {
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
          `draw ${opts.from + k + 1}: output ${runner.keys[o]} is ${v} (${drawn})`,
        );
      }
      (samples[o] as Float64Array)[k] = v;
    }
  }
  return Object.freeze({
    from: opts.from,
    to: opts.to,
    inputs: Object.freeze(bindings.map((b) => b.path)),
    outputs: runner.keys,
    draws: Object.freeze(samples),
  });
}
