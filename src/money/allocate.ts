import type { Decimal } from '../core/decimal.js';
import { type DecimalLike, isComputedInRange, toDecimal } from '../core/decimalLike.js';
import { decimalFromUnits } from '../core/decimalParts.js';
import { ArgumentError, describe } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import type { RoundingMode } from '../core/rounding.js';
import { fromMinorUnits, toMinorUnits } from './_lib/minorUnits.js';
import { checkMode, roundDecimal } from './_lib/roundDecimal.js';
import { shiftPoint } from './_lib/shift.js';
import { recipients, safeMinorUnits, splitSafeUnits } from './_lib/splitUnits.js';
import { type CurrencyCode, currencyInfo } from './currency.js';
import { computedMoney, type Money, money } from './money.js';

/**
 * Who receives the minor units left over after every part got its whole share:
 * - `largest-remainder` (default; Hamilton's method): the parts whose exact share lost the most
 *   in truncation, one unit each; ties go to the earlier part. Each part ends within one minor
 *   unit of its exact share, the fairest split.
 * - `largest-ratio`: the parts with the largest ratios, one unit each; ties go to the earlier part.
 * - `first`: the first parts in list order, one unit each (dinero.js's rule).
 *
 * Under every rule a part with ratio 0 receives exactly 0, and no part gets more than one extra
 * unit (the remainder is always fewer units than there are non-zero ratios).
 */
export type AllocationRemainder = 'largest-remainder' | 'largest-ratio' | 'first';

/** Options for `allocate`. */
export interface AllocateOptions {
  /** Who gets the leftover minor units; see `AllocationRemainder`. Default `largest-remainder`. */
  readonly remainder?: AllocationRemainder;
  /** How the total is first rounded to minor units. Default `half-up`. */
  readonly mode?: RoundingMode;
}

const REMAINDER_RULES = [
  'largest-remainder',
  'largest-ratio',
  'first',
] as const satisfies readonly AllocationRemainder[];

/**
 * Splits an amount in proportion to ratios into parts that are each a whole number of minor
 * units (paise, cents; yen for JPY) and sum **exactly** to `round(m, { mode })`. The work is done
 * in bigint minor units, so it is exact at any magnitude. For a negative amount the parts are
 * the negated parts of its absolute value.
 *
 * @param m - the amount to split
 * @param ratios - decimal-like, non-negative, not all zero (`[1, 1, 1]`, `['0.6', '0.4']`, `[74, 26]`)
 * @param options - `remainder` rule and `mode` for rounding the total
 * @returns one part per ratio, in order
 * @throws {ArgumentError} for an empty list (`EMPTY_RATIOS`), a negative ratio (`NEGATIVE_RATIO`),
 *   all ratios zero (`ZERO_RATIOS`) or an unknown remainder rule (`INVALID_REMAINDER_RULE`)
 * @throws {InvalidAmountError} for a ratio that is not a finite decimal (naming `ratios[i]`)
 *
 * @example
 * ```ts
 * allocate(inr(100), [1, 1, 1]).map((p) => p.amount.toFixed()) //=> ['33.34', '33.33', '33.33']
 * allocate(inr(100), [1, 1, 1], { remainder: 'first' }).map((p) => p.amount.toFixed()) //=> ['33.34', '33.33', '33.33']
 * allocate(crore(1350), ['0.74', '0.26']).map((p) => p.amount.toFixed()) //=> ['9990000000', '3510000000']
 * ```
 */
export function allocate<C extends CurrencyCode>(
  m: Money<C>,
  ratios: readonly DecimalLike[],
  options?: AllocateOptions,
): Money<C>[] {
  const opts = options === undefined ? NO_OPTIONS : readOptions(options, 'allocate', OPTION_NAMES);
  const rule = opts.remainder ?? 'largest-remainder';
  if (!(REMAINDER_RULES as readonly unknown[]).includes(rule)) {
    throw new ArgumentError(
      'INVALID_REMAINDER_RULE',
      `remainder rule ${describe(rule)} is not one of ${REMAINDER_RULES.join(', ')}`,
    );
  }
  const small = safeWeights(ratios);
  const checked = small === undefined ? toIntegerWeights(ratios) : undefined;
  const minorUnit = currencyInfo(m.currency).minorUnit;
  const rounded = roundDecimal(m.amount, minorUnit, checkMode(opts.mode ?? 'half-up'));
  // The full check (and its error) for an amount outside the range; m is otherwise valid Money.
  if (!isComputedInRange(rounded)) money(rounded, m.currency);
  // Fractional, text or Decimal ratios take the same float64 path once scaled to whole numbers
  // (0.4 : 0.6 is 4 : 6) when those are safe integers: the parts are the bigint path's.
  const whole = small ?? safeIntegers(checked ?? []);
  const fast = whole === undefined ? undefined : safeSplit(rounded, minorUnit, whole, rule);
  if (fast !== undefined) return fast.map((p) => computedMoney(p, m.currency));
  const weights = checked ?? toIntegerWeights(ratios);
  const total = toMinorUnits(rounded, minorUnit);
  const sign = total < 0n ? -1n : 1n;
  const units = total * sign;
  let weightSum = 0n;
  for (const w of weights) weightSum += w;

  const parts = weights.map((w) => (units * w) / weightSum);
  let remaining = units;
  for (const p of parts) remaining -= p;
  // The remainder is fewer units than there are parts; when it is zero nobody needs ranking.
  if (remaining > 0n) {
    const leftovers = weights.map((w) => (units * w) % weightSum);
    for (const i of recipients(rule, weights, leftovers)) {
      if (remaining === 0n) break;
      parts[i] = (parts[i] ?? 0n) + 1n;
      remaining -= 1n;
    }
  }
  return parts.map((p) => computedMoney(fromUnits(p * sign, minorUnit), m.currency));
}

