import { type Decimal, ZERO } from '../core/decimal.js';
import { formatMoney } from '../money/formatMoney.js';
import { computedInr as inr, type Money } from '../money/money.js';
import { figureGetters, figuresWhenRead } from '../projection/_lib/lazyRows.js';
import type { SharedRuns } from './_lib/sharedRuns.js';
import type { InvestmentFigures } from './investments.js';
import { pliByYear } from './pli.js';
import { pliOutturnInputs } from './pliOutturnInputs.js';
import type { ProjectionSales } from './pliPartYear.js';
import type { Scenario } from './scenario.js';
import type { ScenarioActual } from './scenarioActuals.js';
import type { OperationsYear, PliResult } from './types.js';

/** One metric, plan against outturn, by fiscal year. */
export interface ActualsRow {
  readonly metric: 'revenue' | 'units' | 'headcount' | 'capex' | 'pli-earned';
  readonly years: readonly {
    readonly year: string;
    readonly plan: Money<'INR'> | Decimal;
    /** The actual, or null for a re-forecast (or unknown) year. */
    readonly actual: Money<'INR'> | Decimal | null;
    /** The actual where known, else the re-forecast. */
    readonly outturn: Money<'INR'> | Decimal;
    /** outturn − plan. */
    readonly variance: Money<'INR'> | Decimal;
  }[];
  readonly plan: Money<'INR'> | Decimal;
  readonly outturn: Money<'INR'> | Decimal;
  /** The ratio (last actual ÷ plan that year) the later years are re-forecast with; null: none. */
  readonly reforecastRatio: Decimal | null;
}

/** The plan against what happened. */
export interface ActualsResult {
  /** The fiscal years with actuals, in order. */
  readonly years: readonly string[];
  readonly rows: readonly ActualsRow[];
  /** The PLI picture with the actuals in and the remaining years re-forecast. */
  readonly pli: PliResult | null;
  /** How the remaining years were re-forecast, in words. */
  readonly method: string;
  readonly notes: readonly string[];
}

/** How the remaining years were re-forecast, in words. */
const METHOD =
  'Known years take the actuals; each later year is the plan × the last actual year’s ratio of actual to plan. PLI is re-evaluated: a year whose thresholds were not met earns nothing, a known amount replaces the engine’s, an enrolment’s sales in a year of known revenue move with that year’s revenue ratio, and its later sales are scaled by the last actual revenue ratio or, where only a missed threshold is known, by at most the share of plan sales that would just have missed it. The P&L, cash flow and value above are the plan’s; the outturn below carries the actuals through them.';

// The money layer's formatting, so the note reads like every other figure (Indian grouping).
const cr = (d: Decimal) => formatMoney(inr(d), { unit: 'crore', decimals: 0 });

function row(
  metric: ActualsRow['metric'],
  years: readonly string[],
  plan: readonly Decimal[],
  actual: ReadonlyMap<string, Decimal>,
  money: boolean,
): ActualsRow {
  const wrap = (d: Decimal) => (money ? inr(d) : d);
  let ratio: Decimal | null = null;
  const out = years.map((year, y) => {
    const p = plan[y] ?? ZERO;
    const a = actual.get(year);
    if (a !== undefined) ratio = p.isZero() ? null : a.dividedBy(p);
    const outturn = a ?? (ratio === null ? p : p.times(ratio));
    return {
      year,
      plan: wrap(p),
      actual: a === undefined ? null : wrap(a),
      outturn: wrap(outturn),
      variance: wrap(outturn.minus(p)),
    };
  });
  const total = (f: (x: (typeof out)[number]) => Money<'INR'> | Decimal) =>
    wrap(out.reduce((s, x) => s.plus(money ? (f(x) as Money).amount : (f(x) as Decimal)), ZERO));
  return {
    metric,
    years: out,
    plan: total((x) => x.plan),
    outturn: total((x) => x.outturn),
    reforecastRatio: ratio,
  };
}

/**
 * The plan against what happened: each metric with actuals (revenue, units, closing headcount,
 * capex) by fiscal year — the actual where known, else the plan × the last actual year's ratio
 * of actual to plan (the re-forecast) — with its variance to plan; and the PLI re-evaluated with
 * the reported outcomes ("thresholds not met" earns nothing, a known amount replaces the
 * engine's) and the remaining years re-forecast: an enrolment's later sales are the plan's × the
 * last actual year's revenue ratio, or, where only a missed threshold is known, × at most the
 * share of plan sales that year that would have just missed it (1 − the fall that loses it).
 *
 * @param projection - the plan's projection, so a part first year is claimed on its months' sales
 *   as in the plan
 * @param shared - the run's shared results (the PLI re-evaluation finds the plan's rules there)
 * @returns null when the scenario has no actuals
 */
