import { ZERO } from '../../core/decimal.js';
import type { FreeCashFlowYear } from '../../model/freeCashFlow.js';
import type { ScenarioResult } from '../../model/types.js';
import type { Valuation } from '../../model/valuation.js';
import type { Money } from '../../money/money.js';
import { paybackText } from '../scenario/format.js';
import { headerRow, inCrore, inputRow, type Line, writeLine, yearColumn } from './lines.js';
import { PROFIT_SHEET, type ProfitRows } from './profitSheet.js';
import {
  cellAddress,
  formulaCell,
  type SheetBuilder,
  sheetBuilder,
  sheetRef,
  textCell,
} from './sheetBuilder.js';
import type { WorkbookSheet } from './types.js';

export const CASH_SHEET = 'Cash flow and valuation';

/** Where the valuation's answers are, for the Answers sheet. */
export interface ValuationCells {
  readonly npv: string;
  readonly irr: string;
}

function workingCapitalBlock(b: SheetBuilder, r: ScenarioResult): number {
  const layout = { count: r.years.length };
  const wc = r.workingCapital;
  b.add([textCell('Working capital at year end', { bold: true })]);
  const line = (spec: Line) => writeLine(b, layout, spec);
  const receivables = line({
    label: 'Receivables',
    values: wc.map((w) => inCrore(w.receivables)),
    total: 'none',
  });
  const inventory = line({
    label: 'Inventory',
    values: wc.map((w) => inCrore(w.inventory)),
    total: 'none',
  });
  const payables = line({
    label: 'Payables',
    values: wc.map((w) => inCrore(w.payables)),
    total: 'none',
  });
  const net = line({
    label: 'Net working capital',
    values: wc.map((w) => inCrore(w.net)),
    formula: (c) => `${c}${receivables}+${c}${inventory}-${c}${payables}`,
    total: 'none',
    bold: true,
  });
  const first = wc[0];
  const opening = first === undefined ? ZERO : inCrore(first.net).minus(inCrore(first.change));
  const openingCell = inputRow(b, 'Opening net working capital', opening, 'amount');
  return line({
    label: 'Increase in working capital',
    values: wc.map((w) => inCrore(w.change)),
    formula: (c, i) => `${c}${net}-${i === 0 ? openingCell : `${yearColumn(i - 1)}${net}`}`,
  });
}

function flowsBlock(
  b: SheetBuilder,
  r: ScenarioResult,
  title: string,
  flows: readonly FreeCashFlowYear[],
  pnl: ProfitRows,
  wcChange: number,
  rate: string,
  valuation: Valuation,
): ValuationCells {
  const layout = { count: flows.length };
  const horizon = r.years.length;
  const line = (spec: Line) => writeLine(b, layout, spec);
  const inHorizon = (f: (c: string) => string) => (c: string, i: number) =>
    i < horizon ? f(c) : undefined;
  const of = (f: (c: FreeCashFlowYear) => Money) => flows.map((c) => inCrore(f(c)));
  b.add([textCell(title, { bold: true })]);
  const ebitda = line({
    label: 'EBITDA',
    values: of((c) => c.ebitda),
    formula: inHorizon((c) => sheetRef(PROFIT_SHEET, `${c}${pnl.ebitda}`)),
  });
  const tax = line({
    label: 'Tax',
    values: of((c) => c.tax),
    formula: inHorizon((c) => sheetRef(PROFIT_SHEET, `${c}${pnl.tax}`)),
  });
  const capex = line({ label: 'Capex', values: of((c) => c.capex) });
  const wc = line({
    label: 'Increase in working capital',
    values: of((c) => c.changeInWorkingCapital),
    formula: inHorizon((c) => `${c}${wcChange}`),
  });
  const pli = line({ label: 'PLI received', values: of((c) => c.pliReceived) });
  const fcf = line({
    label: 'Free cash flow',
    values: of((c) => c.freeCashFlow),
    formula: (c) => `${c}${ebitda}-${c}${tax}-${c}${capex}-${c}${wc}+${c}${pli}`,
    bold: true,
  });
  const terminal = line({ label: 'Terminal value', values: of((c) => c.terminalValue) });
  const valued = line({
    label: 'Flow valued (free cash flow + terminal value)',
    values: of((c) => c.valuationFlow),
    formula: (c) => `${c}${fcf}+${c}${terminal}`,
  });
  const range = `${yearColumn(0)}${valued}:${yearColumn(flows.length - 1)}${valued}`;
  const npvRow = b.add([
    textCell('NPV (₹ crore)', { bold: true }),
    formulaCell(`NPV(${rate},${range})`, inCrore(valuation.npv).toNumber(), 'amount', {
      bold: true,
    }),
  ]);
  const irrRow = b.add([
    textCell('IRR', { bold: true }),
    valuation.irr.value === null
      ? textCell(`n/a (${valuation.irr.reason})`)
      : formulaCell(`IRR(${range})`, valuation.irr.value.toNumber(), 'percent', { bold: true }),
  ]);
  b.add([textCell('Payback on free cash flow'), textCell(paybackText(valuation))]);
  b.gap();
  return { npv: cellAddress(1, npvRow), irr: cellAddress(1, irrRow) };
}

/**
 * The cash-flow and valuation sheet: working capital, free cash flow with PLI (including the
 * years after the horizon that only collect PLI) and without, each line a formula over the P&L
 * and working capital, and NPV and IRR as `=NPV`/`=IRR` over the flows with the discount rate
 * an input cell.
 */
export function cashFlowSheet(
  r: ScenarioResult,
  pnl: { withPli: ProfitRows; withoutPli: ProfitRows },
): { sheet: WorkbookSheet; withPli: ValuationCells; withoutPli: ValuationCells } {
  const b = sheetBuilder(CASH_SHEET);
  headerRow(
    b,
    'Cash flow and valuation (₹ crore)',
    r.cashFlow.withPli.map((c) => c.year),
  );
  const rate = inputRow(b, 'Discount rate (input)', r.valuation.withPli.discountRate, 'percent');
  b.gap();
  const wcChange = workingCapitalBlock(b, r);
  b.gap();
  const withPli = flowsBlock(
    b,
    r,
    'Free cash flow with PLI',
    r.cashFlow.withPli,
    pnl.withPli,
    wcChange,
    rate,
    r.valuation.withPli,
  );
  const withoutPli = flowsBlock(
    b,
    r,
    'Free cash flow without PLI',
    r.cashFlow.withoutPli,
    pnl.withoutPli,
    wcChange,
    rate,
    r.valuation.withoutPli,
  );
  b.add([
    textCell(
      `NPV discounts each year's flow a whole year per year from the start of ${r.years[0] ?? ''} (Excel's NPV); terminal value: ${r.valuation.terminalMethod}, kept as a figure. Change the discount rate, a capex or a P&L line: free cash flow, NPV and IRR recalculate.`,
    ),
  ]);
  return { sheet: b.build({ rows: 1, columns: 1 }), withPli, withoutPli };
}
