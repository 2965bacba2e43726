import type { ScenarioResult } from '../../model/types.js';
import { inr } from '../../money/constructors.js';
import { type FiscalYearLine, fiscalYearTable } from '../fiscalYearTable.js';
import type { ReportSection } from '../types.js';

/**
 * The "State incentives" section: each incentive's line by fiscal year (what it pays, the fall
 * in tax depreciation a capital subsidy causes), with its treatment, confidence, sources and
 * each year's reason as notes. Instalments after the horizon are summed in the text. Null when
 * the plan states none.
 *
 * @param r - the scenario's result
 * @param d - decimal places for ₹ crore
 * @returns the section, or null without state incentives
 *
 * @example
 * doctest: skip (needs a scenario result)
 * ```ts
 * stateIncentivesSection(result, 0)?.heading //=> 'State incentives'
 * ```
 */
export function stateIncentivesSection(r: ScenarioResult, d: number): ReportSection | null {
  const list = r.stateIncentives;
  if (list.length === 0) return null;
  const inHorizon = (year: string) => r.years.includes(year);
  const lines: FiscalYearLine[] = list.flatMap((s): FiscalYearLine[] => {
    const paid = {
      label: `${s.name} (${s.kind === 'capital-subsidy' ? 'cash received' : 'income received'})`,
      values: r.years.map((year) => s.years.find((y) => y.year === year)?.amount ?? inr(0)),
    };
    return s.kind === 'capital-subsidy'
      ? [
          paid,
          {
            label: '  fall in tax depreciation',
            values: s.taxDepreciationReduction.map((c) => c.amount),
          },
        ]
      : [paid];
  });
  const notes = list.flatMap((s) => [
    `${s.name} (${s.confidence}; ${s.sources.join(', ')}): ${s.treatment}.`,
    ...s.years
      .filter((y) => inHorizon(y.year) && y.reason !== '')
      .map((y) => `${y.year}: ${y.reason}`),
  ]);
  const paragraphs = list.flatMap((s) => {
    const after = s.years.filter((y) => !inHorizon(y.year));
    if (after.length === 0) return [];
    const sum = after.reduce((a, y) => a.plus(y.amount.amount), inr(0).amount);
    return [
      `${s.name}: ${after.length} instalments after the horizon (${after[0]?.year} to ${after[after.length - 1]?.year}), ₹${sum.dividedBy(1e7).toFixed(d)} crore in all, are in the cash flow and the value.`,
    ];
  });
  return {
    heading: 'State incentives',
    paragraphs: [
      'State incentives are not PLI: the P&L, cash flow and value with and without PLI both include them.',
      ...paragraphs,
    ],
    tables: [
      fiscalYearTable('State incentives (₹ crore)', r.years, lines, {
        decimals: d,
        total: true,
        labelHeader: '',
        notes,
      }),
    ],
  };
}
