import { BIG_ZERO, type BigDecimal, bigSum } from '../core/bigDecimal.js';
import { bigToDecimal } from '../core/bigDecimalConvert.js';
import { type Decimal, ZERO } from '../core/decimal.js';
import { inr } from '../money/constructors.js';
import type { Money } from '../money/money.js';
import type { PliScheme } from '../pli/scheme.js';
import { kernelWorkspace, workspaceValue } from '../projection/_lib/bigWorkspace.js';
import type { ProjectionResult } from '../projection/runProjection.js';
import type { Workspace } from '../projection/workspace.js';
import { fiscalYearStart } from './_lib/fiscalYears.js';

/** What {@link firstYearPartSales} reads of a projection: its months and its workspace. */
export type ProjectionSales = Pick<ProjectionResult, 'months' | 'plan' | 'workspace'>;

/** The sales of the months a first scheme year's part claim covers, by segment. */
export interface PartYearSales {
  /** The first month claimed, `yyyy-MM`. */
  readonly from: string;
  /** The months' net sales of the segments. */
  readonly netSales: Money<'INR'>;
  /** Each segment's units sold in the months claimed. */
  readonly units: ReadonlyMap<string, Decimal>;
}

/**
 * The monthly sales of an enrolment's segments in the part of its first scheme year that counts
 * (the scheme's `firstYearPart`, e.g. LSEM's 1 August): the plan is monthly inside, so the months
 * claimed are summed rather than a share of the year taken — a plant ramping up through the year
 * sells more after August than 8/12 of its year. Undefined when the whole year counts.
 *
 * @param scheme - the scheme under the enrolment's rules
 * @param firstYear - the enrolment's first scheme year (`FY2021-22`)
 * @param projection - the projection: its months and each segment's monthly revenue and units,
 *   read from its workspace (no monthly rows are built); none gives no sales
 * @param ids - the enrolment's segment ids
 * @param ratio - a re-forecast's scale on the plan's sales (null: as planned)
 * @returns the part's first month, net sales and units by segment, or undefined
 *
 * @example
 * ```ts
 * // LSEM year 1 FY2021-22 counts from 1 August: the months 2021-08 … 2022-03 of the segments.
 * firstYearPartSales(getPliScheme('lsem-2020'), 'FY2021-22', undefined, [], null)?.from //=> '2021-08'
 * ```
 */
export function firstYearPartSales(
  scheme: PliScheme,
  firstYear: string,
  projection: ProjectionSales | undefined,
  ids: readonly string[],
  ratio: Decimal | null,
): PartYearSales | undefined {
  const rule = scheme.firstYearPart;
  const start = fiscalYearStart(firstYear);
  if (rule === undefined || rule.fromMonth === 4 || start === undefined) return undefined;
  const year = rule.fromMonth < 4 ? start + 1 : start;
  const from = `${year}-${String(rule.fromMonth).padStart(2, '0')}`;
  const last = `${start + 1}-03`;
  const kernel =
    projection === undefined || ratio !== null ? undefined : kernelWorkspace(projection.workspace);
  if (projection !== undefined && kernel !== undefined) {
    // As planned, on the kernel's values: bigSum is decimal.js's plus, digit for digit, and each
    // sum converts once instead of every month's revenue and units.
    return { from, ...kernelPartSales(projection, kernel, ids, from, last) };
  }
  const scale = (d: Decimal) => (ratio === null ? d : d.times(ratio));
  let netSales = ZERO;
  const units = new Map<string, Decimal>();
  if (projection !== undefined) {
    const { plan, workspace: ws, months } = projection;
    const S = plan.segments.length;
    for (let s = 0; s < S; s++) {
      const id = plan.segments[s]?.id ?? '';
      if (!ids.includes(id)) continue;
      for (let m = 0; m < months.length; m++) {
        const period = months[m] ?? '';
        if (period < from || period > last) continue;
        // Value by value: only these months of these segments are needed, not whole buffers.
        const i = m * S + s;
        netSales = netSales.plus(scale(workspaceValue(ws, 'revenue', i) as Decimal));
        units.set(
          id,
          (units.get(id) ?? ZERO).plus(scale(workspaceValue(ws, 'units', i) as Decimal)),
        );
      }
    }
  }
  return { from, netSales: inr(netSales), units };
}

/** {@link firstYearPartSales}' sums as planned, added in the same order on the kernel's values. */
function kernelPartSales(
  projection: ProjectionSales,
  kernel: Workspace<BigDecimal>,
  ids: readonly string[],
  from: string,
  last: string,
): Omit<PartYearSales, 'from'> {
  const { plan, months } = projection;
  const S = plan.segments.length;
  let netSales = BIG_ZERO;
  const units = new Map<string, Decimal>();
  for (let s = 0; s < S; s++) {
    const id = plan.segments[s]?.id ?? '';
    if (!ids.includes(id)) continue;
    let sold: BigDecimal | undefined;
    for (let m = 0; m < months.length; m++) {
      const period = months[m] ?? '';
      if (period < from || period > last) continue;
      const i = m * S + s;
      netSales = bigSum(netSales, kernel.revenue[i] as BigDecimal);
      sold = bigSum(sold ?? BIG_ZERO, kernel.units[i] as BigDecimal);
    }
    if (sold !== undefined) units.set(id, bigToDecimal(sold));
  }
  return { netSales: inr(bigToDecimal(netSales)), units };
}
