import { type Decimal, ZERO } from '../../core/decimal.js';
import type { ProfitAndLossYear } from '../profitAndLoss.js';

/** What a year's margins are worked out from: its EBITDA and revenue, shared by both statements. */
export interface MarginFigures {
  readonly y: { readonly revenue: Decimal };
  readonly ebitda: Decimal;
  /** EBITDA / revenue, worked out when first read (by either statement's row) and kept here. */
  ebitdaMargin?: Decimal;
}

/** What a row's margins are worked out from, and the profit margin once it has been. */
interface MarginsOf {
  readonly year: MarginFigures;
  readonly pat: Decimal;
  patMargin?: Decimal;
}

/** A key of the row's that JSON, spread, `Object.keys` and deep equality do not see. */
const MARGINS = Symbol('margins');
type RowWithMargins = ProfitAndLossYear & { readonly [MARGINS]: MarginsOf };

function ratioOf(part: Decimal, whole: Decimal): Decimal {
  return whole.isZero() ? ZERO : part.dividedBy(whole);
}

/**
 * The margins as the row's own getters, the same two functions for every row: an accessor whose
 * function differs from row to row (a closure, as `whenRead` defines) puts each row in
 * dictionary mode — ~2 kB a row in place of ~0.5 kB — where shared ones keep the rows on one
 * hidden class.
 */
const MARGIN_GETTERS: PropertyDescriptorMap = {
  ebitdaMargin: {
    enumerable: true,
    configurable: true,
    get(this: RowWithMargins): Decimal {
      const year = this[MARGINS].year;
      year.ebitdaMargin ??= ratioOf(year.ebitda, year.y.revenue);
      return year.ebitdaMargin;
    },
  },
  patMargin: {
    enumerable: true,
    configurable: true,
    get(this: RowWithMargins): Decimal {
      const of = this[MARGINS];
      of.patMargin ??= ratioOf(of.pat, of.year.y.revenue);
      return of.patMargin;
    },
  },
};

/**
 * A P&L row with its margins — EBITDA and profit after tax over revenue (zero without revenue) —
 * as its last two keys, worked out when first read and kept: divisions (a fifth of a
 * statement's work) that only a report reads, and no one reads a baseline's or an outturn's.
 * They read figures fixed here, so JSON and every reader see the very digits they always did.
 *
 * @param row - the row's other lines, not yet frozen
 * @param year - the year's EBITDA and revenue (and its EBITDA margin, once worked out)
 * @param pat - the row's profit after tax
 * @returns the row
 *
 * @example
 * ```ts
 * const year = { y: { revenue: toDecimal(200) }, ebitda: toDecimal(50) };
 * const row = withMargins({ year: 'FY2021-22' } as never, year, toDecimal(30));
 * [row.ebitdaMargin.toString(), row.patMargin.toString()] //=> ['0.25', '0.15']
 * ```
 */
export function withMargins(
  row: Omit<ProfitAndLossYear, 'ebitdaMargin' | 'patMargin'>,
  year: MarginFigures,
  pat: Decimal,
): ProfitAndLossYear {
  Object.defineProperty(row, MARGINS, { value: { year, pat } });
  return Object.defineProperties(row, MARGIN_GETTERS) as ProfitAndLossYear;
}
