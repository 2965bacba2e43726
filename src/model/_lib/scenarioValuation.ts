import { addMonths } from 'date-fns/addMonths';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { type Decimal, ZERO } from '../../core/decimal.js';
import { decimalKey } from '../../core/decimalParts.js';
import { datedSumKey } from '../../finance/_lib/datedRate.js';
import { discountFactors } from '../../finance/_lib/paybackOf.js';
import { prepareXnpv } from '../../finance/prepareXnpv.js';
import { inr } from '../../money/constructors.js';
import type { Money } from '../../money/money.js';
import { figureGetters, figuresWhenRead } from '../../projection/_lib/lazyRows.js';
import { parseFiscalYear } from '../../time/parseFiscalYear.js';
import { endOf, startOf } from '../../time/startOf.js';
import type { FreeCashFlowYear } from '../freeCashFlow.js';
import type { OutturnValuer } from '../outturn.js';
import type { Scenario } from '../scenario.js';
import type { IncrementalFlowYear, ScenarioValuation } from '../types.js';
import {
  type CalendarDayReader,
  calendarDayOf,
  type DatedValuation,
  type FlowConvention,
  type SharedXirr,
  type ValuationSharing,
  valueDatedFlowsSharing,
} from '../valuation.js';
import type { Core } from './runCore.js';
import type { SharedRuns } from './sharedRuns.js';

/** The date a fiscal year's flow is taken to arrive under the convention. */
function flowDate(year: string, convention: FlowConvention): string {
  const fy = parseFiscalYear(year);
  if (convention === 'end-of-year') return endOf(fy);
  return formatISO(addMonths(parseISO(startOf(fy)), 6), { representation: 'date' });
}

/** `read(key)`, kept in `values` (a run's map) the first time. */
function remembered<V>(values: Map<string, V>, read: (key: string) => V): (key: string) => V {
  return (key) => {
    let value = values.get(key);
    if (value === undefined) {
      value = read(key);
      values.set(key, value);
    }
    return value;
  };
}

/**
 * Values a run's free cash flows (and terminal value) at the scenario's date and convention. A
 * valuation of the very same figures (a PLI-only variant's flows without PLI are the base's) is
 * shared, keyed by every figure's exact digits.
 */
