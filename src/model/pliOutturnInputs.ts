import { Decimal, ONE, ZERO } from '../core/decimal.js';
import type { Money } from '../money/money.js';
import type { ScenarioActual } from './scenarioActuals.js';
import type { OperationsYear, PliResult } from './types.js';

/** What the PLI engine needs to evaluate the outturn: reported misses, earned amounts, re-forecast. */
export interface PliOutturnInputs {
  /** Years each enrolment missed, by enrolment id, with the reason (its sources). */
  readonly missed: ReadonlyMap<string, readonly { year: string; reason: string }[]>;
  /** Earned amounts known, keyed `enrolment year`. */
  readonly earned: ReadonlyMap<string, Money<'INR'>>;
  /**
   * Sales of an enrolment after year index `after` scaled by `ratio` (the re-forecast), and in
   * the years with a known revenue by that year's ratio of actual to plan revenue (`byYear`).
   */
  readonly salesScale: ReadonlyMap<
    string,
    {
      readonly after: number;
      readonly ratio: Decimal;
      readonly byYear: ReadonlyMap<number, Decimal>;
    }
  >;
}

/**
 * What the actuals tell the PLI engine: the years each enrolment reported missing its
 * thresholds, the amounts known to be earned, and how each enrolment's sales are re-forecast
 * (the last actual revenue ratio, or at most the share of plan sales that would just have missed
 * a reported miss).
 *
 * @param revenue - the actual revenue by fiscal year
 * @param revenueRatio - the revenue row's re-forecast ratio (null: none)
 */
export function pliOutturnInputs(
  actuals: readonly ScenarioActual[],
  years: readonly string[],
  operations: readonly OperationsYear[],
  revenue: ReadonlyMap<string, Decimal>,
  revenueRatio: Decimal | null,
  planPli: PliResult | null,
): PliOutturnInputs {
  const why = (a: ScenarioActual) =>
    `${a.confidence === 'unconfirmed' ? 'expected (unconfirmed)' : `actual (${a.confidence})`}: thresholds not met (${a.sources.join(', ')})${a.note === undefined ? '' : ` — ${a.note}`}`;
  const missed = new Map<string, { year: string; reason: string }[]>();
  const earned = new Map<string, Money<'INR'>>();
  const salesScale = new Map<
    string,
    { after: number; ratio: Decimal; byYear: ReadonlyMap<number, Decimal> }
  >();
  // A year with a known revenue scales the enrolment's sales by its own ratio to plan.
  const knownRatios = new Map(
    [...revenue.entries()].flatMap(([year, actual]) => {
      const y = years.indexOf(year);
      const plan = operations[y]?.revenue.amount ?? ZERO;
      return plan.isZero() ? [] : [[y, actual.dividedBy(plan)] as const];
    }),
  );
  const lastRevenueYear = Math.max(-1, ...[...revenue.keys()].map((y) => years.indexOf(y)));
  for (const e of planPli?.enrolments ?? []) {
    let last = -1;
    let ratio: Decimal | null = null;
    for (const a of actuals) {
      const y = years.indexOf(a.year);
      for (const p of a.pli.filter((x) => x.enrolment === e.id)) {
        if (p.thresholdsMet === false) {
          missed.set(e.id, [...(missed.get(e.id) ?? []), { year: a.year, reason: why(a) }]);
          // At most the sales that would just have missed the year's threshold.
          const fall = e.years[y]?.headroom?.salesFallShare;
          ratio = fall == null ? null : Decimal.min(ONE, ONE.minus(fall));
          last = y;
        }
        if (p.earned !== undefined) earned.set(`${e.id} ${a.year}`, p.earned);
      }
    }
    if (revenueRatio !== null && lastRevenueYear >= last) {
      salesScale.set(e.id, { after: lastRevenueYear, ratio: revenueRatio, byYear: knownRatios });
    } else if (ratio !== null && last >= 0) {
      salesScale.set(e.id, { after: last, ratio, byYear: knownRatios });
    } else if (knownRatios.size > 0) {
      salesScale.set(e.id, { after: years.length, ratio: ONE, byYear: knownRatios });
    }
  }
  return { missed, earned, salesScale };
}
