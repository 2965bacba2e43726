import type { FloatEnrolment } from './floatEnrolment.js';

/** The base rate for an eligible incremental sales figure under slab rates (see `findRate`). */
function slabRate(slabs: NonNullable<FloatEnrolment['slabs']>, base: number): number {
  const amount = Math.max(base, 0);
  const n = slabs.rate.length;
  if (!slabs.marginal) {
    for (let k = 0; k < n; k++)
      if (amount <= (slabs.upTo[k] as number)) return slabs.rate[k] as number;
  }
  let incentive = 0;
  let from = 0;
  for (let k = 0; k < n; k++) {
    const to = slabs.upTo[k] as number;
    const top = Math.min(amount, to);
    if (top > from) incentive += (top - from) * (slabs.rate[k] as number);
    if (amount <= to) break;
    from = to;
  }
  return amount === 0 ? (slabs.rate[0] ?? 0) : incentive / amount;
}

/** Rounds a non-negative amount to the paisa, half-up. */
export function roundPaise(amount: number): number {
  return Math.floor(amount * 100 + 0.5) / 100;
}

/**
 * Evaluates one enrolment on the plan's float64 figures, as `pliByYear` + `evaluatePli` do:
 * net sales of its segments (as invoice lines split at the floor, units rounded half-up, where
 * the category has a floor), the part first year, thresholds (1/0 into `paid`, NaN outside the
 * tenure), rates and bonuses, caps in the engine's order, the incentive rounded to the paisa.
 *
 * @param c - the compiled enrolment
 * @param segRevenue - revenue by year × segment (`[y × S + s]`), rupees
 * @param segUnits - units by year × segment
 * @param S - segments
 * @param cumulative - cumulative investment counted by year (rupees)
 * @param incentive - out: incentive by year (rupees)
 * @param paid - out: 1 when the year's thresholds are met, 0 when not, NaN outside the tenure
 * @param partRevenue - per claimed segment: its revenue in the part first year's months
 * @param partUnits - per claimed segment: its units in those months
 * @internal
 */
export function evaluateEnrolment(
  c: FloatEnrolment,
  segRevenue: Float64Array,
  segUnits: Float64Array,
  S: number,
  cumulative: Float64Array,
  incentive: Float64Array,
  paid: Float64Array,
  partRevenue: Float64Array,
  partUnits: Float64Array,
): void {
  const Y = c.schemeYear.length;
  let cumulativeEligible = 0;
  let salesCapUsed = 0;
  let paidSoFar = 0;
  for (let y = 0; y < Y; y++) {
    incentive[y] = 0;
    paid[y] = Number.NaN;
    if (c.schemeYear[y] === 0) continue;
    let above = 0;
    let below = 0;
    // The part first year: the months' own sales, each segment's units at the year's price.
    const inPart = c.part !== null && c.part.year === y;
    for (let k = 0; k < c.segments.length; k++) {
      const s = c.segments[k] as number;
      const revenue = segRevenue[y * S + s] as number;
      if (!c.lines) {
        above += inPart ? (partRevenue[k] as number) : revenue;
        continue;
      }
      const units = segUnits[y * S + s] as number;
      if (!(units > 0)) continue;
      const rounded = Math.floor((inPart ? (partUnits[k] as number) : units) + 0.5);
      if (rounded <= 0) continue;
      const price = revenue / units;
      const f = c.floors[k] as number;
      const value = price * rounded;
      if (price > f || (price === f && c.inclusive[k] === 1)) above += value;
      else below += value;
    }
    const share = inPart ? 1 : (c.share[y] as number);
    const baseShare = c.baseShare[y] as number;
    const total = (above + below) * share;
    above *= share;
    const baseTotal = c.baseTotal * baseShare;
    const baseAbove = c.baseAbove * baseShare;
    const counted = c.countsAll ? total : above;
    const netIncremental = counted - (c.countsAll ? baseTotal : baseAbove);
    const eligibleIncremental = above - baseAbove;
    const invRequired = c.investmentRequired[y] as number;
    const salesRequired = c.salesRequired[y] as number;
    const invMet = Number.isNaN(invRequired) || (cumulative[y] as number) >= invRequired;
    const salesMet = Number.isNaN(salesRequired) || netIncremental >= salesRequired;
    let rate = c.slabs === null ? (c.rate[y] as number) : slabRate(c.slabs, eligibleIncremental);
    if (eligibleIncremental > 0) cumulativeEligible += eligibleIncremental;
    rate += c.optInBonus;
    for (const b of c.cumulativeBonuses) if (cumulativeEligible >= b.atLeast) rate += b.rate;
    const eligible = c.companyEligible && invMet && salesMet && c.missed[y] === 0;
    paid[y] = eligible ? 1 : 0;
    if (!eligible || !(eligibleIncremental > 0)) continue;
    let base = eligibleIncremental;
    let amount = 0;
    let afterSales = false;
    for (const cap of c.caps) {
      if (cap.kind !== 'incentive-limit') {
        const limit =
          cap.kind === 'sales-per-year'
            ? (cap.limits[y] as number)
            : cap.tenure
              ? cap.limit - salesCapUsed
              : cap.limit;
        const capped = cap.kind === 'sales-multiple' && limit < 0 ? 0 : limit;
        if (base > capped) base = capped;
        continue;
      }
      if (!afterSales) {
        salesCapUsed += base;
        amount = base * rate;
        afterSales = true;
      }
      const limit = cap.tenure ? cap.limit - paidSoFar : cap.limit;
      if (amount > limit) amount = Math.max(limit, 0);
    }
    if (!afterSales) {
      salesCapUsed += base;
      amount = base * rate;
    }
    const rounded = roundPaise(amount);
    incentive[y] = rounded;
    paidSoFar += rounded;
  }
}
