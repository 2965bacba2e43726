import { ZERO } from '../../core/decimal.js';
import { compare } from '../../money/compare.js';
import { computedInr as inr, type Money } from '../../money/money.js';
import type { PliSalesLine } from '../enrolment.js';
import { PliError } from '../errors.js';
import { invoiceBandSide } from '../invoiceBandSide.js';
import type { PliInvoiceFloor } from '../scheme.js';
import { rupees } from './format.js';

/** Sales split by the invoice floor. */
export interface SplitSales {
  readonly total: Money<'INR'>;
  readonly aboveFloor: Money<'INR'>;
  readonly belowFloor: Money<'INR'>;
}

// The floor for a line: its product's own, else the floor for every product, else none.
function floorFor(floor: PliInvoiceFloor, line: PliSalesLine, path: string) {
  const own = floor.floors.find((f) => f.product !== undefined && f.product === line.product);
  if (own !== undefined) return own;
  const general = floor.floors.find((f) => f.product === undefined);
  if (general !== undefined) return general;
  if (line.product === undefined) {
    const products = floor.floors.map((f) => f.product).join(', ');
    throw new PliError(
      'PLI_PRODUCT_REQUIRED',
      `${path}.product is required: this category sets invoice floors by product (${products})`,
    );
  }
  return undefined;
}

type Floor = PliInvoiceFloor['floors'][number];

function qualifiesByValue(line: PliSalesLine, f: Floor): boolean {
  const order = compare(line.invoiceValue, inr(f.minimumRupees));
  return order > 0 || (order === 0 && f.inclusive);
}

// A band is judged by its edges: the floor must be one of them (or outside the band).
function qualifiesByBand(band: NonNullable<PliSalesLine['band']>, f: Floor, path: string) {
  const side = invoiceBandSide(
    band.from.amount,
    band.to?.amount ?? null,
    f.minimumRupees,
    f.inclusive,
  );
  if (side === 'straddles') {
    throw new PliError(
      'PLI_BAND_STRADDLES_FLOOR',
      `${path} (${rupees(band.from)}${band.to === undefined ? ' and above' : ` to ${rupees(band.to)}`}) has the ${f.inclusive ? '≥' : '>'} ${rupees(inr(f.minimumRupees))} invoice floor inside it: split the band at the floor`,
    );
  }
  return side === 'clears';
}

/** Sums lines (invoice value × units), splitting them at the category's invoice floor. */
export function splitLines(
  lines: readonly PliSalesLine[],
  floor: PliInvoiceFloor | undefined,
  path: string,
): SplitSales {
  let above = ZERO;
  let below = ZERO;
  lines.forEach((line, i) => {
    const value = line.invoiceValue.amount.times(line.units);
    const f = floor === undefined ? undefined : floorFor(floor, line, `${path}[${i}]`);
    const qualifies =
      f === undefined ||
      (line.band === undefined
        ? qualifiesByValue(line, f)
        : qualifiesByBand(line.band, f, `${path}[${i}].band`));
    if (qualifies) above = above.plus(value);
    else below = below.plus(value);
  });
  return { total: inr(above.plus(below)), aboveFloor: inr(above), belowFloor: inr(below) };
}
