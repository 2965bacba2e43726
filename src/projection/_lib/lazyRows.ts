/**
 * Rows built on first read, then kept: a result's getter (`get monthly()`) returns the same
 * frozen array every time, so JSON, spread, `Object.keys` and deep equality see what a plain
 * array property would show, and a caller that reads only the fiscal years never pays for the
 * months. `build` must read only values nothing can change afterwards (a private copy).
 */
export function lazyRows<T>(build: () => T[]): () => readonly T[] {
  let rows: readonly T[] | undefined;
  return () => {
    rows ??= Object.freeze(build());
    return rows;
  };
}

/**
 * Makes `key` of `row` (an object not yet frozen) a value computed when first read, then kept:
 * the key keeps its place among the row's keys, and JSON, spread, `Object.keys` and deep equality
 * see what a plain property would show. Rows carry figures few callers read (an opening-run-rate
 * baseline's, a plan's that no report shows); `compute` must read only values nothing can change
 * afterwards.
 *
 * @internal
 *
 * @example
 * ```ts
 * const row: { period: string; total?: number } = { period: 'FY2022-23' };
 * whenRead(row, 'total', () => 1 + 2);
 * JSON.stringify(Object.freeze(row)) //=> '{"period":"FY2022-23","total":3}'
 * ```
 */
export function whenRead<T extends object, K extends keyof T>(
  row: T,
  key: K,
  compute: () => T[K],
): void {
  let value: { readonly of: T[K] } | undefined;
  Object.defineProperty(row, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      value ??= { of: compute() };
      return value.of;
    },
  });
}
