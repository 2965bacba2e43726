/**
 * Layer results one `runScenario` call computes once and shares: a variant that overrides only
 * its PLI terms has the base's very projection input (`parseScenario` hands the variant the
 * base's parsed sections it does not override), so its projection, investment schedule and
 * opening-run-rate baseline are the base's, not recomputed. Keyed by the identity of every
 * input the step reads — never by value — so a hit can only return what the step itself would
 * (each step is pure), and a scenario built in code without shared sections simply misses.
 * Lives for one call: no state outlives it.
 */
export interface SharedRuns {
  /**
   * The value `compute` returns, computed on the first call with a `key` whose parts are the same
   * objects (`===`) as an earlier one of the same `step`.
   */
  once<T>(step: string, key: readonly unknown[], compute: () => T): T;
}

/**
 * A fresh, empty {@link SharedRuns} for one run.
 *
 * @returns the memo
 *
 * @example
 * ```ts
 * const shared = sharedRuns();
 * const input = { units: 3 };
 * shared.once('double', [input], () => input.units * 2) //=> 6
 * shared.once('double', [input], () => Number.NaN) //=> 6 (the same input: computed once)
 * ```
 */
export function sharedRuns(): SharedRuns {
  const byStep = new Map<string, { key: readonly unknown[]; value: unknown }[]>();
  return {
    once<T>(step: string, key: readonly unknown[], compute: () => T): T {
      let entries = byStep.get(step);
      if (entries === undefined) {
        entries = [];
        byStep.set(step, entries);
      }
      const hit = entries.find(
        (e) => e.key.length === key.length && e.key.every((part, i) => part === key[i]),
      );
      if (hit !== undefined) return hit.value as T;
      const value = compute();
      entries.push({ key, value });
      return value;
    },
  };
}
