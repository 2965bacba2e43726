import type { Decimal } from '../core/decimal.js';
import type { Money } from '../money/money.js';
import type { PliHeadroom } from '../pli/evaluatePli.js';
import type { PliRules } from '../pli/pliRulesInForce.js';
import type { PliSchemeCeilingResult } from '../pli/schemeCeiling.js';

// The PLI of a scenario result: each enrolment's years and the plan's total (see types.ts).

/** One fiscal year of one PLI enrolment, with the inputs derived from the plan. */
export interface PliEnrolmentYear {
  readonly year: string;
  /** The scheme year (1 = the firm's first), or null outside the scheme's window. */
  readonly schemeYear: number | null;
  /** Net sales of the enrolment's segments (from the projection; as whole-unit invoice lines where the category has an invoice floor). */
  readonly netSales: Money<'INR'>;
  /** Of which invoiced below the category's floor: they earn nothing. */
  readonly belowFloorSales: Money<'INR'>;
  /** Cumulative spend on the enrolment's investments by year end (from the schedule). */
  readonly cumulativeInvestment: Money<'INR'>;
  readonly netIncrementalSales: Money<'INR'>;
  readonly eligible: boolean;
  readonly rate: Decimal;
  /** The scheme year's thresholds (null outside the window or where the scheme sets none). */
  readonly investmentThreshold: Money<'INR'> | null;
  readonly salesThreshold: Money<'INR'> | null;
  /** Margins over the thresholds and the fall in sales that loses the year; null outside the window. */
  readonly headroom: PliHeadroom | null;
  /** The share of the year whose sales count (8/12 when year 1 counts from 1 August). */
  readonly countedShare: Decimal;
  readonly incentive: Money<'INR'>;
  /** The scheme-wide yearly ceiling applied to the claim (`schemeClaims` of the enrolment), or null. */
  readonly schemeCeiling: PliSchemeCeilingResult | null;
  /** Why the year earned what it did (thresholds met or missed, caps, outside the tenure). */
  readonly reasons: readonly string[];
}

/** A PLI enrolment's evaluation over the horizon. */
export interface PliEnrolmentResult {
  readonly id: string;
  readonly scheme: string;
  readonly schemeName: string;
  readonly category: string;
  readonly segments: readonly string[];
  /** The scheme rules it was evaluated under (versions applied, not yet notified, left out). */
  readonly rules: Omit<PliRules, 'scheme'>;
  /** The unconfirmed figure groups the evaluation used, with their notes. */
  readonly assumptions: readonly string[];
  /** The reason given when the scenario takes years as missed (a downside), else null. */
  readonly assumedMissed: string | null;
  /** The base year against the plan's first year. */
  readonly baseYear: PliBaseYearCheck;
  /**
   * The company-level eligibility check (the enrolment's `company` figures against the
   * category's minimum), passed or failed, with its reasons; null when no figures are given.
   */
  readonly companyEligibility: {
    readonly eligible: boolean;
    readonly reasons: readonly string[];
  } | null;
  readonly years: readonly PliEnrolmentYear[];
  readonly total: Money<'INR'>;
}

/** The growth a plan implies from an enrolment's base-year sales to its first plan year. */
export interface PliBaseYearCheck {
  readonly baseYear: string;
  /** Base-year sales counted towards the thresholds. */
  readonly baseYearSales: Money<'INR'>;
  /** The plan's first year and its (whole-year) net sales of the enrolment's segments. */
  readonly year: string;
  readonly sales: Money<'INR'>;
  /** sales ÷ base-year sales; null without base-year sales. */
  readonly multiple: Decimal | null;
  /** The yearly growth that multiple implies over the years between; null without one. */
  readonly yearlyGrowth: Decimal | null;
  /** The yearly growth taken as plausible (the section's `baseYearGrowthLimit`). */
  readonly limit: Decimal;
  readonly plausible: boolean;
  readonly note: string;
}

/** PLI in one fiscal year, all enrolments: earned, how it is shared, when it is received. */
export interface PliYear {
  readonly year: string;
  readonly earned: Money<'INR'>;
  readonly earnedByEnrolment: Readonly<Record<string, Money<'INR'>>>;
  /** The part of `earned` the agreement's scope covers (the rest the company keeps whole). */
  readonly inScope: Money<'INR'>;
  /** Each party's share of what the year earned (the company keeps unshared enrolments whole). */
  readonly shares: Readonly<Record<string, Money<'INR'>>>;
  /** What the company pays its partners out of the year's incentive: an expense in its P&L. */
  readonly paidToPartners: Money<'INR'>;
  /** The company's share: `earned` − `paidToPartners`. */
  readonly companyIncome: Money<'INR'>;
  /** PLI cash the company receives in this year (earned `lag` years before). */
  readonly received: Money<'INR'>;
  /** How the sharing agreement split the year's shared incentive, step by step. */
  readonly sharingSteps: readonly string[];
}

/** The PLI picture of the plan. */
export interface PliResult {
  readonly enrolments: readonly PliEnrolmentResult[];
  /** The horizon years, then any later years in which incentive earned inside it is received. */
  readonly years: readonly PliYear[];
  readonly parties: readonly { readonly id: string; readonly name: string }[];
  readonly company: string;
  readonly disbursementLagYears: number;
  readonly total: Money<'INR'>;
  readonly totalShares: Readonly<Record<string, Money<'INR'>>>;
  /** The agreement's scope and the treatment of the payment to partners; null without one. */
  readonly sharing: {
    readonly enrolments: readonly string[];
    /** The segments whose part of the incentive is shared; null: all of the enrolments'. */
    readonly segments: readonly string[] | null;
    /** Whether the payment to partners is deducted for tax. */
    readonly taxDeductible: boolean;
    /** The GST treatment assumed, in words; null when the scenario does not state one. */
    readonly gst: string | null;
  } | null;
}
