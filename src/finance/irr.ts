import { Decimal } from '../core/decimal.js';
import type { DecimalLike } from '../core/decimalLike.js';
import { readOptions } from '../core/options.js';
import { exponentialSum } from './_lib/exponentialSum.js';
import { flowEquation, flowsLabel, twoFlowRate } from './_lib/flowEquation.js';
import { readRate } from './_lib/rates.js';
import { readAmounts, requireFlows } from './_lib/readFlows.js';
import { solveAllRates, solveRate } from './_lib/solveRate.js';
import type { CashFlow } from './cashFlow.js';

/** Options for {@link irr} and {@link irrAll}. */
export interface IrrOptions {
  /**
   * Where to look first, as a fraction (default `0.1`, as in Excel). With one sign change in the
   * flows the root is unique and the guess only speeds the search up; with several, the root
   * nearest the guess is returned.
   */
  readonly guess?: DecimalLike;
}

const DEFAULT_GUESS = new Decimal('0.1');

/**
 * Internal rate of return of periodic cash flows: the rate per period at which their NPV is
 * zero, like Excel's IRR — but it finds the root wherever one exists above −100%.
 *
 * How: flows at the same period are netted and zeros dropped. Two flows have a closed form. With
 * one sign change (a conventional project: outflows, then inflows) the root is unique: the
 * bracket around the guess is widened until the NPV changes sign, then Brent's method (float64)
 * narrows it. With several sign changes all roots are scanned for (rates from −100% + 10^−304
 * upward) and **the root nearest `guess` is returned** (use {@link irrAll} for every root). The
 * float64 root is then polished by secant steps in Decimal and verified: |NPV(irr)| ≤ 1e-10 ×
 * Σ|present values| (in practice about 1e-35).
 *
 * @param flows - amounts per period (the first at period 0); Money of one currency or numbers
 * @param options - {@link IrrOptions}
 * @returns the IRR per period as a Decimal fraction (−0.0212… for −2.12%)
 * @throws {NoSolutionError} `no-sign-change` when no flow differs in sign from the others;
 *   `no-root-found` when the flows change sign but their NPV never crosses zero
 * @throws {ArgumentError} `EMPTY_FLOWS`, `RATE_OUT_OF_RANGE` (guess ≤ −1), `MIXED_FLOW_KINDS`
 * @throws {CurrencyMismatchError} when Money flows differ in currency
 *
 * @example
 * ```ts
 * irr([-70_000, 12_000, 15_000, 18_000, 21_000]).toSignificantDigits(10).toString() //=> '-0.02124484827'
 * irr([-70_000, 12_000, 15_000, 18_000, 21_000, 26_000]).toSignificantDigits(6).toString() //=> '0.0866309'
 * irr([100, 200]) // throws NoSolutionError (no sign change)
 * ```
 */
export function irr(flows: readonly CashFlow[], options: IrrOptions = {}): Decimal {
  readOptions(options, 'irr', ['guess']);
  requireFlows(flows, 'irr: flows');
  const guess = readRate(options.guess ?? DEFAULT_GUESS, 'guess');
  const sum = periodicSum(flows);
  const equation = flowEquation(sum, () => flowsLabel('irr', sum.amounts));
  return twoFlowRate(sum, () => equation.describe) ?? solveRate(equation, guess);
}

/**
 * Every IRR of periodic cash flows found by scanning rates from −100% upward, ascending. Flows
 * with several sign changes can have several IRRs (or none): this shows them all. A root where
 * the NPV only touches zero without crossing it may be missed.
 *
 * @param flows - amounts per period; Money of one currency or numbers
 * @returns the IRRs found, ascending; empty when the NPV never crosses zero
 * @throws {NoSolutionError} `no-sign-change` when no flow differs in sign from the others
 *
 * @example
 * ```ts
 * irrAll([-100, 230, -132]).map((r) => r.toFixed(6)) //=> ['0.100000', '0.200000']
 * ```
 */
export function irrAll(flows: readonly CashFlow[]): Decimal[] {
  requireFlows(flows, 'irrAll: flows');
  const sum = periodicSum(flows);
  const equation = flowEquation(sum, () => flowsLabel('irrAll', sum.amounts));
  const closed = twoFlowRate(sum, () => equation.describe);
  return closed ? [closed] : solveAllRates(equation);
}

function periodicSum(flows: readonly CashFlow[]) {
  const { amounts } = readAmounts(flows, 'flows');
  return exponentialSum(
    amounts,
    amounts.map((_, k) => k),
    1,
  );
}
