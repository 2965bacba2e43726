import { type Decimal, ONE } from '../core/decimal.js';
import {
  type RepeatedTaxAddition,
  type TaxBlock,
  type TaxDepreciationYear,
  taxDepreciationOfRepeated,
} from '../schedule/taxDepreciation.js';
import { parseFiscalYear } from '../time/parseFiscalYear.js';
import type { InvestmentFigures } from './investments.js';
import type { Scenario } from './scenario.js';

/**
 * The plan's depreciation under the Income-tax Act: each investment's capex of a fiscal year is
 * spent evenly over its twelve months, each month's part put to use in the middle of the month
 * (the 15th) and split over the investment's tax blocks. Parts put to use from mid-October on are
 * used fewer than 180 days in the year and get half the rate — so half of an evenly spent year's
 * additions get the full rate and half get half. The opening net block's written-down value
 * (`opening.netBlock.taxWrittenDownValue`) is each block's opening balance.
 *
 * @param scenario - the validated scenario (its investments' `taxBlock`)
 * @param investment - the phased investment (capex by commitment and year)
 * @param years - the horizon's fiscal years
 * @returns one {@link TaxDepreciationYear} per year
 */
export function taxDepreciationByYear(
  scenario: Scenario,
  investment: InvestmentFigures,
  years: readonly string[],
): TaxDepreciationYear[] {
  const additions: RepeatedTaxAddition[] = [];
  // The middle of each month of a year, written when an investment first spends in it, once for
  // every investment spending in it (a run without capex — an opening-run-rate baseline — never).
  const midMonths: string[][] = [];
  const midMonthsOf = (y: number): string[] => {
    let months = midMonths[y];
    if (months === undefined) {
      const start = parseFiscalYear(years[y] ?? '').startYear;
      months = Array.from({ length: 12 }, (_, m) => {
        // Fiscal month m (0 = April) is calendar month 4 + m, running into the next year.
        const calendar = ((3 + m) % 12) + 1;
        return `${start + (m >= 9 ? 1 : 0)}-${String(calendar).padStart(2, '0')}-15`;
      });
      midMonths[y] = months;
    }
    return months;
  };
  scenario.investments.forEach((inv, i) => {
    const blocks: [TaxBlock, Decimal][] =
      typeof inv.taxBlock === 'string'
        ? [[inv.taxBlock, ONE]]
        : (Object.entries(inv.taxBlock) as [TaxBlock, Decimal][]);
    const byYear = investment.commitments[i]?.byYear ?? [];
    years.forEach((_, y) => {
      const capex = byYear[y]?.amount;
      if (capex === undefined || capex.isZero()) return;
      // Each block's twelfth of the year's capex, computed once: every month adds the same value
      // (each block's months in order — what month by month, block by block added to it).
      const putToUse = midMonthsOf(y);
      for (const [block, share] of blocks) {
        additions.push({ block, amount: capex.times(share).dividedBy(12), putToUse });
      }
    });
  });
  // The opening net block's written-down value, by block, depreciates from the first year.
  const opening = Object.fromEntries(
    Object.entries(scenario.opening?.netBlock?.taxWrittenDownValue ?? {}).map(([block, m]) => [
      block,
      m.amount,
    ]),
  ) as Partial<Record<TaxBlock, Decimal>>;
  // Built here from the parsed scenario: the schedule layer's core, without a second parse.
  return taxDepreciationOfRepeated(additions, years, opening);
}
