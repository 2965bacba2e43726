import { ValidationError, type ValidationIssue } from '../core/errors.js';
import { formatPath, parseInput } from '../core/validate.js';
import { allocate } from '../money/allocate.js';
import type { CurrencyCode } from '../money/currency.js';
import type { Money } from '../money/money.js';
import type { Series } from '../series/series.js';
import { combinePlans } from './_lib/combine.js';
import { granularityOfLabel } from './_lib/periods.js';
import { type CommitmentPlan, planCommitment } from './_lib/plan.js';
import {
  type Commitment,
  type InvestmentScheduleInput,
  type InvestmentSchedulePlan,
  investmentScheduleInputSchema,
} from './commitments.js';
import type { ScheduleGranularity } from './scheduleProfiles.js';

/** One commitment of a phased investment, for the audit trail. */
export interface PhasedCommitment<C extends CurrencyCode = CurrencyCode> {
  /** The commitment's name (`'Plant A'`, or `commitment 1`, `commitment 2`, … by position). */
  readonly name: string;
  /** The total committed, exactly as given. */
  readonly total: Money<C>;
  /** Its own schedule over its own horizon; the parts sum exactly to `total`. */
  readonly schedule: Series<Money<C>>;
}

/** A phased investment: the combined schedule and the breakdown by commitment. */
export interface PhasedInvestment<C extends CurrencyCode = CurrencyCode> {
  readonly granularity: ScheduleGranularity;
  /** The combined schedule, from the earliest start to the latest end (zeros in any gap). */
  readonly schedule: Series<Money<C>>;
  /** The sum of the commitments' totals; the combined schedule sums exactly to it. */
  readonly total: Money<C>;
  readonly commitments: readonly PhasedCommitment<C>[];
}

/**
 * Phases one or several investment commitments and keeps the breakdown by commitment: the
 * auditable form of `investmentSchedule`. Each commitment's total is allocated over its periods
 * in proportion to its profile's weights, to the minor unit with the largest-remainder rule (money
 * `allocate`), so every commitment's parts — and the combined schedule — sum exactly to the total.
 *
 * @param input - one commitment (`{ total, start, end | periods, granularity, profile }`) or
 *   `{ granularity, commitments: [...] }`, as JSON-friendly values (see
 *   `investmentScheduleInputSchema`)
 * @returns the combined schedule, its total and the per-commitment schedules
 * @throws {ValidationError} naming every bad field (`commitments[1].profile.tranches[0].date: …`)
 *
 * @example
 * ```ts
 * const phased = phaseInvestment({
 *   granularity: 'fy',
 *   commitments: [
 *     { name: 'Plant A', total: crore(1000), start: 'FY2021-22', periods: 4, profile: 'front-loaded' },
 *     { name: 'Expansion', total: crore(350), start: 'FY2023-24', periods: 3 },
 *   ],
 * });
 * phased.schedule.toRows().map((r) => [r.period, r.value.amount.dividedBy(1e7).toFixed(2)])
 * //=> [['FY2021-22', '400.00'], ['FY2022-23', '300.00'], ['FY2023-24', '316.67'],
 * //    ['FY2024-25', '216.67'], ['FY2025-26', '116.67']]
 * ```
 */
export function phaseInvestment(input: InvestmentScheduleInput): PhasedInvestment {
  return phaseParsedInvestment(
    parseInput(investmentScheduleInputSchema, input, 'investment schedule'),
  );
}

/**
 * {@link phaseInvestment} for an input already parsed by `investmentScheduleInputSchema` — or
 * built by a layer above from commitments its own schema parsed with `commitmentSchema` (the
 * model's scenario): no second parse. The phasing checks (periods, tranches, currencies) run as
 * in `phaseInvestment`.
 *
 * @param parsed - the parsed schedule input
 * @returns the phased investment
 * @throws {ValidationError} naming the commitment's field when it cannot be phased
 *
 * @example
 * ```ts
 * const phased = phaseParsedInvestment({ granularity: 'fy', commitments: [
 *   { total: crore(300), start: 'FY2021-22', periods: 3 }] });
 * phased.schedule.toRows().map((r) => r.value.amount.dividedBy(1e7).toFixed(0)) //=> ['100', '100', '100']
 * ```
 */
