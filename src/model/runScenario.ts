import { type Decimal, ONE, ZERO } from '../core/decimal.js';
import { inr } from '../money/constructors.js';
import type { Money } from '../money/money.js';
import { compileParsedProjection } from '../projection/compile.js';
import type { ProjectionInput } from '../projection/inputSchema.js';
import { runProjection } from '../projection/runProjection.js';
import { fiscalYearRange } from './_lib/fiscalYears.js';
import { actualsOutturn } from './actuals.js';
import { type CashFlowInputs, freeCashFlow } from './freeCashFlow.js';
import { investmentsByYear } from './investments.js';
import { operationsByYear } from './operations.js';
import { pliByYear } from './pli.js';
import { profitAndLoss } from './profitAndLoss.js';
import type { Scenario } from './scenario.js';
import { answerRevenueTarget, checkScenarioTargets } from './targets.js';
import type { ScenarioResult } from './types.js';
import { valueFlows } from './valuation.js';
import { workingCapital } from './workingCapital.js';

/**
 * Runs a whole plan: composes the projection (revenue, capacity, headcount), the investment
 * schedule (capex, cumulative investment, depreciation), the PLI engine (each enrolment
 * evaluated on net sales and cumulative investment derived from the plan, then shared with the
 * partners) and the finance functions (NPV, IRR, payback) into one {@link ScenarioResult}:
 * operations by fiscal year and segment, the P&L with PLI as its own line, working capital,
 * free cash flow with the PLI received after its disbursement lag, the plan's value with and
 * without PLI, and the stated targets checked with their binding constraints.
 *
 * Pure and deterministic: the same scenario gives the same result; nothing is rounded (the
 * report rounds when it prints).
 *
 * @param scenario - a scenario validated by `parseScenario`
 * @returns the result
 * @throws {ValidationError} when the scenario's parts cannot be combined (capex outside the
 *   horizon, an unknown PLI scheme or category); errors of the layers below carry their codes
 *
 * @example
 * ```ts
 * const result = runScenario(parseScenario(seed));
 * result.operations.at(-1)?.revenue.amount.dividedBy(1e7).toFixed(0) //=> revenue in FY2025-26, ₹ crore
 * ```
 */
