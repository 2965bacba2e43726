import { ZERO } from '../../core/decimal.js';
import type { ScenarioResult } from '../../model/types.js';
import type { DatedValuation } from '../../model/valuation.js';
import { inr } from '../../money/constructors.js';
import { type FiscalYearLine, fiscalYearTable } from '../fiscalYearTable.js';
import type { ReportSection, ReportTable } from '../types.js';
import { cr, irrText, paybackText, pct } from './format.js';

/** One sentence on what the NPV is the value of: the investment (incremental) or the business. */
export function valuationBasisText(r: ScenarioResult): string {
  const v = r.valuation;
  return v.basis === 'incremental' && v.baseline !== null
    ? `The NPV is the investment's: the plan's free cash flows less those of the baseline (${v.baseline.description}).`
    : "No baseline is stated, so the NPV is the whole business's — its existing operations included — not the value of the investment.";
}

/** How the flows are dated and discounted. */
export function conventionText(r: ScenarioResult): string {
  const v = r.valuation;
  const last = r.years[r.years.length - 1] ?? '';
  return `Valued at ${v.valuationDate} with XNPV (Actual/365) at ${pct(v.withPli.discountRate)}: ${v.convention === 'mid-year' ? "each year's flow at mid-year (1 October), the mid-year convention" : "each year's flow at its end (31 March), the end-of-year convention"}; the terminal value (${v.terminalMethod}) at the end of ${last}.`;
}

/** A warning when the terminal value carries most of the value, else null. */
export function terminalWarning(x: DatedValuation): string | null {
  if (!x.terminalDominates) return null;
  return x.terminalShare === null
    ? `the terminal value (${cr(x.terminalValuePresent)} today) turns a negative NPV of the plan's own years (${cr(x.npvWithoutTerminal)}) positive`
    : `the terminal value is ${pct(x.terminalShare, 0)} of the NPV (${cr(x.terminalValuePresent)} of ${cr(x.npv)}); without it the NPV is ${cr(x.npvWithoutTerminal)}`;
}

function valueTable(
  title: string,
  w: DatedValuation,
  wo: DatedValuation,
  notes: string[],
): ReportTable {
  const row = (label: string, f: (x: DatedValuation) => string) => ({
    cells: { label, with: f(w), without: f(wo) },
  });
  return {
    title,
    columns: [
      { key: 'label', header: '' },
      { key: 'with', header: 'With PLI', align: 'right' },
      { key: 'without', header: 'Without PLI', align: 'right' },
    ],
    rows: [
      row('NPV (₹ crore)', (x) => cr(x.npv)),
      row('NPV without the terminal value', (x) => cr(x.npvWithoutTerminal)),
      row('Present value of the terminal value', (x) => cr(x.terminalValuePresent)),
      row('Terminal value, share of NPV', (x) =>
        x.terminalShare === null
          ? 'n/a (NPV ≤ 0)'
          : `${pct(x.terminalShare, 0)}${x.terminalDominates ? ' ⚠' : ''}`,
      ),
      row('IRR (XIRR, with the terminal value)', irrText),
      row('Payback on free cash flow', paybackText),
      row('Discounted payback', (x) =>
        x.discountedPayback.paysBack
          ? `${x.discountedPayback.period.toFixed(1)} years`
          : 'not within the plan',
      ),
    ],
    notes,
  };
}

export function valuationSection(r: ScenarioResult): ReportSection {
  const v = r.valuation;
  const first = r.years[0] ?? '';
  const warnings = [terminalWarning(v.withPli), terminalWarning(v.withoutPli)];
  const notes = [
    conventionText(r),
    `${v.terminal.basis} Terminal value ${cr(v.terminal.value)} at the end of the horizon${v.baseline === null ? '' : `, less the baseline's ${cr(v.baseline.terminalValue)}`}.`,
    `Payback counts years from the start of ${first} on free cash flow alone (no terminal value); PLI paid after the horizon counts in the year it arrives.`,
    ...(warnings[0] === null ? [] : [`⚠ With PLI, ${warnings[0]}.`]),
    ...(warnings[1] === null ? [] : [`⚠ Without PLI, ${warnings[1]}.`]),
  ];
  const tables: ReportTable[] = [
    valueTable(
      v.basis === 'incremental'
        ? 'Value of the investment (plan − baseline)'
        : 'Value of the whole business (no baseline stated)',
      v.withPli,
      v.withoutPli,
      notes,
    ),
  ];
  if (v.incremental !== null) {
    const years = v.incremental.withPli.map((y) => y.year);
    // Without PLI nothing arrives after the horizon: those years are zero, not unknown.
    const without: FiscalYearLine['values'] = years.map(
      (year) => v.incremental?.withoutPli.find((x) => x.year === year)?.increment ?? inr(ZERO),
    );
    tables.push(
      fiscalYearTable(
        'Free cash flow of the plan, the baseline and the increment (₹ crore)',
        years,
        [
          { label: 'Plan, with PLI', values: v.incremental.withPli.map((y) => y.plan) },
          { label: 'Baseline', values: v.incremental.withPli.map((y) => y.baseline) },
          {
            label: 'Increment, with PLI',
            values: v.incremental.withPli.map((y) => y.increment),
            style: 'total',
          },
          { label: 'Increment, without PLI', values: without },
        ],
        {
          decimals: 0,
          total: true,
          labelHeader: '',
          ...(years.length > r.years.length
            ? {
                subtotal: {
                  through: r.years.length,
                  header: `${first}–${r.years[r.years.length - 1]}`,
                },
              }
            : {}),
        },
      ),
      valueTable('The whole business, for comparison', v.business.withPli, v.business.withoutPli, [
        'The plan valued on its own, its existing operations included.',
      ]),
    );
  }
  return { heading: 'Valuation', paragraphs: [valuationBasisText(r)], tables };
}