export function actualsOutturn(
  scenario: Scenario,
  operations: readonly OperationsYear[],
  investment: InvestmentFigures,
  years: readonly string[],
  planPli: PliResult | null,
  projection?: ProjectionSales,
  shared?: SharedRuns,
): ActualsResult | null {
  const actuals = [...scenario.actuals].sort(
    (a, b) => years.indexOf(a.year) - years.indexOf(b.year),
  );
  if (actuals.length === 0) return null;
  const result = figuresWhenRead(
    { years: actuals.map((a) => a.year) },
    FIGURE_GETTERS,
    { scenario, inputs: { actuals, operations, investment, years, planPli, projection, shared } },
    ({ scenario: s, inputs }) => actualsFigures(s, inputs),
  );
  // The method in its place between the PLI and the notes, worked out by the same call.
  return Object.defineProperties(
    Object.assign(result, { method: METHOD }),
    NOTES_GETTER,
  ) as unknown as ActualsResult;
}

type ActualsFigures = Pick<ActualsResult, 'rows' | 'pli' | 'notes'>;

/**
 * The rows, the re-evaluated PLI and the notes as the result's own getters, worked out together
 * when a report (or the outturn) first reads one: the PLI re-evaluation is most of an outturn's
 * cost, and a run that no one reports on never pays it. The same functions for every result,
 * so each keeps one hidden class; they read the plan's run and the scenario's actuals, fixed
 * when the plan ran — the very figures an eager result gives (and then let them go: a result
 * read in full keeps what an eager one kept).
 */
const FIGURE_GETTERS = figureGetters<ActualsFigures>(['rows', 'pli']);
const NOTES_GETTER = figureGetters<ActualsFigures>(['notes']);

/** What {@link actualsFigures} reads of the plan's run. */
interface ActualsInputs {
  /** The scenario's actuals, in the order of the years. */
  readonly actuals: readonly ScenarioActual[];
  readonly operations: readonly OperationsYear[];
  readonly investment: InvestmentFigures;
  readonly years: readonly string[];
  readonly planPli: PliResult | null;
  readonly projection: ProjectionSales | undefined;
  readonly shared: SharedRuns | undefined;
}

/** The actuals' rows, the PLI re-evaluated with them and the notes (see {@link actualsOutturn}). */
function actualsFigures(
  scenario: Scenario,
  { actuals, operations, investment, years, planPli, projection, shared }: ActualsInputs,
): Pick<ActualsResult, 'rows' | 'pli' | 'notes'> {
  const byMetric = (f: (a: ScenarioActual) => Decimal | undefined) =>
    new Map(actuals.flatMap((a) => (f(a) === undefined ? [] : [[a.year, f(a) as Decimal]])));
  const rows: ActualsRow[] = [];
  const revenue = byMetric((a) => a.revenue?.amount);
  if (revenue.size > 0)
    rows.push(
      row(
        'revenue',
        years,
        operations.map((o) => o.revenue.amount),
        revenue,
        true,
      ),
    );
  const units = byMetric((a) => a.units);
  if (units.size > 0)
    rows.push(
      row(
        'units',
        years,
        operations.map((o) => o.units),
        units,
        false,
      ),
    );
  const heads = byMetric((a) => a.headcount);
  if (heads.size > 0) {
    const plan = operations.map((o) => o.headcount?.closing ?? ZERO);
    rows.push(row('headcount', years, plan, heads, false));
  }
  const capex = byMetric((a) => a.capex?.amount);
  if (capex.size > 0) {
    const plan = investment.years.map((y) => y.capex.amount);
    rows.push(row('capex', years, plan, capex, true));
  }
  const revenueRatio = rows.find((r) => r.metric === 'revenue')?.reforecastRatio ?? null;
  const outturnInputs = pliOutturnInputs(
    actuals,
    years,
    operations,
    revenue,
    revenueRatio,
    planPli,
  );
  const pli = pliByYear(scenario, operations, investment, years, outturnInputs, projection, shared);
  if (planPli !== null && pli !== null) {
    const plan = years.map((_, y) => planPli.years[y]?.earned.amount ?? ZERO);
    const known = new Map<string, Decimal>();
    for (const a of actuals) {
      if (a.pli.length > 0) {
        known.set(a.year, pli.years[years.indexOf(a.year)]?.earned.amount ?? ZERO);
      }
    }
    const r = row('pli-earned', years, plan, known, true);
    // The PLI outturn after the actuals is the re-evaluation, not a ratio of the plan.
    rows.push({
      ...r,
      years: r.years.map((x, y) => {
        const outturn = pli.years[y]?.earned.amount ?? ZERO;
        return { ...x, outturn: inr(outturn), variance: inr(outturn.minus(plan[y] ?? ZERO)) };
      }),
      outturn: inr(years.reduce((s, _, y) => s.plus(pli.years[y]?.earned.amount ?? ZERO), ZERO)),
      reforecastRatio: null,
    });
  }
  const scaleNotes = [...outturnInputs.salesScale.entries()]
    .filter(([, s]) => s.after < years.length - 1)
    .map(
      ([id, s]) =>
        `${id}: sales after ${years[s.after]} re-forecast at ${s.ratio.times(100).toFixed(1)}% of the plan's`,
    );
  return {
    rows,
    pli,
    notes: [
      ...scaleNotes,
      ...actuals.map(
        (a) =>
          `${a.year} (${a.confidence}; ${a.sources.join(', ')})${a.note === undefined ? '' : `: ${a.note}`}`,
      ),
      ...(pli === null ? [] : [`PLI earned after the actuals: ${cr(pli.total.amount)}`]),
    ],
  };
}
