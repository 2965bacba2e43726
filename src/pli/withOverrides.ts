import type { Decimal } from '../core/decimal.js';
import { ValidationError } from '../core/errors.js';
import { checkStructure } from '../core/structure.js';
import { formatPath, parseInput } from '../core/validate.js';
import { mergeScheme } from './_lib/merge.js';
import { DerivedSchemes, dataKey, isParsedScheme, parsedScheme } from './_lib/parsedScheme.js';
import { PliScheme, type PliSchemeInput } from './scheme.js';

/** A deep partial of a scheme's input form: objects merge, arrays and values replace. */
export type PliSchemeOverrides = DeepPartial<PliSchemeInput>;

type DeepPartial<T> = T extends Decimal | string | number | boolean | null | undefined
  ? T
  : T extends readonly unknown[]
    ? T
    : { [K in keyof T]?: DeepPartial<T[K]> };

/**
 * A new scheme: `scheme` with `patch` merged in, validated by the same `PliScheme` schema. Use it
 * to replace a preset's unconfirmed or unknown (`null`) figures with those of your approval
 * letter, add a cap, or shift dates. Objects merge key by key (so `categories.global.thresholds`
 * keeps what the patch leaves out); arrays and values replace whole; `undefined` leaves a value
 * as it is. Remember to set the `confidence` of a group you override (e.g. to `'confirmed'`).
 * The input scheme is not changed.
 *
 * @param scheme - a scheme (a preset from `getPliScheme`, or your own, parsed or not)
 * @param patch - the figures to change, in the input form (decimal strings)
 * @returns the merged scheme, parsed and frozen
 * @throws {ValidationError} when the merged scheme is invalid, naming the field path; when the
 *   patch holds a key `__proto__`, `constructor` or `prototype`, or nests too deep
 *
 * @example
 * ```ts
 * const it = withOverrides(getPliScheme('it-hardware-2021'), {
 *   categories: {
 *     global: {
 *       thresholds: {
 *         sales: { incremental: ['1000', '2500', '5000', '7500'], confidence: 'confirmed' },
 *       },
 *     },
 *   },
 * });
 * it.categories.global?.thresholds.sales?.incremental.map((x) => x?.toFixed())
 * //=> ['1000', '2500', '5000', '7500']
 * ```
 */
export function withOverrides(
  scheme: PliScheme | PliSchemeInput,
  patch: PliSchemeOverrides,
): PliScheme {
  const unsafe = checkStructure(patch);
  if (unsafe.length > 0) {
    throw new ValidationError(
      'PLI scheme overrides',
      unsafe.map((i) => ({ path: formatPath(i.path), message: i.message })),
    );
  }
  // The same patch of the same parsed scheme gives the same scheme: a plan's baseline and
  // variants (and repeated runs) share one validation of it.
  const key = isParsedScheme(scheme) ? dataKey(patch) : undefined;
  const known = key === undefined ? undefined : OVERRIDDEN.get(scheme as PliScheme, key);
  if (known !== undefined) return known;
  const merged = mergeScheme(scheme, patch);
  const id = typeof merged === 'object' && merged !== null && 'id' in merged ? merged.id : '?';
  const parsed = parsedScheme(
    parseInput(PliScheme, merged, `PLI scheme "${String(id)}" with overrides`),
  );
  if (key !== undefined) OVERRIDDEN.set(scheme as PliScheme, key, parsed);
  return parsed;
}

const OVERRIDDEN = new DerivedSchemes();
