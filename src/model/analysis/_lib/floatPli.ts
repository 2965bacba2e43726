import { schemeAmount } from '../../../pli/_lib/amounts.js';
import { fiscalYearStart } from '../../../pli/_lib/fiscalYear.js';
import { partYearOf } from '../../../pli/_lib/partYear.js';
import { chooseFirstYear, figure, findCategory, salesOf } from '../../../pli/_lib/resolve.js';
import { checkCompanyEligibility } from '../../../pli/checkCompanyEligibility.js';
import { PliError } from '../../../pli/errors.js';
import type { PliScheme } from '../../../pli/scheme.js';
import { firstYearPartSales } from '../../pliPartYear.js';
import { enrolmentRules, type PliEnrolment, type PliSection } from '../../scenarioPli.js';

/** One cap, in the order the PLI engine applies it. */
type Cap =
  | { readonly kind: 'sales-per-year'; readonly limits: Float64Array }
  | { readonly kind: 'sales-multiple'; readonly limit: number; readonly tenure: boolean }
  | { readonly kind: 'incentive-limit'; readonly limit: number; readonly tenure: boolean };

/**
 * A PLI enrolment compiled for float64 evaluation: everything the plan's varied inputs cannot
 * change (the rules in force with their versions, the scheme years, thresholds, rates, caps,
 * base-year sales, invoice floors, the first-year part rule, the years taken as missed) resolved
 * once from the exact PLI layer's own helpers.
 */
export interface FloatEnrolment {
  readonly id: string;
  /** Projection segment index of each claimed segment. */
  readonly segments: Int32Array;
  /** Invoice floor per claimed segment (rupees); −Infinity where none applies. */
  readonly floors: Float64Array;
  /** 1 where a price equal to the floor qualifies. */
  readonly inclusive: Uint8Array;
  /** Sales as invoice lines (a category with an invoice floor) or as net sales. */
  readonly lines: boolean;
  readonly countsAll: boolean;
  readonly baseTotal: number;
  readonly baseAbove: number;
  /** Investment indices whose cumulative spend counts. */
  readonly investments: Int32Array;
  /** What the opening position invested in the enrolment's investments before the horizon. */
  readonly openingInvested: number;
  /** Per horizon year: scheme year (0 outside the tenure). */
  readonly schemeYear: Int32Array;
  /** Per horizon year: the counted share of the year (1, or 8/12 in a part first year). */
  readonly share: Float64Array;
  /** Per horizon year: the base year's share (the part-year share when the base is pro rata). */
  readonly baseShare: Float64Array;
  readonly investmentRequired: Float64Array;
  readonly salesRequired: Float64Array;
  /** By-year rate per horizon year (NaN when the rate is by slab). */
  readonly rate: Float64Array;
  readonly slabs: {
    readonly upTo: Float64Array;
    readonly rate: Float64Array;
    readonly marginal: boolean;
  } | null;
  readonly optInBonus: number;
  readonly cumulativeBonuses: readonly { readonly atLeast: number; readonly rate: number }[];
  readonly caps: readonly Cap[];
  /** Per horizon year: 1 when taken as missed. */
  readonly missed: Uint8Array;
  /**
   * The first scheme year counted from a month (LSEM: 1 August), claimed on the plan's sales of
   * those months as `pliByYear` does: its horizon year and month range, or null.
   */
  readonly part: { readonly year: number; readonly from: number; readonly to: number } | null;
  readonly companyEligible: boolean;
  /** Scratch: each claimed segment's revenue and units in the part first year's months. */
  readonly partRevenue: Float64Array;
  readonly partUnits: Float64Array;
}

const num = (d: { toNumber(): number }) => d.toNumber();

/**
 * Compiles an enrolment of a scenario, resolving its rules as `pliByYear` does.
 *
 * @internal
 */
