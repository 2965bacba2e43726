import type { Decimal } from '../core/decimal.js';

/** Where an invoice band lies against a floor: wholly clearing it, wholly below, or across it. */
export type InvoiceBandSide = 'clears' | 'below' | 'straddles';

/**
 * Where the invoice values of a band — from `from` (inclusive) up to `to` (exclusive; `null` for
 * an open top band) — lie against a per-unit invoice floor of `minimum` rupees (`inclusive`: a
 * unit invoiced at exactly the minimum qualifies, as LSEM's "₹15,000 and above"). A band clears
 * the floor when every value in it qualifies, is below when none does, and straddles it
 * otherwise: then the floor is not one of the band edges and the band's units cannot be split.
 *
 * @param from - the band's lowest invoice value per unit, in rupees
 * @param to - the band's upper edge (exclusive), or null for no upper edge
 * @param minimum - the floor, in rupees per unit
 * @param inclusive - whether a unit at exactly the floor qualifies
 * @returns `'clears'`, `'below'` or `'straddles'`
 *
 * @example
 * ```ts
 * invoiceBandSide(new Decimal(15000), null, new Decimal(15000), true) //=> 'clears'
 * invoiceBandSide(new Decimal(8000), new Decimal(15000), new Decimal(15000), true) //=> 'below'
 * invoiceBandSide(new Decimal(12000), new Decimal(18000), new Decimal(15000), true) //=> 'straddles'
 * invoiceBandSide(new Decimal(15000), null, new Decimal(15000), false) //=> 'straddles'
 * ```
 */
export function invoiceBandSide(
  from: Decimal,
  to: Decimal | null,
  minimum: Decimal,
  inclusive: boolean,
): InvoiceBandSide {
  if (from.greaterThan(minimum) || (from.equals(minimum) && inclusive)) return 'clears';
  // Values below `to` (exclusive) all fall below a floor at or above it.
  if (to?.lessThanOrEqualTo(minimum)) return 'below';
  return 'straddles';
}
