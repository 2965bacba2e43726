import { Decimal, ZERO } from '../core/decimal.js';
import { computedInr as inr, type Money } from '../money/money.js';
import {
  driverRatio,
  figure,
  lineOf,
  NO_FIGURE,
  outturnRow,
  planWideRatio,
  scaled,
} from './_lib/outturnLines.js';
import type { ActualsResult, ActualsRow } from './actuals.js';
import { type FinanceChain, type FinanceChainInputs, financeChain } from './financeChain.js';
import type { FreeCashFlowYear } from './freeCashFlow.js';
import type { ProfitAndLossYear } from './profitAndLoss.js';
import type { ScenarioActual } from './scenarioActuals.js';
import type { DatedValuation } from './valuation.js';

/** Values a run's free cash flows and terminal value on the plan's headline basis. */
export type OutturnValuer = (
  fcf: {
    readonly withPli: readonly FreeCashFlowYear[];
    readonly withoutPli: readonly FreeCashFlowYear[];
  },
  terminalValue: Money<'INR'>,
) => { readonly withPli: DatedValuation; readonly withoutPli: DatedValuation };

/** One figure of the plan beside what happened (the outturn) and the difference. */
export interface OutturnFigure {
  readonly plan: Money<'INR'>;
  readonly outturn: Money<'INR'>;
  /** outturn − plan. */
  readonly variance: Money<'INR'>;
}

/** The lines of the P&L and the cash flow the outturn compares. */
export type OutturnLineId =
  | 'revenue'
  | 'costOfGoods'
  | 'payroll'
  | 'otherOperatingCosts'
  | 'ebitda'
  | 'depreciation'
  | 'pliIncome'
  | 'pliPaidToPartners'
  | 'profitBeforeTax'
  | 'tax'
  | 'profitAfterTax'
  | 'currentTax'
  | 'capex'
  | 'changeInWorkingCapital'
  | 'pliReceived'
  | 'stateIncentiveIncome'
  | 'stateIncentivesReceived'
  | 'freeCashFlow';

/** One line by fiscal year: plan, outturn and variance, with the totals of the rows. */
export interface OutturnLine {
  readonly id: OutturnLineId;
  readonly years: readonly ({ readonly year: string } & OutturnFigure)[];
  /** The sums of the years above. */
  readonly total: OutturnFigure;
}

/** The plan against what happened, through the P&L, the cash flow and the value. */
export interface Outturn {
  /** The fiscal years with actuals. */
  readonly knownYears: readonly string[];
  /** P&L lines (with PLI) over the horizon. */
  readonly profitAndLoss: readonly OutturnLine[];
  /** Cash-flow lines (with PLI), the years after the horizon that collect PLI included. */
  readonly cashFlow: readonly OutturnLine[];
  /** The outturn's own P&L and free cash flow with PLI, in full. */
  readonly outturnProfitAndLoss: readonly ProfitAndLossYear[];
  readonly outturnCashFlow: readonly FreeCashFlowYear[];
  readonly terminalValue: OutturnFigure;
  /** The NPV on the plan's headline basis (increment over the baseline, or the whole business). */
  readonly npv: { readonly withPli: OutturnFigure; readonly withoutPli: OutturnFigure };
  /** The outturn's valuations in full ("as happened" and re-forecast). */
  readonly valuation: { readonly withPli: DatedValuation; readonly withoutPli: DatedValuation };
  /** PLI the outturn books as earned that it never receives (inside or after the horizon). */
  readonly pliNotReceived: Money<'INR'>;
  /** How each line was derived, in words (the rule, stated once). */
  readonly rules: readonly string[];
}

/** What {@link planOutturn} is built from: the plan's run and what happened. */
export interface OutturnInputs {
  readonly years: readonly string[];
  /** What the plan's finance chain ran on, and what it gave. */
  readonly plan: FinanceChainInputs;
  readonly planChain: FinanceChain;
  /** The plan's valuation on its headline basis (for the variance). */
  readonly planValue: { readonly withPli: DatedValuation; readonly withoutPli: DatedValuation };
  /** The plan's book and tax depreciation by year are scaled with capex; these are its capex. */
  readonly actuals: ActualsResult;
  /** The scenario's actuals as parsed (for the PLI received). */
  readonly stated: readonly ScenarioActual[];
  /** Other operating costs' share of revenue (the rest is fixed). */
  readonly otherCostsShareOfRevenue: Decimal;
  readonly valuer: OutturnValuer;
}

