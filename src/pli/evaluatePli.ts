import { type Decimal, ONE, ZERO } from '../core/decimal.js';
import { deepFreeze } from '../core/freeze.js';
import { parseInput } from '../core/validate.js';
import { inr } from '../money/constructors.js';
import type { Money } from '../money/money.js';
import { round } from '../money/round.js';
import { subtract } from '../money/subtract.js';
import { sum } from '../money/sum.js';
import { schemeAmount } from './_lib/amounts.js';
import { assumptionsOf } from './_lib/assumptions.js';
import { incentiveCap, multipleOfCommitted } from './_lib/caps.js';
import { fiscalYearKey, fiscalYearStart } from './_lib/fiscalYear.js';
import { crores, percent, rupees } from './_lib/format.js';
import { headroomOf, type PliHeadroom } from './_lib/headroom.js';

export type { PliHeadroom };

import { claimedMonths, monthText, partOf, partYearOf } from './_lib/partYear.js';
import { findRate } from './_lib/rate.js';
import {
  check,
  checkAttributes,
  chooseFirstYear,
  figure,
  findCategory,
  salesOf,
} from './_lib/resolve.js';
import {
  companyEligibility as checkParsedCompany,
  type PliCompanyEligibility,
} from './checkCompanyEligibility.js';
import { PliEvaluationInput, type PliEvaluationInputInput } from './enrolment.js';
import { PliError } from './errors.js';
import { type PliRules, rulesInForce } from './pliRulesInForce.js';
import { applySchemeCeiling, type PliSchemeCeilingResult } from './schemeCeiling.js';

/** A threshold test: what the scheme required (`null`: no threshold), what the firm had. */
export interface PliThresholdCheck {
  readonly required: Money<'INR'> | null;
  readonly actual: Money<'INR'>;
  readonly met: boolean;
}

/** One fiscal year of an evaluation, with every figure behind the incentive. */
export interface PliYearResult {
  /** The fiscal year, `FY2020-21`. */
  readonly year: string;
  /** 1 for the firm's first scheme year. */
  readonly schemeYear: number;
  /** Net sales counted towards the sales threshold. */
  readonly netSales: Money<'INR'>;
  /** Net sales that can earn the incentive (at or above the invoice floor). */
  readonly eligibleSales: Money<'INR'>;
  /** Net sales below the invoice floor (earning nothing). */
  readonly belowFloorSales: Money<'INR'>;
  /** `netSales` less the base year's: tested against the sales threshold. */
  readonly netIncrementalSales: Money<'INR'>;
  /** `eligibleSales` less the base year's: what the rate applies to (before a sales cap). */
  readonly eligibleIncrementalSales: Money<'INR'>;
  readonly thresholds: {
    readonly investment: PliThresholdCheck;
    readonly sales: PliThresholdCheck;
  };
  /** True when the company is eligible and both thresholds are met. */
  readonly eligible: boolean;
  /** The rate that applies (base rate plus bonuses), as a fraction, even in a missed year. */
  readonly rate: Decimal;
  /** The bonuses included in `rate`. */
  readonly bonuses: readonly {
    readonly id: string;
    readonly name: string;
    readonly rate: Decimal;
  }[];
  /** The amount the rate was applied to (eligible incremental sales after any sales cap). */
  readonly incentiveBase: Money<'INR'>;
  /** rate × base before incentive caps, unrounded; zero in a missed year. */
  readonly incentiveBeforeCaps: Money<'INR'>;
  /** The incentive earned, after caps and the scheme-wide ceiling, rounded to the paisa half-up. */
  readonly incentive: Money<'INR'>;
  /** The scheme-wide yearly ceiling applied to the claim (`schemeClaims`), or null. */
  readonly schemeCeiling: PliSchemeCeilingResult | null;
  /** Margins over the thresholds and the fall in sales that would lose the year. */
  readonly headroom: PliHeadroom;
  /** The share of the fiscal year whose sales count (1, or 8/12 when year 1 counts from 1 August). */
  readonly countedShare: Decimal;
  /** Why, in words: thresholds met or missed, the rate, bonuses, floors and caps. */
  readonly reasons: readonly string[];
}

