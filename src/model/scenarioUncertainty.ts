import * as z from 'zod';
import { lazySchema } from '../core/lazySchema.js';
import { distributionSchema } from '../projection/distribution.js';
import { idSchema } from '../projection/inputSchema.js';
import { ScenarioModelError } from './analysis/errors.js';
import { resolveInputPath } from './analysis/inputPaths.js';

/** The most uncertain inputs a scenario may declare (each is a stream of draws). */
export const MAX_UNCERTAIN_INPUTS = 100;

/** The most outputs a whole-plan analysis may watch (memory is draws × outputs numbers). */
export const MAX_RISK_OUTPUTS = 200;

/** The most draws a simulation of a scenario may run: 1,000,000. */
export const MAX_SCENARIO_DRAWS = 1_000_000;

/** A path to one numeric leaf of the scenario file (`segments[smartphones-value].price.perUnit`). */
const inputPathSchema = lazySchema(() => z.string().min(1).max(500));

/**
 * How a drawn number acts on its input: it is the input's `value`, or a `factor` multiplying the
 * plan's own value (`triangular(0.9, 1, 1.05)` for "price 10% lower to 5% higher").
 *
 * @example
 * ```ts
 * applySchema.parse('factor') //=> 'factor'
 * ```
 */
export const applySchema = lazySchema(() => z.enum(['value', 'factor']));

/**
 * One uncertain input of a scenario, stated like an assumption: the path of a numeric field of
 * the file (array elements by id or by position), a distribution, how a draw applies, and why —
 * `rationale` is required text, `sources` optional ids of `meta.sources`.
 *
 * @example
 * ```ts
 * uncertainInputSchema.parse({ path: 'fx.USD.rate', apply: 'value', rationale: 'RBI reference rate range of 2021',
 *   distribution: { kind: 'triangular', low: 72, mode: 74.5, high: 80 } }).distribution.kind
 * //=> 'triangular'
 * ```
 */
export const uncertainInputSchema = lazySchema(() =>
  z
    .object({
      path: inputPathSchema,
      distribution: distributionSchema,
      apply: applySchema.default('value'),
      rationale: z.string().min(1),
      sources: z.array(idSchema).optional(),
    })
    .strict(),
);

/**
 * A scenario's `uncertainty` section: what is uncertain in the plan and how much (`inputs`, each
 * with a rationale), and the defaults of a simulation of it — the outputs to watch, the number of
 * draws and the seed — which `simulateScenario` and `crorecast simulate` use when not told
 * otherwise. Paths are checked against the file (`uncertainty.inputs[3].path: no field …`).
 *
 * @example
 * ```ts
 * const entry = { path: 'fx.USD.rate', rationale: 'why', distribution: { kind: 'uniform', low: 72, high: 80 } };
 * uncertaintySchema.parse({ inputs: [entry], draws: 10000, seed: 1 }).inputs[0].apply //=> 'value'
 * ```
 */
export const uncertaintySchema = lazySchema(() =>
  z
    .object({
      inputs: z.array(uncertainInputSchema).min(1).max(MAX_UNCERTAIN_INPUTS),
      outputs: z.array(z.string().min(1).max(200)).min(1).max(MAX_RISK_OUTPUTS).optional(),
      draws: z.number().int().min(1).max(MAX_SCENARIO_DRAWS).optional(),
      seed: z.number().int().min(0).max(0xffffffff).optional(),
    })
    .strict(),
);

/** A scenario's parsed `uncertainty` section. */
export type ScenarioUncertainty = z.output<typeof uncertaintySchema>;

/** One parsed uncertain input. */
export type UncertainInput = z.output<typeof uncertainInputSchema>;

/** The canonical path of a numeric field of the file, or the reason it names none. */
function resolvePath(root: unknown, path: string): { canonical: string } | { problem: string } {
  try {
    return { canonical: resolveInputPath(root, path).canonical };
  } catch (error) {
    if (error instanceof ScenarioModelError) {
      return { problem: error.message.replace(/^\[crorecast\] /, '') };
    }
    throw error;
  }
}

/**
 * The whole-file checks of an `uncertainty` section: every path names a numeric field of the
 * scenario (`raw`, the file as written; `resolveInputPath`), no field is declared twice (by id or
 * position), every source is known.
 *
 * @internal
 */
export function checkUncertainty(
  uncertainty: ScenarioUncertainty,
  raw: Record<string, unknown>,
  sourceIds: ReadonlySet<string>,
): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const seen = new Set<string>();
  uncertainty.inputs.forEach((input, i) => {
    const at = ['uncertainty', 'inputs', i];
    const resolved = resolvePath(raw, input.path);
    if ('problem' in resolved) issues.push({ path: [...at, 'path'], message: resolved.problem });
    else if (seen.has(resolved.canonical)) {
      issues.push({
        path: [...at, 'path'],
        message: `"${input.path}"${input.path === resolved.canonical ? '' : ` (${resolved.canonical})`} is declared twice`,
      });
    } else seen.add(resolved.canonical);
    input.sources?.forEach((s, j) => {
      if (!sourceIds.has(s)) {
        issues.push({
          path: [...at, 'sources', j],
          message: `unknown source "${s}" (sources: ${[...sourceIds].join(', ') || 'none'})`,
        });
      }
    });
  });
  return issues;
}
