import { ZERO } from '../core/decimal.js';
import { workspaceValue } from '../projection/_lib/bigWorkspace.js';
import type { ProjectionResult } from '../projection/runProjection.js';
import { type Core, runCore, taxRateOfScenario } from './_lib/runCore.js';
import { headlineValuer, valuationOf } from './_lib/scenarioValuation.js';
import { type SharedRuns, sharedRuns } from './_lib/sharedRuns.js';
import { actualsOutturn } from './actuals.js';
import { openingRunRateOf } from './baseline.js';
import { planOutturn } from './outturn.js';
import { ownershipShares } from './ownership.js';
import type { Scenario } from './scenario.js';
import { openingPosition } from './scenarioOpening.js';
import { answerTargetRatios } from './targetRatios.js';
import { answerRevenueTarget, checkScenarioTargets } from './targets.js';
import type { ScenarioResult, ScenarioValuation } from './types.js';
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
    // Its PLI reaches no investment threshold the plan's evaluation names: known to be zero.
    return runCore(openingRunRate(s, c.projection, shared), shared, {
      projection: c.projection,
      pli: { section: s.pli, result: c.pli },
    });
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
  // The first month read where the projection computed it, value by value: building every
  // segment's monthly rows — or converting the whole demand buffer, 600 values of the seed —
  // to read one month of each costs more than the baseline's own PLI evaluation.
  const ws = projection.workspace;
  const baseline = openingRunRateOf(s, {
    month: projection.months[0],
    demand: s.segments.map((_, i) => workspaceValue(ws, 'demand', i) ?? ZERO),
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
    shared,
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
