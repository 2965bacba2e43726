import {
  createFloatWorkspace,
  type FloatWorkspace,
} from '../../../projection/_lib/floatEquations.js';
import { compileParsedProjection } from '../../../projection/compile.js';
import type { CompiledProjection } from '../../../projection/compiledProjection.js';
import { projectionInputOf } from '../../_lib/projectionInput.js';
import { investmentsByYear } from '../../investments.js';
import type { Scenario } from '../../scenario.js';
import { taxDepreciationByYear } from '../../taxDepreciationByYear.js';
import { compileEnrolment, type FloatEnrolment } from './floatEnrolment.js';
import { compileSharing, type FloatSharing } from './floatSharing.js';

/** Scalar parameters of a plan, shared by the plan and its baseline: indexes into `scalars`. */
export const SCALAR = Object.freeze({
  taxRate: 0,
  discountRate: 1,
  growth: 2,
  lag: 3,
  shareOfRevenue: 4,
  fixedPerYear: 5,
  fixedYearlyChange: 6,
  receivableDays: 7,
  inventoryDays: 8,
  payableDays: 9,
  /** NaN: derived from the days on the first month's run-rate. */
  opening: 10,
  gst: 11,
});
export const SCALARS = 12;
/** The most years PLI can be received after the horizon (the schema's limit on the lag). */
export const MAX_LAG = 5;

/** One investment's figures per unit of its base total, by horizon year (rupees). */
interface UnitInvestment {
  readonly total: number;
  readonly capex: Float64Array;
  readonly depreciation: Float64Array;
  readonly taxDepreciation: Float64Array;
  readonly netAssets: number;
  /**
   * Phased by amounts, not shares: its spend is not proportional to its total, so the figures
   * hold at its own total only (the model refuses to vary it).
   */
  readonly byAmounts: boolean;
}

/**
 * One scenario (the plan, or its baseline) compiled for float64 evaluation, with the workspace
 * every figure of an evaluation is written into. `run` allocates nothing.
 */
export interface FloatCore {
  readonly Y: number;
  readonly S: number;
  readonly plan: CompiledProjection;
  readonly ws: FloatWorkspace;
  /** The projection's parameter vector (changed in place by the model). */
  readonly params: Float64Array;
  /** The parameters the workspace was last computed from (NaN before the first run). */
  readonly ran: Float64Array;
  readonly investments: readonly UnitInvestment[];
  /** Per investment: its total now (rupees), set by the model. */
  readonly totals: Float64Array;
  /**
   * What the opening position adds whatever the plan's totals: its net block's book and tax
   * depreciation by year and its closing net block.
   */
  readonly opening: {
    readonly depreciation: Float64Array;
    readonly taxDepreciation: Float64Array;
    readonly netAssets: number;
  };
  readonly enrolments: readonly FloatEnrolment[];
  readonly sharing: FloatSharing | null;
  readonly hasHeadcount: boolean;
  readonly monthStart: Int32Array;
  readonly monthEnd: Int32Array;
  // Results of the last run.
  readonly revenue: Float64Array;
  readonly units: Float64Array;
  readonly cogs: Float64Array;
  readonly payroll: Float64Array;
  readonly headcount: Float64Array;
  readonly segRevenue: Float64Array;
  readonly segUnits: Float64Array;
  readonly incentive: Float64Array;
  readonly pliPaid: Float64Array;
  readonly cumulative: Float64Array;
  readonly capex: Float64Array;
  readonly depreciation: Float64Array;
  readonly taxDepreciation: Float64Array;
  readonly earned: Float64Array;
  readonly paidToPartners: Float64Array;
  readonly companyShare: Float64Array;
  readonly ebitda: Float64Array;
  readonly pat: Float64Array;
  readonly ebit: Float64Array;
  readonly taxWith: Float64Array;
  readonly taxWithout: Float64Array;
  readonly wcChange: Float64Array;
  /** Free cash flow with PLI: the horizon, then the years that collect late PLI. */
  readonly fcfWith: Float64Array;
  readonly fcfWithout: Float64Array;
  /** [rows of fcfWith, terminal value, PLI total, net assets, last working capital]. */
  readonly totalsOut: Float64Array;
}

const toNumbers = (list: readonly { amount: { toNumber(): number } }[]) =>
  Float64Array.from(list, (m) => m.amount.toNumber());

/**
 * Compiles one scenario: its projection (the float64-specialised equations, one workspace),
 * each investment's capex, book and tax depreciation and net assets per unit of its total (all
 * linear in the total: the schedule phases shares of it, straight-line and written-down-value
 * depreciation are linear in the spend), its PLI enrolments and sharing.
 *
 * @internal
 */
