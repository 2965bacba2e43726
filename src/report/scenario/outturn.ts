import type { OutturnLine, OutturnLineId } from '../../model/outturn.js';
import type { ScenarioResult } from '../../model/types.js';
import { type FiscalYearLine, fiscalYearTable } from '../fiscalYearTable.js';
import type { ReportTable } from '../types.js';
import { cr } from './format.js';

const LABELS: Record<OutturnLineId, string> = {
  revenue: 'Revenue',
  costOfGoods: 'Cost of goods',
  payroll: 'Payroll',
  otherOperatingCosts: 'Other operating costs',
  ebitda: 'EBITDA',
  depreciation: 'Depreciation',
  pliIncome: 'PLI earned',
  pliPaidToPartners: 'PLI paid to partners',
  profitBeforeTax: 'Profit before tax',
  tax: 'Tax',
  profitAfterTax: 'Profit after tax',
  currentTax: 'Tax paid',
  capex: 'Capex',
  changeInWorkingCapital: 'Δ working capital',
  pliReceived: 'PLI received',
  stateIncentiveIncome: 'State incentive income (SGST)',
  stateIncentivesReceived: 'State incentives received',
  freeCashFlow: 'Free cash flow',
};

/** Plan, outturn and variance rows of each line, on the table's fiscal years. */
function rows(lines: readonly OutturnLine[], years: readonly string[]): FiscalYearLine[] {
  return lines.flatMap((l) => {
    const pick = (f: (x: OutturnLine['years'][number]) => FiscalYearLine['values'][number]) =>
      years.map((year) => {
        const x = l.years.find((y) => y.year === year);
        return x === undefined ? null : f(x);
      });
    return [
      { label: `${LABELS[l.id]}: plan`, values: pick((x) => x.plan) },
      { label: `${LABELS[l.id]}: as happened`, values: pick((x) => x.outturn) },
      {
        label: `${LABELS[l.id]}: variance`,
        values: pick((x) => x.variance),
        style: 'subtotal' as const,
      },
    ];
  });
}

/**
 * The outturn beside the plan: the P&L and the cash flow line by line (plan, as happened,
 * variance) and one sentence on the value, for the "Plan against what happened" section.
 */
export function outturnParts(
  r: ScenarioResult,
  d: number,
): { paragraphs: string[]; tables: ReportTable[] } {
  const o = r.outturn;
  if (o === null) return { paragraphs: [], tables: [] };
  const basis = r.valuation.basis === 'incremental' ? 'of the investment' : 'of the business';
  const cashYears = [...new Set(o.cashFlow.flatMap((l) => l.years.map((y) => y.year)))];
  return {
    paragraphs: [
      `As happened: the actuals carried through the P&L, tax, working capital, cash flow and value. NPV ${basis} with PLI ${cr(o.npv.withPli.outturn)} against the plan's ${cr(o.npv.withPli.plan)} (${cr(o.npv.withPli.variance)}); without PLI ${cr(o.npv.withoutPli.outturn)} against ${cr(o.npv.withoutPli.plan)}. Terminal value ${cr(o.terminalValue.outturn)} against ${cr(o.terminalValue.plan)}.${o.pliNotReceived.amount.isZero() ? '' : ` PLI booked as earned but never received: ${cr(o.pliNotReceived)}.`}`,
    ],
    tables: [
      fiscalYearTable(
        'P&L: plan, as happened and variance (₹ crore)',
        r.years,
        rows(o.profitAndLoss, r.years),
        {
          decimals: d,
          total: true,
          labelHeader: '',
          notes: o.rules,
        },
      ),
      fiscalYearTable(
        'Cash flow: plan, as happened and variance (₹ crore)',
        cashYears,
        rows(o.cashFlow, cashYears),
        { decimals: d, total: true, labelHeader: '' },
      ),
    ],
  };
}
