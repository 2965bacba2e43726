import type { ActualsRow } from '../../model/actuals.js';
import type { ScenarioResult } from '../../model/types.js';
import { type FiscalYearLine, fiscalYearTable } from '../fiscalYearTable.js';
import type { ReportSection } from '../types.js';
import { cr } from './format.js';
import { outturnParts } from './outturn.js';

const LABELS: Record<ActualsRow['metric'], string> = {
  revenue: 'Revenue',
  units: 'Units',
  headcount: 'Headcount (closing)',
  capex: 'Capex',
  'pli-earned': 'PLI earned',
};

/** The plan against what happened: each metric's plan, outturn (actual or re-forecast) and variance. */
export function actualsSection(r: ScenarioResult, d: number): ReportSection {
  const a = r.actuals;
  if (a === null) return { heading: 'Plan against what happened' };
  const lines: FiscalYearLine[] = a.rows.flatMap((row) => {
    const decimals = row.metric === 'units' || row.metric === 'headcount' ? 0 : d;
    const label = LABELS[row.metric];
    return [
      { label: `${label}: plan`, values: row.years.map((y) => y.plan), decimals },
      {
        label: `${label}: actual or re-forecast`,
        values: row.years.map((y) => y.outturn),
        decimals,
      },
      {
        label: `${label}: variance to plan`,
        values: row.years.map((y) => y.variance),
        decimals,
        style: 'subtotal' as const,
      },
    ];
  });
  const outturn = outturnParts(r, d);
  return {
    heading: 'Plan against what happened',
    paragraphs: [
      `Actuals for ${a.years.join(', ')}. ${a.method}`,
      ...(a.pli === null
        ? []
        : [
            `PLI: the plan earns ${r.pli === null ? '—' : cr(r.pli.total)} over the horizon; with the actuals and the re-forecast, ${cr(a.pli.total)}.`,
          ]),
      ...outturn.paragraphs,
    ],
    tables: [
      fiscalYearTable('Plan, actual or re-forecast, and variance (₹ crore)', r.years, lines, {
        decimals: d,
        total: true,
        labelHeader: '',
        notes: a.notes,
      }),
      ...outturn.tables,
    ],
  };
}
