import { Decimal, ZERO } from '../core/decimal.js';
import { inr } from '../money/constructors.js';
import { formatMoney } from '../money/formatMoney.js';
import type { Money } from '../money/money.js';
import { compareFiscalYearLabels, fiscalYearRange } from './_lib/fiscalYears.js';
import type { StateIncentive } from './scenarioStateIncentives.js';
import { capitalSubsidy, type StateIncentiveYear, sgstReimbursement } from './stateIncentives.js';

/**
 * How the model treats each kind of state incentive (one treatment, stated in the result):
 * a capital subsidy is a capital receipt — cash when each instalment is received, not income;
 * under the Income-tax Act s.43(1) Explanation 10 it reduces the asset's actual cost, so each
 * instalment lowers the written-down value of the block in the year received and the tax
 * depreciation from then on (and with it the deferred tax). In the books it is not released to
 * profit (the P&L is the operations' own; Ind AS 20's deferred-income release is not modelled).
 * An SGST reimbursement is a revenue receipt: income of its own line below EBIT, taxed, in the
 * year received (the year the SGST is paid).
 */
export const STATE_INCENTIVE_TREATMENT = Object.freeze({
  'capital-subsidy':
    'capital receipt: cash in the year each instalment is received; not income — under Income-tax Act s.43(1) Explanation 10 it reduces the asset’s actual cost, so tax depreciation falls (WDV of the block reduced in the year received); not released to book profit (Ind AS 20 deferred income not modelled)',
  'sgst-reimbursement':
    'revenue receipt: income of its own line below EBIT, taxable, in the year received (the year the SGST is paid); not part of EBIT, so the terminal value does not carry it',
} as const);

/** One state incentive's line: what it pays by year, why, and its effect on tax depreciation. */
export interface StateIncentiveLine {
  readonly id: string;
  readonly name: string;
  readonly kind: StateIncentive['kind'];
  readonly confidence: StateIncentive['confidence'];
  readonly sources: readonly string[];
  readonly treatment: string;
  /** What it pays by fiscal year, with reasons (a capital subsidy's years may run past the horizon). */
  readonly years: readonly StateIncentiveYear[];
  /** The fall in tax depreciation it causes, by horizon year (zeros for an SGST reimbursement). */
  readonly taxDepreciationReduction: readonly StateIncentiveYear[];
}

/** The state incentives of a run, by line and totalled by horizon year. */
export interface StateIncentiveLines {
  readonly lines: readonly StateIncentiveLine[];
  /** SGST reimbursements by horizon year: P&L income. */
  readonly income: readonly Decimal[];
  /** Capital subsidy received by fiscal year: the horizon's years, then any after it. */
  readonly capitalReceived: readonly { readonly year: string; readonly amount: Decimal }[];
  /** Total fall in tax depreciation by horizon year. */
  readonly taxDepreciationReduction: readonly Decimal[];
}

/**
 * Each state incentive's line over the horizon. A capital subsidy's instalments follow
 * `capitalSubsidy`; each lowers the block's written-down value when received, so the year's tax
 * depreciation falls by `taxBlockRate` × (instalments received so far − the falls already taken),
 * never below zero of what the plan's tax depreciation is (incentives are taken in the file's
 * order). An SGST reimbursement follows `sgstReimbursement` on domestic sales (revenue less
 * export revenue) from its first year.
 *
 * @param list - the scenario's state incentives
 * @param context - the horizon years, each year's domestic sales and tax depreciation (INR)
 * @returns the lines and their totals by year
 *
 * @example
 * ```ts
 * const d = toDecimal;
 * const [line] = stateIncentiveLines([{ id: 'tn', name: 'TN capital subsidy', kind: 'capital-subsidy',
 *   rate: d('0.24'), eligibleCapex: crore(700), instalments: 15, firstYear: 'FY2022-23',
 *   taxBlockRate: d('0.15'), sources: ['tn'], confidence: 'reported' }],
 *   { years: ['FY2022-23'], domesticSales: [d(0)], taxDepreciation: [crore(100).amount] }).lines;
 * line.years[0].amount.amount.dividedBy(1e7).toFixed() //=> '11.2'
 * line.taxDepreciationReduction[0].amount.amount.dividedBy(1e7).toFixed() //=> '1.68'
 * ```
 */
