import { Decimal, ZERO } from '../../core/decimal.js';
import type { ProfitAndLossYear } from '../../model/profitAndLoss.js';
import type { ScenarioResult } from '../../model/types.js';
import { headerRow, inputRow, type Line, writeLine, type YearLayout, yearColumn } from './lines.js';
import { addNote, type SheetBuilder, sheetBuilder, textCell } from './sheetBuilder.js';
import type { WorkbookSheet } from './types.js';

export const PROFIT_SHEET = 'P&L';
const CRORE = '10000000';

/** Where a P&L block's lines are, for the cash-flow sheet's references. */
export interface ProfitRows {
  readonly ebitda: number;
  /** The tax paid in the year (cash flow pays the current tax, not the deferred charge). */
  readonly currentTax: number;
  readonly profitAfterTax: number;
}

function lossBroughtForward(pnl: readonly ProfitAndLossYear[], year: ProfitAndLossYear): Decimal {
  const index = pnl.indexOf(year);
  return index <= 0 ? ZERO : (pnl[index - 1]?.lossCarriedForward.amount ?? ZERO);
}

// Whether the PLI paid to partners is not deductible: tax is then charged on PBT + the payment.
function paymentAddedBack(r: ScenarioResult): boolean {
  return r.pli?.sharing?.taxDeductible === false;
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
    pnl.map((p) => f(p).amount.dividedBy(CRORE));
  const revenue = line({ label: 'Revenue', values: of((p) => p.revenue) });
  const cogs = line({ label: 'Cost of goods', values: of((p) => p.costOfGoods) });
  // A row for customs duty only when the plan has any, so other workbooks keep their layout.
  const duty = pnl.some((p) => !p.customsDuty.amount.isZero())
    ? line({ label: 'Customs duty on imported parts', values: of((p) => p.customsDuty) })
    : null;
  const gross = line({
    label: 'Gross profit',
    values: of((p) => p.grossProfit),
    formula: (c) => `${c}${revenue}-${c}${cogs}${duty === null ? '' : `-${c}${duty}`}`,
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
  const taxDepreciation = line({
    label: 'Depreciation under the Income-tax Act',
    values: of((p) => p.taxDepreciation),
  });
  const taxableProfit = line({
    label: 'Taxable profit',
    values: of((p) => p.taxableProfit),
    formula: (c) => `${assessable(c)}+${c}${depreciation}-${c}${taxDepreciation}`,
  });
  // Losses carried forward are set off against later taxable profits: each year's opening
  // losses are the previous year's closing ones, six rows below.
  const broughtForwardRow = b.nextRow();
  const carriedForwardRow = broughtForwardRow + 6;
  line({
    label: 'Losses brought forward',
    values: pnl.map((p) => lossBroughtForward(pnl, p).dividedBy(CRORE)),
    formula: (_, i) => (i === 0 ? undefined : `${yearColumn(i - 1)}${carriedForwardRow}`),
    total: 'none',
  });
  const afterSetOff = line({
    label: 'Taxable profit after set-off',
    values: pnl.map((p) =>
      Decimal.max(ZERO, p.taxableProfit.amount.minus(lossBroughtForward(pnl, p))).dividedBy(CRORE),
    ),
    formula: (c) => `MAX(0,${c}${taxableProfit}-${c}${broughtForwardRow})`,
  });
  const currentTax = line({
    label: 'Current tax',
    values: of((p) => p.currentTax),
    formula: (c) => `${taxRate}*${c}${afterSetOff}`,
  });
  const deferredTax = line({
    label: 'Deferred tax',
    values: of((p) => p.deferredTax),
    formula: (c) => `${taxRate}*(${c}${taxDepreciation}-${c}${depreciation})`,
  });
  const tax = line({
    label: 'Tax',
    values: of((p) => p.tax),
    formula: (c) => `${c}${currentTax}+${c}${deferredTax}`,
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
    formula: (c) => `MAX(0,${c}${broughtForwardRow}-${c}${taxableProfit})`,
    total: 'none',
  });
  const liabilityRow = b.nextRow();
  line({
    label: 'Deferred tax liability',
    values: of((p) => p.deferredTaxLiability),
    formula: (c, i) =>
      i === 0 ? `${c}${deferredTax}` : `${yearColumn(i - 1)}${liabilityRow}+${c}${deferredTax}`,
    total: 'none',
  });
  return { ebitda, currentTax, profitAfterTax };
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
  const rate = inputRow(b, 'Tax rate (input)', r.tax.rate, 'percent');
  b.gap();
  const addBack = paymentAddedBack(r);
  const withPli = block(b, layout, 'With PLI', r.profitAndLoss.withPli, rate, addBack);
  b.gap();
  const withoutPli = block(b, layout, 'Without PLI', r.profitAndLoss.withoutPli, rate, addBack);
  addNote(
    b,
    "Unlevered (no interest); PLI accrued in the year it is earned and taxed then; the partners' shares are a separate expense line (deductible unless the sharing treatment says otherwise). Tax is computed on the Income-tax Act depreciation, losses carried forward are set off against later taxable profits, and the deferred tax on the faster tax depreciation is charged beside the current tax (cash flow pays the current tax). Change the tax rate or any line: totals, profit and the valuation recalculate.",
  );
  return { sheet: b.build({ rows: 1, columns: 1 }), withPli, withoutPli };
}
