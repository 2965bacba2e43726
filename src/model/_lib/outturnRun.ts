import { Decimal, ZERO } from '../../core/decimal.js';
import type { Money } from '../../money/money.js';
import { computedInr as inr } from '../../money/money.js';
import type { ActualsRow } from '../actuals.js';
import { type FinanceChain, financeChain } from '../financeChain.js';
import type { FreeCashFlowYear } from '../freeCashFlow.js';
import type { Outturn, OutturnInputs, OutturnLineId } from '../outturn.js';
import type { ProfitAndLossYear } from '../profitAndLoss.js';
import {
  driverRatio,
  figure,
  lineOf,
  NO_FIGURE,
  outturnRow,
  planWideRatio,
  scaled,
} from './outturnLines.js';

/** The outturn's own chain and value: everything of an {@link Outturn} but its lines and words. */
export type OutturnRun = Omit<Outturn, 'knownYears' | 'profitAndLoss' | 'cashFlow' | 'rules'> & {
  readonly chain: FinanceChain;
};

/**
 * The plan's finance chain run again on the outturn (see `planOutturn` for the rules) and
 * valued on the plan's headline basis.
 */
export function outturnRun(inputs: OutturnInputs): OutturnRun {
  const { plan, planChain, actuals } = inputs;
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

  const value = inputs.valuer(chain.fcf, chain.terminal.value);
  const earned = chain.pnl.withPli.reduce(
    (s, p) => s.plus(p.pliIncome.amount).minus(p.pliPaidToPartners.amount),
    ZERO,
  );
  const received = pliReceived.reduce((s, r) => s.plus(r.amount), ZERO);
  return {
    chain,
    outturnProfitAndLoss: chain.pnl.withPli,
    outturnCashFlow: chain.fcf.withPli,
    terminalValue: figure(planChain.terminal.value, chain.terminal.value),
    npv: {
      withPli: figure(inputs.planValue.withPli.npv, value.withPli.npv),
      withoutPli: figure(inputs.planValue.withoutPli.npv, value.withoutPli.npv),
    },
    valuation: value,
    pliNotReceived: inr(Decimal.max(ZERO, earned.minus(received))),
  };
}

/**
 * The outturn's P&L and cash-flow lines, each year's plan beside the outturn (its run above):
 * built when a report first reads them.
 */
export function outturnLines(
  inputs: OutturnInputs,
  chain: FinanceChain,
): Pick<Outturn, 'profitAndLoss' | 'cashFlow'> {
  const { years, planChain } = inputs;
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
  // State incentives get lines only when the plan has any, so the lines still add up.
  const hasState = [...planChain.fcf.withPli, ...chain.fcf.withPli].some(
    (f) => !f.stateIncentivesReceived.amount.isZero(),
  );
  return {
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
  };
}