export function compileCore(scenario: Scenario, years: readonly string[]): FloatCore {
  const Y = years.length;
  const all = investmentsByYear(scenario, years);
  const investments = scenario.investments.map((inv): UnitInvestment => {
    const profile = inv.profile as unknown;
    // Phased by amounts: exact at its own total, which the model then refuses to vary.
    const byAmounts =
      typeof profile === 'object' &&
      profile !== null &&
      JSON.stringify(profile).includes('"amount"');
    // The investment alone, without the opening position (added once, as `opening`).
    const alone: Scenario = { ...scenario, investments: [inv] };
    delete (alone as { opening?: unknown }).opening;
    const figures = investmentsByYear(alone, years);
    const total = figures.total.amount.toNumber();
    const per = (a: Float64Array) => a.map((x) => x / total);
    return {
      total,
      capex: per(toNumbers(figures.years.map((r) => r.capex))),
      depreciation: per(toNumbers(figures.years.map((r) => r.depreciation))),
      taxDepreciation: per(
        toNumbers(taxDepreciationByYear(alone, figures, years).map((r) => r.depreciation)),
      ),
      netAssets: figures.closingNetAssets.amount.toNumber() / total,
      byAmounts,
    };
  });
  const before: Scenario = { ...scenario, investments: [] };
  const beforeFigures = investmentsByYear(before, years);
  const opening = {
    depreciation: toNumbers(beforeFigures.years.map((r) => r.depreciation)),
    taxDepreciation: toNumbers(
      taxDepreciationByYear(before, beforeFigures, years).map((r) => r.depreciation),
    ),
    netAssets: beforeFigures.closingNetAssets.amount.toNumber(),
  };
  const openingInvested = (e: { readonly investments: readonly string[] }) =>
    e.investments.reduce(
      (a, id) =>
        a + (scenario.opening?.investments.find((x) => x.id === id)?.amount.amount.toNumber() ?? 0),
      0,
    );
  const plan = compileParsedProjection(projectionInputOf(scenario), { tranches: all.completion });
  const S = plan.segments.length;
  const M = plan.horizon.months.length;
  const monthStart = new Int32Array(Y).fill(M);
  const monthEnd = new Int32Array(Y).fill(-1);
  for (let m = 0; m < M; m++) {
    const y = plan.horizon.yearOfMonth[m] as number;
    if (m < (monthStart[y] as number)) monthStart[y] = m;
    if (m > (monthEnd[y] as number)) monthEnd[y] = m;
  }
  const section = scenario.pli;
  const segmentIndex = (id: string) => plan.segments.findIndex((s) => s.id === id);
  const investmentIndex = (id: string) => scenario.investments.findIndex((x) => x.id === id);
  const enrolments =
    section?.enrolments.map((e) =>
      compileEnrolment(
        e,
        section,
        segmentIndex,
        investmentIndex,
        years,
        plan.horizon.months,
        openingInvested(e),
      ),
    ) ?? [];
  const sharing =
    section === undefined
      ? null
      : compileSharing(
          section,
          section.enrolments.map((e) =>
            e.segments.map((s) => (typeof s === 'string' ? s : s.segment)),
          ),
        );
  const E = enrolments.length;
  const f = (n: number) => new Float64Array(n);
  return {
    Y,
    S,
    plan,
    // Lean: the model reads no figure in USD and no component's cost of goods.
    ws: createFloatWorkspace(plan, { lean: true }),
    params: Float64Array.from(plan.slots.values, (d) => d.toNumber()),
    ran: new Float64Array(plan.slots.values.length).fill(Number.NaN),
    investments,
    totals: Float64Array.from(investments, (i) => i.total),
    opening,
    enrolments,
    sharing,
    hasHeadcount: plan.headcount !== undefined,
    monthStart,
    monthEnd,
    revenue: f(Y),
    units: f(Y),
    cogs: f(Y),
    payroll: f(Y),
    headcount: f(Y),
    segRevenue: f(Y * S),
    segUnits: f(Y * S),
    incentive: f(E * Y),
    pliPaid: f(E * Y),
    cumulative: f(Y),
    capex: f(Y),
    depreciation: f(Y),
    taxDepreciation: f(Y),
    earned: f(Y),
    paidToPartners: f(Y),
    companyShare: f(Y),
    ebitda: f(Y),
    pat: f(Y),
    ebit: f(Y),
    taxWith: f(Y),
    taxWithout: f(Y),
    wcChange: f(Y),
    fcfWith: f(Y + MAX_LAG),
    fcfWithout: f(Y),
    totalsOut: f(5),
  };
}