export function runScenario(scenario: Scenario): ScenarioResult {
  const projectionInput: ProjectionInput = {
    horizon: scenario.horizon,
    capacityAllocation: scenario.capacityAllocation,
    fx: scenario.fx,
    plants: scenario.plants,
    segments: scenario.segments,
    ...(scenario.headcount === undefined ? {} : { headcount: scenario.headcount }),
  };
  const years = fiscalYearRange(scenario.horizon.start, scenario.horizon.years ?? 0);
  const investment = investmentsByYear(scenario, years);
  const plan = compileParsedProjection(projectionInput, { tranches: investment.completion });
  const projection = runProjection(plan);
  const operations = operationsByYear(scenario, projection);
  const pli = pliByYear(scenario, operations, investment, years);

  const otherOperatingCosts = operations.map((op, y) =>
    op.revenue.amount
      .times(scenario.operatingCosts.shareOfRevenue)
      .plus(
        scenario.operatingCosts.fixedPerYear.amount.times(
          ONE.plus(scenario.operatingCosts.fixedYearlyChange).toPower(y),
        ),
      ),
  );
  const operating = operations.map((op, y) => ({
    year: op.year,
    revenue: op.revenue.amount,
    costOfGoods: op.costOfGoods.amount,
    payroll: op.headcount?.payroll.amount ?? ZERO,
    otherOperatingCosts: otherOperatingCosts[y] ?? ZERO,
    depreciation: investment.years[y]?.depreciation.amount ?? ZERO,
    // The company claims the whole incentive; the partners' shares are its payment to them.
    pliIncome: pli?.years[y]?.earned.amount ?? ZERO,
    pliPaidToPartners: pli?.years[y]?.paidToPartners.amount ?? ZERO,
  }));
  const taxRate = scenario.finance.taxRate;
  const withPli = profitAndLoss(operating, {
    taxRate,
    pliPaymentDeductible: pli?.sharing?.taxDeductible ?? true,
  });
  const withoutPli = profitAndLoss(operating, { taxRate, withoutPli: true });
  const wc = workingCapital(operating, {
    receivableDays: scenario.finance.workingCapital.receivableDays,
    inventoryDays: scenario.finance.workingCapital.inventoryDays,
    payableDays: scenario.finance.workingCapital.payableDays,
    opening: scenario.finance.workingCapital.opening.amount,
  });

  const terminal = scenario.finance.terminalValue;
  const lastWc = wc[wc.length - 1]?.net.amount ?? ZERO;
  const cashFlows = (pnl: typeof withPli, includePli: boolean) => {
    const flows: CashFlowInputs[] = pnl.map((p, y) => ({
      year: p.year,
      ebitda: p.ebitda.amount,
      tax: p.tax.amount,
      capex: investment.years[y]?.capex.amount ?? ZERO,
      changeInWorkingCapital: wc[y]?.change.amount ?? ZERO,
      pliReceived: includePli ? (pli?.years[y]?.received.amount ?? ZERO) : ZERO,
    }));
    if (includePli && pli !== null) {
      for (const late of pli.years.slice(years.length)) {
        flows.push({
          year: late.year,
          ebitda: ZERO,
          tax: ZERO,
          capex: ZERO,
          changeInWorkingCapital: ZERO,
          pliReceived: late.received.amount,
        });
      }
    }
    const lastIndex = years.length - 1;
    const last = flows[lastIndex];
    if (last !== undefined) {
      flows[lastIndex] = { ...last, terminalValue: terminalValue(last, lastWc) };
    }
    return freeCashFlow(flows, years.length);
  };
  const terminalValue = (last: CashFlowInputs, closingWc: Decimal): Decimal => {
    switch (terminal.method) {
      case 'none':
        return ZERO;
      case 'net-assets':
        return investment.closingNetAssets.amount.plus(closingWc);
      case 'perpetuity-growth': {
        // Gordon growth on the last year's free cash flow before PLI (PLI ends with the scheme).
        const base = last.ebitda
          .minus(last.tax)
          .minus(last.capex)
          .minus(last.changeInWorkingCapital);
        return base
          .times(ONE.plus(terminal.growth))
          .dividedBy(scenario.finance.discountRate.minus(terminal.growth));
      }
    }
  };
  const fcfWith = cashFlows(withPli, true);
  const fcfWithout = cashFlows(withoutPli, false);
  const rate = scenario.finance.discountRate;
  const flowsOf = (rows: typeof fcfWith): Money<'INR'>[] => rows.map((r) => r.valuationFlow);

  return {
    meta: {
      id: scenario.meta.id,
      name: scenario.meta.name,
      asOf: scenario.meta.asOf,
      description: scenario.meta.description ?? null,
      sources: scenario.meta.sources.map((s) => ({
        id: s.id,
        title: s.title,
        publisher: s.publisher,
        date: s.date ?? null,
      })),
      factCount: scenario.meta.facts.length,
      assumptionCount: scenario.meta.assumptions.length,
      facts: scenario.meta.facts.map((f) => ({ id: f.id, value: f.value, source: f.source })),
      assumptions: scenario.meta.assumptions.map((a) => ({
        id: a.id,
        value: a.value,
        rationale: a.rationale,
      })),
    },
    years,
    operations,
    investment: {
      total: investment.total,
      commitments: investment.commitments,
      years: investment.years,
    },
    pli,
    otherOperatingCosts: otherOperatingCosts.map((c) => inr(c)),
    profitAndLoss: { withPli, withoutPli },
    workingCapital: wc,
    cashFlow: { withPli: fcfWith, withoutPli: fcfWithout },
    valuation: {
      terminalMethod: terminal.method,
      withPli: valueFlows(flowsOf(fcfWith), rate, {
        paybackFlows: fcfWith.map((r) => r.freeCashFlow),
      }),
      withoutPli: valueFlows(flowsOf(fcfWithout), rate, {
        paybackFlows: fcfWithout.map((r) => r.freeCashFlow),
      }),
    },
    targets: checkScenarioTargets(scenario, projection, operations, investment.years),
    actuals: actualsOutturn(scenario, operations, investment, years, pli),
    answers: { revenue: answerRevenueTarget(scenario, operations) },
    variants: scenario.variants.map((v) => ({
      id: v.id,
      name: v.name,
      description: v.description,
      result: runScenario(v.scenario),
    })),
  };
}
