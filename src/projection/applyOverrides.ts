import * as z from 'zod';
import { ArgumentError, describe } from '../core/errors.js';
import { checkStructure } from '../core/structure.js';
import { formatPath, parseInput } from '../core/validate.js';
import {
  type ProjectionInput,
  type ProjectionInputJson,
  projectionInputSchema,
} from './inputSchema.js';

/**
 * A deep partial of a JSON-like input: every property optional at every depth; arrays are
 * partial element by element. `null` removes an optional property or an array element.
 */
export type DeepPartial<T> = T extends readonly (infer E)[]
  ? readonly (DeepPartial<E> | undefined | null)[]
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> | null }
    : T;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Merges an override into a base, returning a new value (neither argument is mutated): objects
 * merge key by key; arrays element by element by position (a longer override appends elements,
 * `undefined` holes keep the base element, a `null` element removes it, and an empty array
 * empties the list); a `null` value deletes a key; anything else replaces.
 *
 * The override is checked before anything recurses into it: a key `__proto__`, `constructor` or
 * `prototype` (which could replace an object's prototype) or nesting deeper than
 * `MAX_NESTING_DEPTH` is refused.
 *
 * @throws {ArgumentError} `UNSAFE_OVERRIDE`, naming the path of the unsafe key or too-deep value
 *
 * @example
 * ```ts
 * mergeOverrides({ xs: [1, 2, 3], a: 1 }, { xs: [undefined, null], a: null }) //=> { xs: [1, 3] }
 * ```
 */
export function mergeOverrides(base: unknown, override: unknown): unknown {
  const problem = checkStructure(override)[0];
  if (problem !== undefined) {
    throw new ArgumentError(
      'UNSAFE_OVERRIDE',
      `cannot merge overrides at "${formatPath(problem.path)}": ${problem.message}`,
    );
  }
  return merge(base, override);
}

// The override was checked by checkStructure: no unsafe keys, no deeper than MAX_NESTING_DEPTH.
function merge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (Array.isArray(override)) {
    if (override.length === 0) return [];
    const baseList = Array.isArray(base) ? base : [];
    const length = Math.max(baseList.length, override.length);
    return Array.from({ length }, (_, i) => merge(baseList[i], override[i])).filter(
      (_, i) => override[i] !== null,
    );
  }
  if (isRecord(override) && isRecord(base)) {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(override)) {
      if (value === null) delete out[key];
      else out[key] = merge(base[key], value);
    }
    return out;
  }
  return override;
}

/**
 * Builds a scenario variant: merges a deep-partial override into a base input (in its JSON form,
 * as read from a file) and validates the result, so a variant is checked as strictly as a base.
 * Objects merge key by key; arrays element by element by position (`null` removes an element,
 * `[]` empties the list); `null` removes an optional key. With a `schema`, any input (the
 * model's scenario, say) can be overridden the same way.
 *
 * @param base - the base input, JSON form (not a parsed value: Decimals do not re-parse)
 * @param overrides - what changes
 * @returns the validated variant
 * @throws {ValidationError} naming each field path the merged input gets wrong
 *
 * @example
 * ```ts
 * const base: ProjectionInputJson = {
 *   horizon: { start: 'FY2022-23', years: 2 },
 *   plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
 *   segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'flat', value: '600000' },
 *     price: { perUnit: '₹12,000' } }],
 * };
 * const high = applyOverrides(base, { segments: [{ price: { yearlyChange: '0.02' } }] });
 * high.segments[0]?.price.yearlyChange.toString() //=> '0.02'
 * ```
 */
export function applyOverrides(
  base: ProjectionInputJson,
  overrides: DeepPartial<ProjectionInputJson>,
): ProjectionInput;
/**
 * Builds a variant of any input the same way — merge, then validate — with the given schema
 * (the model's `Scenario`, say) in place of `projectionInputSchema`.
 *
 * @param base - the base input, JSON form (not a parsed value: Decimals do not re-parse)
 * @param overrides - what changes
 * @param schema - the schema to validate the merge with (the model's `Scenario`, say)
 * @returns the validated variant, as the schema outputs it
 *
 * @example
 * ```ts
 * import seed from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * applyOverrides(seed as ScenarioInput, { pli: { disbursementLagYears: 2 } }, Scenario).pli?.disbursementLagYears //=> 2
 * ```
 */
export function applyOverrides<S extends z.ZodType>(
  base: z.input<S>,
  overrides: DeepPartial<z.input<S>>,
  schema: S,
): z.output<S>;
export function applyOverrides(base: unknown, overrides: unknown, schema?: z.ZodType): unknown {
  if (schema !== undefined && !(schema instanceof z.ZodType)) {
    throw new ArgumentError(
      'INVALID_SCHEMA',
      `applyOverrides: schema ${describe(schema)} is not a zod schema`,
    );
  }
  const merged = mergeOverrides(base, overrides);
  return parseInput(schema ?? projectionInputSchema, merged, 'scenario variant');
}
