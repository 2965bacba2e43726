import { type Decimal, ONE, ZERO } from '../../core/decimal.js';
import { inr } from '../../money/constructors.js';
import type { Money } from '../../money/money.js';
import { workspaceValue } from '../../projection/_lib/bigWorkspace.js';
import { compileParsedLike } from '../../projection/compile.js';
import { type ProjectionResult, runModelProjection } from '../../projection/runProjection.js';
import type { TaxDepreciationYear } from '../../schedule/taxDepreciation.js';
import { customsDutyByYear } from '../customsDuty.js';
import { type FinanceChainInputs, financeChain } from '../financeChain.js';
import type { FreeCashFlowYear } from '../freeCashFlow.js';
import { type InvestmentFigures, investmentsByYear } from '../investments.js';
import { operationsByYear } from '../operations.js';
import { pliByYear } from '../pli.js';
import type { ProfitAndLossYear } from '../profitAndLoss.js';
import type { Scenario } from '../scenario.js';
import { taxRateOf } from '../scenarioFinance.js';
import { type StateIncentiveLines, stateIncentiveLines } from '../stateIncentiveLines.js';
import { taxDepreciationByYear } from '../taxDepreciationByYear.js';
import type { TerminalValue } from '../terminalValue.js';
import type { OpeningWorkingCapital, OperationsYear, PliResult } from '../types.js';
import { type WorkingCapitalYear, workingCapital } from '../workingCapital.js';
import { fiscalYearRange, horizonYears } from './fiscalYears.js';
import { noPliFigures, type PlanPli, pliOutOfReach } from './pliOutOfReach.js';
import { projectionInputOf } from './projectionInput.js';
import type { SharedRuns } from './sharedRuns.js';

/** Everything but the valuation: one scenario run through the layers. */
export interface Core {
  readonly years: string[];
  readonly projection: ProjectionResult;
  readonly operations: OperationsYear[];
  readonly investment: InvestmentFigures;
  readonly pli: PliResult | null;
  readonly stateIncentives: StateIncentiveLines;
  readonly otherOperatingCosts: Money<'INR'>[];
  readonly taxDepreciation: TaxDepreciationYear[];
  readonly pnl: { withPli: ProfitAndLossYear[]; withoutPli: ProfitAndLossYear[] };
  readonly wc: WorkingCapitalYear[];
  readonly openingWc: OpeningWorkingCapital;
  readonly fcf: { withPli: FreeCashFlowYear[]; withoutPli: FreeCashFlowYear[] };
  readonly terminal: TerminalValue;
  /** What the finance chain ran on, for the outturn to re-run with what happened. */
  readonly chainInputs: FinanceChainInputs;
}

/**
 * @param pricesFrom - a projection whose price path this scenario's may share (the plan's, for
 *   its opening-run-rate baseline); the projection layer checks that it does
 * @param planPli - the PLI of the plan this run is the baseline of: when the run cannot reach any
 *   of its investment thresholds ({@link pliOutOfReach}), its PLI is known to be zero and is
 *   evaluated only if `pli` is read
 */