export function stateIncentiveLines(
  list: readonly StateIncentive[],
  context: {
    readonly years: readonly string[];
    readonly domesticSales: readonly Decimal[];
    readonly taxDepreciation: readonly Decimal[];
  },
): StateIncentiveLines {
  const { years } = context;
  const room = years.map((_, y) => context.taxDepreciation[y] ?? ZERO);
  const income = years.map(() => ZERO);
  const received = new Map<string, Decimal>(years.map((y) => [y, ZERO]));
  const reduction = years.map(() => ZERO);
  const lines = list.map((s): StateIncentiveLine => {
    const base = {
      id: s.id,
      name: s.name,
      kind: s.kind,
      confidence: s.confidence,
      sources: s.sources,
      treatment: STATE_INCENTIVE_TREATMENT[s.kind],
    };
    if (s.kind === 'sgst-reimbursement') {
      const from = Math.max(0, years.indexOf(s.firstYear ?? years[0] ?? ''));
      const paid = sgstReimbursement(
        years.slice(from).map((year, k) => ({
          year,
          amount: inr(context.domesticSales[from + k] ?? ZERO),
        })),
        { sgstRate: s.sgstRate, share: s.share, years: s.years, cap: s.cap ?? null },
      );
      const rows = years.map(
        (year, y): StateIncentiveYear =>
          y < from
            ? { year, amount: inr(0), reason: `SGST reimbursement starts in ${years[from]}` }
            : (paid[y - from] ?? { year, amount: inr(0), reason: '' }),
      );
      rows.forEach((r, y) => {
        income[y] = (income[y] ?? ZERO).plus(r.amount.amount);
      });
      return {
        ...base,
        years: rows,
        taxDepreciationReduction: years.map((year) => ({ year, amount: inr(0), reason: '' })),
      };
    }
    const first = years.indexOf(s.firstYear);
    const rows = capitalSubsidy(
      s.eligibleCapex,
      { rate: s.rate, cap: s.cap ?? null, instalments: s.instalments },
      fiscalYearRange(s.firstYear, s.instalments),
    );
    for (const r of rows) {
      received.set(r.year, (received.get(r.year) ?? ZERO).plus(r.amount.amount));
    }
    let wdvCut = ZERO;
    const cuts = years.map((year, y): StateIncentiveYear => {
      const instalment = y >= first ? (rows[y - first]?.amount.amount ?? ZERO) : ZERO;
      wdvCut = wdvCut.plus(instalment);
      const due = wdvCut.times(s.taxBlockRate);
      const cut = Decimal.min(due, room[y] ?? ZERO);
      room[y] = (room[y] ?? ZERO).minus(cut);
      reduction[y] = (reduction[y] ?? ZERO).plus(cut);
      wdvCut = wdvCut.minus(cut);
      return {
        year,
        amount: inr(cut),
        reason: wdvCut.plus(cut).isZero()
          ? 'no subsidy received yet'
          : `${s.taxBlockRate.times(100).toFixed()}% WDV on ${crore(inr(wdvCut.plus(cut)))} of subsidy cut from the block${cut.lessThan(due) ? ` (limited to the year's tax depreciation)` : ''}`,
      };
    });
    return { ...base, years: rows, taxDepreciationReduction: cuts };
  });
  const capitalReceived = [...received.entries()]
    .sort(([a], [b]) => compareFiscalYearLabels(a, b))
    .map(([year, amount]) => ({ year, amount }));
  return { lines, income, capitalReceived, taxDepreciationReduction: reduction };
}

const crore = (m: Money<'INR'>) => formatMoney(m, { unit: 'crore', decimals: 2 });
