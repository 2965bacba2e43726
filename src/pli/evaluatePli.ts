import { ZERO } from '../core/decimal.js';
import { deepFreeze } from '../core/freeze.js';
import { parseInput } from '../core/validate.js';
import { computedInr as inr } from '../money/money.js';
import { sum } from '../money/sum.js';
import { schemeAmount } from './_lib/amounts.js';
import { assumptionsOf } from './_lib/assumptions.js';
import { checkYears } from './_lib/checkYears.js';
import { fiscalYearKey, fiscalYearStart } from './_lib/fiscalYear.js';
import { crores, percent, rupees } from './_lib/format.js';
import { headroomOf } from './_lib/headroom.js';
import { partYearOf } from './_lib/partYear.js';
import { findRate } from './_lib/rate.js';
import {
  check,
  checkAttributes,
  chooseFirstYear,
  figure,
  findCategory,
  salesOf,
} from './_lib/resolve.js';
import { type IncentiveTally, type YearIncentive, yearIncentive } from './_lib/yearIncentive.js';
import { yearSales } from './_lib/yearSales.js';
import { companyEligibility as checkParsedCompany } from './checkCompanyEligibility.js';
import { PliEvaluationInput, type PliEvaluationInputInput } from './enrolment.js';
import { PliError } from './errors.js';
import type { PliEvaluation, PliYearResult } from './pliEvaluation.js';
import { type PliRules, rulesInForce } from './pliRulesInForce.js';

// The result's types live in pliEvaluation.ts; exported from here as before.
export type { PliHeadroom } from './_lib/headroom.js';
export type { PliEvaluation, PliThresholdCheck, PliYearResult } from './pliEvaluation.js';

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
 * @param inForce - internal: the rules in force for `parsed` (what `rulesInForce` gives for its
 *   scheme and its `version` or `rulesAsOf`), when the caller has them — the model works them out
 *   once per run for the plan, its baseline and its outturn
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
export function evaluateParsedPli(
  parsed: PliEvaluationInput,
  inForce: PliRules = rulesInForce(
    parsed.scheme,
    parsed.version !== undefined
      ? { version: parsed.version }
      : parsed.rulesAsOf === undefined
        ? {}
        : { asOf: parsed.rulesAsOf.date, basis: parsed.rulesAsOf.basis },
  ),
): PliEvaluation {
  const { scheme: _chosen, ...rules } = inForce;
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
  const years = checkYears(parsed, scheme, schemeYears);
  const claims = parsed.schemeClaims;

  const rates = category.rates ?? scheme.rates;
  const where = `${scheme.id} category ${parsed.category}`;
  let cumulativeEligibleIncrement = ZERO;
  let tally: IncentiveTally = { salesCapUsed: ZERO, paid: ZERO };
  const results: PliYearResult[] = [];

  for (const y of years) {
    const schemeYear = y.start - first + 1;
    const reasons: string[] = [];
    const counted = yearSales(y, schemeYear, part, base, floor);
    const { sales, netIncrementalSales, eligibleIncrementalSales } = counted;
    if (counted.reason !== undefined) reasons.push(counted.reason);

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
    let earned: YearIncentive | undefined;
    if (!eligible) {
      reasons.push(
        `no incentive for ${y.year}: a condition was not met (the rate would have been ${percent(rate)})`,
      );
    } else if (!eligibleIncrementalSales.amount.greaterThan(0)) {
      reasons.push(
        `eligible incremental sales ${crores(eligibleIncrementalSales)} are not positive: nothing to incentivise`,
      );
    } else {
      earned = yearIncentive(
        {
          scheme,
          category,
          where,
          year: y.year,
          schemeYear,
          eligibleIncrementalSales,
          rate,
          rateReasons,
          committed: parsed.committedInvestment,
          claims,
        },
        tally,
        reasons,
      );
      tally = earned.tally;
    }

    results.push({
      year: y.year,
      schemeYear,
      netSales: counted.counted,
      eligibleSales: sales.aboveFloor,
      belowFloorSales: sales.belowFloor,
      netIncrementalSales,
      eligibleIncrementalSales,
      thresholds: { investment, sales: salesCheck },
      eligible,
      rate,
      bonuses: bonuses.map((b) => ({ id: b.id, name: b.name, rate: b.rate })),
      incentiveBase: earned?.incentiveBase ?? inr(ZERO),
      incentiveBeforeCaps: earned?.beforeCaps ?? inr(ZERO),
      incentive: earned?.incentive ?? inr(ZERO),
      schemeCeiling: earned?.ceiling ?? null,
      headroom: headroomOf(investment, salesCheck, counted.counted),
      countedShare: counted.share,
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
