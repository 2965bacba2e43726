import { ZERO } from '../../core/decimal.js';
import type { ScenarioResult } from '../../model/types.js';
import { inr } from '../../money/constructors.js';
import type { Money } from '../../money/money.js';
import { type FiscalYearLine, fiscalYearTable } from '../fiscalYearTable.js';
import type { ReportSection } from '../types.js';
import { cr } from './format.js';

export function cashSection(r: ScenarioResult, d: number): ReportSection {
  const cf = r.cashFlow.withPli;
  const all = cf.map((c) => c.year);
  // Without PLI only state incentives are collected after the horizon (in the same consecutive
  // years as with it, first): the years that only collect PLI are zero, not unknown.
  const pad = (values: readonly Money<'INR'>[]) => [
    ...values,
    ...Array<Money<'INR'>>(Math.max(0, all.length - values.length)).fill(inr(ZERO)),
  ];
  const without = r.cashFlow.withoutPli;
  const lines: FiscalYearLine[] = [
    { label: 'EBITDA', values: cf.map((c) => c.ebitda) },
    { label: 'Tax paid (current tax)', values: cf.map((c) => inr(c.tax.amount.negated())) },
    { label: 'Capex', values: cf.map((c) => inr(c.capex.amount.negated())) },
    {
      label: 'Increase in working capital',
      values: cf.map((c) => inr(c.changeInWorkingCapital.amount.negated())),
    },
    { label: 'PLI received', values: cf.map((c) => c.pliReceived) },
    ...(cf.some((c) => !c.stateIncentivesReceived.amount.isZero())
      ? [{ label: 'State incentives received', values: cf.map((c) => c.stateIncentivesReceived) }]
      : []),
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
  const o = r.openingWorkingCapital;
  const opening =
    o.stated === null
      ? `Opening net working capital ${cr(o.used)}, from the same days on the run-rate at the start (the first month × 12).`
      : `Opening net working capital ${cr(o.used)} as stated; the days imply ${cr(o.fromDays)} on the run-rate at the start (${o.difference?.amount.isNegative() === true ? '' : '+'}${cr(o.difference ?? inr(ZERO))} difference).`;
  return {
    heading: 'Working capital and free cash flow',
    paragraphs: [opening],
    tables: [
      fiscalYearTable('Working capital at year end (₹ crore)', r.years, wcLines, {
        decimals: d,
        labelHeader: '',
      }),
      fiscalYearTable(
        'Free cash flow (₹ crore): EBITDA − tax paid − capex − Δ working capital + PLI received',
        all,
        lines,
        {
          decimals: d,
          total: true,
          labelHeader: '',
          ...(all.length > r.years.length
            ? {
                subtotal: {
                  through: r.years.length,
                  header: `${r.years[0]}–${r.years[r.years.length - 1]}`,
                },
                notes: [
                  `The last ${all.length - r.years.length === 1 ? 'column collects' : 'columns collect'} PLI earned inside the plan and paid after it; the first total is the plan's own years, the second adds what is collected after.`,
                ],
              }
            : {}),
        },
      ),
    ],
  };
}
