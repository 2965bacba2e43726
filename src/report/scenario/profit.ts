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
    ...(pnl.some((p) => !p.customsDuty.amount.isZero())
      ? [{ label: 'Customs duty on imported parts', values: m((p) => p.customsDuty) }]
      : []),
    { label: 'Gross profit', values: m((p) => p.grossProfit), style: 'subtotal' },
    { label: 'Payroll', values: m((p) => p.payroll) },
    { label: 'Other operating costs', values: m((p) => p.otherOperatingCosts) },
    { label: 'EBITDA', values: m((p) => p.ebitda), style: 'total' },
    {
      label: 'EBITDA margin (%)',
      values: pnl.map((p) => p.ebitdaMargin.times(HUNDRED)),
      decimals: 1,
      total: { numerator: m((p) => p.ebitda), denominator: m((p) => p.revenue), scale: 100 },
    },
    { label: 'Depreciation', values: m((p) => p.depreciation) },
    { label: 'EBIT', values: m((p) => p.ebit), style: 'subtotal' },
    { label: 'PLI incentive earned (claimed)', values: m((p) => p.pliIncome) },
    ...(pnl.some((p) => !p.pliPaidToPartners.amount.isZero())
      ? [{ label: 'PLI paid to partners (expense)', values: m((p) => p.pliPaidToPartners) }]
      : []),
    ...(pnl.some((p) => !p.stateIncentiveIncome.amount.isZero())
      ? [{ label: 'State incentive income (SGST)', values: m((p) => p.stateIncentiveIncome) }]
      : []),
    { label: 'Profit before tax', values: m((p) => p.profitBeforeTax) },
    { label: 'Current tax (on tax depreciation)', values: m((p) => p.currentTax) },
    { label: 'Deferred tax', values: m((p) => p.deferredTax) },
    { label: 'Tax', values: m((p) => p.tax), style: 'subtotal' },
    { label: 'Profit after tax', values: m((p) => p.profitAfterTax), style: 'total' },
    { label: 'Profit after tax without PLI', values: withoutPli.map((p) => p.profitAfterTax) },
  ];
}

// Book and tax depreciation side by side, with the timing difference deferred tax is charged on.
function depreciationTable(r: ScenarioResult, d: number): ReportTable {
  const pnl = r.profitAndLoss.withPli;
  const tax = r.tax.depreciation;
  const blocks = (tax[0]?.blocks ?? []).map((b, i) => ({
    label: `  ${b.block} at ${b.rate.times(HUNDRED).toFixed(0)}%`,
    values: tax.map((y) => y.blocks[i]?.depreciation ?? null),
  }));
  return fiscalYearTable(
    `Book and tax depreciation (₹ crore): ${r.tax.regime === 'stated-rate' ? 'tax' : r.tax.regime} at ${r.tax.rate.times(HUNDRED).toFixed(3)}%`,
    r.years,
    [
      { label: 'Book depreciation', values: pnl.map((p) => p.depreciation) },
      {
        label: 'Tax depreciation (Income-tax Act, WDV)',
        values: pnl.map((p) => p.taxDepreciation),
        style: 'subtotal',
      },
      ...blocks.filter((b) => b.values.some((v) => v !== null && !v.amount.isZero())),
      {
        label: 'Tax written-down value, year end',
        values: tax.map((y) => y.closing),
        total: 'none',
      },
      {
        label: 'Book net block, year end',
        values: r.investment.years.map((y) => y.netBlock),
        total: 'none',
      },
      {
        label: 'Deferred-tax liability, year end',
        values: pnl.map((p) => p.deferredTaxLiability),
        total: 'none',
      },
    ],
    {
      decimals: d,
      total: true,
      labelHeader: '',
      notes: [
        'Tax depreciation: each block written down at its Income-tax Rules Appendix I rate (plant and machinery 15%, buildings 10%, computers 40%, furniture 10%); half the rate on additions used fewer than 180 days in their first year (each year\u2019s capex is spent evenly, each month\u2019s put to use mid-month, so additions from mid-October get half).',
        ...(r.tax.reason === null ? [] : [`Regime: ${r.tax.reason}`]),
      ],
    },
  );
}

export function profitSection(r: ScenarioResult, d: number, usd: boolean): ReportSection {
  const tables: ReportTable[] = [
    fiscalYearTable(
      'P&L by fiscal year (₹ crore; unlevered, PLI accrued when earned)',
      r.years,
      pnlLines(r.profitAndLoss.withPli, r.profitAndLoss.withoutPli),
      { decimals: d, total: true, labelHeader: '' },
    ),
    depreciationTable(r, d),
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
