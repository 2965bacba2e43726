import { type Decimal, ZERO } from '../core/decimal.js';
import { compareFiscalYearLabels } from './_lib/fiscalYears.js';
import { type CashFlowInputs, type FreeCashFlowYear, freeCashFlow } from './freeCashFlow.js';
import {
  type OperatingYear,
  type ProfitAndLossYear,
  profitAndLossWithAndWithoutPli,
} from './profitAndLoss.js';
import { type TerminalValue, type TerminalValueOptions, terminalValue } from './terminalValue.js';
import {
  type WorkingCapitalTerms,
  type WorkingCapitalYear,
  workingCapital,
} from './workingCapital.js';

/** What the finance chain runs on: one set of operating years and the cash around them (INR). */
export interface FinanceChainInputs {
  /** The horizon's operating years, with PLI earned and paid to partners. */
  readonly operating: readonly OperatingYear[];
  /** Capex by horizon year. */
  readonly capex: readonly Decimal[];
  /**
   * PLI received by fiscal year, the horizon's years first, then the years after it that only
   * collect what the last years earned.
   */
  readonly pliReceived: readonly { readonly year: string; readonly amount: Decimal }[];
  /**
   * State incentives received by fiscal year (capital subsidy instalments and SGST
   * reimbursement), the horizon's years first, then any after it; in both cases, with and
   * without PLI (default none).
   */
  readonly stateIncentivesReceived?: readonly { readonly year: string; readonly amount: Decimal }[];
  /** Working-capital days and the opening position. */
  readonly workingCapital: WorkingCapitalTerms;
  /** Net block + capital work in progress at the end of the horizon. */
  readonly closingNetAssets: Decimal;
  readonly taxRate: Decimal;
  /** Whether the payment of PLI to partners is deductible (default true). */
  readonly pliPaymentDeductible?: boolean;
  readonly terminal: TerminalValueOptions;
}

/** The P&L, working capital, free cash flow and terminal value of one set of operating years. */
export interface FinanceChain {
  readonly pnl: {
    readonly withPli: ProfitAndLossYear[];
    readonly withoutPli: ProfitAndLossYear[];
  };
  readonly wc: WorkingCapitalYear[];
  readonly fcf: { readonly withPli: FreeCashFlowYear[]; readonly withoutPli: FreeCashFlowYear[] };
  readonly terminal: TerminalValue;
}

/**
 * Runs the finance layers in order on one set of operating years: the P&L with and without PLI
 * (tax on tax depreciation, losses carried forward), working capital from days, free cash flow
 * with the PLI in the year it is received (years after the horizon collect the rest) and the
 * terminal value on the last year. The plan and its outturn (the plan with what happened) both
 * run through it, so the two are computed alike and their variances mean what they say.
 *
 * @param inputs - the operating years and the cash around them
 * @returns the P&L, working capital, free cash flow and terminal value
 *
 * @example
 * ```ts
 * const d = toDecimal; // exact decimals, as the model layer takes them
 * const year = { year: 'FY2021-22', revenue: d(1000), costOfGoods: d(800), payroll: d(0),
 *   otherOperatingCosts: d(0), depreciation: d(0), pliIncome: d(0) };
 * financeChain({ operating: [year], capex: [d(0)], pliReceived: [{ year: 'FY2021-22', amount: d(0) }],
 *   workingCapital: { receivableDays: d(0), inventoryDays: d(0), payableDays: d(0), opening: d(0) },
 *   closingNetAssets: d(0), taxRate: d('0.25'), terminal: { method: 'none' } })
 *   .fcf.withPli[0].freeCashFlow.amount.toFixed() //=> '150'
 * ```
 */
