import * as z from 'zod';
import { type Calculator, float64Calculator } from '../core/calculator.js';
import { type DecimalLike, toDecimal } from '../core/decimalLike.js';
import { ArgumentError } from '../core/errors.js';
import { lazySchema } from '../core/lazySchema.js';
import { STRUCTURE_LIMITS } from '../core/limits.js';
import { parseInput } from '../core/validate.js';
import { analysisOptionsShape } from './_lib/options.js';
import type { CompileProjectionOptions } from './compile.js';
import { createRunner, type ProjectionSource, resolveInputSlot, toPlan } from './evaluate.js';
import type { OutputSelectorInput } from './outputSelector.js';

/**
 * One input to swing: either absolute `low`/`high` values, or a relative `change` (0.1 = the
 * base value ±10%).
 */
export type SensitivityInput =
  | { readonly path: string; readonly low: DecimalLike; readonly high: DecimalLike }
  | { readonly path: string; readonly change: DecimalLike };

/** Options of {@link sensitivity}. */
export interface SensitivityOptions<N> extends CompileProjectionOptions {
  readonly inputs: readonly SensitivityInput[];
  readonly outputs: readonly OutputSelectorInput[];
  /** Default `float64Calculator`; `decimalCalculator` for exact values. */
  readonly calculator?: Calculator<N>;
}

const swing = lazySchema(() =>
  z.union([
    z.object({ path: z.string().min(1), low: z.unknown(), high: z.unknown() }).strict(),
    z.object({ path: z.string().min(1), change: z.unknown() }).strict(),
  ]),
);
// Every input gives one bar per output: their product bounds the result's memory (issue 11).
const optionsSchema = lazySchema(() =>
  z
    .object({ ...analysisOptionsShape, inputs: z.array(swing) })
    .loose()
    .superRefine((o, ctx) => {
      const max = STRUCTURE_LIMITS.maxSensitivityBars;
      if (o.inputs.length * o.outputs.length > max) {
        ctx.addIssue({
          code: 'custom',
          path: ['inputs'],
          message: `${o.inputs.length} inputs × ${o.outputs.length} outputs make more than ${max} bars (README "Limits")`,
        });
      }
    }),
);

/** One bar of a tornado chart. */
export interface TornadoBar<N> {
  /** The canonical input path (`segments[2].price.perUnit.amount`). */
  readonly path: string;
  readonly base: N;
  readonly low: N;
  readonly high: N;
  /** The output with the input at low / at high (others at base). */
  readonly outputAtLow: N;
  readonly outputAtHigh: N;
  /** |outputAtHigh − outputAtLow|. */
  readonly swing: N;
}

/** Tornado data for one output: bars sorted by swing, largest first (ties: input order). */
export interface Tornado<N> {
  readonly output: string;
  readonly base: N;
  readonly bars: readonly TornadoBar<N>[];
}

/**
 * One-at-a-time sensitivity: each input is set to its low and then its high value with every
 * other input at base, and each chosen output is recorded. Returns tornado data per output,
 * sorted by swing. Runs on float64 by default (a sweep, not a reported figure).
 *
 * @param source - the projection input or a compiled plan
 * @param options - inputs to swing, outputs to watch, calculator
 * @returns one tornado per output, in the order asked
 * @throws {ValidationError} for malformed options (more than `STRUCTURE_LIMITS.maxSensitivityBars`
 *   inputs × outputs among them)
 * @throws {ProjectionError} `NOT_A_NUMERIC_INPUT`, `UNKNOWN_OUTPUT`
 *
 * @example
 * ```ts
 * const plan: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: '₹12,000' } }],
 * };
 * const [tornado] = sensitivity(plan, { inputs: [{ path: 'segments[phones].price.perUnit', change: 0.1 }],
 *   outputs: ['revenue@FY2023-24'] });
 * Math.round((tornado!.bars[0]!.swing / tornado!.base) * 1000) / 1000 //=> 0.2 (±10 % of the price, capacity not binding)
 * ```
 */
export function sensitivity<N = number>(
  source: ProjectionSource,
  options: SensitivityOptions<N>,
): readonly Tornado<N>[] {
  parseInput(optionsSchema, options, 'sensitivity options');
  const plan = toPlan(source, options);
  const calc = (options.calculator ?? float64Calculator) as Calculator<N>;
  const runner = createRunner(plan, options.outputs, calc);
  const O = runner.keys.length;
  const baseOut: N[] = new Array(O);
  runner.run(runner.base, baseOut);
  const params = Array.from(runner.base) as N[];
  const lowOut: N[] = new Array(O);
  const highOut: N[] = new Array(O);
  const bars: TornadoBar<N>[][] = runner.keys.map(() => []);
  for (const spec of options.inputs) {
    const { path, slot } = resolveInputSlot(plan, spec.path);
    const base = runner.base[slot] as N;
    let low: N;
    let high: N;
    if ('change' in spec) {
      const change = calc.from(toDecimal(spec.change, `change of ${spec.path}`));
      low = calc.multiply(base, calc.subtract(calc.one, change));
      high = calc.multiply(base, calc.add(calc.one, change));
    } else {
      low = calc.from(toDecimal(spec.low, `low of ${spec.path}`));
      high = calc.from(toDecimal(spec.high, `high of ${spec.path}`));
    }
    if (calc.compare(low, high) > 0) {
      throw new ArgumentError(
        'INVALID_RANGE',
        `sensitivity of ${spec.path}: low ${String(low)} is above high ${String(high)}`,
      );
    }
    params[slot] = low;
    runner.run(params, lowOut);
    params[slot] = high;
    runner.run(params, highOut);
    params[slot] = base;
    for (let o = 0; o < O; o++) {
      const a = lowOut[o] as N;
      const b = highOut[o] as N;
      const d = calc.subtract(b, a);
      bars[o]?.push(
        Object.freeze({
          path,
          base,
          low,
          high,
          outputAtLow: a,
          outputAtHigh: b,
          swing: calc.compare(d, calc.zero) < 0 ? calc.negate(d) : d,
        }),
      );
    }
  }
  return Object.freeze(
    runner.keys.map((output, o) =>
      Object.freeze({
        output,
        base: baseOut[o] as N,
        // Array.prototype.sort is stable: equal swings keep input order.
        bars: Object.freeze((bars[o] ?? []).slice().sort((x, y) => calc.compare(y.swing, x.swing))),
      }),
    ),
  );
}
