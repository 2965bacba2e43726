import * as z from 'zod';
import { type Decimal, ZERO } from '../core/decimal.js';
import { lazySchema } from '../core/lazySchema.js';
import { inr } from '../money/constructors.js';
import { formatMoney } from '../money/formatMoney.js';
import type { Money } from '../money/money.js';
import { moneySchemaFor } from '../money/moneySchema.js';
import { invoiceBandSide } from '../pli/invoiceBandSide.js';
import { idSchema } from '../projection/inputSchema.js';
import type { ProjectionResult } from '../projection/runProjection.js';
import { fiscalYearLabel, fiscalYearStart } from './_lib/fiscalYears.js';
import { enrolmentRules } from './pliEnrolmentRules.js';
import { shareSchema } from './scenarioFinance.js';
import type { PliSection } from './scenarioPli.js';

const nonNegativeInrSchema = lazySchema(() =>
  moneySchemaFor('INR').refine((m) => !m.amount.isNegative(), {
    message: 'must not be negative',
  }),
);

/**
 * The first month (`yyyy-MM`) of a fiscal year (`FY2023-24`, `FY24`: April), a month
 * (`2023-10`) or the month of a date (`2023-10-15`); undefined for other text.
 *
 * @example
 * ```ts
 * bandsStartMonth('FY24') //=> '2023-04'
 * bandsStartMonth('2023-10-15') //=> '2023-10'
 * ```
 */
export function bandsStartMonth(label: string): string | undefined {
  if (/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/.test(label)) return label.slice(0, 7);
  const start = fiscalYearStart(label);
  return start === undefined ? undefined : `${start}-04`;
}

/**
 * One invoice band: the units invoiced from `from` (inclusive) up to `to` (exclusive; omitted
 * for the open top band), as a share of the segment's units.
 *
 * @example
 * ```ts
 * invoiceBandSchema.parse({ from: '₹15,000', share: '0.4' }).share.toFixed() //=> '0.4'
 * ```
 */
export const invoiceBandSchema = lazySchema(() =>
  z
    .object({
      from: nonNegativeInrSchema,
      to: nonNegativeInrSchema.optional(),
      share: shareSchema,
    })
    .strict(),
);

/**
 * A segment's distribution of invoice values from a fiscal year or a date on (`from`; omitted:
 * from the horizon start): contiguous bands, lowest first, whose shares of the segment's units
 * sum to exactly 1. A later entry for the same segment replaces it from its own start (a date is
 * read as its month). The bands do not re-price the segment: its sales stay the projection's
 * (units × average price) and are split over the bands pro rata to units, so that a per-unit
 * invoice floor (LSEM's ₹15,000) makes the band shares, not the average price, decide the share
 * of sales eligible for PLI.
 *
 * @example
 * ```ts
 * segmentInvoiceBandsSchema.parse({ segment: 'phones', from: 'FY24', bands: [
 *   { from: '₹8,000', to: '₹15,000', share: '0.6' }, { from: '₹15,000', share: '0.4' }] }).startMonth
 * //=> '2023-04'
 * segmentInvoiceBandsSchema.parse({ segment: 'phones', bands: [{ from: '₹0', to: '₹15,000', share: '0.5' },
 *   { from: '₹15,000', share: '0.4' }] })
 * // throws ZodError: bands: the shares sum to 0.9, not 1
 * ```
 */
export const segmentInvoiceBandsSchema = lazySchema(() =>
  z
    .object({
      segment: idSchema,
      from: z
        .string()
        .refine((s) => bandsStartMonth(s) !== undefined, {
          message: 'expected a fiscal year ("FY2023-24"), a month ("2023-10") or a date',
        })
        .optional(),
      bands: z.array(invoiceBandSchema).min(1),
    })
    .strict()
    .superRefine((entry, ctx) => {
      const issue = (path: PropertyKey[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message });
      let sum = ZERO;
      entry.bands.forEach((band, j) => {
        sum = sum.plus(band.share);
        const previous = entry.bands[j - 1];
        if (previous !== undefined && !previous.to?.amount.equals(band.from.amount)) {
          issue(
            ['bands', j, 'from'],
            previous.to === undefined
              ? 'only the last band may be open (without "to")'
              : `must be the previous band's "to" (${previous.to.amount.toFixed()}): bands are contiguous, lowest first`,
          );
        }
        if (band.to !== undefined && !band.to.amount.greaterThan(band.from.amount)) {
          issue(['bands', j, 'to'], `must be above "from" (${band.from.amount.toFixed()})`);
        }
      });
      if (!sum.equals(1)) issue(['bands'], `the shares sum to ${sum.toFixed()}, not 1`);
    })
    .transform((entry) => ({
      ...entry,
      /** The first month the bands apply (`yyyy-MM`), or null for the horizon start. */
      startMonth: entry.from === undefined ? null : (bandsStartMonth(entry.from) ?? null),
    })),
);
/** See {@link segmentInvoiceBandsSchema}. */
export type SegmentInvoiceBands = z.output<typeof segmentInvoiceBandsSchema>;

/** The units of one invoice band of a segment in a fiscal year. */
export interface InvoiceBandUnits {
  readonly from: Money<'INR'>;
  /** The band's upper edge (exclusive), or null for the open top band. */
  readonly to: Money<'INR'> | null;
  /** Units invoiced in the band: each month's units × the band's share then, summed. */
  readonly units: Decimal;
}

const rupees = (amount: Decimal) => formatMoney(inr(amount), { decimals: 0 });

type Issue = { path: PropertyKey[]; message: string };

