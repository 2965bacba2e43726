import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { type Decimal, ZERO } from '../core/decimal.js';
import { prepareXnpv } from '../finance/prepareXnpv.js';
import { allocate } from '../money/allocate.js';
import { inr } from '../money/constructors.js';
import type { Money } from '../money/money.js';
import { parseFiscalYear } from '../time/parseFiscalYear.js';
import { endOf, startOf } from '../time/startOf.js';
import { apportionToPaisa } from './_lib/apportion.js';
import type { ScenarioOwnership } from './scenarioOwnership.js';

/**
 * The rule by which a fiscal year's figures are split between owners, as the result states it.
 *
 * @example
 * ```ts
 * OWNERSHIP_RULE.startsWith("Each owner's share of a fiscal year is time-weighted by days") //=> true
 * ```
 */
export const OWNERSHIP_RULE =
  "Each owner's share of a fiscal year is time-weighted by days: Σ (days the stake was held in the year × the stake) ÷ days in the year, a stake holding from its date to the day before the next change (date-fns calendar days). A year's profit after tax, free cash flow and the present value of its flow are taken to accrue evenly over its days. Each figure is rounded half-up to the paisa and split with allocate (largest remainder: the leftover paise go to the owners whose exact share lost most in truncation, ties to the owner listed first), so the owners' shares add up to it exactly. The terminal value goes to the owners on the horizon's last day. The value total is the headline NPV to the paisa, spread over the years' present values by the largest-remainder rule before each is split.";

/** A figure of one year (or the plan) and each owner's share of it, in paise. */
export interface OwnerSplit {
  /** The figure rounded half-up to the paisa: the owners' shares sum to it exactly. */
  readonly total: Money<'INR'>;
  /** Each owner's share, by owner id (every owner listed, 0 when it held nothing). */
  readonly byOwner: Readonly<Record<string, Money<'INR'>>>;
}

/** One fiscal year of the owners' shares. */
export interface OwnershipYear {
  readonly year: string;
  /** Days in the fiscal year. */
  readonly days: number;
  /** Each owner's time-weighted share of the year, Σ days × stake ÷ days (exact to 20 digits). */
  readonly shares: Readonly<Record<string, Decimal>>;
  /** The dates of stake changes inside the year. */
  readonly changes: readonly string[];
  /** Profit after tax (with PLI); null for a year outside the P&L (one that only collects PLI). */
  readonly profitAfterTax: OwnerSplit | null;
  /** Free cash flow (with PLI); null for a year without one. */
  readonly freeCashFlow: OwnerSplit | null;
  /** The present value of the year's valued flow at the valuation date; null when not valued. */
  readonly value: OwnerSplit | null;
}

/** Each owner's share of the plan's profit, cash and value over time. */
export interface OwnershipResult {
  readonly owners: readonly { readonly id: string; readonly name: string }[];
  /** The stakes as stated, each holding from its date. */
  readonly stakes: readonly {
    readonly from: string;
    readonly shares: Readonly<Record<string, Decimal>>;
    readonly source: string | null;
    readonly note: string | null;
  }[];
  /** {@link OWNERSHIP_RULE}. */
  readonly rule: string;
  /** Which valuation is split: the headline one (the increment over the baseline, or the whole business). */
  readonly valueBasis: 'incremental' | 'whole-business';
  readonly years: readonly OwnershipYear[];
  /** The terminal value's present value, split by the stakes on `date` (the horizon's last day). */
  readonly terminal: { readonly date: string; readonly value: OwnerSplit };
  /** Sums over the years (value: the headline NPV, terminal value included). */
  readonly totals: {
    readonly profitAfterTax: OwnerSplit;
    readonly freeCashFlow: OwnerSplit;
    readonly value: OwnerSplit;
  };
}

/** The figures {@link ownershipShares} splits, by fiscal year. */
export interface OwnershipFigures {
  readonly profitAfterTax: readonly { readonly year: string; readonly amount: Money<'INR'> }[];
  readonly freeCashFlow: readonly { readonly year: string; readonly amount: Money<'INR'> }[];
  readonly valuation: {
    readonly basis: 'incremental' | 'whole-business';
    readonly discountRate: Decimal;
    readonly valuationDate: string;
    /** The valued flows without the terminal value, each on its date. */
    readonly rows: readonly {
      readonly year: string;
      readonly date: string;
      readonly flow: Money<'INR'>;
    }[];
    readonly terminalDate: string;
    readonly terminalValuePresent: Money<'INR'>;
    /** The headline NPV, which the owners' values add up to (to the paisa). */
    readonly npv: Money<'INR'>;
  };
}

