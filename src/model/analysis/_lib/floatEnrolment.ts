import { schemeAmount } from '../../../pli/_lib/amounts.js';
import { fiscalYearStart } from '../../../pli/_lib/fiscalYear.js';
import { partYearOf } from '../../../pli/_lib/partYear.js';
import { chooseFirstYear, figure, findCategory, salesOf } from '../../../pli/_lib/resolve.js';
import { checkCompanyEligibility } from '../../../pli/checkCompanyEligibility.js';
import { PliError } from '../../../pli/errors.js';
import type { PliScheme } from '../../../pli/scheme.js';
import { enrolmentRules } from '../../pliEnrolmentRules.js';
import { firstYearPartSales } from '../../pliPartYear.js';
import type { PliEnrolment, PliSection } from '../../scenarioPli.js';

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
