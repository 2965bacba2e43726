import { ZERO } from '../../core/decimal.js';
import type { ProjectionResult } from '../../projection/runProjection.js';
import { fiscalYearRange, fiscalYearStart, horizonYears } from '../_lib/fiscalYears.js';
import { openingRunRateScenario } from '../baseline.js';
import type { Scenario } from '../scenario.js';
import { checkCovered } from './_lib/coverage.js';
import { compileCore, type FloatCore, MAX_LAG, SCALAR } from './_lib/floatCore.js';
import { payback, xirr, xnpv } from './_lib/floatValuation.js';
import { datesOfFlows } from './_lib/flowDates.js';
import { resolveParsed, type Setter, scalarsOf, setterOf } from './_lib/modelInputs.js';
import { runFloatCore } from './_lib/runFloatCore.js';
import { ScenarioModelError } from './errors.js';
import { scopeOfScenario } from './exactScenarioModel.js';
import { parseScenarioOutput, type ScenarioOutput } from './scenarioFigures.js';
import type { ScenarioModel, ScenarioModelOptions } from './scenarioModel.js';

/** The first month's demand of each segment, as the baseline needs it before the plan runs. */
function placeholderProjection(core: FloatCore): ProjectionResult {
  return {
    total: { monthly: [{ period: core.plan.horizon.months[0] }] },
    segments: core.plan.segments.map(() => ({ monthly: [{ demand: ZERO }] })),
  } as unknown as ProjectionResult;
}

/**
 * Compiles a whole plan once for fast float64 evaluation (backend `float64`): the projection
 * (the projection equations specialised to float64, in one reused workspace), the investment
 * schedule with book and Income-tax depreciation (linear in each investment's total), PLI per
 * enrolment and year (rules, versions, scheme years, thresholds, rates, caps and the first-year
 * part resolved once as the exact path resolves them), sharing, the P&L with tax, losses carried
 * forward and deferred tax, working capital, free cash flow with the PLI disbursement lag, and
 * the dated valuation (XNPV, mid-year or year-end, terminal value, incremental against the
 * opening run-rate baseline, XIRR, payback). `evaluate` allocates nothing per call (apart from
 * a segment's demand curve when its inputs change).
 *
 * Inputs it can vary: projection numbers (prices, costs, volumes, FX, capacity, headcount),
 * `investments[…].total`, tax rate, discount rate, terminal growth, operating costs, working
 * capital days and opening, `pli.disbursementLagYears`. Anything else — a structural field, or
 * a scenario feature the float64 model does not cover — fails at compile with `UNSUPPORTED`
 * naming it, never a silently wrong number. Agrees with {@link exactScenarioModel} to 1e-9
 * relative on every output (tested on the seed and its variants).
 *
 * @param scenario - a scenario parsed by `parseScenario` (its variants are not evaluated)
 * @param options - input paths and output names (see `ScenarioModel`)
 * @returns the model
 * @throws {ScenarioModelError} `UNKNOWN_INPUT`, `NOT_A_NUMERIC_INPUT`, `UNKNOWN_OUTPUT`, `UNSUPPORTED`
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const options = { inputs: ['fx.USD.rate'], outputs: ['npv.withPli'] };
 * const fast = compileScenarioModel(parseScenario(seedJson), options);
 * const exact = exactScenarioModel(seedJson, options);
 * const [a, b] = [new Float64Array(1), new Float64Array(1)];
 * fast.evaluate(Float64Array.of(80), a); // the NPV with PLI at ₹80 to the dollar, ₹ crore
 * exact.evaluate(Float64Array.of(80), b);
 * Math.abs(a[0]! - b[0]!) <= 1e-9 * Math.abs(b[0]!) //=> true
 * ```
 */
