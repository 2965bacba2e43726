import { type Decimal, ONE, ZERO } from '../../core/decimal.js';
import { inr } from '../../money/constructors.js';
import type { Money } from '../../money/money.js';
import { workspaceValue } from '../../projection/_lib/bigWorkspace.js';
import { compileParsedLike } from '../../projection/compile.js';
import {
  type ProjectionResult,
  runModelProjection,
  yearTotals,
} from '../../projection/runProjection.js';
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

/** The plan a run is the opening-run-rate baseline of. */
export interface BaselineOf {
  /**
   * The plan's projection, whose price path the baseline's may share (the projection layer
   * checks that it does).
   */
  readonly projection: ProjectionResult;
  /**
   * The plan's PLI: when the run cannot reach any of its investment thresholds
   * ({@link pliOutOfReach}), its PLI is known to be zero and is evaluated only if `pli` is read.
   */
  readonly pli?: PlanPli;
}

/**
 * @param baselineOf - the plan this run is the opening-run-rate baseline of, if it is one: a
 *   valuation reads only its cash flows and terminal value, so its operations (and the
 *   projection's segment, plant and headcount rows behind them) are built only if read; the
 *   cash flow takes the same figures from the projection's year totals
 */
export function runCore(scenario: Scenario, shared: SharedRuns, baselineOf?: BaselineOf): Core {
  const pricesFrom = baselineOf?.projection;
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
  const operationsOf = () =>
    shared.once('operations', [projection, scenario.plants, scenario.invoiceBands], () =>
      operationsByYear(scenario, projection),
    );
  let operations = baselineOf === undefined ? operationsOf() : undefined;
  const readOperations = () => {
    operations ??= operationsOf();
    return operations;
  };
  const totals = operations === undefined ? runTotals(projection) : operationsTotals(operations);
  const evaluatePli = () =>
    pliByYear(scenario, readOperations(), investment, years, undefined, projection, shared);
  const outOfReach = pliOutOfReach(scenario.pli, investment, baselineOf?.pli);
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
    // Read only by an SGST reimbursement's lines.
    domesticSales: scenario.stateIncentives.length === 0 ? [] : totals.domesticSales(),
    taxDepreciation: years.map((_, y) => taxDep[y]?.depreciation.amount ?? ZERO),
  });

  const costs = scenario.operatingCosts;
  // The fixed costs by year, once for every run of the call with these costs (the baseline's
  // and a variant's are the plan's section): the same operations, the same digits.
  const fixedCosts = shared.once('fixed-costs', [costs, totals.revenue.length], () => {
    const growth = ONE.plus(costs.fixedYearlyChange);
    return totals.revenue.map((_, y) => costs.fixedPerYear.amount.times(growth.toPower(y)));
  });
  const otherOperatingCosts = totals.revenue.map((revenue, y) =>
    revenue.times(costs.shareOfRevenue).plus(fixedCosts[y] ?? ZERO),
  );
  const operating = totals.revenue.map((revenue, y) => ({
    year: totals.years[y] ?? '',
    revenue,
    costOfGoods: totals.costOfGoods[y] ?? ZERO,
    customsDuty: duty[y] ?? ZERO,
    payroll: totals.payroll[y] ?? ZERO,
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
    totals.costOfGoods[0],
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
    get operations() {
      return readOperations();
    },
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
  firstCogs: Decimal | undefined,
  duty: readonly Decimal[],
  days: Omit<Parameters<typeof workingCapital>[1], 'opening'>,
): OpeningWorkingCapital {
  const terms = scenario.finance.workingCapital;
  const firstRevenue = workspaceValue(projection.workspace, 'totalRevenue', 0) ?? ZERO;
  const firstMonthCogs = workspaceValue(projection.workspace, 'totalCogs', 0) ?? ZERO;
  const [atStart] = workingCapital(
    [
      {
        year: firstYear,
        revenue: firstRevenue.times(12),
        // The first year's duty, as a share of its cost of goods, on the first month's.
        costOfGoods: firstMonthCogs
          .times(12)
          .times(
            ONE.plus(firstCogs?.isZero() === false ? (duty[0] ?? ZERO).dividedBy(firstCogs) : ZERO),
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

/** What the cash flow reads of a run's operations, by fiscal year of its projection. */
interface OperatingTotals {
  readonly years: readonly string[];
  readonly revenue: readonly Decimal[];
  readonly costOfGoods: readonly Decimal[];
  readonly payroll: readonly Decimal[];
  /** Revenue less export revenue. */
  readonly domesticSales: () => Decimal[];
}

/** The totals as the operations' rows carry them. */
function operationsTotals(operations: readonly OperationsYear[]): OperatingTotals {
  return {
    years: operations.map((op) => op.year),
    revenue: operations.map((op) => op.revenue.amount),
    costOfGoods: operations.map((op) => op.costOfGoods.amount),
    payroll: operations.map((op) => op.headcount?.payroll.amount ?? ZERO),
    domesticSales: () => operations.map((op) => op.revenue.amount.minus(op.exportRevenue.amount)),
  };
}

/**
 * The same totals summed from the projection's run, its rows not built: the very sums the rows
 * hold (the projection's year totals add the same months in the same order), so the same digits.
 */
function runTotals(projection: ProjectionResult): OperatingTotals {
  const revenue = yearTotals(projection, 'totalRevenue');
  return {
    years: projection.fiscalYears,
    revenue,
    costOfGoods: yearTotals(projection, 'totalCogs'),
    payroll:
      projection.plan.headcount === undefined
        ? projection.fiscalYears.map(() => ZERO)
        : yearTotals(projection, 'payroll'),
    domesticSales: () => {
      const exports = yearTotals(projection, 'totalExportRevenue');
      return revenue.map((r, y) => r.minus(exports[y] ?? ZERO));
    },
  };
}
