import { type Decimal, ZERO } from '../core/decimal.js';
import { type ExponentialSum, exponentialSum } from '../finance/_lib/exponentialSum.js';
import { discountedPaybackOf, discountFactors, paybackOf } from '../finance/_lib/paybackOf.js';
import { readDatedFlows, requireFlows } from '../finance/_lib/readFlows.js';
import { irr } from '../finance/irr.js';
import { npv } from '../finance/npv.js';
import { discountedPayback, type PaybackResult, payback } from '../finance/payback.js';
import { type PreparedXnpv, prepareXnpv, presentValueOfSum } from '../finance/prepareXnpv.js';
import { DAYS_PER_YEAR } from '../finance/xnpv.js';
import { inr } from '../money/constructors.js';
import type { Money } from '../money/money.js';
import { toCalendarDate } from '../time/calendarDate.js';
import { InvalidDateError } from '../time/errors.js';
import { irrOf as irrOfFlows, readLater, solved } from './_lib/valuationWhenRead.js';

/** The internal rate of return, or why there is none (e.g. the flows never turn positive). */
export type IrrResult =
  | { readonly value: Decimal; readonly reason: null }
  | { readonly value: null; readonly reason: string };

/** NPV, IRR and payback of a stream of yearly flows. */
export interface Valuation {
  /** The discount rate per year, as a fraction. */
  readonly discountRate: Decimal;
  /** The flows valued, one per fiscal year (the first at the end of the first year). */
  readonly flows: readonly Money<'INR'>[];
  /** Σ flowₖ / (1 + rate)^k, k = 1… — valued at the start of the first fiscal year. */
  readonly npv: Money<'INR'>;
  readonly irr: IrrResult;
  /**
   * Years from the start of the first fiscal year until the cumulative flow stays ≥ 0, on the
   * payback flows (the free cash flows without any terminal value: a plan pays back from what it
   * earns, not from what it could be sold for).
   */
  readonly payback: PaybackResult<Money<'INR'>>;
  /** The same on discounted payback flows. */
  readonly discountedPayback: PaybackResult<Money<'INR'>>;
}

/** Options for {@link valueFlows}. */
export interface ValueFlowsOptions {
  /** The flows payback is measured on (default: `flows`), e.g. free cash flow without terminal value. */
  readonly paybackFlows?: readonly Money<'INR'>[];
}

/**
 * Values yearly flows at the start of the first fiscal year, Excel-style: each year's flow is
 * discounted a whole year per year elapsed (end-of-year convention, as Excel's NPV). Payback is
 * counted from the same date, each year's flow arriving evenly through the year. IRR uses the
 * finance layer's bracketing solver; when the flows have no sign change the result says so
 * instead of throwing.
 *
 * @param flows - one flow per fiscal year, in order
 * @param discountRate - the yearly discount rate, as a fraction (> −1)
 * @param options - the flows to measure payback on, when not `flows`
 * @returns a {@link Valuation}
 * @throws {ArgumentError} when there are no flows or the rate is ≤ −1 (from the finance layer)
 *
 * @example
 * ```ts
 * const d = toDecimal; // exact decimals, as the model layer takes them
 * const v = valueFlows([crore(-100), crore(60), crore(70)], d('0.12'));
 * v.npv.amount.dividedBy(1e7).toFixed(2) //=> '8.37' (−100/1.12 + 60/1.12² + 70/1.12³)
 * v.irr.value?.toFixed(4) //=> '0.1888'
 * ```
 */
export function valueFlows(
  flows: readonly Money<'INR'>[],
  discountRate: Decimal,
  options: ValueFlowsOptions = {},
): Valuation {
  const value = npv(discountRate, flows);
  // A leading zero at the valuation date puts year k's flow in period k for payback.
  const fromStart = [inr(ZERO), ...(options.paybackFlows ?? flows)];
  return {
    discountRate,
    flows,
    npv: value,
    irr: irrOf(flows),
    payback: payback(fromStart),
    discountedPayback: discountedPayback(fromStart, discountRate),
  };
}

/** When each year's flow is taken to arrive. */
export type FlowConvention = 'end-of-year' | 'mid-year';

/** A {@link Valuation} at a dated valuation date, with the terminal value in the open. */
export interface DatedValuation extends Valuation {
  /** The date the flows are discounted to (Actual/365, as Excel's XNPV). */
  readonly valuationDate: string;
  readonly convention: FlowConvention;
  /** The date each of `flows` is taken to arrive. */
  readonly dates: readonly string[];
  /** NPV of the free cash flows alone. */
  readonly npvWithoutTerminal: Money<'INR'>;
  /** The terminal value at the end of the horizon, undiscounted. */
  readonly terminalValue: Money<'INR'>;
  readonly terminalDate: string;
  /** Its present value at the valuation date. */
  readonly terminalValuePresent: Money<'INR'>;
  /** Present value of the terminal value ÷ NPV; null when the NPV is not positive. */
  readonly terminalShare: Decimal | null;
  /** True when the terminal value carries more than half the NPV, or turns a negative NPV positive. */
  readonly terminalDominates: boolean;
}

