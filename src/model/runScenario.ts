import { addMonths } from 'date-fns/addMonths';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { ONE, ZERO } from '../core/decimal.js';
import { decimalKey } from '../core/decimalParts.js';
import { prepareXnpv } from '../finance/prepareXnpv.js';
import { inr } from '../money/constructors.js';
import type { Money } from '../money/money.js';
import { compileParsedProjection } from '../projection/compile.js';
import { type ProjectionResult, runProjection } from '../projection/runProjection.js';
import type { TaxDepreciationYear } from '../schedule/taxDepreciation.js';
import { parseFiscalYear } from '../time/parseFiscalYear.js';
import { endOf, startOf } from '../time/startOf.js';
import { fiscalYearRange, horizonYears } from './_lib/fiscalYears.js';
import { projectionInputOf } from './_lib/projectionInput.js';
import { type SharedRuns, sharedRuns } from './_lib/sharedRuns.js';
import { actualsOutturn } from './actuals.js';
import { openingRunRateOf } from './baseline.js';
import { customsDutyByYear } from './customsDuty.js';
import { type FinanceChainInputs, financeChain } from './financeChain.js';
import type { FreeCashFlowYear } from './freeCashFlow.js';
import { type InvestmentFigures, investmentsByYear } from './investments.js';
import { operationsByYear } from './operations.js';
import { type OutturnValuer, planOutturn } from './outturn.js';
import { ownershipShares } from './ownership.js';
import { pliByYear } from './pli.js';
import type { ProfitAndLossYear } from './profitAndLoss.js';
import type { Scenario } from './scenario.js';
import { taxRateOf } from './scenarioFinance.js';
import { openingPosition } from './scenarioOpening.js';
import { type StateIncentiveLines, stateIncentiveLines } from './stateIncentiveLines.js';
import { answerRevenueTarget, answerTargetRatios, checkScenarioTargets } from './targets.js';
import { taxDepreciationByYear } from './taxDepreciationByYear.js';
import type { TerminalValue } from './terminalValue.js';
import type {
  IncrementalFlowYear,
  OpeningWorkingCapital,
  OperationsYear,
  PliResult,
  ScenarioResult,
  ScenarioValuation,
} from './types.js';
import { type DatedValuation, type FlowConvention, valueDatedFlows } from './valuation.js';
import { type WorkingCapitalYear, workingCapital } from './workingCapital.js';

/**
 * Runs a whole plan: composes the projection (revenue, capacity, headcount), the investment
 * schedule (capex, cumulative investment, depreciation), the PLI engine (each enrolment
 * evaluated on net sales and cumulative investment derived from the plan, then shared with the
 * partners) and the finance functions (NPV, IRR, payback) into one {@link ScenarioResult}:
 * operations by fiscal year and segment, the P&L with PLI as its own line, working capital,
 * free cash flow with the PLI received after its disbursement lag, the plan's value with and
 * without PLI, and the stated targets checked with their binding constraints.
 *
 * Tax is computed on the Income-tax Act's depreciation (blocks of assets, written-down value),
 * with deferred tax in the P&L and current tax in the cash flow. The value is dated: flows are
 * discounted to `finance.valuationDate` (default `meta.asOf`) with XNPV, at each year's end or
 * middle (`finance.convention`), the terminal value kept apart. With a `baseline` the headline
 * valuation is of the increment — plan minus baseline cash flows — the value of the investment;
 * without one it is the value of the whole business, and the result says so.
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
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const result = runScenario(parseScenario(seedJson));
 * formatMoney(result.operations.at(-1)!.revenue, { unit: 'crore', decimals: 0 }) //=> '₹22,821 crore' (FY2025-26)
 * ```
 */
export function runScenario(scenario: Scenario): ScenarioResult {
  const shared = sharedRuns();
  const core = runCore(scenario, shared);
  const fixedBaseline = variantBaseline(scenario, shared);
  const baselineOf = (s: Scenario, c: Core): Core | null => {
    if (s.baseline === undefined) return null;
    if ('variant' in s.baseline) return fixedBaseline;
    // The baseline keeps the plan's prices, costs and FX: its projection takes their path.
    return runCore(openingRunRate(s, c.projection, shared), shared, c.projection);
  };
  const variants = scenario.variants.map((v) => {
    const vc = runCore(v.scenario, shared);
    return {
      id: v.id,
      name: v.name,
      description: v.description,
      result: assemble(v.scenario, vc, baselineOf(v.scenario, vc), [], shared),
    };
  });
  return assemble(scenario, core, baselineOf(scenario, core), variants, shared);
}

