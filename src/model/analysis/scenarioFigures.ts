import type { Decimal } from '../../core/decimal.js';
import { fiscalYearLabel, fiscalYearStart } from '../_lib/fiscalYears.js';
import type { ScenarioResult } from '../types.js';
import { ScenarioModelError } from './errors.js';

/** The figures a whole-plan model reports by fiscal year. */
export type YearlyMetric = 'ebitda' | 'pat' | 'freeCashFlow' | 'revenue' | 'units' | 'headcount';

/** An output name, read: what it is and, for yearly figures, of which year (and enrolment). */
export type ScenarioOutput =
  | { readonly kind: 'npv'; readonly which: 'withPli' | 'withoutPli' | 'incremental' }
  | { readonly kind: 'irr' | 'payback' | 'pliTotal' }
  | { readonly kind: 'pli' | 'pliPaid'; readonly enrolment: string; readonly year: string }
  | { readonly kind: 'yearly'; readonly metric: YearlyMetric; readonly year: string };

const YEARLY: readonly YearlyMetric[] = [
  'ebitda',
  'pat',
  'freeCashFlow',
  'revenue',
  'units',
  'headcount',
];
const NAME =
  /^(?:(npv)\.(withPli|withoutPli|incremental)|(irr|payback|pliTotal)|(pli|pliPaid)\[([^\]]+)\]@(FY\d{4}-\d{2})|([A-Za-z]+)@(FY\d{4}-\d{2}))$/;

/** The horizon years and enrolments an output name may refer to. */
export interface ScenarioOutputScope {
  /** The horizon's fiscal years. */
  readonly years: readonly string[];
  /** The PLI enrolment ids. */
  readonly enrolments: readonly string[];
  /** Whether the scenario has a baseline (`npv.incremental` needs one). */
  readonly hasBaseline: boolean;
}

/** Years after the horizon whose free cash flow can exist (PLI received late): the lag's limit. */
const LATE_YEARS = 5;

/**
 * Reads an output name of a whole-plan model and checks it against the scenario: `npv.withPli`,
 * `npv.withoutPli` (the headline value, as the report gives it: of the increment over the
 * baseline when the scenario has one, else of the whole business), `npv.incremental` (the
 * increment over the baseline, with PLI — only with a baseline), `irr` and `payback` (years, of
 * the headline flows with PLI), `pliTotal`, `pli[<enrolment>]@<FY>` (incentive earned),
 * `pliPaid[<enrolment>]@<FY>` (1 when the year's thresholds are met, 0 when not), and
 * `<metric>@<FY>` for `ebitda`, `pat` (with PLI), `freeCashFlow` (with PLI; also the years after
 * the horizon that collect late PLI), `revenue`, `units`, `headcount` (closing).
 *
 * @param name - an output name
 * @param scope - the scenario's years, enrolments and baseline
 * @returns the parsed output
 * @throws {ScenarioModelError} `UNKNOWN_OUTPUT` for a name, year or enrolment the scenario does
 *   not have
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const scope = outputScopeOf(runScenario(parseScenario(seedJson)));
 * parseScenarioOutput('pliPaid[lsem-domestic-mobile]@FY2023-24', scope)
 * //=> { kind: 'pliPaid', enrolment: 'lsem-domestic-mobile', year: 'FY2023-24' }
 * ```
 */
export function parseScenarioOutput(name: string, scope: ScenarioOutputScope): ScenarioOutput {
  const m = NAME.exec(name);
  const fail = (why: string): never => {
    throw new ScenarioModelError('UNKNOWN_OUTPUT', name, `output "${name}": ${why}`);
  };
  if (m === null) {
    return fail(
      `not an output name (npv.withPli, npv.withoutPli, npv.incremental, irr, payback, pliTotal, pli[<enrolment>]@<FY>, pliPaid[<enrolment>]@<FY>, ${YEARLY.map((y) => `${y}@<FY>`).join(', ')})`,
    );
  }
  const horizon = `the horizon is ${scope.years[0]}..${scope.years[scope.years.length - 1]}`;
  if (m[1] !== undefined) {
    const which = m[2] as 'withPli' | 'withoutPli' | 'incremental';
    if (which === 'incremental' && !scope.hasBaseline) fail('the scenario has no baseline');
    return { kind: 'npv', which };
  }
  if (m[3] !== undefined) return { kind: m[3] as 'irr' | 'payback' | 'pliTotal' };
  if (m[4] !== undefined) {
    const enrolment = m[5] ?? '';
    const year = m[6] ?? '';
    if (!scope.enrolments.includes(enrolment)) {
      fail(
        `no PLI enrolment "${enrolment}" (enrolments: ${scope.enrolments.join(', ') || 'none'})`,
      );
    }
    if (!scope.years.includes(year)) fail(`${year} is outside the horizon (${horizon})`);
    return { kind: m[4] as 'pli' | 'pliPaid', enrolment, year };
  }
  const metric = m[7] as YearlyMetric;
  const year = m[8] ?? '';
  if (!YEARLY.includes(metric)) fail(`unknown metric "${metric}" (${YEARLY.join(', ')})`);
  const last = fiscalYearStart(scope.years[scope.years.length - 1] ?? '') ?? 0;
  const late = Array.from({ length: LATE_YEARS }, (_, i) => fiscalYearLabel(last + 1 + i));
  if (!scope.years.includes(year) && !(metric === 'freeCashFlow' && late.includes(year))) {
    fail(`${year} is outside the horizon (${horizon})`);
  }
  return { kind: 'yearly', metric, year };
}