const RULES = [
  'Revenue, closing headcount and capex: the actual in a known year, else the plan × the last actual year’s ratio of actual to plan (the re-forecast).',
  'Cost of goods: the plan’s × the year’s revenue ratio (outturn ÷ plan), the plan’s cost per rupee of revenue kept. Payroll: the plan’s × the headcount ratio where headcount is known or re-forecast, else × the revenue ratio (the model’s workforce follows volume). Other operating costs: the fixed part as planned, the share of revenue on the outturn revenue. Where the plan has no revenue (or headcount, or capex) in a year the actuals fill, the plan-wide ratio — its cost per rupee of revenue (per head, per rupee of cumulative capex) over the years that have one — is applied to the actual.',
  'Book and tax depreciation: the plan’s × the ratio of cumulative capex (outturn ÷ plan); the closing net assets move by the capex less the depreciation difference.',
  'PLI earned and paid to partners: the re-evaluation with the actuals (a missed year earns nothing; a known amount replaces the engine’s). PLI received: the amount stated for a year (`pliReceived`), else the re-evaluation’s disbursement schedule.',
  'Tax, working capital, free cash flow and the terminal value run through the same chain as the plan; the NPV is on the plan’s basis, at its date and rate.',
];

/**
 * The plan as it played out: the known years' actual figures (and the re-forecast of the rest)
 * replace the projected ones through the P&L, tax, working capital, free cash flow and the
 * value, each line beside the plan's with its variance. The rules (stated in `rules`): revenue,
 * headcount and capex as in the actuals' table; cost of goods with revenue; payroll with headcount
 * (else revenue); other costs' variable part with revenue; depreciation with cumulative capex;
 * PLI earned as re-evaluated with the actuals and received as stated (`pliReceived`) or as the
 * re-evaluation pays it. Tax, working capital, free cash flow and the terminal value are the
 * plan's own chain run again, so a variance is only what the actuals change.
 *
 * @param inputs - the plan's run and what happened
 * @returns the outturn, line by line, with the "as happened" NPV beside the plan's
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const r = runScenario(parseScenario(seedJson));
 * formatMoney(r.outturn!.npv.withPli.outturn, { unit: 'crore', decimals: 0 }) //=> '-₹292 crore'
 * ```
 */
