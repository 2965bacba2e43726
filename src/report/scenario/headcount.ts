import { type Decimal, ZERO } from '../../core/decimal.js';
import type { ScenarioResult } from '../../model/types.js';
import type { Money } from '../../money/money.js';
import { type FiscalYearLine, fiscalYearTable } from '../fiscalYearTable.js';
import type { ReportSection } from '../types.js';

export function headcountSection(r: ScenarioResult, d: number): ReportSection {
  const ops = r.operations;
  const hc = (f: (h: NonNullable<(typeof ops)[number]['headcount']>) => Decimal | Money | null) =>
    ops.map((o) => (o.headcount === null ? null : f(o.headcount)));
  const lines: FiscalYearLine[] = [
    { label: 'Opening', values: hc((h) => h.opening), decimals: 0 },
    { label: 'Hires', values: hc((h) => h.hires), decimals: 0 },
    { label: 'Exits', values: hc((h) => h.exits), decimals: 0 },
    { label: 'Closing', values: hc((h) => h.closing), decimals: 0, style: 'total' },
    { label: 'Required by volume (year end)', values: hc((h) => h.required), decimals: 0 },
    {
      label: 'Months the hiring limit binds',
      values: hc((h) => ZERO.plus(h.hiringLimitMonths)),
      decimals: 0,
    },
    {
      label: 'Payroll (₹ crore)',
      values: hc((h) => h.payroll.amount.dividedBy('10000000')),
      decimals: d,
    },
    {
      label: 'Revenue per employee (₹ lakh, on the year’s average heads)',
      values: hc((h) => h.revenuePerEmployee?.amount.dividedBy('100000') ?? null),
      decimals: 1,
      total: 'none',
    },
  ];
  return {
    heading: 'Headcount',
    tables: [fiscalYearTable('Workforce', r.years, lines, { decimals: 0, labelHeader: '' })],
  };
}