export function runCore(
  scenario: Scenario,
  shared: SharedRuns,
  pricesFrom?: ProjectionResult,
  planPli?: PlanPli,
): Core {
  const years = fiscalYearRange(scenario.horizon.start, horizonYears(scenario.horizon) ?? 0);
  // Each step keyed by every scenario section it reads (see SharedRuns).
  const { horizon, opening } = scenario;
  const investment = shared.once(
    'investments',
    [horizon, opening, scenario.investments, scenario.depreciation],
    () => investmentsByYear(scenario, years),
  );
  const projection = shared.once(
    'projection',
    [
      horizon,
      scenario.capacityAllocation,
      scenario.fx,
      scenario.plants,
      scenario.segments,
      scenario.headcount,
      opening?.headcount,
      investment.completion,
    ],
    () =>
      // The model reads the cost of goods by component only through the segments' `costs`
      // (customs duty), never from the workspace.
      runModelProjection(
        compileParsedLike(
          projectionInputOf(scenario),
          { tranches: investment.completion },
          pricesFrom?.plan,
        ),
        pricesFrom === undefined ? {} : { pricesFrom },
      ),
  );
  const operations = shared.once(
    'operations',
    [projection, scenario.plants, scenario.invoiceBands],
    () => operationsByYear(scenario, projection),
  );
  const evaluatePli = () =>
    pliByYear(scenario, operations, investment, years, undefined, projection, shared);
  const outOfReach = pliOutOfReach(scenario.pli, investment, planPli);
  const pli = outOfReach === null ? evaluatePli() : null;
  // What the finance chain reads of the PLI: evaluated, or nothing at all.
  const pliFigures =
    outOfReach === null
      ? {
          earned: (y: number) => pli?.years[y]?.earned.amount ?? ZERO,
          paidToPartners: (y: number) => pli?.years[y]?.paidToPartners.amount ?? ZERO,
          received: (pli?.years ?? years.map((year) => ({ year, received: inr(ZERO) }))).map(
            (p) => ({ year: p.year, amount: p.received.amount }),
          ),
          taxDeductible: pli?.sharing?.taxDeductible ?? true,
        }
      : noPliFigures(outOfReach);
  const duty = customsDutyByYear(scenario.customsDuty, projection);
  const taxDep = shared.once('tax-depreciation', [investment, scenario.investments, opening], () =>
    taxDepreciationByYear(scenario, investment, years),
  );
  const state = stateIncentiveLines(scenario.stateIncentives, {
    years,
    domesticSales: operations.map((op) => op.revenue.amount.minus(op.exportRevenue.amount)),
    taxDepreciation: years.map((_, y) => taxDep[y]?.depreciation.amount ?? ZERO),
  });

  const costs = scenario.operatingCosts;
  const otherOperatingCosts = operations.map((op, y) =>
    op.revenue.amount
      .times(costs.shareOfRevenue)
      .plus(costs.fixedPerYear.amount.times(ONE.plus(costs.fixedYearlyChange).toPower(y))),
  );
  const operating = operations.map((op, y) => ({
    year: op.year,
    revenue: op.revenue.amount,
    costOfGoods: op.costOfGoods.amount,
    customsDuty: duty[y] ?? ZERO,
    payroll: op.headcount?.payroll.amount ?? ZERO,
    otherOperatingCosts: otherOperatingCosts[y] ?? ZERO,
    depreciation: investment.years[y]?.depreciation.amount ?? ZERO,
    // A capital subsidy reduces the asset's actual cost (s.43(1) Explanation 10).
    taxDepreciation: (taxDep[y]?.depreciation.amount ?? ZERO).minus(
      state.taxDepreciationReduction[y] ?? ZERO,
    ),
    stateIncentiveIncome: state.income[y] ?? ZERO,
    // The company claims the whole incentive; the partners' shares are its payment to them.
    pliIncome: pliFigures.earned(y),
    pliPaidToPartners: pliFigures.paidToPartners(y),
  }));
  const taxRate = taxRateOfScenario(scenario);
  const terms = scenario.finance.workingCapital;
  const days = {
    receivableDays: terms.receivableDays,
    inventoryDays: terms.inventoryDays,
    payableDays: terms.payableDays,
    ...(terms.gstOnReceivables === undefined ? {} : { gstOnReceivables: terms.gstOnReceivables }),
  };
  const openingWc = openingWorkingCapitalOf(
    scenario,
    years[0] ?? '',
    projection,
    operations,
    duty,
    days,
  );
  const tvMethod = scenario.finance.terminalValue;
  const chainInputs: FinanceChainInputs = {
    operating,
    capex: years.map((_, y) => investment.years[y]?.capex.amount ?? ZERO),
    pliReceived: pliFigures.received,
    stateIncentivesReceived: state.capitalReceived.map((r) => {
      const y = years.indexOf(r.year);
      return { year: r.year, amount: r.amount.plus(y < 0 ? ZERO : (state.income[y] ?? ZERO)) };
    }),
    workingCapital: { ...days, opening: openingWc.used.amount },
    closingNetAssets: investment.closingNetAssets.amount,
    taxRate,
    pliPaymentDeductible: pliFigures.taxDeductible,
    terminal:
      tvMethod.method === 'perpetuity-growth'
        ? {
            method: 'perpetuity-growth',
            growth: tvMethod.growth,
            discountRate: scenario.finance.discountRate,
            taxRate,
          }
        : { method: tvMethod.method },
  };
  const chain = financeChain(chainInputs);
  let lazyPli = pli;
  return {
    years,
    projection,
    operations,
    investment,
    // Zero in every year when out of reach; its enrolments' years are evaluated if read.
    get pli() {
      lazyPli ??= outOfReach === null ? pli : evaluatePli();
      return lazyPli;
    },
    stateIncentives: state,
    otherOperatingCosts: otherOperatingCosts.map((c) => inr(c)),
    taxDepreciation: taxDep,
    pnl: chain.pnl,
    wc: chain.wc,
    openingWc,
    fcf: chain.fcf,
    terminal: chain.terminal,
    chainInputs,
  };
}

/** The tax rate a scenario states or its regime gives. */
export function taxRateOfScenario(scenario: Scenario) {
  const tax = scenario.finance.tax;
  return tax === undefined ? (scenario.finance.taxRate ?? ZERO) : taxRateOf(tax);
}

/**
 * The opening working capital: as stated, or from the days on the run-rate at the start — the
 * first month's revenue and cost of goods, a year of them (read from the workspace value by
 * value: the monthly rows are built, and the buffers converted, only when a caller reads them).
 */
function openingWorkingCapitalOf(
  scenario: Scenario,
  firstYear: string,
  projection: ProjectionResult,
  operations: readonly OperationsYear[],
  duty: readonly Decimal[],
  days: Omit<Parameters<typeof workingCapital>[1], 'opening'>,
): OpeningWorkingCapital {
  const terms = scenario.finance.workingCapital;
  const firstRevenue = workspaceValue(projection.workspace, 'totalRevenue', 0) ?? ZERO;
  const firstCogs = workspaceValue(projection.workspace, 'totalCogs', 0) ?? ZERO;
  const [atStart] = workingCapital(
    [
      {
        year: firstYear,
        revenue: firstRevenue.times(12),
        // The first year's duty, as a share of its cost of goods, on the first month's.
        costOfGoods: firstCogs
          .times(12)
          .times(
            ONE.plus(
              operations[0]?.costOfGoods.amount.isZero() === false
                ? (duty[0] ?? ZERO).dividedBy(operations[0].costOfGoods.amount)
                : ZERO,
            ),
          ),
      },
    ],
    { ...days, opening: ZERO },
  );
  const fromDays = atStart?.net.amount ?? ZERO;
  const stated = terms.opening?.amount ?? null;
  return {
    used: inr(stated ?? fromDays),
    fromDays: inr(fromDays),
    stated: stated === null ? null : inr(stated),
    difference: stated === null ? null : inr(stated.minus(fromDays)),
  };
}