export function planOutturn(inputs: OutturnInputs): Outturn {
  const { years, plan, planChain, actuals } = inputs;
  const rows = (metric: ActualsRow['metric']) => actuals.rows.find((r) => r.metric === metric);
  const revenueRow = rows('revenue');
  const headRow = rows('headcount');
  const capexRow = rows('capex');
  const planHeads = headRow?.years.map((x) => x.plan as Decimal) ?? [];

  // Plan-wide ratios, for a year the plan left at zero that the actuals fill (see `scaled`).
  const planRevenue = plan.operating.map((p) => p.revenue);
  const cumPlanCapex: Decimal[] = [];
  for (let y = 0; y < plan.operating.length; y++) {
    cumPlanCapex.push((cumPlanCapex[y - 1] ?? ZERO).plus(plan.capex[y] ?? ZERO));
  }
  const payrollDrivers = headRow === undefined ? planRevenue : planHeads;
  const wide = {
    costOfGoods: planWideRatio(
      plan.operating.map((p) => p.costOfGoods),
      planRevenue,
    ),
    payroll: planWideRatio(
      plan.operating.map((p) => p.payroll),
      payrollDrivers,
    ),
    depreciation: planWideRatio(
      plan.operating.map((p) => p.depreciation),
      cumPlanCapex,
    ),
    taxDepreciation: planWideRatio(
      plan.operating.map((p) => p.taxDepreciation ?? p.depreciation),
      cumPlanCapex,
    ),
  };

  let cumPlan = ZERO;
  let cumOut = ZERO;
  let depDiff = ZERO;
  const capex: Decimal[] = [];
  const operating = plan.operating.map((p, y) => {
    const revenue = outturnRow(revenueRow, y, p.revenue);
    const planDriver = headRow === undefined ? p.revenue : (planHeads[y] ?? ZERO);
    const outturnDriver =
      headRow === undefined ? revenue : outturnRow(headRow, y, planHeads[y] ?? ZERO);
    const planCapex = plan.capex[y] ?? ZERO;
    const c = outturnRow(capexRow, y, planCapex);
    capex.push(c);
    cumPlan = cumPlan.plus(planCapex);
    cumOut = cumOut.plus(c);
    // One division per driver and year: book and tax depreciation share the capex ratio, and
    // payroll shares the revenue ratio when no headcount drives it.
    const capexRatio = driverRatio(cumOut, cumPlan);
    const revenueRatio = driverRatio(revenue, p.revenue);
    const payrollRatio =
      headRow === undefined ? revenueRatio : driverRatio(outturnDriver, planDriver);
    const depreciation = scaled(p.depreciation, cumOut, capexRatio, wide.depreciation);
    depDiff = depDiff.plus(depreciation.minus(p.depreciation));
    const pli = actuals.pli?.years[y];
    return {
      ...p,
      revenue,
      costOfGoods: scaled(p.costOfGoods, revenue, revenueRatio, wide.costOfGoods),
      payroll: scaled(p.payroll, outturnDriver, payrollRatio, wide.payroll),
      otherOperatingCosts: p.otherOperatingCosts.plus(
        inputs.otherCostsShareOfRevenue.times(revenue.minus(p.revenue)),
      ),
      depreciation,
      taxDepreciation: scaled(
        p.taxDepreciation ?? p.depreciation,
        cumOut,
        capexRatio,
        wide.taxDepreciation,
      ),
      pliIncome: pli?.earned.amount ?? p.pliIncome,
      pliPaidToPartners: pli?.paidToPartners.amount ?? p.pliPaidToPartners ?? ZERO,
    };
  });
  const statedReceipts = new Map(
    inputs.stated.flatMap((a) =>
      a.pliReceived === undefined ? [] : [[a.year, a.pliReceived.amount] as const],
    ),
  );
  const schedule =
    actuals.pli?.years.map((p) => ({ year: p.year, amount: p.received.amount })) ??
    plan.pliReceived;
  const pliReceived = schedule.map((r) => ({
    year: r.year,
    amount: statedReceipts.get(r.year) ?? r.amount,
  }));
  const chain = financeChain({
    ...plan,
    operating,
    capex,
    pliReceived,
    closingNetAssets: plan.closingNetAssets.plus(cumOut.minus(cumPlan)).minus(depDiff),
  });

  const pnlLine = (id: OutturnLineId & keyof ProfitAndLossYear) => {
    const get = (list: readonly ProfitAndLossYear[]) => (year: string) =>
      (list.find((p) => p.year === year)?.[id] as Money<'INR'> | undefined) ?? NO_FIGURE;
    return lineOf(id, years, get(planChain.pnl.withPli), get(chain.pnl.withPli));
  };
  const cashYears = [
    ...new Set([...planChain.fcf.withPli, ...chain.fcf.withPli].map((f) => f.year)),
  ].sort();
  const cashLine = (id: OutturnLineId & keyof FreeCashFlowYear) => {
    const get = (list: readonly FreeCashFlowYear[]) => (year: string) =>
      (list.find((f) => f.year === year)?.[id] as Money<'INR'> | undefined) ?? NO_FIGURE;
    return lineOf(id, cashYears, get(planChain.fcf.withPli), get(chain.fcf.withPli));
  };
  const value = inputs.valuer(chain.fcf, chain.terminal.value);
  const earned = chain.pnl.withPli.reduce(
    (s, p) => s.plus(p.pliIncome.amount).minus(p.pliPaidToPartners.amount),
    ZERO,
  );
  const received = pliReceived.reduce((s, r) => s.plus(r.amount), ZERO);
  // State incentives get lines only when the plan has any, so the lines still add up.
  const hasState = [...planChain.fcf.withPli, ...chain.fcf.withPli].some(
    (f) => !f.stateIncentivesReceived.amount.isZero(),
  );
  return {
    knownYears: actuals.years,
    profitAndLoss: (
      [
        'revenue',
        'costOfGoods',
        'payroll',
        'otherOperatingCosts',
        'ebitda',
        'depreciation',
        'pliIncome',
        'pliPaidToPartners',
        ...(hasState ? (['stateIncentiveIncome'] as const) : []),
        'profitBeforeTax',
        'tax',
        'profitAfterTax',
      ] as const
    ).map(pnlLine),
    cashFlow: (
      [
        'ebitda',
        'tax',
        'capex',
        'changeInWorkingCapital',
        'pliReceived',
        ...(hasState ? (['stateIncentivesReceived'] as const) : []),
        'freeCashFlow',
      ] as const
    ).map((id) => (id === 'tax' ? { ...cashLine(id), id: 'currentTax' as const } : cashLine(id))),
    outturnProfitAndLoss: chain.pnl.withPli,
    outturnCashFlow: chain.fcf.withPli,
    terminalValue: figure(planChain.terminal.value, chain.terminal.value),
    npv: {
      withPli: figure(inputs.planValue.withPli.npv, value.withPli.npv),
      withoutPli: figure(inputs.planValue.withoutPli.npv, value.withoutPli.npv),
    },
    valuation: value,
    pliNotReceived: inr(Decimal.max(ZERO, earned.minus(received))),
    rules: RULES,
  };
}