export function datedValuer(scenario: Scenario, years: readonly string[], shared: SharedRuns) {
  // What the valuer reads, read now: an outturn values its flows when a report first reads it,
  // and the valuer then keeps these few figures and the run's small maps, not the run.
  const { discountRate, convention } = scenario.finance;
  const valuationDate = scenario.finance.valuationDate ?? scenario.meta.asOf;
  const terminalDate = endOf(parseFiscalYear(years[years.length - 1] ?? ''));
  // One prepared rate for every valuation of the run at this rate (its daily growth, once).
  const prepared = shared.once('discount-rate', [discountRate], () => prepareXnpv(discountRate));
  // Each year's flow date once for all the run's valuations (dates are parsed and formatted).
  const dateOf = remembered(
    shared.once('flow-dates', [convention], () => new Map<string, string>()),
    (year) => flowDate(year, convention),
  );
  // One XIRR per stream the run's valuations read to: flows that differ only by years of zero
  // flow (a variant's longer PLI tail) or by how a date's total is split are the same stream.
  // Solved when a valuation's IRR is first read — a figure only reports show — so a valuation
  // keeps the run's map of solved rates for it.
  const rates = shared.once('xirr', [], () => new Map<string, Decimal>());
  const xirr: SharedXirr = (sum, solve) => {
    const key = datedSumKey(sum);
    let rate = rates.get(key);
    if (rate === undefined) {
      rate = solve();
      rates.set(key, rate);
    }
    return rate;
  };
  // Each date read to its calendar Date once for all the run's valuations (a handful of dates,
  // each read three times in each of a base plan's six valuations). The Dates are only read.
  const calendarDay: CalendarDayReader = remembered(
    shared.once('calendar-days', [], () => new Map<string, string | Date>()),
    calendarDayOf,
  );
  // Discounted payback's factors at the rate, formed once for all the run's valuations.
  const factors = shared.once('discount-factors', [prepared.rate], () =>
    discountFactors(prepared.rate),
  );
  const sharing: ValuationSharing = {
    xirr,
    calendarDay,
    discountFactors: factors,
    irrWhenRead: true,
  };
  // A valuation of the very same figures is shared: keyed by every figure's exact digits.
  const valuations = shared.once('valuations', [], () => new Map<string, DatedValuation>());
  return (rows: readonly FreeCashFlowYear[], tv: Money<'INR'>): DatedValuation => {
    const dated = rows.map((r) => ({
      year: r.year,
      date: dateOf(r.year),
      flow: r.freeCashFlow,
    }));
    const figures = [
      decimalKey(discountRate),
      valuationDate,
      convention,
      terminalDate,
      decimalKey(tv.amount),
      ...dated.map((r) => `${r.year} ${r.date} ${decimalKey(r.flow.amount)}`),
    ];
    const key = figures.join('|');
    let valuation = valuations.get(key);
    if (valuation === undefined) {
      valuation = valueDatedFlowsSharing(
        { rows: dated, terminal: { date: terminalDate, value: tv } },
        discountRate,
        valuationDate,
        convention,
        { prepared },
        sharing,
      );
      valuations.set(key, valuation);
    }
    return valuation;
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
export function headlineValuer(
  scenario: Scenario,
  core: Core,
  baseline: Core | null,
  shared: SharedRuns,
): OutturnValuer {
  const value = datedValuer(scenario, core.years, shared);
  if (baseline === null || scenario.baseline === undefined) {
    return (fcf, tv) => ({
      withPli: value(fcf.withPli, tv),
      withoutPli: value(fcf.withoutPli, tv),
    });
  }
  // Only the baseline's flows and terminal value, not its run.
  const against = { fcf: baseline.fcf, terminal: baseline.terminal };
  return (fcf, tv) => valueIncrements(value, incrementsOf(fcf, against), tv, against);
}

/** What an increment is taken over: a baseline's free cash flows and terminal value. */
type Against = Pick<Core, 'fcf' | 'terminal'>;

/** Plan − baseline free cash flow by fiscal year, with PLI and without. */
function incrementsOf(fcf: Parameters<OutturnValuer>[0], baseline: Against) {
  return {
    withPli: incrementOf(fcf.withPli, baseline.fcf.withPli),
    withoutPli: incrementOf(fcf.withoutPli, baseline.fcf.withoutPli),
  };
}

/** The increments' value, the terminal value less the baseline's (one subtraction for both). */
function valueIncrements(
  value: ReturnType<typeof datedValuer>,
  flows: ReturnType<typeof incrementsOf>,
  tv: Money<'INR'>,
  baseline: Against,
) {
  const terminal = inr(tv.amount.minus(baseline.terminal.value.amount));
  return {
    withPli: value(asFlowRows(flows.withPli), terminal),
    withoutPli: value(asFlowRows(flows.withoutPli), terminal),
  };
}

/** The plan's value: the whole business, and the headline (incremental with a baseline). */
export function valuationOf(
  scenario: Scenario,
  core: Core,
  baseline: Core | null,
  shared: SharedRuns,
): ScenarioValuation {
  const finance = scenario.finance;
  const valuationDate = finance.valuationDate ?? scenario.meta.asOf;
  const convention = finance.convention;
  const value = datedValuer(scenario, core.years, shared);
  const common = {
    terminalMethod: finance.terminalValue.method,
    valuationDate,
    convention,
    terminal: core.terminal,
  };
  if (baseline === null || scenario.baseline === undefined) {
    const business = {
      withPli: value(core.fcf.withPli, core.terminal.value),
      withoutPli: value(core.fcf.withoutPli, core.terminal.value),
    };
    return {
      ...common,
      business,
      basis: 'whole-business',
      baseline: null,
      withPli: business.withPli,
      withoutPli: business.withoutPli,
      incremental: null,
    };
  }
  // The increments valued as the headline valuer values them, worked out once for both.
  const flows = incrementsOf(core.fcf, baseline);
  const headline = valueIncrements(value, flows, core.terminal.value, baseline);
  const b = scenario.baseline;
  return Object.assign(businessWhenRead(common, value, core), {
    basis: 'incremental' as const,
    baseline:
      'variant' in b
        ? {
            kind: 'variant' as const,
            variant: b.variant,
            description: `the variant "${scenario.variants.find((v) => v.id === b.variant)?.name ?? b.variant}"`,
            terminalValue: baseline.terminal.value,
          }
        : {
            kind: 'opening-run-rate' as const,
            variant: null,
            description:
              'the business as it runs at the start: first-month volumes held, no new capex, capacity or teams',
            terminalValue: baseline.terminal.value,
          },
    withPli: headline.withPli,
    withoutPli: headline.withoutPli,
    incremental: flows,
  });
}

/** What the whole business's value is worked out from. */
interface BusinessOf {
  readonly value: ReturnType<typeof datedValuer>;
  readonly fcf: Core['fcf'];
  readonly terminalValue: Money<'INR'>;
}

/**
 * The whole business's value as the valuation's own getter (the same function for every run's
 * valuation, so it keeps one hidden class), valued when first read: beside an incremental
 * headline it is a detail only a report shows — two of a run's four valuations. It values the
 * run's own flows with the run's valuer, which shares a valuation of the very same figures
 * whenever it is made: the same values (and objects) as valuing them at once.
 */
const BUSINESS_GETTER = figureGetters<Pick<ScenarioValuation, 'business'>>(['business']);

/** The whole business with and without PLI, valued. */
const businessOf = ({ value, fcf, terminalValue }: BusinessOf) => ({
  business: {
    withPli: value(fcf.withPli, terminalValue),
    withoutPli: value(fcf.withoutPli, terminalValue),
  },
});

/** `head` with the whole business's value as its `business`, valued when first read. */
function businessWhenRead<T extends object>(
  head: T,
  value: ReturnType<typeof datedValuer>,
  core: Core,
): T & Pick<ScenarioValuation, 'business'> {
  const of: BusinessOf = { value, fcf: core.fcf, terminalValue: core.terminal.value };
  return figuresWhenRead(head, BUSINESS_GETTER, of, businessOf);
}
