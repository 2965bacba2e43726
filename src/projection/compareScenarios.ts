import * as z from 'zod';
import { type Calculator, decimalCalculator } from '../core/calculator.js';
import type { Decimal } from '../core/decimal.js';
import { ArgumentError } from '../core/errors.js';
import { lazySchema } from '../core/lazySchema.js';
import { parseInput } from '../core/validate.js';
import { analysisOptionsShape } from './_lib/options.js';
import { type DeepPartial, mergeOverrides } from './applyOverrides.js';
import {
  type CompileProjectionOptions,
  compileParsedProjection,
  compileProjection,
} from './compile.js';
import { evaluateProjection } from './evaluate.js';
import { type ProjectionInputJson, projectionInputSchema } from './inputSchema.js';
import type { OutputSelectorInput } from './outputSelector.js';

const optionsSchema = lazySchema(() =>
  z.object({ ...analysisOptionsShape, baseName: z.string().min(1).optional() }).loose(),
);

/** Options of {@link compareScenarios}. */
export interface CompareScenariosOptions<N> extends CompileProjectionOptions {
  readonly outputs: readonly OutputSelectorInput[];
  /** Default `decimalCalculator` (exact figures for a table). */
  readonly calculator?: Calculator<N>;
  /** The name of the base column (default `'base'`). */
  readonly baseName?: string;
}

/** One row of a scenario comparison: an output across scenarios. */
export interface ScenarioComparisonRow<N> {
  readonly output: string;
  /** One value per scenario, base first. */
  readonly values: readonly N[];
  /** value − base value, per scenario (0 for the base). */
  readonly changes: readonly N[];
}

/** Side-by-side results, ready for a table: columns `scenarios`, one row per output. */
export interface ScenarioComparison<N> {
  readonly scenarios: readonly string[];
  readonly rows: readonly ScenarioComparisonRow<N>[];
}

/**
 * Runs a base input and its variants (deep-partial overrides, each validated after merging)
 * and lines the chosen outputs up side by side with their change from the base.
 *
 * @param base - the base projection input, JSON form
 * @param variants - named overrides (`{ 'weak rupee': { fx: { USD: '90' } } }`)
 * @param options - outputs, calculator, tranche months
 * @returns the comparison table data
 * @throws {ValidationError} naming the variant's invalid field paths
 *
 * @example
 * ```ts
 * const plan: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   fx: { USD: '76' },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: '₹12,000' }, costs: { imported: { perUnit: { amount: '110', currency: 'USD' } } } }],
 * };
 * const { rows } = compareScenarios(plan, { 'weak rupee': { fx: { USD: '90' } } }, { outputs: ['grossProfit@FY2023-24'] });
 * rows[0]?.changes[1]?.isNegative() //=> true (imported components cost more)
 * ```
 */
export function compareScenarios<N = Decimal>(
  base: ProjectionInputJson,
  variants: Readonly<Record<string, DeepPartial<ProjectionInputJson>>>,
  options: CompareScenariosOptions<N>,
): ScenarioComparison<N> {
  parseInput(optionsSchema, options, 'comparison options');
  parseInput(z.record(z.string(), z.unknown()), variants, 'scenario variants');
  const calc = (options.calculator ?? decimalCalculator) as Calculator<N>;
  const baseName = options.baseName ?? 'base';
  const names = [baseName, ...Object.keys(variants)];
  if (new Set(names).size !== names.length) {
    throw new ArgumentError(
      'DUPLICATE_SCENARIO',
      `a variant is named like the base ("${baseName}")`,
    );
  }
  const compile = { ...(options.tranches ? { tranches: options.tranches } : {}) };
  const plans = [
    compileProjection(base, compile),
    ...Object.entries(variants).map(([name, v]) =>
      compileParsedProjection(
        parseInput(projectionInputSchema, mergeOverrides(base, v), `scenario variant "${name}"`),
        compile,
      ),
    ),
  ];
  const results = plans.map((plan) =>
    evaluateProjection<N>(plan, options.outputs, { calculator: calc }),
  );
  const keys = Object.keys(results[0] ?? {});
  return Object.freeze({
    scenarios: Object.freeze(names),
    rows: Object.freeze(
      keys.map((output) => {
        const values = results.map((r) => r[output] as N);
        const first = values[0] as N;
        return Object.freeze({
          output,
          values: Object.freeze(values),
          changes: Object.freeze(values.map((v) => calc.subtract(v, first))),
        });
      }),
    ),
  });
}
