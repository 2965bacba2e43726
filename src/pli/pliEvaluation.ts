import type { Decimal } from '../core/decimal.js';
import type { Money } from '../money/money.js';
import type { PliHeadroom } from './_lib/headroom.js';
import type { PliCompanyEligibility } from './checkCompanyEligibility.js';
import type { PliRules } from './pliRulesInForce.js';
import type { PliSchemeCeilingResult } from './schemeCeiling.js';

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
