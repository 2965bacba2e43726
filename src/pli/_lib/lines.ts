import { ZERO } from '../../core/decimal.js';
import { compare } from '../../money/compare.js';
import { inr } from '../../money/constructors.js';
import type { Money } from '../../money/money.js';
import type { PliSalesLine } from '../enrolment.js';
import { PliError } from '../errors.js';
import type { PliInvoiceFloor } from '../scheme.js';

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
    const order = f === undefined ? 1 : compare(line.invoiceValue, inr(f.minimumRupees));
    const qualifies = f === undefined || order > 0 || (order === 0 && f.inclusive);
    if (qualifies) above = above.plus(value);
    else below = below.plus(value);
  });
  return { total: inr(above.plus(below)), aboveFloor: inr(above), belowFloor: inr(below) };
}