export function phaseParsedInvestment(parsed: InvestmentSchedulePlan): PhasedInvestment {
  const list: { c: Commitment; at: PropertyKey[] }[] =
    parsed.commitments === undefined
      ? [{ c: { ...parsed, start: parsed.start ?? '' }, at: [] }]
      : parsed.commitments.map((c, i) => ({ c, at: ['commitments', i] }));
  const first = list[0];
  const granularity: ScheduleGranularity =
    parsed.granularity ?? (first === undefined ? 'fy' : granularityOfLabel(first.c.start));
  const issues: ValidationIssue[] = [];
  const report = (path: readonly PropertyKey[], message: string) => {
    issues.push({ path: formatPath(path), message });
  };
  const plans: CommitmentPlan[] = [];
  list.forEach(({ c, at }, i) => {
    const plan = planCommitment(c, granularity, c.name ?? `commitment ${i + 1}`, at, report);
    if (plan !== undefined) plans.push(plan);
  });
  const currency = plans[0]?.total.currency;
  plans.forEach((p, i) => {
    if (p.total.currency !== currency) {
      report(
        [...(list[i]?.at ?? []), 'total'],
        `currency ${p.total.currency} differs from the first commitment's ${currency}`,
      );
    }
  });
  if (issues.length > 0) throw new ValidationError('investment schedule', issues);
  const phased = plans.map((p) => ({
    name: p.name,
    total: p.total,
    horizon: p.horizon,
    parts: allocate(p.total, p.weights),
  }));
  return combinePlans(phased, granularity);
}

/**
 * Phases an investment commitment (or several) over periods and returns the schedule: a
 * `Series<Money>` whose parts sum exactly, to the paisa, to the total.
 *
 * Profiles (weights are normalised by their sum, then the total is allocated to the minor unit by
 * the largest-remainder rule):
 * - `'even'` — equal weights;
 * - `'front-loaded'` — linearly declining weights n, n−1, …, 1;
 * - `'back-loaded'` — linearly rising weights 1, 2, …, n;
 * - `{ sCurve: { midpoint, steepness } }` — the increments of a logistic over the period
 *   boundaries (midpoint in periods from the start, default the middle; steepness default 1);
 * - `{ weights: [...] }` — one non-negative weight per period;
 * - `{ tranches: [{ date | period, amount | share }] }` — amounts or shares in given periods,
 *   adding up to exactly 100% of the total (with amounts only, `total` may be left out).
 *
 * `start`/`end` are period labels of any granularity; the schedule runs from the `granularity`
 * period containing the start of `start` to the one containing the end of `end`.
 *
 * @param input - see `investmentScheduleInputSchema`; a JSON-friendly object
 * @returns the schedule, one amount per period (zero where the profile gives nothing)
 * @throws {ValidationError} for a non-positive total, zero-sum weights, a weight count that does
 *   not match the periods, tranches outside the horizon or over 100%, an end before the start —
 *   each naming its field
 *
 * @example
 * ```ts
 * const capex = investmentSchedule({
 *   total: { amount: '13500000000', currency: 'INR' },
 *   start: 'FY2021-22',
 *   end: 'FY2025-26',
 *   granularity: 'fy',
 *   profile: 'front-loaded',
 * });
 * capex.toRows().map((r) => r.value.amount.dividedBy(1e7).toFixed(2))
 * //=> ['450.00', '360.00', '270.00', '180.00', '90.00']
 * ```
 */
export function investmentSchedule(input: InvestmentScheduleInput): Series<Money> {
  return phaseInvestment(input).schedule;
}
