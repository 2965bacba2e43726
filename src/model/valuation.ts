import { type Decimal, ZERO } from '../core/decimal.js';
import { CrorecastError } from '../core/errors.js';
import { irr } from '../finance/irr.js';
import { npv } from '../finance/npv.js';
import { discountedPayback, type PaybackResult, payback } from '../finance/payback.js';
import { inr } from '../money/constructors.js';
import type { Money } from '../money/money.js';

/** The internal rate of return, or why there is none (e.g. the flows never turn positive). */
export type IrrResult =
  | { readonly value: Decimal; readonly reason: null }
  | { readonly value: null; readonly reason: string };

/** NPV, IRR and payback of a stream of yearly flows. */
export interface Valuation {
  /** The discount rate per year, as a fraction. */
  readonly discountRate: Decimal;
  /** The flows valued, one per fiscal year (the first at the end of the first year). */
  readonly flows: readonly Money<'INR'>[];
  /** Σ flowₖ / (1 + rate)^k, k = 1… — valued at the start of the first fiscal year. */
  readonly npv: Money<'INR'>;
  readonly irr: IrrResult;
  /**
   * Years from the start of the first fiscal year until the cumulative flow stays ≥ 0, on the
   * payback flows (the free cash flows without any terminal value: a plan pays back from what it
   * earns, not from what it could be sold for).
   */
  readonly payback: PaybackResult<Money<'INR'>>;
  /** The same on discounted payback flows. */
  readonly discountedPayback: PaybackResult<Money<'INR'>>;
}

/** Options for {@link valueFlows}. */
export interface ValueFlowsOptions {
  /** The flows payback is measured on (default: `flows`), e.g. free cash flow without terminal value. */
  readonly paybackFlows?: readonly Money<'INR'>[];
}

/**
 * Values yearly flows at the start of the first fiscal year, Excel-style: each year's flow is
 * discounted a whole year per year elapsed (end-of-year convention, as Excel's NPV). Payback is
 * counted from the same date, each year's flow arriving evenly through the year. IRR uses the
 * finance layer's bracketing solver; when the flows have no sign change the result says so
 * instead of throwing.
 *
 * @param flows - one flow per fiscal year, in order
 * @param discountRate - the yearly discount rate, as a fraction (> −1)
 * @param options - the flows to measure payback on, when not `flows`
 * @returns a {@link Valuation}
 * @throws {ArgumentError} when there are no flows or the rate is ≤ −1 (from the finance layer)
 *
 * @example
 * ```ts
 * const v = valueFlows([crore(-100), crore(60), crore(70)], d('0.12'));
 * v.npv.amount.dividedBy(1e7).toFixed(2) //=> '8.37' (−100/1.12 + 60/1.12² + 70/1.12³)
 * v.irr.value?.toFixed(4) //=> '0.1888'
 * ```
 */
export function valueFlows(
  flows: readonly Money<'INR'>[],
  discountRate: Decimal,
  options: ValueFlowsOptions = {},
): Valuation {
  const value = npv(discountRate, flows);
  // A leading zero at the valuation date puts year k's flow in period k for payback.
  const fromStart = [inr(ZERO), ...(options.paybackFlows ?? flows)];
  return {
    discountRate,
    flows,
    npv: value,
    irr: irrOf(flows),
    payback: payback(fromStart),
    discountedPayback: discountedPayback(fromStart, discountRate),
  };
}

function irrOf(flows: readonly Money<'INR'>[]): IrrResult {
  try {
    return { value: irr(flows), reason: null };
  } catch (error) {
    if (error instanceof CrorecastError && error.code !== 'INVALID_INPUT') {
      return { value: null, reason: error.message.replace(/^\[crorecast\] /, '') };
    }
    throw error;
  }
}