/** Inputs of {@link valueDatedFlows}: one row per fiscal year and the terminal value. */
export interface DatedFlows {
  /** Free cash flow of each year (horizon years, then years that only collect PLI). */
  readonly rows: readonly {
    readonly year: string;
    readonly date: string;
    readonly flow: Money<'INR'>;
  }[];
  readonly terminal: { readonly date: string; readonly value: Money<'INR'> };
}

/** Options for {@link valueDatedFlows}. */
export interface ValueDatedFlowsOptions {
  /**
   * The discount rate already prepared (`prepareXnpv(discountRate)`), shared by valuations at
   * the same rate; used only when its `rate` is `discountRate` itself.
   */
  readonly prepared?: PreparedXnpv;
}

/**
 * Values yearly free cash flows at a dated valuation date with XNPV (Actual/365): each flow on
 * its date (the year end, or the middle of the year under the mid-year convention), the terminal
 * value at the end of the horizon, kept in the open — its present value, its share of NPV and a
 * flag when it carries more than half. IRR is XIRR on the same dated flows. Payback counts years
 * from the start of the first fiscal year on the free cash flows alone, each year's flow arriving
 * evenly through it; discounted payback discounts them a whole year per year.
 *
 * @param flows - the rows and the terminal value
 * @param discountRate - the yearly rate (> −1)
 * @param valuationDate - `yyyy-MM-dd`
 * @param convention - the convention the rows' dates follow (recorded in the result)
 * @param options - a prepared discount rate to share
 * @returns a {@link DatedValuation}
 *
 * @example
 * ```ts
 * const d = toDecimal; // exact decimals, as the model layer takes them
 * const v = valueDatedFlows({ rows: [{ year: 'FY2021-22', date: '2022-03-31', flow: crore(-100) },
 *   { year: 'FY2022-23', date: '2023-03-31', flow: crore(60) }],
 *   terminal: { date: '2023-03-31', value: crore(70) } }, d('0.12'), '2021-03-31', 'end-of-year');
 * v.npvWithoutTerminal.amount.dividedBy(1e7).toFixed(2) //=> '-41.45'
 * ```
 */
export function valueDatedFlows(
  flows: DatedFlows,
  discountRate: Decimal,
  valuationDate: string,
  convention: FlowConvention,
  options: ValueDatedFlowsOptions = {},
): DatedValuation {
  return valueDatedFlowsSharing(flows, discountRate, valuationDate, convention, options, {
    xirr: solveXirr,
  });
}

/**
 * How a valuation gets the XIRR of its dated flows once read to a stream: `solve()` computes it
 * (what {@link valueDatedFlows} does); a run may instead return the XIRR it already has for a
 * stream with the same key (`datedSumKey`) — the same digits, as XIRR is a function of the stream.
 */
export type SharedXirr = (sum: ExponentialSum, solve: () => Decimal) => Decimal;

/**
 * How a valuation reads a yyyy-MM-dd string to the calendar Date the finance layer takes (or
 * keeps a string that is not one, for the finance layer to reject): {@link calendarDayOf}, or a
 * run's reader that reads each of its few dates once for all its valuations.
 */
export type CalendarDayReader = (date: string) => string | Date;

const solveXirr: SharedXirr = (_sum, solve) => solve();

/** What a run's valuations share: see {@link valueDatedFlowsSharing}. */
export interface ValuationSharing {
  /** The XIRR of a stream, solved or the one already found for it. */
  readonly xirr: SharedXirr;
  /** Reads each date (default {@link calendarDayOf}). */
  readonly calendarDay?: CalendarDayReader;
  /** Discounted payback's factors at this rate (default: formed for the one valuation). */
  readonly discountFactors?: (count: number) => readonly Decimal[];
  /**
   * Solve the XIRR and count the paybacks when first read (default: at once) — a run's
   * valuations, whose IRR (a third of a valuation's work) and paybacks only a report reads. They
   * read only the flows as read here, so the same digits; the XIRR flows' one check is a reason,
   * never a throw, wherever it comes.
   */
  readonly irrWhenRead?: boolean;
}

/**
 * {@link valueDatedFlows} with what a run's valuations have in common shared: one XIRR among
 * valuations whose flows read to the same stream (e.g. a variant's extra years of zero flow),
 * each date read once, and one list of discounted payback's factors at the run's rate.
 */
