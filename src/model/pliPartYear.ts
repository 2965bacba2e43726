import { type Decimal, ZERO } from '../core/decimal.js';
import { decimalJsRounding } from '../core/rounding.js';
import { inr } from '../money/constructors.js';
import type { Money } from '../money/money.js';
import type { PliScheme } from '../pli/scheme.js';
import type { SegmentResult } from '../projection/runProjection.js';
import { fiscalYearStart } from './_lib/fiscalYears.js';

/** The sales of the months a part-year claim covers, as the PLI layer's `years[i].part` takes them. */
export interface PartYearSales {
  /** The first month claimed, `yyyy-MM`. */
  readonly from: string;
  readonly netSales: Money<'INR'>;
  /** One line per segment and month: the month's units at the month's invoice value. */
  readonly lines: readonly {
    readonly invoiceValue: Money<'INR'>;
    readonly units: Decimal;
    readonly product?: string;
  }[];
}

/**
 * The monthly sales of an enrolment's segments in the part of its first scheme year that counts
 * (the scheme's `firstYearPart`, e.g. LSEM's 1 August): the plan is monthly inside, so the months
 * claimed are summed rather than a share of the year taken — a plant ramping up through the year
 * sells more after August than 8/12 of its year. Undefined when the whole year counts.
 *
 * @param scheme - the scheme under the enrolment's rules
 * @param firstYear - the enrolment's first scheme year (`FY2021-22`)
 * @param segments - the projection's segments (monthly rows)
 * @param products - the enrolment's segment ids, each with its product for invoice floors
 * @param ratio - a re-forecast's scale on the plan's sales (null: as planned)
 * @returns the part's first month, net sales and lines, or undefined
 *
 * @example
 * ```ts
 * // LSEM year 1 FY2021-22 counts from 1 August: the months 2021-08 … 2022-03 of the segments.
 * firstYearPartSales(getPliScheme('lsem-2020'), 'FY2021-22', [], new Map(), null)?.from //=> '2021-08'
 * ```
 */
export function firstYearPartSales(
  scheme: PliScheme,
  firstYear: string,
  segments: readonly SegmentResult[],
  products: ReadonlyMap<string, string | undefined>,
  ratio: Decimal | null,
): PartYearSales | undefined {
  const rule = scheme.firstYearPart;
  const start = fiscalYearStart(firstYear);
  if (rule === undefined || rule.fromMonth === 4 || start === undefined) return undefined;
  const year = rule.fromMonth < 4 ? start + 1 : start;
  const from = `${year}-${String(rule.fromMonth).padStart(2, '0')}`;
  const last = `${start + 1}-03`;
  const rows = segments
    .filter((s) => products.has(s.id))
    .flatMap((s) =>
      s.monthly
        .filter((m) => m.period >= from && m.period <= last)
        .map((m) => ({ segment: s.id, row: m })),
    );
  const scale = (d: Decimal) => (ratio === null ? d : d.times(ratio));
  const lines = rows
    .filter(({ row }) => row.units.greaterThan(0))
    .map(({ segment, row }) => {
      const product = products.get(segment);
      return {
        invoiceValue: row.averagePrice,
        // The engine counts whole units: rounded half-up per month (at most half a device).
        units: scale(row.units).toDecimalPlaces(0, decimalJsRounding('half-up')),
        ...(product === undefined ? {} : { product }),
      };
    })
    .filter((line) => line.units.greaterThan(0));
  return {
    from,
    netSales: inr(rows.reduce((a, { row }) => a.plus(scale(row.revenue.amount)), ZERO)),
    lines,
  };
}
