import { Decimal, ZERO } from '../core/decimal.js';
import { decimalQuotient, decimalSum } from '../core/decimalArithmetic.js';
import { computedMoney, type Money } from '../money/money.js';
import { sumByFiscalYear } from './_lib/rollup.js';
import type { CompiledProjection } from './compile.js';
import type { Workspace, WorkspaceBuffer } from './equations.js';

const inr = (amount: Decimal): Money<'INR'> => computedMoney(amount, 'INR');
const ratio = (a: Decimal, b: Decimal): Decimal => (b.isZero() ? ZERO : decimalQuotient(a, b));

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

/** The headcount rows of an exact run, by month and fiscal year (sums rolled up by index). */
export function headcountResult(plan: CompiledProjection, ws: Workspace<Decimal>): HeadcountResult {
  const h = plan.horizon;
  const M = h.months.length;
  const col = (buf: WorkspaceBuffer<Decimal>) =>
    Array.from({ length: M }, (_, m) => buf[m] as Decimal);
  const opening = col(ws.opening);
  const hires = col(ws.hires);
  const exits = col(ws.exits);
  const closing = col(ws.closing);
  const average = col(ws.average);
  const replacement = hires.map((x, m) =>
    x.lessThan(exits[m] as Decimal) ? x : (exits[m] as Decimal),
  );
  const growth = hires.map((x, m) => decimalSum(x, replacement[m] as Decimal, -1));
  const payroll = col(ws.payroll);
  const payrollDirect = col(ws.payrollDirect);
  const payrollIndirect = col(ws.payrollIndirect);
  const payrollTeams = col(ws.payrollTeams);
  const revenue = col(ws.totalRevenue);
  const binds = Array.from({ length: M }, (_, m) => new Decimal(ws.hiringLimitBinds[m] ?? 0));
  const required = col(ws.required);
  const requiredDirect = col(ws.requiredDirect);
  const requiredIndirect = col(ws.requiredIndirect);
  const requiredTeams = col(ws.requiredTeams);

  const row = (
    period: string,
    first: number,
    last: number,
    sums: Record<
      | 'hires'
      | 'replacement'
      | 'growth'
      | 'exits'
      | 'payroll'
      | 'payrollDirect'
      | 'payrollIndirect'
      | 'payrollTeams'
      | 'revenue'
      | 'average'
      | 'binds',
      Decimal
    >,
    months: number,
  ): HeadcountRow => {
    const avg = sums.average.dividedBy(months);
    const req = required[last] as Decimal;
    const close = closing[last] as Decimal;
    return Object.freeze({
      period,
      opening: opening[first] as Decimal,
      hires: sums.hires,
      replacementHires: sums.replacement,
      growthHires: sums.growth,
      exits: sums.exits,
      closing: close,
      average: avg,
      required: req,
      requiredDirect: requiredDirect[last] as Decimal,
      requiredIndirect: requiredIndirect[last] as Decimal,
      requiredTeams: requiredTeams[last] as Decimal,
      shortfall: req.greaterThan(close) ? decimalSum(req, close, -1) : ZERO,
      payroll: inr(sums.payroll),
      payrollDirect: inr(sums.payrollDirect),
      payrollIndirect: inr(sums.payrollIndirect),
      payrollTeams: inr(sums.payrollTeams),
      revenuePerEmployee: inr(ratio(sums.revenue, avg)),
      hiringLimitBoundMonths: sums.binds.toNumber(),
    });
  };
  const flows = {
    hires,
    replacement,
    growth,
    exits,
    payroll,
    payrollDirect,
    payrollIndirect,
    payrollTeams,
    revenue,
    average,
    binds,
  };
  const monthly = h.months.map((period, m) =>
    row(
      period,
      m,
      m,
      Object.fromEntries(Object.entries(flows).map(([k, v]) => [k, v[m] as Decimal])) as never,
      1,
    ),
  );
  const years = Object.fromEntries(
    Object.entries(flows).map(([k, v]) => [k, sumByFiscalYear(h, v)]),
  );
  const yearlyRows = h.fiscalYears.map((period, y) => {
    const first = h.yearOfMonth.indexOf(y);
    const last = h.yearOfMonth.lastIndexOf(y);
    return row(
      period,
      first,
      last,
      Object.fromEntries(Object.entries(years).map(([k, v]) => [k, v[y] as Decimal])) as never,
      last - first + 1,
    );
  });
  return Object.freeze({ monthly: Object.freeze(monthly), yearly: Object.freeze(yearlyRows) });
}