export function compileEnrolment(
  e: PliEnrolment,
  section: PliSection,
  segmentIndex: (id: string) => number,
  investmentIndex: (id: string) => number,
  years: readonly string[],
  months: readonly string[],
  openingInvested: number,
): FloatEnrolment {
  const scheme: PliScheme = enrolmentRules(e, section).scheme;
  const parsed = e.enrolment;
  const category = findCategory(scheme, parsed.category);
  const firstYear = chooseFirstYear(scheme, parsed.firstYear);
  const first = fiscalYearStart(firstYear);
  const part = partYearOf(scheme);
  const floor = category.invoiceFloor;
  const countsAll = floor?.countsTowardsThresholds ?? true;
  const base = salesOf(parsed.baseYearSales, parsed.baseYearLines, floor, 'baseYearLines');
  const ids = e.segments.map((s) => (typeof s === 'string' ? s : s.segment));
  const products = e.segments.map((s) => (typeof s === 'string' ? undefined : s.product));
  const floors = new Float64Array(ids.length).fill(Number.NEGATIVE_INFINITY);
  const inclusive = new Uint8Array(ids.length).fill(1);
  if (floor !== undefined) {
    products.forEach((product, i) => {
      const own = floor.floors.find((f) => f.product !== undefined && f.product === product);
      const f = own ?? floor.floors.find((x) => x.product === undefined);
      if (f === undefined) {
        throw new PliError(
          'PLI_PRODUCT_REQUIRED',
          `pli.enrolments[${e.id}].segments[${i}]: this category sets invoice floors by product; give the segment's product`,
        );
      }
      floors[i] = num(f.minimumRupees);
      inclusive[i] = f.inclusive ? 1 : 0;
    });
  }
  const Y = years.length;
  const schemeYear = new Int32Array(Y);
  const share = new Float64Array(Y).fill(1);
  const baseShare = new Float64Array(Y).fill(1);
  const investmentRequired = new Float64Array(Y).fill(Number.NaN);
  const salesRequired = new Float64Array(Y).fill(Number.NaN);
  const rate = new Float64Array(Y).fill(Number.NaN);
  const missed = new Uint8Array(Y);
  const rates = category.rates ?? scheme.rates;
  const where = `${scheme.id} category ${parsed.category}`;
  if (rates === undefined) throw new PliError('PLI_FIGURE_UNKNOWN', `${where} has no rates`);
  const assumed = e.assumeMissed;
  years.forEach((year, y) => {
    const start = fiscalYearStart(year);
    if (start < first || start >= first + scheme.tenure.years) return;
    const sy = start - first + 1;
    schemeYear[y] = sy;
    if (sy === 1 && part !== null) {
      share[y] = num(part.share);
      baseShare[y] = part.proRataBase ? num(part.share) : 1;
    }
    const inv = figure(
      scheme,
      category.thresholds.investment?.cumulative,
      sy,
      `${where} investment threshold`,
    );
    if (inv !== null) investmentRequired[y] = num(inv.amount);
    const sales = figure(
      scheme,
      category.thresholds.sales?.incremental,
      sy,
      `${where} sales threshold`,
    );
    if (sales !== null) salesRequired[y] = num(sales.amount);
    if (rates.kind === 'by-year') {
      const r = rates.rates[sy - 1] ?? null;
      if (r === null) {
        throw new PliError(
          'PLI_FIGURE_UNKNOWN',
          `${where} rate for scheme year ${sy} (${year}) is unknown (null in the scheme); supply it with withOverrides`,
        );
      }
      rate[y] = num(r);
    }
    if (assumed !== undefined && (assumed.years === 'all' || assumed.years.includes(year)))
      missed[y] = 1;
  });
  const amount = (d: Parameters<typeof schemeAmount>[1]) => num(schemeAmount(scheme, d).amount);
  const committed = parsed.committedInvestment;
  const needCommitted = (kind: string): number => {
    if (committed === undefined) {
      throw new PliError(
        'PLI_INPUT_REQUIRED',
        `committedInvestment is required: ${where} has a ${kind} cap`,
      );
    }
    return num(committed.amount);
  };
  const all = category.caps ?? [];
  const caps: Cap[] = [
    ...all.flatMap((c): Cap[] =>
      c.kind === 'eligible-sales-per-year'
        ? [
            {
              kind: 'sales-per-year',
              limits: Float64Array.from(years, (_, y) => {
                const limit = schemeYear[y] === 0 ? null : c.amounts[(schemeYear[y] ?? 1) - 1];
                return limit == null ? Number.POSITIVE_INFINITY : amount(limit);
              }),
            },
          ]
        : [],
    ),
    ...all.flatMap((c): Cap[] =>
      c.kind === 'sales-multiple-of-committed-investment'
        ? [
            {
              kind: 'sales-multiple',
              limit: needCommitted(c.kind) * num(c.multiple),
              tenure: c.scope === 'tenure',
            },
          ]
        : [],
    ),
    ...all.flatMap((c): Cap[] => {
      switch (c.kind) {
        case 'incentive-per-year':
          return [{ kind: 'incentive-limit', limit: amount(c.amount), tenure: false }];
        case 'incentive-total':
          return [{ kind: 'incentive-limit', limit: amount(c.amount), tenure: true }];
        case 'incentive-multiple-of-committed-investment':
          return [
            {
              kind: 'incentive-limit',
              limit: needCommitted(c.kind) * num(c.multiple),
              tenure: c.scope === 'tenure',
            },
          ];
        default:
          return [];
      }
    }),
  ];
  const attributes = parsed.attributes ?? [];
  const bonuses = category.bonuses ?? [];
  const company =
    parsed.company === undefined
      ? undefined
      : checkCompanyEligibility(scheme, parsed.category, parsed.company);
  return {
    part: partMonths(scheme, firstYear, years, months),
    id: e.id,
    segments: Int32Array.from(ids, segmentIndex),
    floors,
    inclusive,
    lines: floor !== undefined,
    countsAll,
    baseTotal: num(base.total.amount),
    baseAbove: num(base.aboveFloor.amount),
    investments: Int32Array.from(e.investments.map(investmentIndex).filter((i) => i >= 0)),
    openingInvested,
    schemeYear,
    share,
    baseShare,
    investmentRequired,
    salesRequired,
    rate,
    slabs:
      rates.kind === 'slabs'
        ? {
            upTo: Float64Array.from(rates.slabs, (s) =>
              s.upTo === null ? Number.POSITIVE_INFINITY : amount(s.upTo),
            ),
            rate: Float64Array.from(rates.slabs, (s) => num(s.rate)),
            marginal: rates.method === 'marginal',
          }
        : null,
    optInBonus: bonuses
      .filter((b) => b.condition.kind === 'opt-in' && attributes.includes(b.id))
      .reduce((a, b) => a + num(b.rate), 0),
    cumulativeBonuses: bonuses.flatMap((b) =>
      b.condition.kind === 'opt-in'
        ? []
        : [{ atLeast: amount(b.condition.atLeast), rate: num(b.rate) }],
    ),
    caps,
    missed,
    companyEligible: company?.eligible ?? true,
    partRevenue: new Float64Array(ids.length),
    partUnits: new Float64Array(ids.length),
  };
}

/**
 * The horizon year and month indices of a first scheme year counted from a month, the months
 * `firstYearPartSales` sums for the exact model; null when the whole year counts.
 */
function partMonths(
  scheme: PliScheme,
  firstYear: string,
  years: readonly string[],
  months: readonly string[],
): FloatEnrolment['part'] {
  const year = years.indexOf(firstYear);
  const found = firstYearPartSales(scheme, firstYear, undefined, [], null);
  if (year < 0 || found === undefined) return null;
  const last = `${fiscalYearStart(firstYear) + 1}-03`;
  let from = months.length;
  let to = -1;
  months.forEach((m, i) => {
    if (m < found.from || m > last) return;
    from = Math.min(from, i);
    to = Math.max(to, i);
  });
  return { year, from, to };
}

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
