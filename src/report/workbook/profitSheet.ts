import { Decimal, ZERO } from '../../core/decimal.js';
import type { ProfitAndLossYear } from '../../model/profitAndLoss.js';
import type { ScenarioResult } from '../../model/types.js';
import { headerRow, inputRow, type Line, writeLine, type YearLayout, yearColumn } from './lines.js';
import { type SheetBuilder, sheetBuilder, textCell } from './sheetBuilder.js';
import type { WorkbookSheet } from './types.js';

export const PROFIT_SHEET = 'P&L';

/** Where a P&L block's lines are, for the cash-flow sheet's references. */
export interface ProfitRows {
  readonly ebitda: number;
  readonly tax: number;
  readonly profitAfterTax: number;
}

/**
 * The tax rate the run used: tax ÷ taxable profit in a year that paid tax (exact: the model
 * multiplies the two), zero when no year did (the rate then moves no figure of the plan).
 */
export function taxRateOf(r: ScenarioResult): Decimal {
  const addBack = paymentAddedBack(r);
  for (const year of [...r.profitAndLoss.withPli, ...r.profitAndLoss.withoutPli]) {
    const taxable = taxableOf(year, lossBroughtForward(r.profitAndLoss.withPli, year), addBack);
    if (year.tax.amount.greaterThan(0) && taxable.greaterThan(0)) {
      return year.tax.amount.dividedBy(taxable);
    }
  }
  return ZERO;
}

function lossBroughtForward(pnl: readonly ProfitAndLossYear[], year: ProfitAndLossYear): Decimal {
  const index = pnl.indexOf(year);
  return index <= 0 ? ZERO : (pnl[index - 1]?.lossCarriedForward.amount ?? ZERO);
}

// Whether the PLI paid to partners is not deductible: tax is then charged on PBT + the payment.
function paymentAddedBack(r: ScenarioResult): boolean {
  return r.pli?.sharing?.taxDeductible === false;
}

function assessableOf(year: ProfitAndLossYear, addBack: boolean): Decimal {
  return addBack
    ? year.profitBeforeTax.amount.plus(year.pliPaidToPartners.amount)
    : year.profitBeforeTax.amount;
}

function taxableOf(year: ProfitAndLossYear, broughtForward: Decimal, addBack: boolean): Decimal {
  return Decimal.max(ZERO, assessableOf(year, addBack).minus(broughtForward));
}

