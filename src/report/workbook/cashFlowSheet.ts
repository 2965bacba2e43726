import { ZERO } from '../../core/decimal.js';
import type { FreeCashFlowYear } from '../../model/freeCashFlow.js';
import type { ScenarioResult } from '../../model/types.js';
import type { DatedValuation } from '../../model/valuation.js';
import { inr } from '../../money/constructors.js';
import type { Money } from '../../money/money.js';
import { paybackText } from '../scenario/format.js';
import { headerRow, inCrore, inputRow, type Line, writeLine, yearColumn } from './lines.js';
import { PROFIT_SHEET, type ProfitRows } from './profitSheet.js';

import {
  addNote,
  cellAddress,
  dateSerial,
  formulaCell,
  numberCell,
  type SheetBuilder,
  sheetBuilder,
  sheetRef,
  textCell,
} from './sheetBuilder.js';
import type { WorkbookSheet } from './types.js';

export const CASH_SHEET = 'Cash flow and valuation';
const CRORE = '10000000';

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
  years: readonly string[],
  title: string,
  flows: readonly FreeCashFlowYear[],
  pnl: ProfitRows,
  wcChange: number,
  rate: string,
  key: 'withPli' | 'withoutPli',
): ValuationCells {
  const layout = { count: years.length };
  const horizon = r.years.length;
  const line = (spec: Line) => writeLine(b, layout, spec);
  const byYear = new Map(flows.map((f) => [f.year, f]));
  const zero = inr(ZERO);
  // Every column a year of the sheet: a year this block has no flow in (the years after the
  // horizon without PLI) reads zero.
  const of = (f: (c: FreeCashFlowYear) => Money) =>
    years.map((y) => {
      const row = byYear.get(y);
      return inCrore(row === undefined ? zero : f(row));
    });
  const inHorizon = (f: (c: string) => string) => (c: string, i: number) =>
    i < horizon ? f(c) : undefined;
  b.add([textCell(title, { bold: true })]);
  const ebitda = line({
    label: 'EBITDA',
    values: of((c) => c.ebitda),
    formula: inHorizon((c) => sheetRef(PROFIT_SHEET, `${c}${pnl.ebitda}`)),
  });
  const tax = line({
    label: 'Tax paid (current tax)',
    values: of((c) => c.tax),
    formula: inHorizon((c) => sheetRef(PROFIT_SHEET, `${c}${pnl.currentTax}`)),
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
  const v = r.valuation[key];
  const incremental = r.valuation.incremental?.[key] ?? null;
  let valued = fcf;
  if (incremental !== null) {
    const baseline = new Map(incremental.map((x) => [x.year, x.baseline]));
    const base = line({
      label: 'Baseline free cash flow',
      values: years.map((y) => inCrore(baseline.get(y) ?? zero)),
    });
    const increments = new Map(incremental.map((x) => [x.year, x.increment]));
    valued = line({
      label: 'Increment (plan − baseline)',
      values: years.map((y) => inCrore(increments.get(y) ?? zero)),
      formula: (c) => `${c}${fcf}-${c}${base}`,
      bold: true,
    });
  }
  b.gap();
  return datedValuation(b, r, years, v, valued, rate, incremental !== null);
}

// The dated valuation as a column of dates and flows (XNPV and XIRR need contiguous ranges):
// a zero at the valuation date, each year's flow on its date, the terminal value at the end of
// the horizon.
function datedValuation(
  b: SheetBuilder,
  r: ScenarioResult,
  years: readonly string[],
  v: DatedValuation,
  valuedRow: number,
  rate: string,
  incremental: boolean,
): ValuationCells {
  b.add([
    textCell(`Dated flows (${v.convention}; XNPV and XIRR, Actual/365)`, { bold: true }),
    textCell('Date', { bold: true, right: true }),
    textCell('Flow', { bold: true, right: true }),
  ]);
  const first = b.add([
    textCell('Valuation date (input)'),
    numberCell(ZERO.plus(dateSerial(v.valuationDate)), 'date', { input: true }),
    numberCell(ZERO, 'amount'),
  ]);
  const labels = incremental ? (r.valuation.incremental?.withPli ?? []).map((x) => x.year) : years;
  // The flows valued, in the order of their dates (one per row of the valuation).
  const flowYears = labels.slice(0, v.dates.length);
  let last = first;
  flowYears.forEach((year, i) => {
    const column = years.indexOf(year);
    const flow = v.flows[i];
    // The model adds the terminal value to the flow dated with it (the last year, at its end).
    const tv = v.dates[i] === v.terminalDate ? v.terminalValue.amount : ZERO;
    const value = flow === undefined ? ZERO : flow.amount.minus(tv).dividedBy(CRORE);
    last = b.add([
      textCell(year),
      numberCell(ZERO.plus(dateSerial(v.dates[i] ?? v.valuationDate)), 'date'),
      column < 0
        ? numberCell(value, 'amount')
        : formulaCell(`${yearColumn(column)}${valuedRow}`, value.toNumber(), 'amount'),
    ]);
  });
  const terminal = b.add([
    textCell(incremental ? 'Terminal value (increment over the baseline)' : 'Terminal value'),
    numberCell(ZERO.plus(dateSerial(v.terminalDate)), 'date'),
    numberCell(inCrore(v.terminalValue), 'amount'),
  ]);
  const range = (to: number) => `C${first}:C${to},B${first}:B${to}`;
  const npvRow = b.add([
    textCell('NPV (₹ crore)', { bold: true }),
    formulaCell(`XNPV(${rate},${range(terminal)})`, inCrore(v.npv).toNumber(), 'amount', {
      bold: true,
    }),
  ]);
  const withoutRow = b.add([
    textCell('NPV without the terminal value'),
    formulaCell(`XNPV(${rate},${range(last)})`, inCrore(v.npvWithoutTerminal).toNumber(), 'amount'),
  ]);
  const presentRow = b.add([
    textCell('Present value of the terminal value'),
    formulaCell(`B${npvRow}-B${withoutRow}`, inCrore(v.terminalValuePresent).toNumber(), 'amount'),
  ]);
  b.add([
    textCell("Terminal value's share of NPV"),
    v.terminalShare === null
      ? textCell('n/a (NPV not positive)')
      : formulaCell(`B${presentRow}/B${npvRow}`, v.terminalShare.toNumber(), 'percent'),
  ]);
  const irrRow = b.add([
    textCell('IRR (XIRR)', { bold: true }),
    v.irr.value === null
      ? textCell(`n/a (${v.irr.reason})`)
      : formulaCell(
          `XIRR(C${first}:C${terminal},B${first}:B${terminal})`,
          v.irr.value.toNumber(),
          'percent',
          {
            bold: true,
          },
        ),
  ]);
  b.add([textCell('Payback on free cash flow'), textCell(paybackText(v))]);
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
  // The columns: the horizon, then the years that only collect PLI (of the plan or, for an
  // incremental valuation, of its baseline).
  const years = [
    ...new Set([
      ...r.cashFlow.withPli.map((c) => c.year),
      ...(r.valuation.incremental?.withPli ?? []).map((x) => x.year),
    ]),
  ].sort();
  headerRow(b, 'Cash flow and valuation (₹ crore)', years);
  const rate = inputRow(b, 'Discount rate (input)', r.valuation.withPli.discountRate, 'percent');
  b.gap();
  const wcChange = workingCapitalBlock(b, r);
  b.gap();
  const withPli = flowsBlock(
    b,
    r,
    years,
    'Free cash flow with PLI',
    r.cashFlow.withPli,
    pnl.withPli,
    wcChange,
    rate,
    'withPli',
  );
  const withoutPli = flowsBlock(
    b,
    r,
    years,
    'Free cash flow without PLI',
    r.cashFlow.withoutPli,
    pnl.withoutPli,
    wcChange,
    rate,
    'withoutPli',
  );
  addNote(
    b,
    `${r.valuation.basis === 'incremental' ? `NPV and IRR value the increment over the baseline (${r.valuation.baseline?.description ?? ''}). ` : ''}XNPV discounts each flow from the valuation date by its date, Actual/365; the terminal value (${r.valuation.terminalMethod}) arrives at the end of the horizon and is kept as a figure. Change the discount rate, a capex or a P&L line: free cash flow, NPV and IRR recalculate.`,
  );
  return { sheet: b.build({ rows: 1, columns: 1 }), withPli, withoutPli };
}
