import { Decimal } from '../../core/decimal.js';
import type { CashFlow, DatedCashFlow } from '../cashFlow.js';
import { DAYS_PER_YEAR } from '../xnpv.js';
import { type ExponentialSum, exponentialSum } from './exponentialSum.js';
import { flowEquation, flowsLabel, twoFlowRate } from './flowEquation.js';
import { readDatedFlows } from './readFlows.js';
import { solveRate } from './solveRate.js';

/** XIRR's default guess, 10%. */
export const DEFAULT_XIRR_GUESS = new Decimal('0.1');

/**
 * Dated flows read to the stream XIRR solves: amounts netted by date, zero dates dropped, days
 * from the first flow's date, 365 a year.
 *
 * @throws as `readDatedFlows` does (dates, amounts, currencies)
 */
export function datedSum(flows: readonly DatedCashFlow<CashFlow>[]): ExponentialSum {
  const { amounts, days } = readDatedFlows(flows, 'flows');
  return exponentialSum(amounts, days, DAYS_PER_YEAR);
}

/**
 * The XIRR core: the rate of a stream already read by {@link datedSum}, exactly as `xirr` gives
 * it for those flows — a function of the stream (its merged amounts and days) and the guess
 * alone, so that flows reading to the same stream may share one result.
 *
 * @throws {NoSolutionError} `no-sign-change` / `no-root-found` / `out-of-range`
 */
export function xirrOfSum(sum: ExponentialSum, guess: Decimal = DEFAULT_XIRR_GUESS): Decimal {
  const equation = flowEquation(sum, () => flowsLabel('xirr', sum.amounts));
  return twoFlowRate(sum, () => equation.describe) ?? solveRate(equation, guess);
}

/**
 * A text naming a stream exactly — its days and the full digits of its merged amounts — so that
 * two streams with the same key have the same XIRR, to the digit.
 */
export function datedSumKey(sum: ExponentialSum): string {
  return `${sum.stepsPerPeriod}:${sum.steps.map((step, i) => `${step} ${sum.amounts[i]?.toString()}`).join('|')}`;
}
