import { Decimal } from '../../core/decimal.js';
import { decimalProblem, isDecimal } from '../../core/decimalLike.js';
import { CrorecastError } from '../../core/errors.js';
import { parseMoney } from '../../money/parseMoney.js';
import { canonicalPath, parsePath } from '../../projection/_lib/path.js';
import { ScenarioModelError } from './errors.js';

/** How the number at an input path is written in the scenario. */
export type InputLeafKind =
  /** A JSON number (`"leadMonths": 1`). */
  | 'number'
  /** Decimal text (`"rate": "74.5"`). */
  | 'decimal-text'
  /** Money as text (`"total": "₹250 crore"`): the leaf is its amount, in rupees (or its currency). */
  | 'money-text'
  /** Money as `{ amount, currency }` (JSON text or a parsed Money): the leaf is its amount. */
  | 'money'
  /** A parsed Decimal (a scenario already validated by `parseScenario`). */
  | 'decimal';

/** An input path resolved against a scenario. */
export interface ResolvedInputPath {
  /** The path as given. */
  readonly path: string;
  /** The same path with every array step as an index: `segments[0].price.perUnit`. */
  readonly canonical: string;
  /** The keys of `canonical`. */
  readonly keys: readonly (string | number)[];
  readonly kind: InputLeafKind;
  /** The value there, as a number (a Money's amount in its currency's units). */
  readonly value: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMoneyObject(value: unknown): value is { amount: unknown; currency: unknown } {
  return isRecord(value) && Object.hasOwn(value, 'amount') && Object.hasOwn(value, 'currency');
}

/** The number a leaf holds, with how it is written; undefined when it is not one number. */
function leafOf(node: unknown): { kind: InputLeafKind; value: number } | undefined {
  if (typeof node === 'number')
    return Number.isFinite(node) ? { kind: 'number', value: node } : undefined;
  if (isDecimal(node)) return { kind: 'decimal', value: node.toNumber() };
  if (typeof node === 'string') {
    if (decimalProblem(node) === undefined) {
      return { kind: 'decimal-text', value: new Decimal(node).toNumber() };
    }
    try {
      return { kind: 'money-text', value: parseMoney(node).amount.toNumber() };
    } catch (error) {
      if (error instanceof CrorecastError) return undefined;
      throw error;
    }
  }
  if (isMoneyObject(node)) {
    const amount = leafOf(node.amount);
    return amount === undefined || amount.kind === 'money-text'
      ? undefined
      : { kind: 'money', value: amount.value };
  }
  return undefined;
}

function keysOf(canonical: string): (string | number)[] {
  return parsePath(canonical).map((s) =>
    s.kind === 'key' ? s.key : s.kind === 'index' ? s.index : s.id,
  );
}

function canonicalOf(scenario: unknown, path: string): string | undefined {
  try {
    return canonicalPath(scenario, path);
  } catch (error) {
    if (error instanceof CrorecastError && error.code === 'INVALID_PATH') {
      throw new ScenarioModelError(
        'INVALID_PATH',
        path,
        `input path "${path}" is not a field path (${error.message.replace(/^\[crorecast\] /, '')})`,
      );
    }
    throw error;
  }
}

/**
 * Resolves an input path of a scenario — the scenario file's own path to one number, array
 * elements by their `id` where they have one (`segments[smartphones-value]`) or by index
 * (`segments[0]`) — to its leaf: a JSON number, decimal text, or a Money (as text or
 * `{ amount, currency }`; the leaf is its amount). Works on the file as written and on a
 * scenario parsed by `parseScenario` alike.
 *
 * @param scenario - the scenario file (JSON) or a parsed scenario
 * @param path - `segments[smartphones-value].price.perUnit`, `fx.USD.rate`,
 *   `investments[mobile-lines].total`, `pli.disbursementLagYears`
 * @returns the canonical path, how the number is written and its value
 * @throws {ScenarioModelError} `INVALID_PATH`, `UNKNOWN_INPUT` (nothing there) or
 *   `NOT_A_NUMERIC_INPUT` (a label, a list or an object that is not money), naming the path
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * resolveInputPath(seedJson, 'investments[mobile-lines].total')
 * //=> { path: 'investments[mobile-lines].total', canonical: 'investments[0].total', keys: ['investments', 0, 'total'], kind: 'money-text', value: 2500000000 }
 * ```
 */
export function resolveInputPath(scenario: unknown, path: string): ResolvedInputPath {
  const canonical = canonicalOf(scenario, path);
  if (canonical === undefined) {
    throw new ScenarioModelError(
      'UNKNOWN_INPUT',
      path,
      `input path "${path}" does not exist in the scenario`,
    );
  }
  const keys = keysOf(canonical);
  let node: unknown = scenario;
  for (const key of keys) node = (node as Record<string | number, unknown>)[key];
  const leaf = leafOf(node);
  if (leaf === undefined) {
    throw new ScenarioModelError(
      'NOT_A_NUMERIC_INPUT',
      path,
      `input path "${path}" is not one number (${describeNode(node)})`,
    );
  }
  return { path, canonical, keys, kind: leaf.kind, value: leaf.value };
}

function describeNode(node: unknown): string {
  if (Array.isArray(node)) return 'a list';
  if (isRecord(node)) return `an object with ${Object.keys(node).slice(0, 6).join(', ')}`;
  if (typeof node === 'string') return `the text ${JSON.stringify(node.slice(0, 40))}`;
  return `the value ${String(node)}`;
}

/**
 * The number at an input path (a Money's amount in its currency's units: rupees, not crore).
 *
 * @throws {ScenarioModelError} as {@link resolveInputPath}
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * readInputValue(seedJson, 'fx.USD.rate') //=> 74.5
 * ```
 */
export function readInputValue(scenario: unknown, path: string): number {
  return resolveInputPath(scenario, path).value;
}

function written(value: number, kind: InputLeafKind, node: unknown): unknown {
  switch (kind) {
    case 'number':
      return value;
    case 'decimal':
      return new Decimal(value);
    case 'decimal-text':
      return new Decimal(value).toFixed();
    case 'money-text': {
      const m = parseMoney(node as string);
      return { amount: new Decimal(value).toFixed(), currency: m.currency };
    }
    case 'money': {
      const m = node as Record<string, unknown>;
      const amount = isDecimal(m.amount)
        ? new Decimal(value)
        : typeof m.amount === 'number'
          ? value
          : new Decimal(value).toFixed();
      return { ...m, amount };
    }
  }
}

/**
 * A copy of the scenario with the number at `path` set to `value`, written as the leaf was (a
 * JSON number stays a number; decimal text becomes plain decimal text; money text becomes
 * `{ amount, currency }` in the same currency). Only the objects along the path are copied;
 * the scenario is never changed. Whether the new value is allowed there (a whole number of
 * months, a rate from 0 to 1) is for `parseScenario` to say, with the same path.
 *
 * @param scenario - the scenario file (JSON) or a parsed scenario
 * @param path - an input path (see {@link resolveInputPath})
 * @param value - a finite number (a Money's amount in its currency's units)
 * @returns the new scenario
 * @throws {ScenarioModelError} as {@link resolveInputPath}, and `INVALID_VALUE` for NaN or ±Infinity
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const weaker = withInputValue(seedJson, 'fx.USD.rate', 80);
 * readInputValue(weaker, 'fx.USD.rate') //=> 80
 * readInputValue(seedJson, 'fx.USD.rate') //=> 74.5 (unchanged)
 * ```
 */
export function withInputValue<T>(scenario: T, path: string, value: number): T {
  if (!Number.isFinite(value)) {
    throw new ScenarioModelError(
      'INVALID_VALUE',
      path,
      `input "${path}" cannot be set to ${value}: give a finite number`,
    );
  }
  const resolved = resolveInputPath(scenario, path);
  const rebuild = (node: unknown, depth: number): unknown => {
    const key = resolved.keys[depth];
    if (key === undefined) return written(value, resolved.kind, node);
    if (Array.isArray(node)) {
      const copy = node.slice();
      copy[key as number] = rebuild(node[key as number], depth + 1);
      return copy;
    }
    const record = node as Record<string, unknown>;
    return { ...record, [key]: rebuild(record[key as string], depth + 1) };
  };
  return rebuild(scenario, 0) as T;
}