function block(
  b: SheetBuilder,
  layout: YearLayout,
  title: string,
  pnl: readonly ProfitAndLossYear[],
  taxRate: string,
  addBack: boolean,
): ProfitRows {
  b.add([textCell(title, { bold: true })]);
  const line = (spec: Line) => writeLine(b, layout, spec);
  const of = (f: (p: ProfitAndLossYear) => { amount: Decimal }) =>
    pnl.map((p) => f(p).amount.dividedBy('10000000'));
  const revenue = line({ label: 'Revenue', values: of((p) => p.revenue) });
  const cogs = line({ label: 'Cost of goods', values: of((p) => p.costOfGoods) });
  const gross = line({
    label: 'Gross profit',
    values: of((p) => p.grossProfit),
    formula: (c) => `${c}${revenue}-${c}${cogs}`,
    bold: true,
  });
  const payroll = line({ label: 'Payroll', values: of((p) => p.payroll) });
  const other = line({ label: 'Other operating costs', values: of((p) => p.otherOperatingCosts) });
  const ebitda = line({
    label: 'EBITDA',
    values: of((p) => p.ebitda),
    formula: (c) => `${c}${gross}-${c}${payroll}-${c}${other}`,
    bold: true,
  });
  const totalOf = (list: readonly Decimal[]) => list.reduce((a, v) => a.plus(v), ZERO);
  const totalRevenue = totalOf(of((p) => p.revenue));
  line({
    label: 'EBITDA margin',
    values: pnl.map((p) => p.ebitdaMargin),
    format: 'percent',
    formula: (c) => `IF(${c}${revenue}=0,0,${c}${ebitda}/${c}${revenue})`,
    // The plan's margin is the ratio of the totals, not the sum of the yearly margins.
    total: {
      formula: (c) => `IF(${c}${revenue}=0,0,${c}${ebitda}/${c}${revenue})`,
      value: totalRevenue.isZero() ? ZERO : totalOf(of((p) => p.ebitda)).dividedBy(totalRevenue),
    },
  });
  const depreciation = line({ label: 'Depreciation', values: of((p) => p.depreciation) });
  const ebit = line({
    label: 'EBIT',
    values: of((p) => p.ebit),
    formula: (c) => `${c}${ebitda}-${c}${depreciation}`,
    bold: true,
  });
  const pli = line({ label: 'PLI incentive earned (claimed)', values: of((p) => p.pliIncome) });
  const paid = line({
    label: 'PLI paid to partners (expense)',
    values: of((p) => p.pliPaidToPartners),
  });
  const pbt = line({
    label: 'Profit before tax',
    values: of((p) => p.profitBeforeTax),
    formula: (c) => `${c}${ebit}+${c}${pli}-${c}${paid}`,
  });
  // The profit tax is charged on: PBT, plus the payment to partners when it is not deductible.
  const assessable = (c: string) => (addBack ? `(${c}${pbt}+${c}${paid})` : `${c}${pbt}`);
  // Losses carried forward are set off against later profits: each year's opening losses are
  // the previous year's closing ones, four rows below.
  const broughtForwardRow = b.nextRow();
  const carriedForwardRow = broughtForwardRow + 4;
  const broughtForward = pnl.map((p) => lossBroughtForward(pnl, p).dividedBy('10000000'));
  line({
    label: 'Losses brought forward',
    values: broughtForward,
    formula: (_, i) => (i === 0 ? undefined : `${yearColumn(i - 1)}${carriedForwardRow}`),
    total: 'none',
  });
  const taxable = line({
    label: 'Taxable profit after set-off',
    values: pnl.map((p) => taxableOf(p, lossBroughtForward(pnl, p), addBack).dividedBy('10000000')),
    formula: (c) => `MAX(0,${assessable(c)}-${c}${broughtForwardRow})`,
  });
  const tax = line({
    label: 'Tax',
    values: of((p) => p.tax),
    formula: (c) => `${taxRate}*${c}${taxable}`,
  });
  const profitAfterTax = line({
    label: 'Profit after tax',
    values: of((p) => p.profitAfterTax),
    formula: (c) => `${c}${pbt}-${c}${tax}`,
    bold: true,
  });
  line({
    label: 'Losses carried forward',
    values: of((p) => p.lossCarriedForward),
    formula: (c) => `MAX(0,${c}${broughtForwardRow}-${assessable(c)})`,
    total: 'none',
  });
  return { ebitda, tax, profitAfterTax };
}

/**
 * The P&L sheet: the statement with PLI and without, every subtotal, tax and profit a formula
 * over the lines above it, the tax rate an input cell.
 */
export function profitSheet(r: ScenarioResult): {
  sheet: WorkbookSheet;
  withPli: ProfitRows;
  withoutPli: ProfitRows;
} {
  const b = sheetBuilder(PROFIT_SHEET);
  const layout = { count: r.years.length };
  headerRow(b, 'P&L (₹ crore)', r.years);
  const rate = inputRow(b, 'Tax rate (input)', taxRateOf(r), 'percent');
  b.gap();
  const addBack = paymentAddedBack(r);
  const withPli = block(b, layout, 'With PLI', r.profitAndLoss.withPli, rate, addBack);
  b.gap();
  const withoutPli = block(b, layout, 'Without PLI', r.profitAndLoss.withoutPli, rate, addBack);
  b.add([
    textCell(
      'Unlevered (no interest); PLI accrued in the year it is earned and taxed then; losses carried forward and set off against later profits. Change the tax rate or any line: totals, profit and the valuation recalculate.',
    ),
  ]);
  return { sheet: b.build({ rows: 1, columns: 1 }), withPli, withoutPli };
}
