import type { ScenarioResult } from '../../model/types.js';
import type { ReportSection } from '../types.js';
import type { ValuationCells } from './cashFlowSheet.js';
import { CASH_SHEET } from './cashFlowSheet.js';
import { plainProse } from './documentSheet.js';
import { inCrore, yearColumn } from './lines.js';
import { PROFIT_SHEET, type ProfitRows } from './profitSheet.js';
import { formulaCell, sheetBuilder, sheetRef, textCell } from './sheetBuilder.js';
import type { WorkbookCell, WorkbookSheet } from './types.js';

/**
 * The Answers sheet: the key figures first, each a reference to the formula that computes it
 * (so they move when the analyst changes a line or a rate), then the report's answers in prose.
 */
export function answersSheet(
  r: ScenarioResult,
  answers: ReportSection,
  pnl: { withPli: ProfitRows; withoutPli: ProfitRows },
  value: { withPli: ValuationCells; withoutPli: ValuationCells },
): WorkbookSheet {
  const b = sheetBuilder('Answers');
  b.add([textCell(answers.heading, { bold: true }), textCell('₹ crore / %', { bold: true })]);
  const lastIndex = r.years.length - 1;
  const last = r.years[lastIndex] ?? '';
  const lastColumn = yearColumn(lastIndex);
  const figure = (label: string, cell: WorkbookCell) => b.add([textCell(label), cell]);
  const withPli = r.profitAndLoss.withPli[lastIndex];
  const withoutPli = r.profitAndLoss.withoutPli[lastIndex];
  if (withPli !== undefined && withoutPli !== undefined) {
    const lines = [
      [`EBITDA ${last}`, pnl.withPli.ebitda, withPli.ebitda],
      [`Profit after tax ${last}, with PLI`, pnl.withPli.profitAfterTax, withPli.profitAfterTax],
      [
        `Profit after tax ${last}, without PLI`,
        pnl.withoutPli.profitAfterTax,
        withoutPli.profitAfterTax,
      ],
    ] as const;
    for (const [label, row, money] of lines) {
      figure(
        label,
        formulaCell(
          sheetRef(PROFIT_SHEET, `${lastColumn}${row}`),
          inCrore(money).toNumber(),
          'amount',
        ),
      );
    }
  }
  for (const [label, cells, v] of [
    ['with PLI', value.withPli, r.valuation.withPli],
    ['without PLI', value.withoutPli, r.valuation.withoutPli],
  ] as const) {
    figure(
      `NPV ${label}`,
      formulaCell(sheetRef(CASH_SHEET, cells.npv), inCrore(v.npv).toNumber(), 'amount', {
        bold: true,
      }),
    );
    figure(
      `IRR ${label}`,
      v.irr.value === null
        ? textCell(`n/a (${v.irr.reason})`)
        : formulaCell(sheetRef(CASH_SHEET, cells.irr), v.irr.value.toNumber(), 'percent', {
            bold: true,
          }),
    );
  }
  b.gap();
  for (const paragraph of answers.paragraphs ?? []) {
    b.add([textCell(plainProse(paragraph), { wrap: true })]);
  }
  return b.build({ rows: 1, columns: 1 });
}