/**
 * The ratios as numbers when they are non-negative safe integers (`[1, 1, 1]`, `[74, 26]`), not
 * all zero; `undefined` for anything else, which the general path reads (and reports).
 */
function safeWeights(ratios: readonly DecimalLike[]): number[] | undefined {
  if (!Array.isArray(ratios)) return undefined;
  let sum = 0;
  for (const r of ratios) {
    if (typeof r !== 'number' || !Number.isSafeInteger(r) || r < 0) return undefined;
    sum += r;
  }
  return sum > 0 ? (ratios as number[]) : undefined;
}

/** Whole weights as numbers when each, and their sum, is a safe integer; else undefined. */
function safeIntegers(weights: readonly bigint[]): number[] | undefined {
  let sum = 0n;
  for (const w of weights) sum += w;
  return weights.length === 0 || sum > MAX_SAFE ? undefined : weights.map(Number);
}

/**
 * The float64 path: the same whole-unit arithmetic when the amount in minor units times the
 * weights' sum stays a safe integer (every product, remainder and quotient is then exact) —
 * without bigints or text; `undefined` otherwise.
 */
function safeSplit(
  rounded: Decimal,
  minorUnit: number,
  weights: readonly number[],
  rule: AllocationRemainder,
): Decimal[] | undefined {
  const total = safeMinorUnits(rounded, minorUnit);
  if (total === undefined) return undefined;
  let weightSum = 0;
  for (const w of weights) weightSum += w;
  const units = Math.abs(total);
  if (units * weightSum > Number.MAX_SAFE_INTEGER) return undefined;
  const sign = total < 0 ? -1 : 1;
  return splitSafeUnits(units, weights, rule).map((p) => decimalFromUnits(p * sign, minorUnit));
}

/** A part as a Decimal: from its words when it is a safe integer of minor units, else via text. */
function fromUnits(units: bigint, minorUnit: number) {
  return units <= MAX_SAFE && units >= -MAX_SAFE
    ? decimalFromUnits(Number(units), minorUnit)
    : fromMinorUnits(units, minorUnit);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const OPTION_NAMES = ['remainder', 'mode'] as const;
const NO_OPTIONS: AllocateOptions = Object.freeze({});

// Ratios as bigints on a common scale, so shares and remainders are exact integer arithmetic.
function toIntegerWeights(ratios: readonly DecimalLike[]): bigint[] {
  if (!Array.isArray(ratios) || ratios.length === 0) {
    throw new ArgumentError('EMPTY_RATIOS', 'allocate needs at least one ratio');
  }
  const weights = wholeWeights(ratios) ?? scaledWeights(ratios);
  if (weights.every((w) => w === 0n)) {
    throw new ArgumentError('ZERO_RATIOS', 'allocate needs at least one ratio above zero');
  }
  return weights;
}

const MAX_WEIGHT = 10n ** 30n;

/**
 * The fast path: when every ratio is a non-negative whole number or bigint (`[1, 1, 1]`,
 * `[74, 26]`), the common scale is 0 and the weights are the ratios themselves — exactly what
 * {@link scaledWeights} would compute, without a Decimal or a string. Anything else (a fraction,
 * text, a Decimal, a negative or out-of-range value) gives `undefined` and takes the general path,
 * which also reports the errors.
 */
function wholeWeights(ratios: readonly DecimalLike[]): bigint[] | undefined {
  const weights: bigint[] = [];
  for (const r of ratios) {
    if (typeof r === 'number' && Number.isSafeInteger(r) && r >= 0) weights.push(BigInt(r));
    else if (typeof r === 'bigint' && r >= 0n && r <= MAX_WEIGHT) weights.push(r);
    else return undefined;
  }
  return weights;
}

function scaledWeights(ratios: readonly DecimalLike[]): bigint[] {
  const decimals = ratios.map((r, i) => {
    const d = toDecimal(r, `ratios[${i}]`);
    if (d.isNegative() && !d.isZero()) {
      throw new ArgumentError('NEGATIVE_RATIO', `ratios[${i}] ${d.toFixed()} must not be negative`);
    }
    return d;
  });
  const scale = Math.max(...decimals.map((d) => d.decimalPlaces()));
  return decimals.map((d) => BigInt(shiftPoint(d, scale).toFixed(0)));
}