/**
 * Each owner's stake-days in a span of days: Σ over the days from `start` to `end` (inclusive)
 * of the stake held that day — the weights of a time-weighted split. Divided by the span's days
 * they are the owners' time-weighted shares.
 *
 * @param ownership - the validated section
 * @param start - the first day, `yyyy-MM-dd`
 * @param end - the last day, `yyyy-MM-dd` (not before `start`)
 * @returns the days in the span and each owner's stake-days, by owner id
 *
 * @example
 * ```ts
 * // Pegatron 100% until 23 Jan 2025, then Tata 60% / Pegatron 40%, in FY2024-25 (365 days):
 * const ownership = scenarioOwnershipSchema.parse({
 *   owners: [{ id: 'pegatron', name: 'Pegatron' }, { id: 'tata', name: 'Tata Electronics' }],
 *   stakes: [{ from: '2024-04-01', shares: [{ owner: 'pegatron', share: '1' }] },
 *     { from: '2025-01-24', shares: [{ owner: 'tata', share: '0.6' }, { owner: 'pegatron', share: '0.4' }] }],
 * });
 * const w = stakeDays(ownership, '2024-04-01', '2025-03-31');
 * w.days //=> 365
 * w.weights.pegatron?.toFixed() //=> '324.8' (298 days × 1 + 67 days × 0.4)
 * w.weights.tata?.toFixed() //=> '40.2' (67 days × 0.6)
 * ```
 */
export function stakeDays(
  ownership: ScenarioOwnership,
  start: string,
  end: string,
): { days: number; weights: Record<string, Decimal> } {
  const weights: Record<string, Decimal> = Object.fromEntries(
    ownership.owners.map((o) => [o.id, ZERO]),
  );
  const days = differenceInCalendarDays(parseISO(end), parseISO(start)) + 1;
  ownership.stakes.forEach((s, i) => {
    const next = ownership.stakes[i + 1];
    const from = s.from > start ? s.from : start;
    const to = next === undefined || dayBefore(next.from) > end ? end : dayBefore(next.from);
    if (to < from) return;
    const held = differenceInCalendarDays(parseISO(to), parseISO(from)) + 1;
    for (const h of s.shares) {
      weights[h.owner] = (weights[h.owner] ?? ZERO).plus(h.share.times(held));
    }
  });
  return { days, weights };
}

function dayBefore(date: string): string {
  return formatISO(addDays(parseISO(date), -1), { representation: 'date' });
}

/** The stakes in force on a day, by owner id (every owner listed). */
function stakesOn(ownership: ScenarioOwnership, date: string): Record<string, Decimal> {
  return stakeDays(ownership, date, date).weights;
}

/**
 * Splits a plan's profit after tax, free cash flow and value between its owners, fiscal year by
 * fiscal year, under {@link OWNERSHIP_RULE}: a year in which the stakes change is split by days
 * (time-weighted), every split adds up to its figure exactly, to the paisa. The value of each
 * year is the present value of its valued flow at the valuation date (XNPV, Actual/365, as the
 * headline valuation); the terminal value goes to the owners on the day it is struck.
 *
 * @param ownership - the validated `ownership` section
 * @param figures - the figures by fiscal year and the headline valuation's flows
 * @returns the owners' shares by year, of the terminal value and in total
 *
 * @example
 * ```ts
 * const ownership = scenarioOwnershipSchema.parse({
 *   owners: [{ id: 'pegatron', name: 'Pegatron' }, { id: 'tata', name: 'Tata Electronics' }],
 *   stakes: [{ from: '2024-04-01', shares: [{ owner: 'pegatron', share: '1' }] },
 *     { from: '2025-01-24', shares: [{ owner: 'tata', share: '0.6' }, { owner: 'pegatron', share: '0.4' }] }],
 * });
 * const o = ownershipShares(ownership, {
 *   profitAfterTax: [{ year: 'FY2024-25', amount: crore(10) }],
 *   freeCashFlow: [{ year: 'FY2024-25', amount: crore(10) }],
 *   valuation: { basis: 'whole-business', discountRate: toDecimal('0.1'), valuationDate: '2024-03-31',
 *     rows: [{ year: 'FY2024-25', date: '2025-03-31', flow: crore(11) }],
 *     terminalDate: '2025-03-31', terminalValuePresent: inr(0), npv: crore(10) },
 * });
 * o.years[0]?.profitAfterTax?.byOwner.tata?.amount.toFixed() //=> '11013698.63' (₹10 crore × 40.2 ÷ 365)
 * o.years[0]?.profitAfterTax?.byOwner.pegatron?.amount.toFixed() //=> '88986301.37' (+ the paisa left)
 * o.totals.value.total.amount.toFixed() //=> '100000000' (the NPV, ₹10 crore)
 * ```
 */
