import type { BigDecimal } from '../core/bigDecimal.js';
import { bigFromDecimal } from '../core/bigDecimalConvert.js';
import type { Decimal } from '../core/decimal.js';
import type { DecimalLike } from '../core/decimalLike.js';
import { bigStepPowers } from './_lib/bigPower.js';
import {
  type ExponentialSum,
  exponentialSum,
  presentValueOfPowers,
  stepGrowthOf,
  stepPowers,
} from './_lib/exponentialSum.js';
import { readRate } from './_lib/rates.js';
import { readDatedFlows, requireFlows, wrap } from './_lib/readFlows.js';
import type { AmountOf, CashFlow, DatedCashFlow } from './cashFlow.js';
import { DAYS_PER_YEAR } from './xnpv.js';

/** A discount rate prepared once for many {@link xnpv} calls: see {@link prepareXnpv}. */
export interface PreparedXnpv {
  /** The annual rate, as read (a Decimal). */
  readonly rate: Decimal;
  /**
   * {@link xnpv} at `rate` of these flows: the very same digits, without recomputing the daily
   * growth (1 + rate)^(1/365) or the powers of dates already seen.
   *
   * @throws as {@link xnpv} does for the flows
   */
  xnpv<A extends CashFlow>(flows: readonly DatedCashFlow<A>[]): AmountOf<A>;
}

/** Step sequences whose powers are kept; past this the memo starts afresh (bounded memory). */
const MAX_KEPT_SEQUENCES = 64;

/**
 * Prepares an annual discount rate for valuing many sets of dated flows with Excel's XNPV
 * (Actual/365): the daily growth (1 + rate)^(1/365) — a 40-digit ln and exp, the costliest
 * part of a short XNPV — is computed once, on first use, and the discount factors of day
 * counts already met are reused. Every result has exactly the digits {@link xnpv} gives.
 *
 * Pure: the memo lives in the returned value only (no module state), is bounded, and can only
 * return what the computation itself would.
 *
 * @param rate - the annual discount rate as a fraction (`0.09` for 9%); must be > −1
 * @returns the prepared rate, with its `xnpv(flows)`
 * @throws {ArgumentError} `RATE_OUT_OF_RANGE` for rate ≤ −1
 * @throws {InvalidAmountError} when the rate is not a finite decimal
 *
 * @example
 * ```ts
 * const at9 = prepareXnpv('0.09');
 * at9.xnpv([
 *   { date: '2008-01-01', amount: -10_000 },
 *   { date: '2008-03-01', amount: 2_750 },
 *   { date: '2008-10-30', amount: 4_250 },
 *   { date: '2009-02-15', amount: 3_250 },
 *   { date: '2009-04-01', amount: 2_750 },
 * ]).toFixed(6) //=> '2086.647602' (as xnpv(0.09, …))
 * ```
 */
export function prepareXnpv(rate: DecimalLike): PreparedXnpv {
  const r = readRate(rate);
  let growth: BigDecimal | undefined;
  const gaps = new Map<number, BigDecimal>();
  const sequences = new Map<string, readonly BigDecimal[]>();
  const powersOf = (steps: readonly number[]): readonly BigDecimal[] => {
    const key = steps.join(',');
    let powers = sequences.get(key);
    if (powers === undefined) {
      if (sequences.size >= MAX_KEPT_SEQUENCES) {
        sequences.clear();
        gaps.clear();
      }
      growth ??= bigFromDecimal(stepGrowthOf(r, DAYS_PER_YEAR));
      powers = bigStepPowers(growth, steps, gaps);
      sequences.set(key, powers);
    }
    return powers;
  };
  const presentValue = (sum: ExponentialSum): Decimal =>
    presentValueOfPowers(sum.amounts, powersOf(sum.steps));
  const prepared = {
    rate: r,
    xnpv<A extends CashFlow>(flows: readonly DatedCashFlow<A>[]): AmountOf<A> {
      requireFlows(flows, 'xnpv: flows');
      const { amounts, currency, days } = readDatedFlows(flows, 'flows');
      return wrap(
        presentValue(exponentialSum(amounts, days, DAYS_PER_YEAR)),
        currency,
      ) as AmountOf<A>;
    },
  };
  // Not enumerable: the value still reads (and compares) as { rate, xnpv }.
  Object.defineProperty(prepared, PRESENT_VALUE, { value: presentValue });
  return Object.freeze(prepared);
}

/** The key of a prepared rate's present value of a stream already read (see below). */
const PRESENT_VALUE = Symbol('presentValue');

/**
 * Internal: `prepared.xnpv(flows)`'s amount, for flows already read to their stream (`datedSum`)
 * — the very digits, from the same memo of powers — so that a valuation reading its flows once
 * for its XNPVs, its XIRR and its paybacks pays for one read. A `PreparedXnpv` made elsewhere
 * (not by {@link prepareXnpv}) is valued with powers formed for this one call.
 * @internal
 *
 * @example
 * ```ts
 * const d = toDecimal;
 * const at10 = prepareXnpv('0.1');
 * // −100 on 2024-01-01 and 110 on 2024-12-31 (365 days on), read to their stream.
 * const sum = { amounts: [d(-100), d(110)], steps: [0, 365], stepsPerPeriod: 365, signChanges: 1 };
 * presentValueOfSum(at10, sum).toString() ===
 *   at10.xnpv([{ date: '2024-01-01', amount: -100 }, { date: '2024-12-31', amount: 110 }]).toString() //=> true
 * ```
 */
export function presentValueOfSum(prepared: PreparedXnpv, sum: ExponentialSum): Decimal {
  const own = (prepared as { [PRESENT_VALUE]?: (sum: ExponentialSum) => Decimal })[PRESENT_VALUE];
  if (own !== undefined) return own(sum);
  const growth = stepGrowthOf(prepared.rate, DAYS_PER_YEAR);
  return presentValueOfPowers(
    sum.amounts,
    stepPowers(growth, sum.steps, new Map()).map(bigFromDecimal),
  );
}