export function valueDatedFlowsSharing(
  flows: DatedFlows,
  discountRate: Decimal,
  valuationDate: string,
  convention: FlowConvention,
  options: ValueDatedFlowsOptions,
  sharing: ValuationSharing,
): DatedValuation {
  const calendarDay = sharing.calendarDay ?? calendarDayOf;
  const prepared =
    options.prepared?.rate === discountRate ? options.prepared : prepareXnpv(discountRate);
  // Each date read once: the finance layer takes a calendar Date as it is, where it would parse
  // and check a yyyy-MM-dd string again in each read — the same local-midnight Date, so the same
  // day counts. A string that is not a calendar date stays as given, for the finance layer to
  // reject as it always has.
  const start = { date: calendarDay(valuationDate), amount: inr(ZERO) };
  const free = flows.rows.map((r) => ({ date: calendarDay(r.date), amount: r.flow }));
  const tv = { date: calendarDay(flows.terminal.date), amount: flows.terminal.value };
  // The flows are read once, with xnpv's checks in xnpv's order (the free flows from the
  // valuation date, then the terminal value from it), and every figure below is computed from
  // what was read: the two XNPVs; the XIRR's stream, the same amounts and day counts as reading
  // [start, …free, tv] again would give; and the paybacks' amounts, [0, …flows] as `payback`
  // would read them (the same Money, the currency already checked).
  const freeList = [start, ...free];
  requireFlows(freeList, 'xnpv: flows');
  const presentValue = (amounts: readonly Decimal[], days: readonly number[]) =>
    inr(presentValueOfSum(prepared, exponentialSum(amounts, days, DAYS_PER_YEAR)));
  const read = readDatedFlows(freeList, 'flows');
  const withoutTerminal = presentValue(read.amounts, read.days);
  const terminal = readDatedFlows([start, tv], 'flows');
  const terminalPresent = presentValue(terminal.amounts, terminal.days);
  const total = inr(withoutTerminal.amount.plus(terminalPresent.amount));
  const share = total.amount.greaterThan(0) ? terminalPresent.amount.dividedBy(total.amount) : null;
  const last = flows.rows.findIndex((r) => r.date === flows.terminal.date);
  const valued = flows.rows.map((r, i) =>
    i === last ? inr(r.flow.amount.plus(flows.terminal.value.amount)) : r.flow,
  );
  const xirrFlows = [...freeList, tv];
  const factorsAt = sharing.discountFactors ?? discountFactors(prepared.rate);
  const head = { discountRate, flows: valued, npv: total };
  // The keys in the order they have always had. Read later, the IRR and paybacks are shared
  // getters defined in their place (not data properties reconfigured afterwards, which would
  // put the object in dictionary mode).
  const withIrr: Pick<
    DatedValuation,
    'discountRate' | 'flows' | 'npv' | 'irr' | 'payback' | 'discountedPayback'
  > =
    sharing.irrWhenRead === true
      ? readLater(head, {
          xirrFlows,
          read,
          terminal: { amount: terminal.amounts[1] as Decimal, day: terminal.days[1] as number },
          factors: factorsAt,
          xirr: sharing.xirr,
        })
      : {
          ...head,
          irr: irrOfFlows({
            xirrFlows,
            read,
            terminal: { amount: terminal.amounts[1] as Decimal, day: terminal.days[1] as number },
            xirr: sharing.xirr,
          }),
          payback: paybackOf(read.amounts, read.currency) as PaybackResult<Money<'INR'>>,
          discountedPayback: discountedPaybackOf(
            read.amounts,
            factorsAt(read.amounts.length),
            read.currency,
          ) as PaybackResult<Money<'INR'>>,
        };
  return Object.assign(withIrr, {
    valuationDate,
    convention,
    dates: flows.rows.map((r) => r.date),
    npvWithoutTerminal: withoutTerminal,
    terminalValue: flows.terminal.value,
    terminalDate: flows.terminal.date,
    terminalValuePresent: terminalPresent,
    terminalShare: share,
    terminalDominates:
      share?.greaterThan('0.5') === true ||
      (total.amount.greaterThan(0) && withoutTerminal.amount.isNegative()),
  });
}

/** A yyyy-MM-dd string as its calendar Date, or the string itself when it is not one. */
export function calendarDayOf(date: string): string | Date {
  try {
    return toCalendarDate(date);
  } catch (error) {
    if (error instanceof InvalidDateError) return date;
    throw error;
  }
}

function irrOf(flows: readonly Money<'INR'>[]): IrrResult {
  return solved(() => irr(flows));
}
