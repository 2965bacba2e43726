import { Decimal as DecimalJs } from 'decimal.js';
import { ImmutableError } from './errors.js';

/**
 * crorecast's private Decimal constructor.
 *
 * A `Decimal.clone` so that crorecast never changes the host application's global `Decimal`
 * (calling `Decimal.set` would). 40 significant digits keep every rupee amount up to 10^36 exact
 * to four decimal places; the default rounding is half-up, like Excel's ROUND. Exponent
 * notation is switched off so `toString()` always gives a plain decimal string — safe because
 * every value crorecast accepts or returns lies inside `NUMBER_LIMITS` (README "Limits").
 *
 * `maxE`/`minE` are decimal.js's widest (±9e15): no value reachable from the accepted range in a
 * bounded number of operations overflows to Infinity or underflows to a silent zero, and every
 * value leaving crorecast is checked to be finite and in range anyway.
 *
 * The constructor is exported (values are `instanceof Decimal`), but its `set` and `config`
 * throw an `ImmutableError`: an importer cannot reconfigure crorecast's precision or rounding.
 * `Decimal.clone()` still gives an importer an independent constructor of their own.
 *
 * @example
 * ```ts
 * new Decimal('0.1').plus('0.2').toString() //=> '0.3'
 * Decimal.set({ precision: 3 }) // throws ImmutableError
 * ```
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  maxE: 9e15,
  minE: -9e15,
});

function refuseReconfiguration(): never {
  throw new ImmutableError(
    'IMMUTABLE_DECIMAL',
    "crorecast's Decimal cannot be reconfigured (its precision and rounding are fixed); use Decimal.clone() for a constructor of your own",
  );
}
// decimal.js's operations write the configuration (precision, rounding, …) on the constructor
// while they run, so it cannot be frozen; every other static (set, config, pow, exp, clone, …) is
// locked, and `set`/`config` — the documented ways to change the configuration — refuse.
const WRITTEN_WHILE_RUNNING = new Set([
  'precision',
  'rounding',
  'modulo',
  'toExpNeg',
  'toExpPos',
  'minE',
  'maxE',
  'crypto',
]);
for (const key of Object.getOwnPropertyNames(Decimal)) {
  if (WRITTEN_WHILE_RUNNING.has(key) || key === 'prototype') continue;
  const locked =
    key === 'set' || key === 'config' ? refuseReconfiguration : Reflect.get(Decimal, key);
  Object.defineProperty(Decimal, key, { value: locked, writable: false, configurable: false });
}

/**
 * The `Decimal` constructor as the public entries export it: crorecast's own constructor behind a
 * guard that refuses every write. decimal.js documents assigning its configuration directly
 * (`Decimal.precision = 3`) as well as `Decimal.set`; the guard turns both into an
 * `ImmutableError`, while `new Decimal(…)`, `instanceof Decimal` and the static functions work
 * as on the constructor itself. (crorecast's own modules use the constructor directly: decimal.js
 * writes its configuration while it runs, which the guard would refuse.)
 *
 * @example
 * ```ts
 * new PublicDecimal('1.5').plus(1).toString() //=> '2.5'
 * PublicDecimal.precision = 3 // throws ImmutableError
 * ```
 */
export const PublicDecimal: typeof Decimal = new Proxy(Decimal, {
  set: refuseReconfiguration,
  defineProperty: refuseReconfiguration,
  deleteProperty: refuseReconfiguration,
  setPrototypeOf: refuseReconfiguration,
});
/** A decimal.js value (the type exported under the name `Decimal`). */
export type PublicDecimal = DecimalJs;

/** A decimal.js value. Values from any Decimal clone (including the host app's) interoperate. */
export type Decimal = DecimalJs;

/**
 * Decimal 0, shared: constructing a Decimal from a literal on every call is measurably slow.
 *
 * @example
 * ```ts
 * ZERO.plus('1.5').toString() //=> '1.5'
 * ```
 */
export const ZERO: Decimal = constant(0);
/**
 * Decimal 1, shared (see {@link ZERO}).
 *
 * @example
 * ```ts
 * ONE.dividedBy(4).toString() //=> '0.25'
 * ```
 */
export const ONE: Decimal = constant(1);
/**
 * Decimal −0, shared (see {@link ZERO}): the zero of a negative sign decimal.js gives a product,
 * a quotient or `−0 + −0` (it prints as "-0" in JSON, so the sign is kept).
 * @internal
 *
 * @example
 * ```ts
 * NEGATIVE_ZERO.isNegative() //=> true
 * ```
 */
export const NEGATIVE_ZERO: Decimal = constant(-0);
/**
 * Decimal 100, shared (see {@link ZERO}): percentages.
 *
 * @example
 * ```ts
 * new Decimal('0.125').times(HUNDRED).toString() //=> '12.5'
 * ```
 */
export const HUNDRED: Decimal = constant(100);

/**
 * Internal: a shared constant no importer can change. The object is frozen and its digits are a
 * fresh copy of a private array on every read, so writing to `ONE.d[0]` changes only that copy,
 * never the constant. Not a frozen digit array: V8 copies a frozen array (`d.slice()`, which
 * decimal.js does to every operand it copies) into a *holey* one, a second kind of digit array
 * beside decimal.js's packed ones, and every decimal.js function that later meets both is
 * deoptimised and recompiled — a cold `crorecast run` of the seed made 7.5 % more instructions
 * (2,751 → 2,545 million; warm runs the same either way).
 *
 * @example
 * ```ts
 * constant(100).times(2).toFixed() //=> '200'
 * ```
 */
export function constant(value: number): Decimal {
  const x = new Decimal(value);
  const words = (x as unknown as { d: number[] }).d.slice();
  Object.defineProperty(x, 'd', { get: () => words.slice(), enumerable: true });
  return Object.freeze(x);
}
