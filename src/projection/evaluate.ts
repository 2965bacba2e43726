import { type Calculator, float64Calculator } from '../core/calculator.js';
import { createFloatWorkspace, runFloatEquations } from './_lib/floatEquations.js';
import { canonicalPath } from './_lib/path.js';
import {
  type CompileProjectionOptions,
  compileProjection,
  isCompiledProjection,
} from './compile.js';
import type { CompiledProjection } from './compiledProjection.js';
import { runEquations } from './equations.js';
import { ProjectionError } from './errors.js';
import type { ProjectionInput, ProjectionInputJson } from './inputSchema.js';
import { checkOutputList, type OutputSelectorInput } from './outputSelector.js';
import { compileSelector, type Extractor } from './outputs.js';
import { createWorkspace } from './workspace.js';

/**
 * A compiled plan, or a projection input (JSON form, as `projectionInputSchema` accepts it, or
 * already parsed) to compile into one — typed, so a plan written in code gets completion and a misspelt key is a
 * compile error. Data of unknown shape (`JSON.parse`) is checked at run time all the same.
 */
export type ProjectionSource = CompiledProjection | ProjectionInputJson | ProjectionInput;

/** Compiles a source unless it already is a plan. */
export function toPlan(
  source: ProjectionSource,
  options: CompileProjectionOptions = {},
): CompiledProjection {
  return isCompiledProjection(source) ? source : compileProjection(source, options);
}

/**
 * Resolves an input path (`segments[0].volume.growth.rate`, `segments[mobile].price.perUnit`,
 * `fx.USD`) to its parameter slot.
 *
 * @throws {ProjectionError} `NOT_A_NUMERIC_INPUT` when nothing is there or it is not a number
 *
 * @example
 * ```ts
 * const plan: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: '₹12,000' } }],
 * };
 * resolveInputSlot(compileProjection(plan), 'segments[phones].price.perUnit').path //=> 'segments[0].price.perUnit.amount'
 * ```
 */
export function resolveInputSlot(
  plan: CompiledProjection,
  path: string,
): { path: string; slot: number } {
  const canonical = canonicalPath(plan.input, path);
  if (canonical === undefined) {
    throw new ProjectionError(
      'NOT_A_NUMERIC_INPUT',
      `input path "${path}" does not exist in the projection input`,
    );
  }
  const slot = plan.slots.index.get(canonical);
  if (slot === undefined) {
    const inside = plan.slots.paths.filter(
      (p) => p.startsWith(`${canonical}.`) || p.startsWith(`${canonical}[`),
    );
    const hint =
      inside.length > 0
        ? `; numeric inputs under it: ${inside.slice(0, 6).join(', ')}`
        : ' (it is structural: a label, id or whole number of months)';
    throw new ProjectionError(
      'NOT_A_NUMERIC_INPUT',
      `input path "${path}" is not one numeric input${hint}`,
    );
  }
  return { path: plan.slots.paths[slot] ?? canonical, slot };
}

/** The parameter vector of a plan for a calculator (a fresh copy). */
export function parameterVector<N>(
  plan: CompiledProjection,
  calc: Calculator<N>,
): N[] | Float64Array {
  return calc.kind === 'float64'
    ? Float64Array.from(plan.slots.values, (d) => d.toNumber())
    : (plan.slots.values.map((d) => calc.from(d)) as N[]);
}

/** Options of {@link evaluateProjection}. */
export interface EvaluateProjectionOptions<N> extends CompileProjectionOptions {
  /** The arithmetic (default `float64Calculator`: fast, for sweeps). */
  readonly calculator?: Calculator<N>;
}

/**
 * Runs the projection equations and returns only the chosen outputs — the fast path behind
 * sensitivity, simulation and goal seeking. With `decimalCalculator` the values are the exact
 * figures `runProjection` reports.
 *
 * @param source - a projection input (JSON form or parsed) or a compiled plan
 * @param outputs - selectors such as `'revenue@FY2025-26'` or `{ metric: 'headcount', period: 'FY2025-26' }`
 * @returns the values by output key, in the order asked
 * @throws {ValidationError} for an invalid input; {ProjectionError} `UNKNOWN_OUTPUT`
 *
 * @example
 * ```ts
 * const plan: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '600000', rate: '0.2' },
 *     price: { perUnit: '₹12,000' } }],
 * };
 * evaluateProjection(plan, ['revenue@FY2022-23'])['revenue@FY2022-23'] //=> 94059425505.62291 (float64)
 * ```
 */
export function evaluateProjection<N = number>(
  source: ProjectionSource,
  outputs: readonly OutputSelectorInput[],
  options: EvaluateProjectionOptions<N> = {},
): Readonly<Record<string, N>> {
  const plan = toPlan(source, options);
  const calc = (options.calculator ?? float64Calculator) as Calculator<N>;
  const selectors = checkOutputList(outputs).map((o) => compileSelector(plan, o));
  const ws = createWorkspace(plan, calc);
  runEquations(plan, parameterVector(plan, calc) as ArrayLike<N>, ws);
  const out: Record<string, N> = {};
  for (const s of selectors) out[s.key] = s.extract(ws);
  return Object.freeze(out);
}

/** A reusable runner: one workspace, a parameter vector to change, and compiled selectors. */
export interface Runner<N> {
  readonly plan: CompiledProjection;
  readonly calc: Calculator<N>;
  /** The base parameters (do not change). */
  readonly base: ArrayLike<N>;
  /** Runs with `params` and writes the chosen outputs into `out` (allocation-free for float64). */
  run(params: ArrayLike<N>, out: { [i: number]: N }): void;
  readonly keys: readonly string[];
}

/** Builds a runner for repeated evaluation (sensitivity, simulation, goal seek). */
export function createRunner<N>(
  plan: CompiledProjection,
  outputs: readonly OutputSelectorInput[],
  calc: Calculator<N>,
): Runner<N> {
  const selectors = checkOutputList(outputs).map((o) => compileSelector(plan, o));
  const extractors: Extractor[] = selectors.map((s) => s.extract);
  const base = parameterVector(plan, calc) as ArrayLike<N>;
  const keys = selectors.map((s) => s.key);
  if (calc === (float64Calculator as Calculator<unknown>)) {
    // The float64-specialised equations (same operations, bit for bit): the shared ones slow
    // down ~3× once an exact run in the process has fed them Decimals too.
    const fws = createFloatWorkspace(plan);
    return {
      plan,
      calc,
      base,
      keys,
      run(params, out) {
        runFloatEquations(plan, params as unknown as Float64Array, fws);
        for (let i = 0; i < extractors.length; i++) {
          out[i] = (extractors[i] as Extractor)(fws) as unknown as N;
        }
      },
    };
  }
  const ws = createWorkspace(plan, calc);
  return {
    plan,
    calc,
    base,
    keys,
    run(params, out) {
      runEquations(plan, params, ws);
      for (let i = 0; i < extractors.length; i++) out[i] = (extractors[i] as Extractor)(ws);
    },
  };
}
