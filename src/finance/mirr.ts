import { Decimal, ONE, ZERO } from '../core/decimal.js';
import type { DecimalLike } from '../core/decimalLike.js';
import { readRate } from './_lib/rates.js';
import { readAmounts, requireFlows } from './_lib/readFlows.js';
import type { CashFlow } from './cashFlow.js';
import { NoSolutionError } from './errors.js';

/**
 * Modified internal rate of return, like Excel's MIRR: outflows are discounted to period 0 at
 * `financeRate`, inflows compounded to the last period at `reinvestRate`, and the rate that links
 * the two over n − 1 periods is returned:
 * ( FV(inflows at reinvestRate) / −PV(outflows at financeRate) )^(1/(n−1)) − 1.
 *
 * Unlike IRR it always has exactly one value when the flows have both signs.
 *
 * @param flows - amounts per period (first at period 0); Money of one currency or numbers
 * @param financeRate - the rate paid on money borrowed for the outflows (> −1)
 * @param reinvestRate - the rate earned on reinvested inflows (> −1)
 * @returns the MIRR per period as a Decimal fraction
 * @throws {NoSolutionError} `undefined` when the flows lack an outflow or an inflow
 *   (Excel: `#DIV/0!`)
 * @throws {ArgumentError} `EMPTY_FLOWS`, `RATE_OUT_OF_RANGE`, `MIXED_FLOW_KINDS`
 *
 * @example
 * ```ts
 * mirr([-120_000, 39_000, 30_000, 21_000, 37_000, 46_000], 0.1, 0.12).toFixed(6) //=> '0.126094'
 * ```
 */
export function mirr(
  flows: readonly CashFlow[],
  financeRate: DecimalLike,
  reinvestRate: DecimalLike,
): Decimal {
  requireFlows(flows, 'mirr: flows');
  const finance = readRate(financeRate, 'financeRate');
  const reinvest = readRate(reinvestRate, 'reinvestRate');
  const { amounts } = readAmounts(flows, 'flows');
  const n = amounts.length;
  const financeBase = ONE.plus(finance);
  const reinvestBase = ONE.plus(reinvest);
  let outflowsPv = ZERO;
  let inflowsFv = ZERO;
  amounts.forEach((amount, k) => {
    if (amount.isNegative()) outflowsPv = outflowsPv.plus(amount.dividedBy(financeBase.toPower(k)));
    else inflowsFv = inflowsFv.plus(amount.times(reinvestBase.toPower(n - 1 - k)));
  });
  if (outflowsPv.isZero() || inflowsFv.isZero()) {
    throw new NoSolutionError(
      'undefined',
      `mirr: cash flows need at least one negative and one positive amount, got ${
        outflowsPv.isZero() ? 'no outflow' : 'no inflow'
      }`,
    );
  }
  return new Decimal(
    inflowsFv
      .dividedBy(outflowsPv.negated())
      .pow(ONE.dividedBy(n - 1))
      .minus(ONE),
  );
}
