import type { ScenarioResult } from '../../model/types.js';
import { inr } from '../../money/constructors.js';
import { type FiscalYearLine, fiscalYearTable } from '../fiscalYearTable.js';
import type { ReportSection } from '../types.js';

export function cashSection(r: ScenarioResult, d: number): ReportSection {
  const cf = r.cashFlow.withPli;
  const all = cf.map((c) => c.year);
  const pad = <T>(values: readonly T[]) => [
    ...values,
    ...Array<null>(Math.max(0, all.length - values.length)).fill(null),
  ];
  const without = r.cashFlow.withoutPli;
  const lines: FiscalYearLine[] = [
    { label: 'EBITDA', values: cf.map((c) => c.ebitda) },
    { label: 'Tax', values: cf.map((c) => inr(c.tax.amount.negated())) },
    { label: 'Capex', values: cf.map((c) => inr(c.capex.amount.negated())) },
    {
      label: 'Increase in working capital',
      values: cf.map((c) => inr(c.changeInWorkingCapital.amount.negated())),
    },
    { label: 'PLI received', values: cf.map((c) => c.pliReceived) },
    { label: 'Free cash flow', values: cf.map((c) => c.freeCashFlow), style: 'total' },
    { label: 'Free cash flow without PLI', values: pad(without.map((c) => c.freeCashFlow)) },
    { label: 'Terminal value', values: cf.map((c) => c.terminalValue) },
  ];
  const wc = r.workingCapital;
  const wcLines: FiscalYearLine[] = [
    { label: 'Receivables', values: wc.map((w) => w.receivables) },
    { label: 'Inventory', values: wc.map((w) => w.inventory) },
    { label: 'Payables', values: wc.map((w) => inr(w.payables.amount.negated())) },
    { label: 'Net working capital', values: wc.map((w) => w.net), style: 'total' },
  ];
  return {
    heading: 'Working capital and free cash flow',
    tables: [
      fiscalYearTable('Working capital at year end (₹ crore)', r.years, wcLines, {
        decimals: d,
        labelHeader: '',
      }),
      fiscalYearTable(
        'Free cash flow (₹ crore): EBITDA − tax − capex − Δ working capital + PLI received',
        all,
        lines,
        { decimals: d, total: true, labelHeader: '' },
      ),
    ],
  };
}
