import { type Decimal, ZERO } from '../../core/decimal.js';
import { computedInr as inr, type Money } from '../../money/money.js';
import type { ActualsRow } from '../actuals.js';
import type { OutturnFigure, OutturnLine, OutturnLineId } from '../outturn.js';

/**
 * outturn ÷ plan; where the plan's figure is zero the ratio is meaningless, so the plan-wide
 * ratio (`fallback`: the plan's cost per unit of its driver over the years that have one) is
 * applied to the outturn driver instead — a year the plan left empty but that happened still
 * carries costs. No fallback (the plan has no such year at all) keeps the plan's figure.
 */
export function scaled(
  planFigure: Decimal,
  outturnDriver: Decimal,
  planDriver: Decimal,
  fallback: Decimal | undefined,
): Decimal {
  if (!planDriver.isZero()) return planFigure.times(outturnDriver.dividedBy(planDriver));
  if (outturnDriver.isZero() || fallback === undefined) return planFigure;
  return planFigure.plus(fallback.times(outturnDriver));
}

/** Σ figure ÷ Σ driver over the years whose driver is not zero; undefined when none is. */
export function planWideRatio(
  figures: readonly Decimal[],
  drivers: readonly Decimal[],
): Decimal | undefined {
  let f = ZERO;
  let d = ZERO;
  drivers.forEach((x, i) => {
    if (x.isZero()) return;
    f = f.plus(figures[i] ?? ZERO);
    d = d.plus(x);
  });
  return d.isZero() ? undefined : f.dividedBy(d);
}

/** A year's outturn from the actuals' row, or the plan's figure where the row has none. */
export function outturnRow(row: ActualsRow | undefined, y: number, plan: Decimal): Decimal {
  const o = row?.years[y]?.outturn;
  if (o === undefined) return plan;
  return 'amount' in o ? o.amount : o;
}

/** One line of the outturn: each year's plan, outturn and variance, and their totals. */
export function lineOf(
  id: OutturnLineId,
  labels: readonly string[],
  plan: (year: string) => Decimal,
  outturn: (year: string) => Decimal,
): OutturnLine {
  const years = labels.map((year) => {
    const p = plan(year);
    const o = outturn(year);
    return { year, plan: inr(p), outturn: inr(o), variance: inr(o.minus(p)) };
  });
  const sum = (f: (x: (typeof years)[number]) => Money<'INR'>) =>
    years.reduce((s, x) => s.plus(f(x).amount), ZERO);
  return {
    id,
    years,
    total: {
      plan: inr(sum((x) => x.plan)),
      outturn: inr(sum((x) => x.outturn)),
      variance: inr(sum((x) => x.variance)),
    },
  };
}

/** A figure beside the plan's, with the variance. */
export const figure = (plan: Money<'INR'>, outturn: Money<'INR'>): OutturnFigure => ({
  plan,
  outturn,
  variance: inr(outturn.amount.minus(plan.amount)),
});
