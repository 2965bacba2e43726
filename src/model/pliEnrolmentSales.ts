import { ZERO } from '../core/decimal.js';
import { decimalJsRounding } from '../core/rounding.js';
import { computedInr as inr, type Money } from '../money/money.js';
import type { PliSalesLine } from '../pli/enrolment.js';
import type { InvestmentFigures } from './investments.js';
import { segmentYearsOf } from './operations.js';
import type { PliOutturnInputs } from './pliOutturnInputs.js';
import type { PartYearSales } from './pliPartYear.js';
import type { OperationsYear, SegmentYear } from './types.js';

/**
 * The enrolment's sales as invoice lines: each segment sells its units at the year's average
 * invoice value; a segment with invoice bands gives one line per band, judged against the floor
 * by the band's edges (its sales split over the bands pro rata to units). The engine counts
 * whole units, so units are rounded half-up here (at most half a device a line).
 */
function linesOf(
  segs: readonly SegmentYear[],
  products: ReadonlyMap<string, string>,
): PliSalesLine[] {
  return segs
    .filter((s) => s.averagePrice !== null && s.units.greaterThan(0))
    .flatMap((s) =>
      (s.invoiceBands ?? [{ from: null, to: null, units: s.units }]).map((band) => ({
        invoiceValue: s.averagePrice ?? inr(ZERO),
        units: band.units.toDecimalPlaces(0, decimalJsRounding('half-up')),
        ...(products.has(s.segment) ? { product: products.get(s.segment) } : {}),
        ...(band.from === null
          ? {}
          : { band: { from: band.from, ...(band.to === null ? {} : { to: band.to }) } }),
      })),
    )
    .filter((line) => line.units.greaterThan(0));
}

/** One plan year of an enrolment as the PLI engine reads it (before the scheme's tenure). */
export interface EnrolmentYearInput {
  readonly year: string;
  readonly netSales: Money<'INR'>;
  readonly cumulativeInvestment: Money<'INR'>;
  readonly lines: PliSalesLine[];
  readonly part?: { from: string; netSales: Money<'INR'>; lines: PliSalesLine[] };
}

/**
 * An enrolment's sales and investment by plan year: its segments' net sales and invoice lines
 * (scaled by a re-forecast's ratio to plan), the cumulative spend on its investments, and in its
 * first scheme year the part claimed from a month (`part`).
 */
export function enrolmentInputs(
  years: readonly string[],
  operations: readonly OperationsYear[],
  investment: InvestmentFigures,
  enrolment: {
    readonly investments: readonly string[];
    readonly ids: readonly string[];
    readonly products: ReadonlyMap<string, string>;
    readonly scale: ReturnType<PliOutturnInputs['salesScale']['get']>;
    readonly firstYear: string;
    readonly part: PartYearSales | undefined;
    /** The inputs without a re-forecast (the plan's), taken for a year no ratio scales. */
    readonly unscaled?: readonly EnrolmentYearInput[];
  },
): EnrolmentYearInput[] {
  const { investments, ids, products, scale, firstYear, part, unscaled } = enrolment;
  // Each investment's spend to each year's end, as a running total (the same sums, in the same
  // order, as adding up the years so far for every year).
  const spent = investments.map((id) => {
    const c = investment.commitments.find((x) => x.id === id);
    let total = ZERO;
    return {
      before: investment.opening.find((x) => x.id === id)?.amount.amount ?? ZERO,
      toYear: years.map((_, y) => {
        const m = c?.byYear[y];
        if (m !== undefined) total = total.plus(m.amount);
        return total;
      }),
    };
  });
  return years.map((year, y) => {
    const op = operations[y];
    // A re-forecast year takes the plan's sales of the enrolment × the actuals' ratio.
    const ratio =
      scale === undefined ? null : (scale.byYear.get(y) ?? (y > scale.after ? scale.ratio : null));
    const same = ratio === null ? unscaled?.[y] : undefined;
    if (same !== undefined) return same;
    const segs = (op === undefined ? [] : segmentYearsOf(op, ids)).map((s) =>
      ratio === null
        ? s
        : {
            ...s,
            revenue: inr(s.revenue.amount.times(ratio)),
            units: s.units.times(ratio),
            ...(s.invoiceBands === undefined
              ? {}
              : {
                  invoiceBands: s.invoiceBands.map((b) => ({
                    ...b,
                    units: b.units.times(ratio),
                  })),
                }),
          },
    );
    // The enrolment's investments spent by the year's end: the plan's capex, and what was
    // invested before the horizon (the opening position) from the first year.
    const cumulative = spent.reduce((acc, s) => acc.plus(s.before).plus(s.toYear[y] ?? ZERO), ZERO);
    return {
      year,
      netSales: inr(segs.reduce((a, s) => a.plus(s.revenue.amount), ZERO)),
      cumulativeInvestment: inr(cumulative),
      lines: linesOf(segs, products),
      // The part claimed: the months' sales; each segment's (banded) lines at the year's
      // invoice values, its units those of the months claimed.
      ...(part === undefined || year !== firstYear
        ? {}
        : {
            part: {
              from: part.from,
              netSales: part.netSales,
              lines: linesOf(
                segs.map((s) => {
                  const share = s.units.isZero()
                    ? ZERO
                    : (part.units.get(s.segment) ?? ZERO).dividedBy(s.units);
                  return {
                    ...s,
                    units: s.units.times(share),
                    ...(s.invoiceBands === undefined
                      ? {}
                      : {
                          invoiceBands: s.invoiceBands.map((b) => ({
                            ...b,
                            units: b.units.times(share),
                          })),
                        }),
                  };
                }),
                products,
              ),
            },
          }),
    };
  });
}
