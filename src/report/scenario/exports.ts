import { HUNDRED, ZERO } from '../../core/decimal.js';
import type { ScenarioResult } from '../../model/types.js';
import { inr } from '../../money/constructors.js';
import { type FiscalYearLine, fiscalYearTable } from '../fiscalYearTable.js';
import type { ReportTable } from '../types.js';

/**
 * The exports table of the revenue section: export revenue by exporting segment, domestic
 * revenue, and the export share of revenue (its total is total exports ÷ total revenue); null
 * when the plan exports nothing.
 *
 * @param r - the scenario's result
 * @param d - decimal places for ₹ crore
 * @returns the table, or null without exports
 *
 * @example
 * doctest: skip (needs a scenario result)
 * ```ts
 * exportsTable(result, 0)?.title //=> 'Exports (₹ crore)'
 * ```
 */
export function exportsTable(r: ScenarioResult, d: number): ReportTable | null {
  const ops = r.operations;
  if (ops.every((o) => o.exportRevenue.amount.isZero())) return null;
  const segments = ops[0]?.segments ?? [];
  const lines: FiscalYearLine[] = segments.flatMap((s, i) =>
    ops.some((o) => !(o.segments[i]?.exportRevenue.amount.isZero() ?? true))
      ? [{ label: s.name, values: ops.map((o) => o.segments[i]?.exportRevenue ?? null) }]
      : [],
  );
  const exportRevenue = ops.map((o) => o.exportRevenue);
  const revenue = ops.map((o) => o.revenue);
  lines.push(
    { label: 'Export revenue', values: exportRevenue, style: 'total' },
    {
      label: 'Domestic revenue',
      values: ops.map((o) => inr(o.revenue.amount.minus(o.exportRevenue.amount))),
    },
    {
      label: 'Export share of revenue (%)',
      values: ops.map((o) =>
        o.revenue.amount.isZero()
          ? ZERO
          : o.exportRevenue.amount.dividedBy(o.revenue.amount).times(HUNDRED),
      ),
      decimals: 1,
      total: { numerator: exportRevenue, denominator: revenue, scale: 100 },
    },
  );
  return fiscalYearTable('Exports (₹ crore)', r.years, lines, {
    decimals: d,
    total: true,
    labelHeader: 'Segment',
    notes: [
      "Exported units sell at the segment's export price in its own currency, converted at each month's rate; they are part of revenue and of the net sales PLI counts.",
    ],
  });
}
