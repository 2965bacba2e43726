import { type Decimal, ZERO } from '../core/decimal.js';
import { computedInr as inr, type Money } from '../money/money.js';

/** One year's inputs to free cash flow (INR, exact). */
export interface CashFlowInputs {
  readonly year: string;
  readonly ebitda: Decimal;
  readonly tax: Decimal;
  readonly capex: Decimal;
  readonly changeInWorkingCapital: Decimal;
  /** PLI cash received in this year (earned earlier, after the disbursement lag). */
  readonly pliReceived: Decimal;
  /** State incentives received this year: capital subsidy instalments and SGST reimbursement (default zero). */
  readonly stateIncentivesReceived?: Decimal;
  /** A terminal value counted in this year (the last year of the horizon), else zero. */
  readonly terminalValue?: Decimal;
}

/** One year of free cash flow (INR). Years after the horizon carry only late PLI receipts. */
export interface FreeCashFlowYear {
  readonly year: string;
  /** False for the years after the horizon that only collect PLI earned inside it. */
  readonly inHorizon: boolean;
  readonly ebitda: Money<'INR'>;
  readonly tax: Money<'INR'>;
  readonly capex: Money<'INR'>;
  readonly changeInWorkingCapital: Money<'INR'>;
  readonly pliReceived: Money<'INR'>;
  /** State incentives received: capital subsidy instalments and SGST reimbursement (zero without any). */
  readonly stateIncentivesReceived: Money<'INR'>;
  /** EBITDA − tax − capex − Δ working capital + PLI received + state incentives received. */
  readonly freeCashFlow: Money<'INR'>;
  readonly terminalValue: Money<'INR'>;
  /** Free cash flow + terminal value: the flow that is discounted. */
  readonly valuationFlow: Money<'INR'>;
}

/**
 * Free cash flow by year: EBITDA − tax − capex − change in working capital + PLI received. The
 * PLI is cash only when the government pays it, after the disbursement lag, so it enters in the
 * year received, not the year earned (the P&L shows it when earned). A terminal value, if any, is
 * kept apart from the year's free cash flow and added in `valuationFlow`.
 *
 * @param years - per-year inputs, in order (horizon years, then any years that only receive PLI)
 * @param horizonYears - how many of `years` are inside the plan's horizon
 * @returns one {@link FreeCashFlowYear} per input year
 *
 * @example
 * ```ts
 * const d = toDecimal; // exact decimals, as the model layer takes them
 * const [y] = freeCashFlow([{ year: 'FY2021-22', ebitda: d(100), tax: d(20), capex: d(50),
 *   changeInWorkingCapital: d(10), pliReceived: d(0) }], 1);
 * y.freeCashFlow.amount.toString() //=> '20'
 * ```
 */
export function freeCashFlow(
  years: readonly CashFlowInputs[],
  horizonYears: number,
): FreeCashFlowYear[] {
  return years.map((y, index) => {
    const fcf = y.ebitda
      .minus(y.tax)
      .minus(y.capex)
      .minus(y.changeInWorkingCapital)
      .plus(y.pliReceived)
      .plus(y.stateIncentivesReceived ?? ZERO);
    const terminal = y.terminalValue ?? ZERO;
    return {
      year: y.year,
      inHorizon: index < horizonYears,
      ebitda: inr(y.ebitda),
      tax: inr(y.tax),
      capex: inr(y.capex),
      changeInWorkingCapital: inr(y.changeInWorkingCapital),
      pliReceived: inr(y.pliReceived),
      stateIncentivesReceived: inr(y.stateIncentivesReceived ?? ZERO),
      freeCashFlow: inr(fcf),
      terminalValue: inr(terminal),
      valuationFlow: inr(fcf.plus(terminal)),
    };
  });
}
