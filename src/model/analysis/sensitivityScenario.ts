import * as z from 'zod';
import { lazySchema } from '../../core/lazySchema.js';
import { decimalSchema } from '../../core/schemas.js';
import { parseInput } from '../../core/validate.js';
import { applySchema, MAX_RISK_OUTPUTS, MAX_UNCERTAIN_INPUTS } from '../scenarioUncertainty.js';
import { AnalysisError } from './analysisError.js';
import {
  type PreparedSource,
  prepareSource,
  type ScenarioAnalysisSource,
} from './analysisSource.js';
import type { ScenarioBackend } from './scenarioModelSource.js';

/** One input of {@link sensitivityScenario}: its low and high values (or factors), or a ± change. */
export const swingSchema = lazySchema(() =>
  z.union([
    z
      .object({
        path: z.string().min(1).max(500),
        low: decimalSchema,
        high: decimalSchema,
        apply: applySchema.default('value'),
      })
      .strict(),
    z.object({ path: z.string().min(1).max(500), change: decimalSchema }).strict(),
  ]),
);

const sensitivityOptionsSchema = lazySchema(() =>
  z
    .object({
      inputs: z.array(swingSchema).min(1).max(MAX_UNCERTAIN_INPUTS),
      outputs: z.array(z.string().min(1).max(200)).min(1).max(MAX_RISK_OUTPUTS),
      backend: z.enum(['float64', 'exact']).default('float64'),
    })
    .strict(),
);

/** One input to swing: `low`/`high` values (or factors of its base, `apply: 'factor'`), or a relative `change` (0.1 = base ±10%). */
export type ScenarioSwing = z.input<typeof swingSchema>;

/** Options of {@link sensitivityScenario}. */
export interface SensitivityScenarioOptions {
  readonly inputs: readonly ScenarioSwing[];
  readonly outputs: readonly string[];
  /** Backend of the swings: `float64` (default) or `exact`. The base is always exact. */
  readonly backend?: ScenarioBackend;
}

/** One bar of a whole-plan tornado. */
export interface ScenarioTornadoBar {
  readonly path: string;
  /** The input's own value in the plan, and the values it was swung to. */
  readonly base: number;
  readonly low: number;
  readonly high: number;
  /** The output with the input at low / at high, every other input at base. */
  readonly outputAtLow: number;
  readonly outputAtHigh: number;
  /** |outputAtHigh − outputAtLow| (NaN when either end is undefined). */
  readonly swing: number;
}

/** A tornado for one output: bars by swing, largest first (ties and NaN swings keep input order, NaN last). */
export interface ScenarioTornado {
  readonly output: string;
  /** The output of the plan as it stands, on the exact backend. */
  readonly base: number;
  /** The backend the bars were computed on. */
  readonly backend: ScenarioBackend;
  readonly bars: readonly ScenarioTornadoBar[];
}

/**
 * One-at-a-time sensitivity of the whole plan — a tornado: each input (by its path in the
 * scenario file) is set to its low and then its high value with every other input at the plan's
 * own, and each output is recorded. Bars are sorted by swing, largest first. The bars run on the
 * float64 backend by default; the base value of each output is computed on the exact backend,
 * so the figure the tornado pivots on is the reported one.
 *
 * @param source - the scenario, or a factory of scenario models
 * @param options - inputs to swing, outputs to watch, backend of the swings
 * @returns one tornado per output, in the order asked
 * @throws {ValidationError} for invalid options (with paths); {AnalysisError} `INVALID_RANGE`
 *   (a low above its high), `DUPLICATE_INPUT`
 *
 * @example
 * ```ts
 * const plan = (backend, { inputs, outputs }) => ({ backend, inputs, outputs, base: Float64Array.from(inputs, () => 10),
 *   evaluate: (x, out) => { out[0] = 100 * (x[0] ?? 10) - 900; } }); // NPV = 100 × price − 900
 * const [npv] = sensitivityScenario(plan, { inputs: [{ path: 'price', low: 9, high: 11 }], outputs: ['npv.withPli'] });
 * [npv.base, npv.bars[0].outputAtLow, npv.bars[0].outputAtHigh, npv.bars[0].swing] //=> [100, 0, 200, 200]
 * ```
 */
export function sensitivityScenario(
  source: ScenarioAnalysisSource,
  options: SensitivityScenarioOptions,
): readonly ScenarioTornado[] {
  return sensitivityOfPrepared(prepareSource(source), options);
}

/**
 * {@link sensitivityScenario} of a source already prepared (the CLI's, whose file it parsed
 * once), with the exact base figures when they are known already (in the outputs' order; the
 * CLI computes them in a worker thread while it simulates).
 *
 * @internal
 */
export function sensitivityOfPrepared(
  prepared: PreparedSource,
  options: SensitivityScenarioOptions,
  exactBase?: Float64Array,
): readonly ScenarioTornado[] {
  const opts = parseInput(sensitivityOptionsSchema, options, 'scenario sensitivity options');
  const paths = opts.inputs.map((i) => i.path);
  paths.forEach((p, i) => {
    if (paths.indexOf(p) !== i)
      throw new AnalysisError('DUPLICATE_INPUT', `input ${p} is swung twice`);
  });
  let baseOut = exactBase;
  if (baseOut?.length !== opts.outputs.length) {
    const exact = prepared.model('exact', { inputs: [], outputs: opts.outputs });
    baseOut = new Float64Array(opts.outputs.length).fill(Number.NaN);
    exact.evaluate(new Float64Array(0), baseOut);
  }
  const model = prepared.model(opts.backend, { inputs: paths, outputs: opts.outputs });
  const values = Float64Array.from(model.base);
  const atLow = new Float64Array(opts.outputs.length);
  const atHigh = new Float64Array(opts.outputs.length);
  const bars: ScenarioTornadoBar[][] = opts.outputs.map(() => []);
  opts.inputs.forEach((spec, i) => {
    const base = model.base[i] as number;
    let low: number;
    let high: number;
    if ('change' in spec) {
      const c = spec.change.toNumber();
      low = base * (1 - c);
      high = base * (1 + c);
    } else {
      const scale = spec.apply === 'factor' ? base : 1;
      low = spec.low.toNumber() * scale;
      high = spec.high.toNumber() * scale;
    }
    if (low > high) {
      throw new AnalysisError(
        'INVALID_RANGE',
        `sensitivity of ${spec.path}: low ${low} is above high ${high}`,
      );
    }
    atLow.fill(Number.NaN);
    values[i] = low;
    model.evaluate(values, atLow);
    atHigh.fill(Number.NaN);
    values[i] = high;
    model.evaluate(values, atHigh);
    values[i] = base;
    opts.outputs.forEach((_, o) => {
      const a = atLow[o] as number;
      const b = atHigh[o] as number;
      bars[o]?.push(
        Object.freeze({
          path: spec.path,
          base,
          low,
          high,
          outputAtLow: a,
          outputAtHigh: b,
          swing: Math.abs(b - a),
        }),
      );
    });
  });
  // Stable sort: equal swings keep input order; an undefined swing (NaN) goes last.
  const bySwing = (x: ScenarioTornadoBar, y: ScenarioTornadoBar) =>
    Number.isNaN(x.swing)
      ? Number.isNaN(y.swing)
        ? 0
        : 1
      : Number.isNaN(y.swing)
        ? -1
        : y.swing - x.swing;
  return Object.freeze(
    opts.outputs.map((output, o) =>
      Object.freeze({
        output,
        base: baseOut[o] as number,
        backend: opts.backend,
        bars: Object.freeze((bars[o] ?? []).slice().sort(bySwing)),
      }),
    ),
  );
}
