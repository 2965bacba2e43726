import { HUNDRED, ONE } from '../../core/decimal.js';
import type { ProfitAndLossYear } from '../../model/profitAndLoss.js';
import type { ScenarioResult } from '../../model/types.js';
import { convert } from '../../money/convert.js';
import type { Money } from '../../money/money.js';
import { type FiscalYearLine, fiscalYearTable } from '../fiscalYearTable.js';
import type { ReportSection, ReportTable } from '../types.js';

function pnlLines(
  pnl: readonly ProfitAndLossYear[],
  withoutPli: readonly ProfitAndLossYear[],
): FiscalYearLine[] {
  const m = (f: (p: ProfitAndLossYear) => Money) => pnl.map(f);
  return [
    { label: 'Revenue', values: m((p) => p.revenue) },
    { label: 'Cost of goods', values: m((p) => p.costOfGoods) },
    { label: 'Gross profit', values: m((p) => p.grossProfit), style: 'subtotal' },
    { label: 'Payroll', values: m((p) => p.payroll) },
    { label: 'Other operating costs', values: m((p) => p.otherOperatingCosts) },
    { label: 'EBITDA', values: m((p) => p.ebitda), style: 'total' },
    {
      label: 'EBITDA margin (%)',
      values: pnl.map((p) => p.ebitdaMargin.times(HUNDRED)),
      decimals: 1,
    },
    { label: 'Depreciation', values: m((p) => p.depreciation) },
    { label: 'EBIT', values: m((p) => p.ebit), style: 'subtotal' },
    { label: 'PLI incentive earned (claimed)', values: m((p) => p.pliIncome) },
    ...(pnl.some((p) => !p.pliPaidToPartners.amount.isZero())
      ? [{ label: 'PLI paid to partners (expense)', values: m((p) => p.pliPaidToPartners) }]
      : []),
    { label: 'Profit before tax', values: m((p) => p.profitBeforeTax) },
    { label: 'Tax', values: m((p) => p.tax) },
    { label: 'Profit after tax', values: m((p) => p.profitAfterTax), style: 'total' },
    { label: 'Profit after tax without PLI', values: withoutPli.map((p) => p.profitAfterTax) },
  ];
}

export function profitSection(r: ScenarioResult, d: number, usd: boolean): ReportSection {
  const tables: ReportTable[] = [
    fiscalYearTable(
      'P&L by fiscal year (₹ crore; unlevered, PLI accrued when earned)',
      r.years,
      pnlLines(r.profitAndLoss.withPli, r.profitAndLoss.withoutPli),
      { decimals: d, total: true, labelHeader: '' },
    ),
  ];
  if (usd) {
    const table = usdTable(r);
    if (table !== null) tables.push(table);
  }
  return { heading: 'Profit and loss', tables };
}

// Each year's INR figures in US dollars at the average rate that year's revenue was earned at
// (revenue ÷ revenue in USD, from the projection's monthly FX path).

function usdTable(r: ScenarioResult): ReportTable | null {
  const rates = r.operations.map((o) =>
    o.revenueUsd === null || o.revenueUsd.amount.isZero()
      ? null
      : o.revenueUsd.amount.dividedBy(o.revenue.amount),
  );
  if (rates.some((x) => x === null)) return null;
  const inUsd = (values: readonly Money<'INR'>[]) =>
    values.map((m, y) => convert(m, 'USD', rates[y] ?? ONE));
  return fiscalYearTable(
    "Key figures in US dollars (US$ million, at each year's average revenue rate)",
    r.years,
    [
      {
        label: 'USD/INR (average)',
        values: rates.map((x) => (x === null ? null : ONE.dividedBy(x))),
        decimals: 2,
        noTotal: true,
      },
      { label: 'Revenue', values: inUsd(r.operations.map((o) => o.revenue)) },
      { label: 'EBITDA', values: inUsd(r.profitAndLoss.withPli.map((p) => p.ebitda)) },
      {
        label: 'Profit after tax',
        values: inUsd(r.profitAndLoss.withPli.map((p) => p.profitAfterTax)),
      },
      {
        label: 'Free cash flow',
        values: inUsd(r.cashFlow.withPli.slice(0, r.years.length).map((c) => c.freeCashFlow)),
      },
    ],
    { unit: 'million', decimals: 0, total: true, labelHeader: '' },
  );
}