export function compileScenarioModel(
  scenario: Scenario,
  options: ScenarioModelOptions,
): ScenarioModel {
  checkCovered(scenario);
  const years = fiscalYearRange(scenario.horizon.start, horizonYears(scenario.horizon) ?? 0);
  const Y = years.length;
  const plan = compileCore(scenario, years);
  const baseline =
    scenario.baseline === undefined
      ? null
      : compileCore(openingRunRateScenario(scenario, placeholderProjection(plan)), years);
  const volumeSlots = Int32Array.from(
    baseline?.plan.segments.map(
      (_, s) => baseline.plan.slots.index.get(`segments[${s}].volume.value`) ?? -1,
    ) ?? [],
  );
  const inputs = Object.freeze([...options.inputs]);
  const setters = inputs.map((path) => setterOf(scenario, plan, baseline, path));
  const base = Float64Array.from(inputs, (path) => resolveParsed(scenario, path).value);
  const scalars = scalarsOf(scenario);
  const scope = scopeOfScenario(scenario, years);
  const outputs: ScenarioOutput[] = options.outputs.map((n) => parseScenarioOutput(n, scope));

  const finance = scenario.finance;
  const { rows: rowTimes, terminal: terminalTime } = datesOfFlows(
    years,
    MAX_LAG,
    finance.convention,
    finance.valuationDate ?? scenario.meta.asOf,
  );
  const method = finance.terminalValue.method;
  const flows = new Float64Array(Y + MAX_LAG);
  const irrFlows = new Float64Array(Y + MAX_LAG + 2);
  const irrTimes = new Float64Array(Y + MAX_LAG + 2);
  const fromStart = new Float64Array(Y + MAX_LAG + 1);
  const terminalOf = (c: FloatCore): number => {
    const assets = (c.totalsOut[3] as number) + (c.totalsOut[4] as number);
    if (method === 'none') return 0;
    if (method === 'net-assets') return assets;
    const g = scalars[SCALAR.growth] as number;
    const r = scalars[SCALAR.discountRate] as number;
    const t = scalars[SCALAR.taxRate] as number;
    const nopat = (c.ebit[Y - 1] as number) * (1 + g) * (1 - t);
    return (nopat - g * assets) / (r - g);
  };
  // Valuation results of the last evaluation: npv with, without, irr, payback.
  const value = new Float64Array(4);
  const valuate = (withPli: boolean): void => {
    const r = scalars[SCALAR.discountRate] as number;
    const rows = withPli ? (plan.totalsOut[0] as number) : Y;
    for (let k = 0; k < rows; k++) {
      const own = withPli ? (plan.fcfWith[k] as number) : (plan.fcfWithout[k] as number);
      const other =
        baseline === null
          ? 0
          : withPli
            ? (baseline.fcfWith[k] as number)
            : (baseline.fcfWithout[k] as number);
      flows[k] = own - other;
    }
    const tv = terminalOf(plan) - (baseline === null ? 0 : terminalOf(baseline));
    const npv = xnpv(r, flows, rowTimes, rows) + tv * Math.exp(-Math.log1p(r) * terminalTime);
    if (!withPli) {
      value[1] = npv;
      return;
    }
    value[0] = npv;
    irrFlows[0] = 0;
    irrTimes[0] = 0;
    fromStart[0] = 0;
    for (let k = 0; k < rows; k++) {
      irrFlows[k + 1] = flows[k] as number;
      irrTimes[k + 1] = rowTimes[k] as number;
      fromStart[k + 1] = flows[k] as number;
    }
    irrFlows[rows + 1] = tv;
    irrTimes[rows + 1] = terminalTime;
    value[2] = xirr(irrFlows, irrTimes, rows + 2);
    value[3] = payback(fromStart, rows + 1);
  };

  const CRORE = 1e7;
  const yearIndex = (year: string) => years.indexOf(year);
  const enrolmentIndex = (id: string) => plan.enrolments.findIndex((e) => e.id === id);
  const readerOf = (o: ScenarioOutput): ((c: FloatCore) => number) => {
    switch (o.kind) {
      case 'npv':
        return o.which === 'withoutPli'
          ? () => (value[1] as number) / CRORE
          : () => (value[0] as number) / CRORE;
      case 'irr':
        return () => value[2] as number;
      case 'payback':
        return () => value[3] as number;
      case 'pliTotal':
        return (c) => (c.totalsOut[2] as number) / CRORE;
      case 'pli':
      case 'pliPaid': {
        const at = enrolmentIndex(o.enrolment) * Y + yearIndex(o.year);
        return o.kind === 'pli'
          ? (c) => (c.incentive[at] as number) / CRORE
          : (c) => c.pliPaid[at] as number;
      }
      case 'yearly': {
        const y = yearIndex(o.year);
        switch (o.metric) {
          case 'ebitda':
            return (c) => (c.ebitda[y] as number) / CRORE;
          case 'pat':
            return (c) => (c.pat[y] as number) / CRORE;
          case 'revenue':
            return (c) => (c.revenue[y] as number) / CRORE;
          case 'units':
            return (c) => c.units[y] as number;
          case 'headcount':
            return (c) => c.headcount[y] as number;
          case 'freeCashFlow': {
            const k =
              y >= 0 ? y : (fiscalYearStart(o.year) ?? 0) - (fiscalYearStart(years[0] ?? '') ?? 0);
            return (c) =>
              k < (c.totalsOut[0] as number) ? (c.fcfWith[k] as number) / CRORE : Number.NaN;
          }
        }
      }
    }
    return () => Number.NaN;
  };
  const readers = outputs.map(readerOf);

  return Object.freeze({
    backend: 'float64' as const,
    inputs,
    base,
    outputs: Object.freeze([...options.outputs]),
    evaluate(values: Float64Array, out: Float64Array): void {
      for (let i = 0; i < setters.length; i++) {
        const s = setters[i] as Setter;
        const v = values[i] as number;
        if (s.kind === 'scalar') scalars[s.index] = v;
        else if (s.kind === 'investment') plan.totals[s.index] = v;
        else {
          plan.params[s.slot] = v;
          if (baseline !== null && s.baselineSlot >= 0) baseline.params[s.baselineSlot] = v;
        }
      }
      const lag = scalars[SCALAR.lag] as number;
      if (!(Number.isInteger(lag) && lag >= 0 && lag <= MAX_LAG)) {
        throw new ScenarioModelError(
          'INVALID_VALUE',
          'pli.disbursementLagYears',
          `pli.disbursementLagYears must be a whole number of years from 0 to ${MAX_LAG}, got ${lag}`,
        );
      }
      runFloatCore(plan, scalars);
      if (baseline !== null) {
        for (let s = 0; s < volumeSlots.length; s++)
          baseline.params[volumeSlots[s] as number] = plan.ws.demand[s] as number;
        runFloatCore(baseline, scalars);
      }
      valuate(true);
      valuate(false);
      for (let i = 0; i < readers.length; i++)
        out[i] = (readers[i] as (c: FloatCore) => number)(plan);
    },
  });
}