export function ownershipShares(
  ownership: ScenarioOwnership,
  figures: OwnershipFigures,
): OwnershipResult {
  const v = figures.valuation;
  const labels = [
    ...new Set([
      ...figures.profitAfterTax.map((r) => r.year),
      ...figures.freeCashFlow.map((r) => r.year),
      ...v.rows.map((r) => r.year),
    ]),
  ].sort();
  // The headline NPV to the paisa, spread over the years' present values and the terminal's.
  const discount = prepareXnpv(v.discountRate);
  const present = v.rows.map(
    (r) =>
      discount.xnpv([
        { date: v.valuationDate, amount: inr(ZERO) },
        { date: r.date, amount: r.flow },
      ]).amount,
  );
  const presentParts = apportionToPaisa(v.npv.amount, [...present, v.terminalValuePresent.amount]);
  const split = (amount: Decimal, weights: Record<string, Decimal>): OwnerSplit => {
    const ids = ownership.owners.map((o) => o.id);
    const ratios = ids.map((id) => weights[id] ?? ZERO);
    const parts = allocate(inr(amount), ratios);
    return {
      total: inr(parts.reduce((a, p) => a.plus(p.amount), ZERO)),
      byOwner: Object.fromEntries(ids.map((id, i) => [id, parts[i] ?? inr(ZERO)])),
    };
  };
  const years = labels.map((year): OwnershipYear => {
    const fy = parseFiscalYear(year);
    const first = startOf(fy);
    const last = endOf(fy);
    const { days, weights } = stakeDays(ownership, first, last);
    const pat = figures.profitAfterTax.find((r) => r.year === year);
    const fcf = figures.freeCashFlow.find((r) => r.year === year);
    const row = v.rows.findIndex((r) => r.year === year);
    const pv = row < 0 ? undefined : presentParts[row];
    return {
      year,
      days,
      shares: Object.fromEntries(Object.entries(weights).map(([id, w]) => [id, w.dividedBy(days)])),
      changes: ownership.stakes.map((s) => s.from).filter((d) => d > first && d <= last),
      profitAfterTax: pat === undefined ? null : split(pat.amount.amount, weights),
      freeCashFlow: fcf === undefined ? null : split(fcf.amount.amount, weights),
      value: pv === undefined ? null : split(pv, weights),
    };
  });
  const terminal = {
    date: v.terminalDate,
    value: split(presentParts[present.length] ?? ZERO, stakesOn(ownership, v.terminalDate)),
  };
  const sum = (pick: (y: OwnershipYear) => OwnerSplit | null, extra?: OwnerSplit): OwnerSplit => {
    const splits = [...years.map(pick), extra].filter((s): s is OwnerSplit => s != null);
    const add = (get: (s: OwnerSplit) => Money<'INR'> | undefined) =>
      inr(splits.reduce((a, s) => a.plus(get(s)?.amount ?? ZERO), ZERO));
    return {
      total: add((s) => s.total),
      byOwner: Object.fromEntries(ownership.owners.map((o) => [o.id, add((s) => s.byOwner[o.id])])),
    };
  };
  return {
    owners: ownership.owners.map((o) => ({ id: o.id, name: o.name })),
    stakes: ownership.stakes.map((s) => ({
      from: s.from,
      shares: Object.fromEntries(s.shares.map((h) => [h.owner, h.share])),
      source: s.source ?? null,
      note: s.note ?? null,
    })),
    rule: OWNERSHIP_RULE,
    valueBasis: v.basis,
    years,
    terminal,
    totals: {
      profitAfterTax: sum((y) => y.profitAfterTax),
      freeCashFlow: sum((y) => y.freeCashFlow),
      value: sum((y) => y.value, terminal.value),
    },
  };
}