/** The core run of the variant a scenario names as its baseline, or null. */
function variantBaseline(scenario: Scenario, shared: SharedRuns): Core | null {
  const b = scenario.baseline;
  if (b === undefined || !('variant' in b)) return null;
  const v = scenario.variants.find((x) => x.id === b.variant);
  return v === undefined ? null : runCore({ ...v.scenario, baseline: undefined }, shared);
}

/**
 * The opening-run-rate baseline of a scenario, its derived sections shared between runs whose
 * projection and plants, segments and headcount are the same objects — so a variant that
 * changes only its PLI terms finds the base's baseline projection and schedule already run.
 */
function openingRunRate(s: Scenario, projection: ProjectionResult, shared: SharedRuns): Scenario {
  // The first month read where the projection computed it: building every segment's monthly
  // rows to read one month of each cost more than the baseline's own PLI evaluation.
  const ws = projection.workspace;
  const baseline = openingRunRateOf(s, {
    month: projection.months[0],
    demand: s.segments.map((_, i) => ws.demand[i] ?? ZERO),
  });
  const derived = shared.once(
    'opening-run-rate',
    [projection, s.segments, s.plants, s.headcount],
    () => baseline,
  );
  return {
    ...baseline,
    segments: derived.segments,
    plants: derived.plants,
    investments: derived.investments,
    ...(derived.headcount === undefined ? {} : { headcount: derived.headcount }),
    stateIncentives: derived.stateIncentives,
    targets: derived.targets,
  };
}