/** The result of `evaluatePli`. */
export interface PliEvaluation {
  readonly scheme: { readonly id: string; readonly name: string };
  /** The rules evaluated under: versions applied, those not yet notified, those left out. */
  readonly rules: Omit<PliRules, 'scheme'>;
  readonly category: string;
  /** The firm's first scheme year and the window of scheme years. */
  readonly firstYear: string;
  readonly schemeYears: readonly string[];
  readonly baseYear: string;
  /** Base-year sales counted towards thresholds, and those that can earn. */
  readonly baseYearSales: Money<'INR'>;
  readonly baseYearEligibleSales: Money<'INR'>;
  /** The company-level check, when company figures were given. */
  readonly companyEligibility: PliCompanyEligibility | undefined;
  /** The evaluated years, in order. */
  readonly years: readonly PliYearResult[];
  /** The sum of the yearly incentives. */
  readonly total: Money<'INR'>;
  /** Figure groups used that are not confirmed, with their notes: check them. */
  readonly assumptions: readonly string[];
}

/**
 * Evaluates a firm's PLI incentive year by year.
 *
 * For each scheme year: net incremental sales = net sales − base-year net sales (of eligible
 * goods made in India); the incentive is rate × eligible incremental sales, paid only when that
 * year's cumulative incremental investment and incremental sales thresholds are both met (a
 * missed year earns zero and says why; later years are assessed on their own). Negative
 * increments earn zero. Sales given as `lines` are split at the category's invoice floor: below
 * the floor they earn nothing, and count towards the sales threshold only where the scheme says
 * so. Rates come by year or by slab, plus bonuses (opt-in attributes, cumulative sales). Sales
 * caps apply before the rate, incentive caps after it, each with its reason; the result is then
 * rounded to the paisa, half-up (the boundary where the incentive becomes a reported figure).
 *
 * @param input - `{ scheme, category, baseYearSales | baseYearLines, years, firstYear?,
 *   attributes?, committedInvestment?, company? }`; Money as values or JSON (`{ amount, currency }`)
 * @returns the yearly results, the total, and the unconfirmed figures used
 * @throws {ValidationError} for malformed input, naming the field path
 * @throws {PliError} for an unknown category (`PLI_UNKNOWN_CATEGORY`), a year outside the
 *   firm's window (`PLI_YEAR_OUTSIDE_TENURE`) or given twice (`PLI_DUPLICATE_YEAR`), a first
 *   year the scheme does not allow (`PLI_FIRST_YEAR_NOT_ALLOWED`), an unknown attribute
 *   (`PLI_UNKNOWN_ATTRIBUTE`), a `null` figure that is needed (`PLI_FIGURE_UNKNOWN`), a missing
 *   committed investment (`PLI_INPUT_REQUIRED`) or a line without its product (`PLI_PRODUCT_REQUIRED`)
 *
 * @example
 * ```ts
 * const result = evaluatePli({
 *   scheme: 'lsem-2020',
 *   category: 'domestic-mobile',
 *   baseYearSales: crore(200),
 *   years: [
 *     { year: 'FY2020-21', netSales: crore(1000), cumulativeInvestment: crore(60) },
 *     { year: 'FY2021-22', netSales: crore(1100), cumulativeInvestment: crore(120) },
 *   ],
 * });
 * result.years.map((y) => formatMoney(y.incentive, { unit: 'crore', decimals: 0 }))
 * //=> ['₹32 crore', '₹0 crore'] (year 1 counts sales from 1 August: 6 % of 8/12 × (1,000 − 200))
 * result.years[1]?.reasons[1]
 * //=> 'net incremental sales ₹900 crore are below the ₹1,000 crore threshold for scheme year 2'
 * ```
 */
export function evaluatePli(input: PliEvaluationInputInput): PliEvaluation {
  return evaluateParsedPli(parseInput(PliEvaluationInput, input, 'PLI evaluation input'));
}

