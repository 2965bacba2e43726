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

/** What an object's figures are worked out from (let go once they are), how, and the figures. */
interface FiguresOf<I, F> {
  inputs: I | undefined;
  readonly compute: (inputs: I) => F;
  figures?: F;
}

/** A key of the object's that JSON, spread, `Object.keys` and deep equality do not see. */
const FIGURES = Symbol('figures');

/**
 * Getters of `keys`, all worked out together by the object's `compute` on the first read (see
 * {@link figuresWhenRead}). Make the map once per kind of object: every such object then shares
 * the very same functions and keeps one hidden class, where an accessor closed over each
 * object's own state (as {@link whenRead} defines) puts it in V8's dictionary mode (~2 kB an
 * object in place of ~0.5 kB).
 * @internal
 *
 * @example
 * ```ts
 * const TOTAL = figureGetters<{ total: number }>(['total']);
 * const row = figuresWhenRead({ period: 'FY2022-23' }, TOTAL, [1, 2], (xs) => ({ total: xs[0] + xs[1] }));
 * JSON.stringify(Object.freeze(row)) //=> '{"period":"FY2022-23","total":3}'
 * ```
 */
export function figureGetters<F>(keys: readonly (keyof F & string)[]): PropertyDescriptorMap {
  return Object.fromEntries(
    keys.map((key): [string, PropertyDescriptor] => [
      key,
      {
        enumerable: true,
        configurable: true,
        get(this: { readonly [FIGURES]: FiguresOf<unknown, F> }) {
          const of = this[FIGURES];
          if (of.figures === undefined) {
            of.figures = of.compute(of.inputs);
            // Let go of what they were worked out from: a result read in full keeps no more
            // than one built at once.
            of.inputs = undefined;
          }
          return of.figures[key];
        },
      },
    ]),
  );
}

/**
 * `head` (not yet frozen) with the figures `getters` name (made by {@link figureGetters}) as its
 * next keys, `compute(inputs)` worked out when one is first read, then kept. `compute` must read
 * only values nothing can change afterwards — a run's figures — so that they are the very
 * figures worked out at once. A later `Object.defineProperties(head, moreGetters)` adds further
 * keys worked out by the same call (after keys of its own in between).
 * @internal
 */
export function figuresWhenRead<T extends object, I, F>(
  head: T,
  getters: PropertyDescriptorMap,
  inputs: I,
  compute: (inputs: I) => F,
): T & F {
  const of: FiguresOf<I, F> = { inputs, compute };
  Object.defineProperty(showsValues(head), FIGURES, { value: of });
  return Object.defineProperties(head, getters) as T & F;
}
