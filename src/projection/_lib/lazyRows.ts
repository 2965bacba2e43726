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
  showsValues(row);
  Object.defineProperty(row, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      value ??= { of: compute() };
      return value.of;
    },
  });
}

/** The key Node's `util.inspect` (and so `console.log`) calls on an object; a registered symbol, so no import. */
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

type Inspect = (value: unknown, options: unknown) => string;

/**
 * Makes `console.log` and `util.inspect` show an object with values computed when first read
 * (`get monthly()`, {@link whenRead}) as its values, not as `[Getter]` — what a notebook-style
 * script prints. A non-enumerable key (a registered symbol, so no Node import): JSON, spread,
 * `Object.keys` and deep equality see nothing of it. Call before freezing; returns the object.
 *
 * @internal
 *
 * @example
 * ```ts
 * const row = showsValues({ period: 'FY2022-23', get total() { return 3; } });
 * Object.keys(row) //=> ['period', 'total']
 * ```
 */
export function showsValues<T extends object>(row: T): T {
  if (!Object.hasOwn(row, INSPECT)) {
    Object.defineProperty(row, INSPECT, {
      value(this: T, _depth: number, options: unknown, inspect: Inspect): string {
        return inspect({ ...this }, options);
      },
    });
  }
  return row;
}
