import * as z from 'zod';

/**
 * zod's memoizer with nothing to remember. zod (classic) gives every container schema cycle
 * support: on its first parse each object, array and union walks its whole subtree to learn
 * whether one parse can re-enter it, and every transform is wrapped to refuse a cycle that
 * closes through it. A schema that cannot refer to itself never needs either; `zod/mini` runs
 * without them by default. Frozen: no importer can change it.
 */
const UNTRACKED: z.core.$ZodMemoizer = Object.freeze({
  attach: () => {},
  guard: () => {},
  alloc: <T extends object>(_inst: unknown, _payload: unknown, empty: T): T => empty,
});

/**
 * Runs `build`, which constructs zod schemas, with zod's cycle tracking off for the schemas it
 * constructs (unless `cycles`), and puts zod's configuration back as it was — also when `build`
 * throws — so an importer's own schemas keep zod's defaults. zod reads its memoizer when a
 * schema is constructed, so the choice stays with each schema.
 *
 * Why: building crorecast's ~1,350 schemas for the seed scenario took half as long without it,
 * and their first parse no longer walks them ~1,500 times looking for cycles (#14). The
 * library's schemas are not recursive save the sharing layer's `SharingRule`, built with `cycles`.
 *
 * @param build - constructs the schemas
 * @param cycles - whether they refer to themselves (through `z.lazy`): then zod's own cycle
 *   support is kept, so a cyclic input parses as zod parses it
 * @returns what `build` returns
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * const before = z.config().memoizer;
 * const row = buildSchema(() => z.object({ units: z.number() }));
 * row.parse({ units: 3 }) //=> { units: 3 }
 * z.config().memoizer === before //=> true
 * ```
 */
export function buildSchema<T>(build: () => T, cycles = false): T {
  const config = z.config();
  const previous = config.memoizer;
  z.config({ memoizer: cycles ? z.memoizer() : UNTRACKED });
  try {
    return build();
  } finally {
    z.config({ memoizer: previous });
  }
}
