import { ZERO } from '../../core/decimal.js';
import type { RevenueBridge, ScenarioResult } from '../../model/types.js';
import { inr } from '../../money/constructors.js';
import type { Money } from '../../money/money.js';
import { type FiscalYearLine, fiscalYearTable } from '../fiscalYearTable.js';
import type { ReportSection, ReportTable } from '../types.js';
import { exportsTable } from './exports.js';

export function revenueSection(r: ScenarioResult, d: number): ReportSection {
  const ops = r.operations;
  const segments = ops[0]?.segments ?? [];
  const lines: FiscalYearLine[] = segments.map((s, i) => ({
    label: s.name,
    values: ops.map((o) => o.segments[i]?.revenue ?? null),
  }));
  lines.push({ label: 'Total revenue', values: ops.map((o) => o.revenue), style: 'total' });
  const revenue = fiscalYearTable('Revenue by segment (₹ crore)', r.years, lines, {
    decimals: d,
    total: true,
    labelHeader: 'Segment',
  });
  const tables: ReportTable[] = [revenue];
  if (ops.every((o) => o.revenueUsd !== null)) {
    tables.push(
      fiscalYearTable(
        'Revenue in US dollars (US$ million)',
        r.years,
        [{ label: 'Total revenue', values: ops.map((o) => o.revenueUsd) }],
        { unit: 'million', decimals: 0, total: true, labelHeader: '' },
      ),
    );
  }
  const exports = exportsTable(r, d);
  if (exports !== null) tables.push(exports);
  const bridgeRows: FiscalYearLine[] = [];
  if (ops.length > 1) {
    const sum = (pick: (b: RevenueBridge) => Money) =>
      ops.map((o, y) =>
        y === 0 ? null : inr(o.bridge.reduce((a, b) => a.plus(pick(b).amount), ZERO)),
      );
    bridgeRows.push(
      { label: 'Volume effect', values: sum((b) => b.volumeEffect) },
      { label: 'Price effect', values: sum((b) => b.priceEffect) },
      { label: 'New products', values: sum((b) => b.newProducts) },
      { label: 'Discontinued products', values: sum((b) => b.discontinued) },
      {
        label: 'Change in revenue',
        values: ops.map((o, y) =>
          y === 0 ? null : inr(o.revenue.amount.minus(ops[y - 1]?.revenue.amount ?? ZERO)),
        ),
        style: 'total',
      },
    );
    tables.push(
      fiscalYearTable(
        'Revenue bridge: change from the previous year by driver (₹ crore)',
        r.years,
        bridgeRows,
        {
          decimals: d,
          labelHeader: 'Driver',
          notes: [
            "Volume: the change in units at last year's average price; price: the change in average price on this year's units; a product that sold nothing last year is new, one that sells nothing this year is discontinued.",
          ],
        },
      ),
    );
  }
  return { heading: 'Revenue', tables };
}