/** Everything but the valuation: one scenario run through the layers. */
interface Core {
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
 */
function runCore(scenario: Scenario, shared: SharedRuns, pricesFrom?: ProjectionResult): Core {
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
      runProjection(
        compileParsedProjection(projectionInputOf(scenario), { tranches: investment.completion }),
        pricesFrom === undefined ? {} : { pricesFrom },
      ),
  );
  const operations = shared.once(
    'operations',
    [projection, scenario.plants, scenario.invoiceBands],
    () => operationsByYear(scenario, projection),
  );
  const pli = pliByYear(scenario, operations, investment, years, undefined, projection);
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
    pliIncome: pli?.years[y]?.earned.amount ?? ZERO,
    pliPaidToPartners: pli?.years[y]?.paidToPartners.amount ?? ZERO,
  }));
  const taxRate = taxRateOfScenario(scenario);
  const terms = scenario.finance.workingCapital;
  const days = {
    receivableDays: terms.receivableDays,
    inventoryDays: terms.inventoryDays,
    payableDays: terms.payableDays,
    ...(terms.gstOnReceivables === undefined ? {} : { gstOnReceivables: terms.gstOnReceivables }),
  };
  // The run-rate at the start: the first month's revenue and cost of goods, a year of them (read
  // from the workspace: the monthly rows are built only when a caller reads them).
  const firstRevenue = projection.workspace.totalRevenue[0] ?? ZERO;
  const firstCogs = projection.workspace.totalCogs[0] ?? ZERO;
  const [atStart] = workingCapital(
    [
      {
        year: years[0] ?? '',
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
  const openingWc: OpeningWorkingCapital = {
    used: inr(stated ?? fromDays),
    fromDays: inr(fromDays),
    stated: stated === null ? null : inr(stated),
    difference: stated === null ? null : inr(stated.minus(fromDays)),
  };
  const tvMethod = scenario.finance.terminalValue;
  const chainInputs: FinanceChainInputs = {
    operating,
    capex: years.map((_, y) => investment.years[y]?.capex.amount ?? ZERO),
    pliReceived: (pli?.years ?? years.map((year) => ({ year, received: inr(ZERO) }))).map((p) => ({
      year: p.year,
      amount: p.received.amount,
    })),
    stateIncentivesReceived: state.capitalReceived.map((r) => {
      const y = years.indexOf(r.year);
      return { year: r.year, amount: r.amount.plus(y < 0 ? ZERO : (state.income[y] ?? ZERO)) };
    }),
    workingCapital: { ...days, opening: stated ?? fromDays },
    closingNetAssets: investment.closingNetAssets.amount,
    taxRate,
    pliPaymentDeductible: pli?.sharing?.taxDeductible ?? true,
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
  return {
    years,
    projection,
    operations,
    investment,
    pli,
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

function taxRateOfScenario(scenario: Scenario) {
  const tax = scenario.finance.tax;
  return tax === undefined ? (scenario.finance.taxRate ?? ZERO) : taxRateOf(tax);
}

/** The date a fiscal year's flow is taken to arrive under the convention. */
function flowDate(year: string, convention: FlowConvention): string {
  const fy = parseFiscalYear(year);
  if (convention === 'end-of-year') return endOf(fy);
  return formatISO(addMonths(parseISO(startOf(fy)), 6), { representation: 'date' });
}

/**
 * Values a run's free cash flows (and terminal value) at the scenario's date and convention. A
 * valuation of the very same figures (a PLI-only variant's flows without PLI are the base's) is
 * shared, keyed by every figure's exact digits.
 */
function datedValuer(scenario: Scenario, years: readonly string[], shared: SharedRuns) {
  const finance = scenario.finance;
  const valuationDate = finance.valuationDate ?? scenario.meta.asOf;
  const terminalDate = endOf(parseFiscalYear(years[years.length - 1] ?? ''));
  // One prepared rate for every valuation of the run at this rate (its daily growth, once).
  const prepared = shared.once('discount-rate', [finance.discountRate], () =>
    prepareXnpv(finance.discountRate),
  );
  // Each year's flow date once for all the run's valuations (dates are parsed and formatted).
  const dates = shared.once('flow-dates', [finance.convention], () => new Map<string, string>());
  const dateOf = (year: string): string => {
    let date = dates.get(year);
    if (date === undefined) {
      date = flowDate(year, finance.convention);
      dates.set(year, date);
    }
    return date;
  };
  return (rows: readonly FreeCashFlowYear[], tv: Money<'INR'>): DatedValuation => {
    const dated = rows.map((r) => ({
      year: r.year,
      date: dateOf(r.year),
      flow: r.freeCashFlow,
    }));
    const figures = [
      decimalKey(finance.discountRate),
      valuationDate,
      finance.convention,
      terminalDate,
      decimalKey(tv.amount),
      ...dated.map((r) => `${r.year} ${r.date} ${decimalKey(r.flow.amount)}`),
    ];
    return shared.once('valuation', [figures.join('|')], () =>
      valueDatedFlows(
        { rows: dated, terminal: { date: terminalDate, value: tv } },
        finance.discountRate,
        valuationDate,
        finance.convention,
        { prepared },
      ),
    );
  };
}

/** Plan − baseline free cash flow by fiscal year (the union of both runs' years). */
function incrementOf(
  plan: readonly FreeCashFlowYear[],
  base: readonly FreeCashFlowYear[],
): IncrementalFlowYear[] {
  const labels = [...new Set([...plan.map((r) => r.year), ...base.map((r) => r.year)])].sort();
  return labels.map((year): IncrementalFlowYear => {
    const p = plan.find((r) => r.year === year)?.freeCashFlow.amount ?? ZERO;
    const b = base.find((r) => r.year === year)?.freeCashFlow.amount ?? ZERO;
    return { year, plan: inr(p), baseline: inr(b), increment: inr(p.minus(b)) };
  });
}

const asFlowRows = (list: readonly IncrementalFlowYear[]) =>
  list.map((r) => ({ year: r.year, freeCashFlow: r.increment }) as FreeCashFlowYear);

/**
 * Values any run's cash flows on the headline basis: against the baseline when there is one
 * (flows and terminal value less the baseline's), else as the whole business.
 */
function headlineValuer(
  scenario: Scenario,
  core: Core,
  baseline: Core | null,
  shared: SharedRuns,
): OutturnValuer {
  const value = datedValuer(scenario, core.years, shared);
  return (fcf, tv) =>
    baseline === null || scenario.baseline === undefined
      ? { withPli: value(fcf.withPli, tv), withoutPli: value(fcf.withoutPli, tv) }
      : {
          withPli: value(
            asFlowRows(incrementOf(fcf.withPli, baseline.fcf.withPli)),
            inr(tv.amount.minus(baseline.terminal.value.amount)),
          ),
          withoutPli: value(
            asFlowRows(incrementOf(fcf.withoutPli, baseline.fcf.withoutPli)),
            inr(tv.amount.minus(baseline.terminal.value.amount)),
          ),
        };
}

function valuationOf(
  scenario: Scenario,
  core: Core,
  baseline: Core | null,
  shared: SharedRuns,
): ScenarioValuation {
  const finance = scenario.finance;
  const valuationDate = finance.valuationDate ?? scenario.meta.asOf;
  const convention = finance.convention;
  const value = datedValuer(scenario, core.years, shared);
  const business = {
    withPli: value(core.fcf.withPli, core.terminal.value),
    withoutPli: value(core.fcf.withoutPli, core.terminal.value),
  };
  const common = {
    terminalMethod: finance.terminalValue.method,
    valuationDate,
    convention,
    terminal: core.terminal,
    business,
  };
  if (baseline === null || scenario.baseline === undefined) {
    return {
      ...common,
      basis: 'whole-business',
      baseline: null,
      withPli: business.withPli,
      withoutPli: business.withoutPli,
      incremental: null,
    };
  }
  const flows = {
    withPli: incrementOf(core.fcf.withPli, baseline.fcf.withPli),
    withoutPli: incrementOf(core.fcf.withoutPli, baseline.fcf.withoutPli),
  };
  const headline = headlineValuer(scenario, core, baseline, shared)(core.fcf, core.terminal.value);
  const b = scenario.baseline;
  return {
    ...common,
    basis: 'incremental',
    baseline:
      'variant' in b
        ? {
            kind: 'variant',
            variant: b.variant,
            description: `the variant "${scenario.variants.find((v) => v.id === b.variant)?.name ?? b.variant}"`,
            terminalValue: baseline.terminal.value,
          }
        : {
            kind: 'opening-run-rate',
            variant: null,
            description:
              'the business as it runs at the start: first-month volumes held, no new capex, capacity or teams',
            terminalValue: baseline.terminal.value,
          },
    withPli: headline.withPli,
    withoutPli: headline.withoutPli,
    incremental: flows,
  };
}

function assemble(
  scenario: Scenario,
  core: Core,
  baseline: Core | null,
  variants: ScenarioResult['variants'],
  shared: SharedRuns,
): ScenarioResult {
  const valuation = valuationOf(scenario, core, baseline, shared);
  const actuals = actualsOutturn(
    scenario,
    core.operations,
    core.investment,
    core.years,
    core.pli,
    core.projection,
  );
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
    years: core.years,
    opening:
      scenario.opening === undefined ? null : openingPosition(scenario.opening, core.operations[0]),
    operations: core.operations,
    investment: {
      total: core.investment.total,
      commitments: core.investment.commitments,
      years: core.investment.years,
    },
    pli: core.pli,
    stateIncentives: core.stateIncentives.lines,
    otherOperatingCosts: core.otherOperatingCosts,
    tax: taxSummary(scenario, core),
    profitAndLoss: core.pnl,
    workingCapital: core.wc,
    openingWorkingCapital: core.openingWc,
    cashFlow: core.fcf,
    valuation,
    owners: scenario.ownership === undefined ? null : ownersOf(scenario, core, valuation),
    targets: checkScenarioTargets(
      scenario,
      core.projection,
      core.operations,
      core.investment.years,
      core.pli,
    ),
    actuals,
    outturn:
      actuals === null
        ? null
        : planOutturn({
            years: core.years,
            plan: core.chainInputs,
            planChain: core,
            planValue: valuation,
            actuals,
            stated: scenario.actuals,
            otherCostsShareOfRevenue: scenario.operatingCosts.shareOfRevenue,
            valuer: headlineValuer(scenario, core, baseline, shared),
          }),
    answers: {
      revenue: answerRevenueTarget(scenario, core.operations),
      ratios: answerTargetRatios(scenario, core.operations),
    },
    variants,
  };
}

/** Each owner's share of the plan's profit, cash flow and headline value. */
function ownersOf(
  scenario: Scenario,
  core: Core,
  valuation: ScenarioValuation,
): ScenarioResult['owners'] {
  if (scenario.ownership === undefined) return null;
  const v = valuation.withPli;
  const flows =
    valuation.incremental === null
      ? core.fcf.withPli.map((r) => ({ year: r.year, flow: r.freeCashFlow }))
      : valuation.incremental.withPli.map((r) => ({ year: r.year, flow: r.increment }));
  return ownershipShares(scenario.ownership, {
    profitAfterTax: core.pnl.withPli.map((p) => ({ year: p.year, amount: p.profitAfterTax })),
    freeCashFlow: core.fcf.withPli.map((r) => ({ year: r.year, amount: r.freeCashFlow })),
    valuation: {
      basis: valuation.basis,
      discountRate: v.discountRate,
      valuationDate: v.valuationDate,
      rows: flows.map((f, i) => ({ ...f, date: v.dates[i] ?? v.terminalDate })),
      terminalDate: v.terminalDate,
      terminalValuePresent: v.terminalValuePresent,
      npv: v.npv,
    },
  });
}

function taxSummary(scenario: Scenario, core: Core): ScenarioResult['tax'] {
  const tax = scenario.finance.tax;
  return {
    regime: tax?.regime ?? 'stated-rate',
    rate: taxRateOfScenario(scenario),
    reason: tax?.reason ?? null,
    depreciation: core.taxDepreciation,
  };
}
