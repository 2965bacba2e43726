import { Decimal, ZERO } from '../core/decimal.js';
import { decimalQuotient, decimalSum } from '../core/decimalArithmetic.js';
import { computedMoney, type Money } from '../money/money.js';
import { lazyRows, showsValues, whenRead } from './_lib/lazyRows.js';
import { ratioOrZero } from './_lib/rollup.js';
import { decimalYearSums, type YearSums } from './_lib/yearSums.js';
import type { CompiledProjection } from './compiledProjection.js';
import type { Workspace } from './workspace.js';

const inr = (amount: Decimal): Money<'INR'> => computedMoney(amount, 'INR');

/** Headcount in a period (heads are full-time equivalents, unrounded). */
export interface HeadcountRow {
  readonly period: string;
  /** Heads at the period start. */
  readonly opening: Decimal;
  readonly hires: Decimal;
  /** Hires that replaced leavers (min(hires, exits), month by month). */
  readonly replacementHires: Decimal;
  /** Hires beyond replacement. */
  readonly growthHires: Decimal;
  readonly exits: Decimal;
  /** Heads at the period end: opening + hires − exits. */
  readonly closing: Decimal;
  /** Mean of the months' (opening + closing) ÷ 2. */
  readonly average: Decimal;
  /** What the period's last month required: direct + indirect + teams. */
  readonly required: Decimal;
  readonly requiredDirect: Decimal;
  readonly requiredIndirect: Decimal;
  readonly requiredTeams: Decimal;
  /** Required − closing at the period end (0 when fully staffed). */
  readonly shortfall: Decimal;
  readonly payroll: Money<'INR'>;
  readonly payrollDirect: Money<'INR'>;
  readonly payrollIndirect: Money<'INR'>;
  readonly payrollTeams: Money<'INR'>;
  /** Revenue ÷ average heads (0 without heads). */
  readonly revenuePerEmployee: Money<'INR'>;
  /** Months in the period when the hiring limit kept heads below the requirement. */
  readonly hiringLimitBoundMonths: number;
}

/** Headcount rows by month and fiscal year. */
export interface HeadcountResult {
  readonly monthly: readonly HeadcountRow[];
  readonly yearly: readonly HeadcountRow[];
}

/** The flows of a period: sums over its months. */
interface HeadcountFlows {
  hires: Decimal;
  replacement: Decimal;
  growth: Decimal;
  exits: Decimal;
  payroll: Decimal;
  payrollDirect: Decimal;
  payrollIndirect: Decimal;
  payrollTeams: Decimal;
  revenue: Decimal;
  average: Decimal;
  /** Months the hiring limit bound. */
  binds: number;
}

/** The yearly flows summed when first read: hires and payroll by kind. */
const SPLIT_KEYS = [
  'replacement',
  'growth',
  'payrollDirect',
  'payrollIndirect',
  'payrollTeams',
] as const;

/** The buffers a headcount row reads one month of (a period's first or last). */
type PointBuffer =
  | 'opening'
  | 'closing'
  | 'required'
  | 'requiredDirect'
  | 'requiredIndirect'
  | 'requiredTeams';

/**
 * The headcount rows of an exact run, by month and fiscal year (sums rolled up by index). The
 * monthly rows are built when first read, from `view` (a private copy of the workspace).
 * `yearlyRevenue`, when given, is the run's total revenue summed by fiscal year in month order
 * from zero (the totals' roll-up): the very sums this would make, so they are not made again.
 * `run`, when given, is the run behind `ws` in its own form of value with its roll-ups: the
 * years are summed there and only the figures the rows show are converted.
 */