/**
 * {@link evaluatePli} of an input already in its parsed form — the core the model layer composes
 * (its enrolments were parsed with the scenario, its sales are figures it computed), with no
 * second validation inside the library. Every value must be what `PliEvaluationInput` would
 * return: a parsed scheme, Money in rupees, whole non-negative units, canonical fiscal years.
 *
 * @param parsed - the output of `PliEvaluationInput`
 * @returns the same result as {@link evaluatePli} gives for that input
 * @throws {PliError} as {@link evaluatePli}
 *
 * @example
 * ```ts
 * const parsed = PliEvaluationInput.parse({ scheme: 'lsem-2020', category: 'domestic-mobile',
 *   baseYearSales: crore(200),
 *   years: [{ year: 'FY2020-21', netSales: crore(1000), cumulativeInvestment: crore(60) }] });
 * formatMoney(evaluateParsedPli(parsed).total, { unit: 'crore', decimals: 0 }) //=> '₹32 crore'
 * ```
 */
export function evaluateParsedPli(parsed: PliEvaluationInput): PliEvaluation {
  const { scheme: _chosen, ...rules } = rulesInForce(
    parsed.scheme,
    parsed.version !== undefined
      ? { version: parsed.version }
      : parsed.rulesAsOf === undefined
        ? {}
        : { asOf: parsed.rulesAsOf.date, basis: parsed.rulesAsOf.basis },
  );
  const scheme = _chosen;
  const part = partYearOf(scheme);
  const missed = new Map((parsed.thresholdsMissed ?? []).map((m) => [m.year, m.reason]));
  const category = findCategory(scheme, parsed.category);
  const firstYear = chooseFirstYear(scheme, parsed.firstYear);
  const first = fiscalYearStart(firstYear);
  const schemeYears = Array.from({ length: scheme.tenure.years }, (_, i) =>
    fiscalYearKey(first + i),
  );
  const attributes = checkAttributes(scheme, parsed.category, category, parsed.attributes ?? []);
  const companyEligibility =
    parsed.company === undefined
      ? undefined
      : checkParsedCompany(scheme, parsed.category, parsed.company);

  const floor = category.invoiceFloor;
  const countsAll = floor?.countsTowardsThresholds ?? true;
  const base = salesOf(parsed.baseYearSales, parsed.baseYearLines, floor, 'baseYearLines');
  const baseCounted = countsAll ? base.total : base.aboveFloor;

  const years = [...parsed.years]
    .map((y, index) => ({ ...y, index, start: fiscalYearStart(y.year) }))
    .sort((a, b) => a.start - b.start);
  const claims = parsed.schemeClaims;
  claims?.years.forEach((c, i) => {
    if (!schemeYears.includes(c.year)) {
      throw new PliError(
        'PLI_YEAR_OUTSIDE_TENURE',
        `schemeClaims.years[${i}].year ${c.year} is not a scheme year of ${scheme.id} for this firm (${schemeYears.join(', ')})`,
      );
    }
    if (c.ceiling === undefined && !scheme.yearlyOutlay?.years.some((o) => o.year === c.year)) {
      throw new PliError(
        'PLI_FIGURE_UNKNOWN',
        `schemeClaims.years[${i}].ceiling: ${scheme.id} states no yearly outlay for ${c.year}; give the ceiling`,
      );
    }
  });
  (parsed.thresholdsMissed ?? []).forEach((m, i) => {
    if (!schemeYears.includes(m.year)) {
      throw new PliError(
        'PLI_YEAR_OUTSIDE_TENURE',
        `thresholdsMissed[${i}].year ${m.year} is not a scheme year of ${scheme.id} for this firm (${schemeYears.join(', ')})`,
      );
    }
  });
  years.forEach((y, i) => {
    if (y.start < first || y.start >= first + scheme.tenure.years) {
      throw new PliError(
        'PLI_YEAR_OUTSIDE_TENURE',
        `years[${y.index}].year ${y.year} is outside the scheme years of ${scheme.id} for this firm (${schemeYears[0]} to ${schemeYears[schemeYears.length - 1]}, first year ${firstYear})`,
      );
    }
    if (i > 0 && years[i - 1]?.start === y.start) {
      throw new PliError('PLI_DUPLICATE_YEAR', `years[${y.index}].year ${y.year} is given twice`);
    }
  });

  const rates = category.rates ?? scheme.rates;
  const where = `${scheme.id} category ${parsed.category}`;
  const committed = parsed.committedInvestment;
  let cumulativeEligibleIncrement = ZERO;
  let salesCapUsed = ZERO;
  let paid = ZERO;
  const results: PliYearResult[] = [];

  for (const y of years) {
    const schemeYear = y.start - first + 1;
    const reasons: string[] = [];
    const whole = salesOf(y.netSales, y.lines, floor, `years[${y.index}].lines`);
    // The first scheme year may count only from a month (LSEM: 1 August), and any year may be
    // claimed for part of it (a firm that started production mid-year): with the months' own
    // sales (`part`) those are counted; without them, the year's sales time-proportionately.
    // The base year (known only as a year) is compared pro rata by months where the rule says so.
    const claimed = y.part === undefined ? undefined : claimedMonths(y.part.from, y.start);
    if (y.part !== undefined && claimed === undefined) {
      throw new PliError(
        'PLI_YEAR_OUTSIDE_TENURE',
        `years[${y.index}].part.from ${y.part.from} is not a month of ${y.year}`,
      );
    }
    const ruled = schemeYear === 1 && part !== null;
    if (ruled && claimed !== undefined && claimed > part.months) {
      throw new PliError(
        'PLI_YEAR_OUTSIDE_TENURE',
        `years[${y.index}].part.from ${y.part?.from} is before scheme year 1 starts counting (${part.from})`,
      );
    }
    const partial = claimed !== undefined || ruled;
    const share =
      claimed !== undefined ? ONE.times(claimed).dividedBy(12) : ruled ? part.share : ONE;
    const months = claimed ?? (ruled ? part.months : 12);
    const proRataBase =
      claimed !== undefined ? (ruled ? part.proRataBase : true) : ruled && part.proRataBase;
    const sales =
      y.part !== undefined
        ? salesOf(y.part.netSales, y.part.lines, floor, `years[${y.index}].part.lines`)
        : partial
          ? partOf(whole, share)
          : whole;
    const yearBase = partial && proRataBase ? partOf(base, share) : base;
    const yearBaseCounted = countsAll ? yearBase.total : yearBase.aboveFloor;
    const counted = countsAll ? sales.total : sales.aboveFloor;
    const netIncrementalSales = subtract(counted, yearBaseCounted);
    const eligibleIncrementalSales = subtract(sales.aboveFloor, yearBase.aboveFloor);
    if (partial) {
      const of = `${crores(counted)} of ${crores(countsAll ? whole.total : whole.aboveFloor)}`;
      const against = proRataBase
        ? `, against ${months}/12 of the base year (${crores(yearBaseCounted)})`
        : ', against the whole base year';
      reasons.push(
        y.part !== undefined
          ? `${ruled ? `scheme year 1 counts sales from ${part.from}; ` : ''}the claim covers ${monthText(y.part.from)} to the year's end (${months} months): those months' own sales, ${of} for the year${against}`
          : `scheme year 1 counts sales from ${part?.from}: ${months}/12 of the year's sales (${of}), time-proportionately${against}`,
      );
    }

    if (companyEligibility !== undefined && !companyEligibility.eligible) {
      reasons.push(`company not eligible: ${companyEligibility.reasons.join('; ')}`);
    }
    const investmentRequired = figure(
      scheme,
      category.thresholds.investment?.cumulative,
      schemeYear,
      `${where} thresholds.investment.cumulative[${schemeYear - 1}] (scheme year ${schemeYear}, ${y.year})`,
    );
    const investment = check(y.cumulativeInvestment, investmentRequired);
    reasons.push(
      investmentRequired === null
        ? 'no investment threshold'
        : investment.met
          ? `cumulative investment ${crores(y.cumulativeInvestment)} meets the ${crores(investmentRequired)} threshold for scheme year ${schemeYear}`
          : `cumulative investment ${crores(y.cumulativeInvestment)} is below the ${crores(investmentRequired)} threshold for scheme year ${schemeYear}`,
    );
    const salesRequired = figure(
      scheme,
      category.thresholds.sales?.incremental,
      schemeYear,
      `${where} thresholds.sales.incremental[${schemeYear - 1}] (scheme year ${schemeYear}, ${y.year})`,
    );
    const salesCheck = check(netIncrementalSales, salesRequired);
    reasons.push(
      salesRequired === null
        ? 'no sales threshold'
        : salesCheck.met
          ? `net incremental sales ${crores(netIncrementalSales)} meet the ${crores(salesRequired)} threshold for scheme year ${schemeYear}`
          : `net incremental sales ${crores(netIncrementalSales)} are below the ${crores(salesRequired)} threshold for scheme year ${schemeYear}`,
    );
    // Sales below the floor come only from lines: the year's own or its part's.
    if (floor !== undefined && !sales.belowFloor.amount.isZero()) {
      const floors = floor.floors
        .map((f) =>
          `${f.product ?? ''} ${f.inclusive ? '≥' : '>'} ${rupees(inr(f.minimumRupees))}`.trim(),
        )
        .join(', ');
      reasons.push(
        `sales of ${crores(sales.belowFloor)} below the invoice floor (${floors}) earn nothing${countsAll ? ' but count towards the sales threshold' : ' and do not count towards the sales threshold'}`,
      );
    }

    // Rates: slabs look at eligible incremental sales (the DSV); bonuses add to the base rate.
    if (rates === undefined) throw new PliError('PLI_FIGURE_UNKNOWN', `${where} has no rates`);
    const found = findRate(scheme, rates, schemeYear, eligibleIncrementalSales);
    if (found.rate === null) {
      throw new PliError(
        'PLI_FIGURE_UNKNOWN',
        `${where} rate for scheme year ${schemeYear} (${y.year}) is unknown (null in the scheme); supply it with withOverrides`,
      );
    }
    if (eligibleIncrementalSales.amount.greaterThan(0)) {
      cumulativeEligibleIncrement = cumulativeEligibleIncrement.plus(
        eligibleIncrementalSales.amount,
      );
    }
    const bonuses = (category.bonuses ?? []).filter((b) =>
      b.condition.kind === 'opt-in'
        ? attributes.includes(b.id)
        : cumulativeEligibleIncrement.greaterThanOrEqualTo(
            schemeAmount(scheme, b.condition.atLeast).amount,
          ),
    );
    let rate = found.rate;
    const rateReasons = [found.reason];
    for (const b of bonuses) {
      rate = rate.plus(b.rate);
      rateReasons.push(
        b.condition.kind === 'opt-in'
          ? `+${percent(b.rate)} ${b.name} bonus`
          : `+${percent(b.rate)} ${b.name} bonus (cumulative eligible incremental sales ${crores(inr(cumulativeEligibleIncrement))})`,
      );
    }

    const missedReason = missed.get(y.year);
    if (missedReason !== undefined) reasons.push(`taken as missed: ${missedReason}`);
    const eligible =
      (companyEligibility?.eligible ?? true) &&
      investment.met &&
      salesCheck.met &&
      missedReason === undefined;
    let incentiveBase = inr(0);
    let beforeCaps = inr(0);
    let incentive = inr(0);
    let ceilingResult: PliSchemeCeilingResult | null = null;
    if (!eligible) {
      reasons.push(
        `no incentive for ${y.year}: a condition was not met (the rate would have been ${percent(rate)})`,
      );
    } else if (!eligibleIncrementalSales.amount.greaterThan(0)) {
      reasons.push(
        `eligible incremental sales ${crores(eligibleIncrementalSales)} are not positive: nothing to incentivise`,
      );
    } else {
      incentiveBase = eligibleIncrementalSales;
      for (const cap of category.caps ?? []) {
        if (cap.kind !== 'eligible-sales-per-year') continue;
        const limit = cap.amounts[schemeYear - 1];
        if (limit == null) continue;
        const capped = schemeAmount(scheme, limit);
        if (incentiveBase.amount.greaterThan(capped.amount)) {
          reasons.push(
            `eligible incremental sales capped at ${crores(capped)} for scheme year ${schemeYear} (per-firm cap, ${cap.confidence})`,
          );
          incentiveBase = capped;
        }
      }
      for (const cap of category.caps ?? []) {
        if (cap.kind !== 'sales-multiple-of-committed-investment') continue;
        const limit = multipleOfCommitted(cap.multiple, committed, where, cap.kind);
        const room = cap.scope === 'per-year' ? limit : limit.minus(salesCapUsed);
        const capped = room.isNegative() ? ZERO : room;
        if (incentiveBase.amount.greaterThan(capped)) {
          reasons.push(
            `incremental sales earning incentive capped at ${crores(inr(capped))} (${cap.multiple.toFixed()} × committed investment ${crores(committed ?? inr(0))}${cap.scope === 'tenure' ? ' over the tenure' : ' a year'})`,
          );
          incentiveBase = inr(capped);
        }
      }
      salesCapUsed = salesCapUsed.plus(incentiveBase.amount);
      beforeCaps = inr(incentiveBase.amount.times(rate));
      reasons.push(
        `${rateReasons.join(', ')}: ${percent(rate)} × ${crores(incentiveBase)} = ${crores(beforeCaps)}`,
      );
      let amount = beforeCaps.amount;
      for (const cap of category.caps ?? []) {
        if (cap.kind === 'sales-multiple-of-committed-investment') continue;
        if (cap.kind === 'eligible-sales-per-year') continue;
        const { limit, label } = incentiveCap(scheme, cap, committed, where, paid);
        if (amount.greaterThan(limit)) {
          amount = limit.isNegative() ? ZERO : limit;
          reasons.push(`capped at ${crores(inr(amount))} by the ${label}`);
        }
      }
      incentive = round(inr(amount), { mode: 'half-up' });
      const claim = claims?.years.find((c) => c.year === y.year);
      if (claim !== undefined) {
        const outlay = scheme.yearlyOutlay?.years.find((o) => o.year === y.year);
        const ceiling =
          claim.ceiling ?? (outlay === undefined ? inr(0) : schemeAmount(scheme, outlay.amount));
        ceilingResult = applySchemeCeiling(incentive, ceiling, claim.totalClaims);
        const source =
          claim.ceiling !== undefined
            ? 'as stated'
            : `the scheme's yearly outlay, ${scheme.yearlyOutlay?.confidence ?? 'unconfirmed'}`;
        reasons.push(
          ceilingResult.binds
            ? `scheme-wide ceiling ${crores(ceiling)} for ${y.year} (${source}): all claims ${crores(ceilingResult.totalClaims)} (assumed: ${claims?.assumption}) exceed it, so every claim is paid ${percent(ceilingResult.factor)} — ${crores(incentive)} → ${crores(ceilingResult.paid)} (−${crores(ceilingResult.reduction)})`
            : `scheme-wide ceiling ${crores(ceiling)} for ${y.year} (${source}) is not reached by all claims ${crores(ceilingResult.totalClaims)} (assumed: ${claims?.assumption}): paid in full`,
        );
        incentive = ceilingResult.paid;
      }
      paid = paid.plus(incentive.amount);
    }

    results.push({
      year: y.year,
      schemeYear,
      netSales: counted,
      eligibleSales: sales.aboveFloor,
      belowFloorSales: sales.belowFloor,
      netIncrementalSales,
      eligibleIncrementalSales,
      thresholds: { investment, sales: salesCheck },
      eligible,
      rate,
      bonuses: bonuses.map((b) => ({ id: b.id, name: b.name, rate: b.rate })),
      incentiveBase,
      incentiveBeforeCaps: beforeCaps,
      incentive,
      schemeCeiling: ceilingResult,
      headroom: headroomOf(investment, salesCheck, counted),
      countedShare: share,
      reasons,
    });
  }

  return deepFreeze({
    scheme: { id: scheme.id, name: scheme.name },
    rules,
    category: parsed.category,
    firstYear,
    schemeYears,
    baseYear: scheme.baseYear,
    baseYearSales: baseCounted,
    baseYearEligibleSales: base.aboveFloor,
    companyEligibility,
    years: results,
    total: sum(
      results.map((r) => r.incentive),
      'INR',
    ),
    assumptions: [
      ...(parsed.scheme.versions ?? [])
        .filter((v) => v.confidence !== 'confirmed' && rules.applied.some((a) => a.id === v.id))
        .map(
          (v) =>
            `${scheme.id} version ${v.id} (${v.confidence})${v.note === undefined ? '' : `: ${v.note}`}`,
        ),
      ...assumptionsOf(scheme, parsed.category, category),
      ...(claims === undefined
        ? []
        : [
            `${scheme.id} scheme-wide ceiling: all beneficiaries' claims assumed (${claims.assumption})${scheme.yearlyOutlay === undefined || scheme.yearlyOutlay.confidence === 'confirmed' ? '' : `; yearly outlay ${scheme.yearlyOutlay.confidence}${scheme.yearlyOutlay.note === undefined ? '' : `: ${scheme.yearlyOutlay.note}`}`}`,
          ]),
    ],
  });
}