/**
 * Cross-checks the scenario's `invoiceBands` against its segments, horizon and PLI floors: each
 * names a known segment; a start lies inside the horizon; a segment's entries are in order of
 * their starts, the first from the horizon start; and no band has an enrolled segment's invoice
 * floor inside it (the floor must be a band edge, or the band's units cannot be split at it).
 *
 * @internal
 */
export function checkInvoiceBands(
  list: readonly SegmentInvoiceBands[],
  refs: {
    readonly segmentIds: ReadonlySet<string>;
    /** The horizon's first and last months (`yyyy-MM`), when it is known. */
    readonly months?: { readonly first: string; readonly last: string };
    readonly pli?: PliSection;
  },
): Issue[] {
  const issues: Issue[] = [];
  const issue = (path: PropertyKey[], message: string) => issues.push({ path, message });
  const last = new Map<string, string>();
  list.forEach((entry, i) => {
    const at = ['invoiceBands', i];
    if (!refs.segmentIds.has(entry.segment)) {
      issue([...at, 'segment'], `unknown segment "${entry.segment}"`);
    }
    const first = refs.months?.first ?? '';
    const start = entry.startMonth ?? first;
    const previous = last.get(entry.segment);
    if (refs.months !== undefined && (start < first || start > refs.months.last)) {
      issue([...at, 'from'], `${entry.from} is outside the horizon`);
    } else if (previous === undefined && start !== first) {
      issue(
        [...at, 'from'],
        `the first bands of segment "${entry.segment}" must apply from the horizon start (omit "from")`,
      );
    } else if (previous !== undefined && start <= previous) {
      issue([...at, 'from'], `must start after the segment's previous bands (${previous})`);
    }
    last.set(entry.segment, start);
  });
  const pli = refs.pli;
  pli?.enrolments.forEach((e) => {
    let floors: { product?: string; minimumRupees: Decimal; inclusive: boolean }[];
    try {
      floors = [
        ...(enrolmentRules(e, pli).scheme.categories[e.enrolment.category]?.invoiceFloor?.floors ??
          []),
      ];
    } catch {
      return; // the PLI section's own check reports an unusable scheme
    }
    for (const s of e.segments) {
      const segment = typeof s === 'string' ? s : s.segment;
      const product = typeof s === 'string' ? undefined : s.product;
      const floor =
        floors.find((f) => f.product !== undefined && f.product === product) ??
        floors.find((f) => f.product === undefined);
      if (floor === undefined) continue;
      list.forEach((entry, i) => {
        if (entry.segment !== segment) return;
        entry.bands.forEach((band, j) => {
          const side = invoiceBandSide(
            band.from.amount,
            band.to?.amount ?? null,
            floor.minimumRupees,
            floor.inclusive,
          );
          if (side !== 'straddles') return;
          issue(
            ['invoiceBands', i, 'bands', j],
            `has the ${floor.inclusive ? '≥' : '>'} ${rupees(floor.minimumRupees)} invoice floor of ${e.enrolment.scheme.id} ${e.enrolment.category} (enrolment "${e.id}") inside it: the floor must be a band edge, so split the band at ${rupees(floor.minimumRupees)}`,
          );
        });
      });
    }
  });
  return issues;
}

/** The fiscal year (April–March) of a month label `yyyy-MM`. */
function fiscalYearOfMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  return fiscalYearLabel(Number(month.slice(5, 7)) >= 4 ? year : year - 1);
}

/**
 * The units of each banded segment by fiscal year and band: each month's units split by the
 * bands in effect that month, summed over the year's months (bands with the same edges in two
 * entries are one band). Segments without bands are absent.
 *
 * @param list - the scenario's `invoiceBands`, checked
 * @param projection - the projection's result (its monthly segment rows)
 * @returns by segment id, by fiscal year, the bands' units (lowest band first)
 *
 * @example
 * doctest: skip (needs a projection result)
 * ```ts
 * invoiceBandUnits([{ segment: 'phones', startMonth: null, bands: [sixty, forty] }], projection)
 *   .get('phones')?.get('FY2023-24')?.[1]?.units.toFixed() //=> 40% of the year's units
 * ```
 */
export function invoiceBandUnits(
  list: readonly SegmentInvoiceBands[],
  projection: ProjectionResult,
): ReadonlyMap<string, ReadonlyMap<string, readonly InvoiceBandUnits[]>> {
  const out = new Map<string, Map<string, InvoiceBandUnits[]>>();
  for (const segment of projection.segments) {
    const entries = list.filter((e) => e.segment === segment.id);
    if (entries.length === 0) continue;
    const byYear = new Map<string, Map<string, InvoiceBandUnits>>();
    for (const row of segment.monthly) {
      const month = row.period.slice(0, 7);
      // The entry in effect: the last one starting at or before the month (the first starts at
      // the horizon start, as the scenario check makes sure).
      const entry =
        entries.filter((e) => e.startMonth === null || e.startMonth <= month).at(-1) ?? entries[0];
      const year = fiscalYearOfMonth(month);
      const bands = byYear.get(year) ?? new Map<string, InvoiceBandUnits>();
      byYear.set(year, bands);
      for (const band of entry?.bands ?? []) {
        const key = `${band.from.amount.toFixed()}-${band.to?.amount.toFixed() ?? ''}`;
        const units = row.units.times(band.share).plus(bands.get(key)?.units ?? ZERO);
        bands.set(key, { from: band.from, to: band.to ?? null, units });
      }
    }
    out.set(
      segment.id,
      new Map(
        [...byYear].map(([year, bands]) => [
          year,
          [...bands.values()].sort((a, b) => a.from.amount.comparedTo(b.from.amount)),
        ]),
      ),
    );
  }
  return out;
}
