import { type Decimal, ZERO } from '../../core/decimal.js';
import { computedInr as inr, type Money } from '../../money/money.js';
import type { ActualsRow } from '../actuals.js';
import type { OutturnFigure, OutturnLine, OutturnLineId } from '../outturn.js';

/** outturn ÷ plan of a driver, or undefined where the plan's is zero (see {@link scaled}). */
export function driverRatio(outturnDriver: Decimal, planDriver: Decimal): Decimal | undefined {
  return planDriver.isZero() ? undefined : outturnDriver.dividedBy(planDriver);
}

/**
 * The plan's figure × its driver's ratio (outturn ÷ plan, from {@link driverRatio}: one division
 * for every figure of a year that moves with the same driver); where the plan's driver is zero
 * the ratio is meaningless, so the plan-wide ratio (`fallback`: the plan's cost per unit of its
 * driver over the years that have one) is applied to the outturn driver instead — a year the plan
 * left empty but that happened still carries costs. No fallback (the plan has no such year at
 * all) keeps the plan's figure.
 */
export function scaled(
  planFigure: Decimal,
  outturnDriver: Decimal,
  ratio: Decimal | undefined,
  fallback: Decimal | undefined,
): Decimal {
  if (ratio !== undefined) return planFigure.times(ratio);
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

/** A year's figure a statement has not got: zero. */
export const NO_FIGURE: Money<'INR'> = inr(ZERO);

/**
 * One line of the outturn: each year's plan, outturn and variance, and their totals. The plan's
 * and the outturn's figures are the statements' own Money, not wrapped again.
 */
export function lineOf(
  id: OutturnLineId,
  labels: readonly string[],
  plan: (year: string) => Money<'INR'>,
  outturn: (year: string) => Money<'INR'>,
): OutturnLine {
  let planTotal = ZERO;
  let outturnTotal = ZERO;
  let varianceTotal = ZERO;
  const years = labels.map((year) => {
    const p = plan(year);
    const o = outturn(year);
    const variance = o.amount.minus(p.amount);
    // Each total summed in the years' order, as three sums one after another would.
    planTotal = planTotal.plus(p.amount);
    outturnTotal = outturnTotal.plus(o.amount);
    varianceTotal = varianceTotal.plus(variance);
    return { year, plan: p, outturn: o, variance: inr(variance) };
  });
  return {
    id,
    years,
    total: { plan: inr(planTotal), outturn: inr(outturnTotal), variance: inr(varianceTotal) },
  };
}

/** A figure beside the plan's, with the variance. */
export const figure = (plan: Money<'INR'>, outturn: Money<'INR'>): OutturnFigure => ({
  plan,
  outturn,
  variance: inr(outturn.amount.minus(plan.amount)),
});