export function headcountResult<N = Decimal>(
  plan: CompiledProjection,
  ws: Workspace<Decimal>,
  view: Workspace<Decimal> = ws,
  yearlyRevenue?: ArrayLike<Decimal>,
  run?: { readonly ws: Workspace<N>; readonly sums: YearSums<N> },
): HeadcountResult {
  const h = plan.horizon;
  const M = h.months.length;
  const Y = h.fiscalYears.length;
  // The years are read from the run in its own form when given (a value converted only where a
  // row shows it), else from the Decimal workspace.
  const { ws: own, sums } = run ?? {
    ws: ws as unknown as Workspace<N>,
    sums: decimalYearSums(h) as unknown as YearSums<N>,
  };
  const counts: Decimal[] = [];
  const row = (
    at: (buffer: PointBuffer, i: number) => Decimal,
    period: string,
    first: number,
    last: number,
    flows: HeadcountFlows,
    months: number,
    later?: (row: HeadcountRow) => void,
  ): HeadcountRow => {
    counts[months] ??= new Decimal(months);
    const avg = decimalQuotient(flows.average, counts[months] as Decimal);
    const req = at('required', last);
    const close = at('closing', last);
    const built: HeadcountRow = {
      period,
      opening: at('opening', first),
      hires: flows.hires,
      replacementHires: flows.replacement,
      growthHires: flows.growth,
      exits: flows.exits,
      closing: close,
      average: avg,
      required: req,
      requiredDirect: at('requiredDirect', last),
      requiredIndirect: at('requiredIndirect', last),
      requiredTeams: at('requiredTeams', last),
      shortfall: req.greaterThan(close) ? decimalSum(req, close, -1) : ZERO,
      payroll: inr(flows.payroll),
      payrollDirect: inr(flows.payrollDirect),
      payrollIndirect: inr(flows.payrollIndirect),
      payrollTeams: inr(flows.payrollTeams),
      revenuePerEmployee: inr(ratioOrZero(flows.revenue, avg)),
      hiringLimitBoundMonths: flows.binds,
    };
    later?.(built);
    return Object.freeze(built);
  };
  const monthFlows = (w: Workspace<Decimal>, m: number): HeadcountFlows => {
    const hires = w.hires[m] as Decimal;
    const exits = w.exits[m] as Decimal;
    // Hires that replaced leavers: min(hires, exits), month by month. When all of them did,
    // none is growth: hires − hires is +0 (crorecast's Decimal rounds half-up: x − x is "0").
    const replacement = hires.lessThan(exits) ? hires : exits;
    return {
      hires,
      replacement,
      growth:
        replacement === hires && hires.constructor === Decimal
          ? ZERO
          : decimalSum(hires, replacement, -1),
      exits,
      payroll: w.payroll[m] as Decimal,
      payrollDirect: w.payrollDirect[m] as Decimal,
      payrollIndirect: w.payrollIndirect[m] as Decimal,
      payrollTeams: w.payrollTeams[m] as Decimal,
      revenue: w.totalRevenue[m] as Decimal,
      average: w.average[m] as Decimal,
      binds: w.hiringLimitBinds[m] ?? 0,
    };
  };
  // Each year sums its months in order from zero (the same Decimal operations as a roll-up).
  // Hires by kind and payroll by kind are summed when a yearly row's first is read (the model
  // reads only the totals), from the private copy: see `splitYears`.
  const zeroFlows = (): HeadcountFlows => ({
    hires: ZERO,
    replacement: ZERO,
    growth: ZERO,
    exits: ZERO,
    payroll: ZERO,
    payrollDirect: ZERO,
    payrollIndirect: ZERO,
    payrollTeams: ZERO,
    revenue: ZERO,
    average: ZERO,
    binds: 0,
  });
  const years: HeadcountFlows[] = Array.from({ length: Y }, zeroFlows);
  const hires = sums.sum(own.hires, 1, 0);
  const exits = sums.sum(own.exits, 1, 0);
  const payroll = sums.sum(own.payroll, 1, 0);
  const average = sums.sum(own.average, 1, 0);
  const revenue = yearlyRevenue ?? sums.sum(own.totalRevenue, 1, 0);
  years.forEach((year, y) => {
    year.hires = hires[y] as Decimal;
    year.exits = exits[y] as Decimal;
    year.payroll = payroll[y] as Decimal;
    year.average = average[y] as Decimal;
    year.revenue = revenue[y] ?? ZERO;
  });
  for (let m = 0; m < M; m++) {
    (years[h.yearOfMonth[m] as number] as HeadcountFlows).binds += own.hiringLimitBinds[m] ?? 0;
  }
  const splitYears = lazyRows(() => {
    const split: HeadcountFlows[] = Array.from({ length: Y }, zeroFlows);
    // A year whose every month's replacement hires are its hires (or its exits) sums them as
    // those are summed: the same additions in the same order, taken from their sum.
    const flowsByMonth = Array.from({ length: M }, (_, m) => monthFlows(view, m));
    const twin = new Array<'hires' | 'exits' | undefined>(Y);
    for (let y = 0; y < Y; y++) {
      const months = flowsByMonth.filter((_, m) => h.yearOfMonth[m] === y);
      twin[y] = months.every((f) => f.replacement === f.hires)
        ? 'hires'
        : months.every((f) => f.replacement === f.exits)
          ? 'exits'
          : undefined;
    }
    for (let m = 0; m < M; m++) {
      const flows = flowsByMonth[m] as HeadcountFlows;
      const y = h.yearOfMonth[m] as number;
      const year = split[y] as HeadcountFlows;
      for (const key of SPLIT_KEYS) {
        if (key === 'replacement' && twin[y] !== undefined) continue;
        year[key] = decimalSum(year[key], flows[key], 1);
      }
    }
    split.forEach((year, y) => {
      const same = twin[y];
      if (same !== undefined) year.replacement = (years[y] as HeadcountFlows)[same];
    });
    return split;
  });
  const yearlyRows = h.fiscalYears.map((period, y) => {
    const first = h.yearOfMonth.indexOf(y);
    const last = h.yearOfMonth.lastIndexOf(y);
    const at = (buffer: PointBuffer, i: number) => sums.toDecimal(own[buffer][i] as N);
    return row(at, period, first, last, years[y] as HeadcountFlows, last - first + 1, (r) => {
      const of = (key: (typeof SPLIT_KEYS)[number]) => (splitYears()[y] as HeadcountFlows)[key];
      whenRead(r, 'replacementHires', () => of('replacement'));
      whenRead(r, 'growthHires', () => of('growth'));
      whenRead(r, 'payrollDirect', () => inr(of('payrollDirect')));
      whenRead(r, 'payrollIndirect', () => inr(of('payrollIndirect')));
      whenRead(r, 'payrollTeams', () => inr(of('payrollTeams')));
    });
  });
  const monthly = lazyRows(() =>
    h.months.map((period, m) =>
      row((buffer, i) => view[buffer][i] as Decimal, period, m, m, monthFlows(view, m), 1),
    ),
  );
  return Object.freeze(
    showsValues({
      get monthly() {
        return monthly();
      },
      yearly: Object.freeze(yearlyRows),
    }),
  );
}
