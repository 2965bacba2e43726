import { type Decimal, ONE } from '../../core/decimal.js';
import type { Money } from '../../money/money.js';
import { subtract } from '../../money/subtract.js';
import { PliError } from '../errors.js';
import type { PliCategory } from '../scheme.js';
import type { EvaluatedYear } from './checkYears.js';
import { crores } from './format.js';
import type { SplitSales } from './lines.js';
import { claimedMonths, monthText, type PartYear, partOf } from './partYear.js';
import { salesOf } from './resolve.js';

/** A year's sales as the scheme counts them, against the base year's. */
export interface YearSales {
  /** The share of the fiscal year whose sales count (1, or months ÷ 12). */
  readonly share: Decimal;
  /** The counted sales, split at the invoice floor. */
  readonly sales: SplitSales;
  /** Sales counted towards the sales threshold. */
  readonly counted: Money<'INR'>;
  readonly netIncrementalSales: Money<'INR'>;
  readonly eligibleIncrementalSales: Money<'INR'>;
  /** How a part year was counted, in words; undefined for a whole year. */
  readonly reason: string | undefined;
}

/**
 * The sales a scheme year counts. The first scheme year may count only from a month (LSEM:
 * 1 August), and any year may be claimed for part of it (a firm that started production
 * mid-year): with the months' own sales (`part`) those are counted; without them, the year's
 * sales time-proportionately. The base year (known only as a year) is compared pro rata by
 * months where the rule says so.
 *
 * @param y - the input year
 * @param schemeYear - 1 for the firm's first scheme year
 * @param part - the scheme's rule for its first year, or null when the whole year counts
 * @param base - the base year's sales, split at the floor
 * @param floor - the category's invoice floor
 * @returns the counted sales, the increments and the part-year reason
 * @throws {PliError} `PLI_YEAR_OUTSIDE_TENURE` for a part that starts outside the year, or
 *   before scheme year 1 starts counting
 */
export function yearSales(
  y: EvaluatedYear,
  schemeYear: number,
  part: PartYear | null,
  base: SplitSales,
  floor: PliCategory['invoiceFloor'],
): YearSales {
  const countsAll = floor?.countsTowardsThresholds ?? true;
  const whole = salesOf(y.netSales, y.lines, floor, `years[${y.index}].lines`);
  const claimed = y.part === undefined ? undefined : claimedMonths(y.part.from, y.start);
  if (y.part !== undefined && claimed === undefined) {
    throw new PliError(
      'PLI_YEAR_OUTSIDE_TENURE',
      `years[${y.index}].part.from ${y.part.from} is not a month of ${y.year}`,
    );
  }
  const ruled = schemeYear === 1 && part !== null;
  if (ruled && claimed !== undefined && claimed > part.months) {
    throw new PliError(
      'PLI_YEAR_OUTSIDE_TENURE',
      `years[${y.index}].part.from ${y.part?.from} is before scheme year 1 starts counting (${part.from})`,
    );
  }
  const partial = claimed !== undefined || ruled;
  const share = claimed !== undefined ? ONE.times(claimed).dividedBy(12) : ruled ? part.share : ONE;
  const months = claimed ?? (ruled ? part.months : 12);
  const proRataBase =
    claimed !== undefined ? (ruled ? part.proRataBase : true) : ruled && part.proRataBase;
  const sales =
    y.part !== undefined
      ? salesOf(y.part.netSales, y.part.lines, floor, `years[${y.index}].part.lines`)
      : partial
        ? partOf(whole, share)
        : whole;
  const yearBase = partial && proRataBase ? partOf(base, share) : base;
  const yearBaseCounted = countsAll ? yearBase.total : yearBase.aboveFloor;
  const counted = countsAll ? sales.total : sales.aboveFloor;
  let reason: string | undefined;
  if (partial) {
    const of = `${crores(counted)} of ${crores(countsAll ? whole.total : whole.aboveFloor)}`;
    const against = proRataBase
      ? `, against ${months}/12 of the base year (${crores(yearBaseCounted)})`
      : ', against the whole base year';
    reason =
      y.part !== undefined
        ? `${ruled ? `scheme year 1 counts sales from ${part.from}; ` : ''}the claim covers ${monthText(y.part.from)} to the year's end (${months} months): those months' own sales, ${of} for the year${against}`
        : `scheme year 1 counts sales from ${part?.from}: ${months}/12 of the year's sales (${of}), time-proportionately${against}`;
  }
  return {
    share,
    sales,
    counted,
    netIncrementalSales: subtract(counted, yearBaseCounted),
    eligibleIncrementalSales: subtract(sales.aboveFloor, yearBase.aboveFloor),
    reason,
  };
}
