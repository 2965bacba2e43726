import type { Decimal } from '../core/decimal.js';
import { readOptions } from '../core/options.js';
import { DEFAULT_XIRR_GUESS, datedSum, xirrOfSum } from './_lib/datedRate.js';
import { flowEquation, flowsLabel, twoFlowRate } from './_lib/flowEquation.js';
import { readRate } from './_lib/rates.js';
import { requireFlows } from './_lib/readFlows.js';
import { solveAllRates } from './_lib/solveRate.js';
import type { CashFlow, DatedCashFlow } from './cashFlow.js';
import type { IrrOptions } from './irr.js';

/** Options for {@link xirr}: the same as {@link IrrOptions} (`guess`, default 0.1). */
export type XirrOptions = IrrOptions;

/**
 * Internal rate of return of dated cash flows: the annual rate at which their {@link xnpv}
 * (Actual/365, like Excel's XIRR) is zero.
 *
 * The solver is the one described under {@link irr}: two flows in closed form; a unique root
 * (one sign change in date order) bracketed from the guess outward and found by Brent's method;
 * several sign changes scanned, **the root nearest `guess` returned** ({@link xirrAll} gives
 * all); then polished in Decimal and verified to |XNPV| ≤ 1e-10 × Σ|present values|. It finds
 * rates near −100% where Excel's Newton iteration and many JavaScript libraries give up or
 * return NaN (−37,987,348 on 2013-12-31 and 21,191,041 on 2014-05-15 → −79.36%).
 *
 * @param flows - `[{ date, amount }]`, dates as `yyyy-MM-dd` strings or `Date`s, in any order;
 *   flows on the same date are netted
 * @param options - {@link XirrOptions}
 * @returns the annual IRR as a Decimal fraction (0.3734… for 37.34%)
 * @throws {NoSolutionError} `no-sign-change` / `no-root-found`
 * @throws {ArgumentError} `EMPTY_FLOWS`, `RATE_OUT_OF_RANGE` (guess ≤ −1), `MIXED_FLOW_KINDS`
 * @throws {InvalidDateError} when a date is not a calendar date (naming `flows[i].date`)
 * @throws {CurrencyMismatchError} when Money flows differ in currency
 *
 * @example
 * ```ts
 * xirr([
 *   { date: '2008-01-01', amount: -10_000 },
 *   { date: '2008-03-01', amount: 2_750 },
 *   { date: '2008-10-30', amount: 4_250 },
 *   { date: '2009-02-15', amount: 3_250 },
 *   { date: '2009-04-01', amount: 2_750 },
 * ]).toSignificantDigits(9).toString() //=> '0.373362534'
 * ```
 */
export function xirr(
  flows: readonly DatedCashFlow<CashFlow>[],
  options: XirrOptions = {},
): Decimal {
  readOptions(options, 'xirr', ['guess']);
  requireFlows(flows, 'xirr: flows');
  const guess = readRate(options.guess ?? DEFAULT_XIRR_GUESS, 'guess');
  return xirrOfSum(datedSum(flows), guess);
}

/**
 * Every XIRR of dated cash flows found by scanning annual rates from −100% upward, ascending
 * (see {@link irrAll}).
 *
 * @param flows - `[{ date, amount }]`
 * @returns the rates found, ascending; empty when the XNPV never crosses zero
 * @throws {NoSolutionError} `no-sign-change` when no flow differs in sign from the others
 *
 * @example
 * ```ts
 * xirrAll([
 *   { date: '2024-01-01', amount: -100 },
 *   { date: '2025-01-01', amount: 230 },
 *   { date: '2026-01-01', amount: -132 },
 * ]).map((r) => r.toFixed(4)) //=> ['0.1034', '0.1926'] (2024 has 366 days)
 * ```
 */
export function xirrAll(flows: readonly DatedCashFlow<CashFlow>[]): Decimal[] {
  requireFlows(flows, 'xirrAll: flows');
  const sum = datedSum(flows);
  const equation = flowEquation(sum, () => flowsLabel('xirrAll', sum.amounts));
  const closed = twoFlowRate(sum, () => equation.describe);
  return closed ? [closed] : solveAllRates(equation);
}
