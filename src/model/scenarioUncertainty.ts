import { z } from 'zod';
import { isUnsafeKey } from '../core/structure.js';
import { distributionSchema } from '../projection/distribution.js';
import { idSchema } from '../projection/inputSchema.js';

/** The most uncertain inputs a scenario may declare (each is a stream of draws). */
export const MAX_UNCERTAIN_INPUTS = 100;

/** The most outputs a whole-plan analysis may watch (memory is draws × outputs numbers). */
export const MAX_RISK_OUTPUTS = 200;

/** The most draws a simulation of a scenario may run: 1,000,000. */
export const MAX_SCENARIO_DRAWS = 1_000_000;

/** A path to one numeric leaf of the scenario file (`segments[smartphones-value].price.perUnit`). */
const inputPathSchema = z.string().min(1).max(500);

/**
 * How a drawn number acts on its input: it is the input's `value`, or a `factor` multiplying the
 * plan's own value (`triangular(0.9, 1, 1.05)` for "price 10% lower to 5% higher").
 */
export const applySchema = z.enum(['value', 'factor']);

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
export const uncertainInputSchema = z
  .object({
    path: inputPathSchema,
    distribution: distributionSchema,
    apply: applySchema.default('value'),
    rationale: z.string().min(1),
    sources: z.array(idSchema).optional(),
  })
  .strict();

/**
 * A scenario's `uncertainty` section: what is uncertain in the plan and how much (`inputs`, each
 * with a rationale), and the defaults of a simulation of it — the outputs to watch, the number of
 * draws and the seed — which `simulateScenario` and `crorecast simulate` use when not told
 * otherwise. Paths are checked against the file (`uncertainty.inputs[3].path: no field …`).
 *
 * @example
 * ```ts
 * uncertaintySchema.parse({ inputs: [entry], draws: 10000, seed: 1 }).outputs //=> undefined
 * ```
 */
export const uncertaintySchema = z
  .object({
    inputs: z.array(uncertainInputSchema).min(1).max(MAX_UNCERTAIN_INPUTS),
    outputs: z.array(z.string().min(1).max(200)).min(1).max(MAX_RISK_OUTPUTS).optional(),
    draws: z.number().int().min(1).max(MAX_SCENARIO_DRAWS).optional(),
    seed: z.number().int().min(0).max(0xffffffff).optional(),
  })
  .strict();

/** A scenario's parsed `uncertainty` section. */
export type ScenarioUncertainty = z.output<typeof uncertaintySchema>;

/** One parsed uncertain input. */
export type UncertainInput = z.output<typeof uncertainInputSchema>;

/**
 * Splits an input path into keys: names, positions (`[2]`) and ids (`[smartphones-value]`, kept
 * as `{ id }`), or undefined for text that is not a path.
 */
function pathKeys(path: string): (string | number | { id: string })[] | undefined {
  const keys: (string | number | { id: string })[] = [];
  let rebuilt = '';
  for (const m of path.matchAll(/([^.[\]]+)|\[([^[\]]+)\]/g)) {
    if (m[2] !== undefined) {
      keys.push(/^\d+$/.test(m[2]) ? Number(m[2]) : { id: m[2] });
      rebuilt += `[${m[2]}]`;
    } else if (m[1] !== undefined) {
      rebuilt += rebuilt === '' ? m[1] : `.${m[1]}`;
      keys.push(m[1]);
    }
  }
  const unsafe = keys.some((k) => typeof k === 'string' && isUnsafeKey(k));
  return rebuilt === path && keys.length > 0 && !unsafe ? keys : undefined;
}

/**
 * Why a path names no numeric field of the scenario file as written, or undefined when it does.
 * A numeric field is a number, a decimal or money text (`"9000"`, `"₹250 crore"`) or a Money
 * object (`{ amount, currency }`, whose amount is the leaf).
 */
function pathProblem(root: unknown, path: string): string | undefined {
  const keys = pathKeys(path);
  if (keys === undefined) return `"${path}" is not a field path`;
  let node: unknown = root;
  for (const key of keys) {
    if (typeof key === 'object') {
      const found = Array.isArray(node)
        ? node.find((x: unknown) => (x as { id?: unknown } | null)?.id === key.id)
        : undefined;
      if (found === undefined) return `no field "${path}" in the scenario (no id "${key.id}")`;
      node = found;
    } else {
      if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) {
        return `no field "${path}" in the scenario`;
      }
      node = (node as Record<string | number, unknown>)[key];
    }
  }
  const numeric =
    typeof node === 'number' ||
    typeof node === 'string' ||
    (typeof node === 'object' && node !== null && Object.hasOwn(node, 'amount'));
  return numeric ? undefined : `"${path}" is not a numeric field of the scenario`;
}

/**
 * The whole-file checks of an `uncertainty` section: every path names a numeric field of the
 * scenario (`raw`, the file as written), no path is declared twice, every source is known.
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
    const problem = pathProblem(raw, input.path);
    if (problem !== undefined) issues.push({ path: [...at, 'path'], message: problem });
    if (seen.has(input.path)) {
      issues.push({ path: [...at, 'path'], message: `"${input.path}" is declared twice` });
    }
    seen.add(input.path);
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