export function financeChain(inputs: FinanceChainInputs): FinanceChain {
  const { operating, taxRate } = inputs;
  const horizon = operating.length;
  // State incentives are not PLI: the case without PLI keeps them.
  const { withPli, withoutPli } = profitAndLossWithAndWithoutPli(
    operating,
    { taxRate, pliPaymentDeductible: inputs.pliPaymentDeductible ?? true },
    { taxRate },
  );
  // Duty paid on imported parts is held in inventory and owed to suppliers like the parts.
  const wc = workingCapital(
    operating.map((o) => ({ ...o, costOfGoods: o.costOfGoods.plus(o.customsDuty ?? ZERO) })),
    inputs.workingCapital,
  );
  const state = inputs.stateIncentivesReceived ?? [];
  const flowsOf = (pnl: readonly ProfitAndLossYear[], includePli: boolean): CashFlowInputs[] => {
    const flows: CashFlowInputs[] = pnl.map((p, y) => ({
      year: p.year,
      ebitda: p.ebitda.amount,
      // Cash pays the current tax; the deferred charge is not paid this year.
      tax: p.currentTax.amount,
      capex: inputs.capex[y] ?? ZERO,
      changeInWorkingCapital: wc[y]?.change.amount ?? ZERO,
      pliReceived: includePli ? (inputs.pliReceived[y]?.amount ?? ZERO) : ZERO,
      stateIncentivesReceived: state[y]?.amount ?? ZERO,
    }));
    // Years after the horizon only collect PLI (with PLI) and state incentives (in both cases).
    const late = new Map<string, { pli: Decimal; state: Decimal }>();
    const at = (year: string) => late.get(year) ?? { pli: ZERO, state: ZERO };
    if (includePli) {
      for (const r of inputs.pliReceived.slice(horizon)) {
        late.set(r.year, { ...at(r.year), pli: at(r.year).pli.plus(r.amount) });
      }
    }
    for (const r of state.slice(horizon)) {
      late.set(r.year, { ...at(r.year), state: at(r.year).state.plus(r.amount) });
    }
    for (const [year, r] of [...late.entries()].sort(([a], [b]) => compareFiscalYearLabels(a, b))) {
      flows.push({
        year,
        ebitda: ZERO,
        tax: ZERO,
        capex: ZERO,
        changeInWorkingCapital: ZERO,
        pliReceived: r.pli,
        stateIncentivesReceived: r.state,
      });
    }
    return flows;
  };
  const terminal = terminalValue(
    {
      ebit: withoutPli[horizon - 1]?.ebit.amount ?? ZERO,
      netAssets: inputs.closingNetAssets,
      workingCapital: wc[wc.length - 1]?.net.amount ?? ZERO,
    },
    inputs.terminal,
  );
  const withTerminal = (flows: CashFlowInputs[]) =>
    freeCashFlow(
      flows.map((f, i) => (i === horizon - 1 ? { ...f, terminalValue: terminal.value.amount } : f)),
      horizon,
    );
  const fcfWithPli = withTerminal(flowsOf(withPli, true));
  return {
    pnl: { withPli, withoutPli },
    wc,
    fcf: {
      withPli: fcfWithPli,
      withoutPli: withoutAnyPliCash(withPli, withoutPli, inputs, horizon)
        ? fcfWithPli.slice(0, horizon)
        : withTerminal(flowsOf(withoutPli, false)),
    },
    terminal,
  };
}

/** An exact +0 (not −0, whose sign a sum may carry). */
const isPlusZero = (x: Decimal): boolean => x.d?.[0] === 0 && x.s > 0;

/**
 * True when the cash flow without PLI is the horizon's rows of the one with it, row for row: the
 * same statement (no PLI in the P&L: `profitAndLossWithAndWithoutPli` shares its rows), every PLI
 * receipt an exact +0 (a baseline's PLI out of reach) — added where the case without PLI adds
 * ZERO, the same digits — and no state incentive after the horizon (whose years both cases
 * keep). The years after the horizon that only collect PLI are the rows it leaves out.
 */
function withoutAnyPliCash(
  withPli: readonly ProfitAndLossYear[],
  withoutPli: readonly ProfitAndLossYear[],
  inputs: FinanceChainInputs,
  horizon: number,
): boolean {
  return (
    withPli.length === horizon &&
    withPli.every((row, y) => row === withoutPli[y]) &&
    inputs.pliReceived.every((r) => isPlusZero(r.amount)) &&
    (inputs.stateIncentivesReceived?.length ?? 0) <= horizon
  );
}
