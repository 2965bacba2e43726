import type { ScenarioResult } from '../../model/types.js';
import { type FiscalYearLine, fiscalYearTable } from '../fiscalYearTable.js';
import type { ReportSection } from '../types.js';
import { openingParagraphs } from './opening.js';

export function investmentSection(r: ScenarioResult, d: number): ReportSection {
  const inv = r.investment;
  const lines: FiscalYearLine[] = inv.commitments.map((c) => ({ label: c.name, values: c.byYear }));
  lines.push(
    { label: 'Capex', values: inv.years.map((y) => y.capex), style: 'total' },
    { label: 'Cumulative investment', values: inv.years.map((y) => y.cumulative) },
    { label: 'Depreciation', values: inv.years.map((y) => y.depreciation) },
    { label: 'Net block (year end)', values: inv.years.map((y) => y.netBlock) },
  );
  const paragraphs = openingParagraphs(r);
  return {
    heading: 'Investment',
    ...(paragraphs.length === 0 ? {} : { paragraphs }),
    tables: [
      fiscalYearTable('Capex by commitment and depreciation (₹ crore)', r.years, lines, {
        decimals: d,
        labelHeader: 'Commitment',
      }),
    ],
  };
}
