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
