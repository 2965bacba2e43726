import type { Decimal } from '../../core/decimal.js';
import { isDecimal } from '../../core/decimalLike.js';
import type { ScenarioResult } from '../../model/types.js';
import type { Money } from '../../money/money.js';
import type { ReportSection, ReportTable } from '../types.js';
import { cr, num, pct } from './format.js';

function targetValue(value: Money | Decimal, metric: string): string {
  if (metric === 'utilisation' && isDecimal(value)) return pct(value);
  return isDecimal(value) ? num(value) : cr(value as Money);
}

export function targetsSection(r: ScenarioResult): ReportSection {
  const table: ReportTable = {
    title: 'Stated targets against the plan',
    columns: [
      { key: 'metric', header: 'Target' },
      { key: 'by', header: 'By' },
      { key: 'target', header: 'Stated', align: 'right' },
      { key: 'actual', header: 'Plan', align: 'right' },
      { key: 'reached', header: 'Reached' },
      { key: 'binding', header: 'Binding constraint' },
    ],
    rows: r.targets.map((t) => ({
      cells: {
        metric: t.basis === null ? t.metric : `${t.metric} (${t.basis})`,
        by: t.by,
        target: targetValue(t.target, t.metric),
        actual: targetValue(t.actual, t.metric),
        reached: t.reached ? `yes (${t.firstYearReached})` : 'no',
        binding: t.bindingConstraint ?? '—',
      },
    })),
    notes: r.targets.flatMap((t) => [
      t.explanation,
      ...(t.otherReading === null
        ? []
        : [`Read as ${t.otherReading.basis}: ${t.otherReading.explanation}`]),
    ]),
  };
  return { heading: 'Targets', tables: [table] };
}