/** The output scope of a result. */
export function outputScopeOf(result: ScenarioResult): ScenarioOutputScope {
  return {
    years: result.years,
    enrolments: result.pli?.enrolments.map((e) => e.id) ?? [],
    hasBaseline: result.valuation.basis === 'incremental',
  };
}

const CRORE = 1e7;
const crore = (amount: Decimal): number => amount.dividedBy(CRORE).toNumber();

/**
 * One figure of an exact result, as a model reports it: money in rupees crore as a number (the
 * Decimal rounded once to the nearest float64), NaN where the figure does not exist (an IRR
 * without a sign change, a payback never reached, a year without that figure).
 *
 * @param result - a `runScenario` result
 * @param output - an output read by {@link parseScenarioOutput}
 * @returns the figure
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const result = runScenario(parseScenario(seedJson));
 * const revenue = scenarioFigure(result, parseScenarioOutput('revenue@FY2025-26', outputScopeOf(result)));
 * Math.round(revenue) //=> 22821 (₹ crore)
 * ```
 */
export function scenarioFigure(result: ScenarioResult, output: ScenarioOutput): number {
  const v = result.valuation;
  switch (output.kind) {
    case 'npv':
      if (output.which === 'incremental')
        return v.basis === 'incremental' ? crore(v.withPli.npv.amount) : Number.NaN;
      return crore(v[output.which].npv.amount);
    case 'irr':
      return v.withPli.irr.value === null ? Number.NaN : v.withPli.irr.value.toNumber();
    case 'payback':
      return v.withPli.payback.period === null ? Number.NaN : v.withPli.payback.period.toNumber();
    case 'pliTotal':
      return result.pli === null ? 0 : crore(result.pli.total.amount);
    case 'pli':
    case 'pliPaid': {
      const e = result.pli?.enrolments.find((x) => x.id === output.enrolment);
      const row = e?.years.find((r) => r.year === output.year);
      if (row === undefined) return Number.NaN;
      if (output.kind === 'pli') return crore(row.incentive.amount);
      return row.schemeYear === null ? Number.NaN : row.eligible ? 1 : 0;
    }
    case 'yearly':
      return yearlyFigure(result, output.metric, output.year);
  }
}

function yearlyFigure(result: ScenarioResult, metric: YearlyMetric, year: string): number {
  const y = result.years.indexOf(year);
  switch (metric) {
    case 'ebitda':
    case 'pat': {
      const row = result.profitAndLoss.withPli[y];
      if (row === undefined) return Number.NaN;
      return crore(metric === 'ebitda' ? row.ebitda.amount : row.profitAfterTax.amount);
    }
    case 'freeCashFlow': {
      const row = result.cashFlow.withPli.find((r) => r.year === year);
      return row === undefined ? Number.NaN : crore(row.freeCashFlow.amount);
    }
    case 'revenue':
    case 'units':
    case 'headcount': {
      const op = result.operations[y];
      if (op === undefined) return Number.NaN;
      if (metric === 'revenue') return crore(op.revenue.amount);
      if (metric === 'units') return op.units.toNumber();
      return op.headcount === null ? Number.NaN : op.headcount.closing.toNumber();
    }
  }
}

/**
 * Every figure of an exact result by output name, in order.
 *
 * @param result - a `runScenario` result
 * @param names - output names (see {@link parseScenarioOutput})
 * @returns the figures
 * @throws {ScenarioModelError} `UNKNOWN_OUTPUT`
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const [npv, pli] = scenarioFigures(runScenario(parseScenario(seedJson)), ['npv.withPli', 'pliTotal']);
 * [Math.round(npv!), Math.round(pli!)] //=> [1200, 1557] (₹ crore)
 * ```
 */
export function scenarioFigures(result: ScenarioResult, names: readonly string[]): Float64Array {
  const scope = outputScopeOf(result);
  return Float64Array.from(names, (n) => scenarioFigure(result, parseScenarioOutput(n, scope)));
}

/**
 * Every output name a scenario's result supports: the valuation figures, each enrolment's
 * incentive and threshold test by horizon year, and the yearly figures of each horizon year.
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const result = runScenario(parseScenario(seedJson));
 * allScenarioOutputs(outputScopeOf(result)).length //=> 56
 * ```
 */
export function allScenarioOutputs(scope: ScenarioOutputScope): string[] {
  return [
    'npv.withPli',
    'npv.withoutPli',
    ...(scope.hasBaseline ? ['npv.incremental'] : []),
    'irr',
    'payback',
    'pliTotal',
    ...scope.enrolments.flatMap((e) =>
      scope.years.flatMap((y) => [`pli[${e}]@${y}`, `pliPaid[${e}]@${y}`]),
    ),
    ...YEARLY.flatMap((m) => scope.years.map((y) => `${m}@${y}`)),
  ];
}
