import type { Decimal } from '../core/decimal.js';
import type { Money } from '../money/money.js';
import type { PliHeadroom } from '../pli/evaluatePli.js';
import type { PliRules } from '../pli/pliRulesInForce.js';
import type { PliSchemeCeilingResult } from '../pli/schemeCeiling.js';
import type { TaxDepreciationYear } from '../schedule/taxDepreciation.js';
import type { ActualsResult } from './actuals.js';
import type { FreeCashFlowYear } from './freeCashFlow.js';
import type { InvoiceBandUnits } from './invoiceBands.js';
import type { Outturn } from './outturn.js';
import type { OwnershipResult } from './ownership.js';
import type { ProfitAndLossYear } from './profitAndLoss.js';
import type { OpeningPosition } from './scenarioOpening.js';
import type { StateIncentiveLine } from './stateIncentiveLines.js';
import type { TerminalValue } from './terminalValue.js';
import type { DatedValuation, FlowConvention } from './valuation.js';
import type { WorkingCapitalYear } from './workingCapital.js';

/** One segment in one fiscal year: volume, capacity cut, price, revenue and margin. */
export interface SegmentYear {
  readonly segment: string;
  readonly name: string;
  /** Units demanded (before capacity). */
  readonly demand: Decimal;
  /** Units made and sold. */
  readonly units: Decimal;
  /** Demand the plant could not serve (never silently dropped). */
  readonly unmetUnits: Decimal;
  /** Average invoice value (revenue ÷ units); null when nothing was sold. */
  readonly averagePrice: Money<'INR'> | null;
  readonly revenue: Money<'INR'>;
  /** Revenue the unmet demand would have brought at the year's price. */
  readonly revenueLostToCapacity: Money<'INR'>;
  readonly costOfGoods: Money<'INR'>;
  readonly grossMargin: Decimal;
  /** Units sold abroad (the segment's `exports.share`); zero without exports. */
  readonly exportUnits: Decimal;
  /** Revenue of the exported units, in rupees at each month's rate (part of `revenue`). */
  readonly exportRevenue: Money<'INR'>;
  /**
   * The year's units by invoice band (lowest first), when the scenario gives the segment
   * `invoiceBands`; absent otherwise.
   */
  readonly invoiceBands?: readonly InvoiceBandUnits[];
}

/**
 * The change in a segment's revenue from the previous year, split by driver: a product new this
 * year (no units last year) is all `newProducts`; one that stopped is all `discontinued`; for the
 * others, volume (the change in units at last year's price) and price (the change in price on
 * this year's units). The four sum to the change, exactly.
 */
export interface RevenueBridge {
  readonly segment: string;
  readonly volumeEffect: Money<'INR'>;
  readonly priceEffect: Money<'INR'>;
  /** Revenue of a product launched this year (it sold nothing last year). */
  readonly newProducts: Money<'INR'>;
  /** Minus last year's revenue of a product that sells nothing this year. */
  readonly discontinued: Money<'INR'>;
  readonly change: Money<'INR'>;
}

/** One plant in one fiscal year. */
export interface PlantYear {
  readonly plant: string;
  readonly name: string;
  /** Nameplate units over the year. */
  readonly nameplate: Decimal;
  /** Units available after the utilisation ramp. */
  readonly capacity: Decimal;
  readonly demand: Decimal;
  readonly units: Decimal;
  readonly unmetUnits: Decimal;
  /** Units ÷ nameplate. */
  readonly utilisation: Decimal;
  /** True when demand exceeded capacity in the year. */
  readonly capacityBinds: boolean;
}

/** The workforce in one fiscal year. */
export interface HeadcountYear {
  readonly opening: Decimal;
  readonly hires: Decimal;
  readonly exits: Decimal;
  readonly closing: Decimal;
  readonly average: Decimal;
  /** Heads the year-end volume and teams require. */
  readonly required: Decimal;
  readonly payroll: Money<'INR'>;
  /** Revenue ÷ average headcount; null without staff. */
  readonly revenuePerEmployee: Money<'INR'> | null;
  /** Months of the year in which the hiring limit kept heads below what was required. */
  readonly hiringLimitMonths: number;
}

/** Everything about operations in one fiscal year. */
export interface OperationsYear {
  readonly year: string;
  readonly revenue: Money<'INR'>;
  /** Revenue in US dollars at the scenario's FX path; null without a USD rate. */
  readonly revenueUsd: Money<'USD'> | null;
  readonly costOfGoods: Money<'INR'>;
  readonly demand: Decimal;
  readonly units: Decimal;
  readonly unmetUnits: Decimal;
  /** Revenue ÷ units: the average realisation per device. */
  readonly averagePrice: Money<'INR'> | null;
  /** Units sold abroad, all segments. */
  readonly exportUnits: Decimal;
  /** Export revenue in rupees (part of `revenue`); its share of revenue is the export share. */
  readonly exportRevenue: Money<'INR'>;
  readonly segments: readonly SegmentYear[];
  readonly bridge: readonly RevenueBridge[];
  readonly plants: readonly PlantYear[];
  readonly headcount: HeadcountYear | null;
}

/** Capex, cumulative investment, depreciation and net block in one fiscal year. */
export interface InvestmentYear {
  readonly year: string;
  readonly capex: Money<'INR'>;
  readonly cumulative: Money<'INR'>;
  /** Capex by investment id. */
  readonly byInvestment: Readonly<Record<string, Money<'INR'>>>;
  readonly depreciation: Money<'INR'>;
  readonly netBlock: Money<'INR'>;
}

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

/** A revenue target read one way: in the year named, or summed over the plan up to it. */
export interface TargetReading {
  readonly basis: 'annual' | 'cumulative';
  readonly actual: Money<'INR'>;
  readonly reached: boolean;
  /** The first fiscal year the reading reaches the target, or null. */
  readonly firstYearReached: string | null;
  readonly explanation: string;
}

/** A stated target checked against the plan. */
export interface TargetCheck {
  readonly metric:
    | 'revenue'
    | 'headcount'
    | 'cumulative-investment'
    | 'units'
    | 'exports'
    | 'utilisation'
    | 'pli-earned';
  readonly by: string;
  /** How a revenue target is read (`annual` or `cumulative`); null for the other metrics. */
  readonly basis: 'annual' | 'cumulative' | null;
  /** A revenue target read the other way, answered too (an announcement rarely says which). */
  readonly otherReading: TargetReading | null;
  /** The target: Money for revenue and investment, a Decimal for headcount. */
  readonly target: Money<'INR'> | Decimal;
  readonly actual: Money<'INR'> | Decimal;
  readonly reached: boolean;
  /** target − actual when not reached, else zero. */
  readonly shortfall: Money<'INR'> | Decimal;
  /** The first fiscal year in which the target was reached, or null. */
  readonly firstYearReached: string | null;
  /**
   * What limits the figure when it falls short, null when reached: the projection's `capacity`,
   * `hiring-limit` or `demand` for revenue and headcount; `phasing` for cumulative investment.
   */
  readonly bindingConstraint:
    | 'capacity'
    | 'hiring-limit'
    | 'demand'
    | 'phasing'
    | 'pli-thresholds'
    | null;
  /** One or two sentences in ₹ crore a reader can act on. */
  readonly explanation: string;
}

/** The plan's questions, answered from the run. */
export interface RevenueCapacityAnswer {
  readonly target: Money<'INR'>;
  readonly by: string;
  /** Nameplate capacity in the target year, units per month. */
  readonly capacityPerMonth: Decimal;
  /** The average price per device needed to reach the target at full nameplate capacity. */
  readonly requiredAveragePrice: Money<'INR'>;
  /** The plan's average realisation per device in the target year. */
  readonly planAveragePrice: Money<'INR'> | null;
  /** Devices a month needed to reach the target at the plan's average price. */
  readonly unitsPerMonthNeededAtPlanMix: Decimal | null;
  readonly reachable: boolean;
  readonly firstYearReached: string | null;
}

/**
 * What the stated targets imply for each other, on the year they are assessed in: the ratios at
 * the stated figures, the plan's own, and what each target would need at the plan's
 * productivity. Heads are the year's average (what revenue is earned with); capacity is the
 * plants' nameplate.
 */
export interface TargetRatiosAnswer {
  readonly by: string;
  /** Nameplate devices a month in the year (the stated capacity). */
  readonly capacityPerMonth: Decimal;
  readonly statedRevenue: Money<'INR'> | null;
  readonly statedHeadcount: Decimal | null;
  /** Nameplate devices a month ÷ stated heads. */
  readonly statedDevicesPerEmployeeMonth: Decimal | null;
  /** Stated revenue ÷ stated heads. */
  readonly statedRevenuePerEmployee: Money<'INR'> | null;
  /** The plan's devices made a month ÷ its average heads in the year. */
  readonly planDevicesPerEmployeeMonth: Decimal | null;
  /** The plan's revenue ÷ its average heads in the year. */
  readonly planRevenuePerEmployee: Money<'INR'> | null;
  /** Heads the stated capacity needs, running full, at the plan's devices per employee-month. */
  readonly headsForCapacity: Decimal | null;
  /** Heads the stated revenue needs at the plan's revenue per employee. */
  readonly headsForRevenue: Decimal | null;
  /** Revenue the stated heads bring at the plan's revenue per employee. */
  readonly revenueForHeadcount: Money<'INR'> | null;
  /** Revenue of the stated capacity, running full, at the plan's average price. */
  readonly revenueAtCapacity: Money<'INR'> | null;
}

/** The opening working capital: what was used, and how it compares with the stated days. */
export interface OpeningWorkingCapital {
  readonly used: Money<'INR'>;
  /** From the days on the run-rate at the start (the first month × 12). */
  readonly fromDays: Money<'INR'>;
  /** The opening stated in the scenario, or null when derived. */
  readonly stated: Money<'INR'> | null;
  /** stated − fromDays, or null when derived. */
  readonly difference: Money<'INR'> | null;
}

/** One year of an incremental valuation: the plan's flow, the baseline's, and the increment. */
export interface IncrementalFlowYear {
  readonly year: string;
  readonly plan: Money<'INR'>;
  readonly baseline: Money<'INR'>;
  readonly increment: Money<'INR'>;
}

/** The plan's value: headline (incremental with a baseline), the whole business, the terminal value. */
export interface ScenarioValuation {
  readonly terminalMethod: 'none' | 'net-assets' | 'perpetuity-growth';
  /** `incremental` (plan − baseline: the investment's value) or `whole-business` (no baseline). */
  readonly basis: 'incremental' | 'whole-business';
  readonly baseline: {
    readonly kind: 'opening-run-rate' | 'variant';
    readonly variant: string | null;
    readonly description: string;
    /** The baseline's own terminal value (subtracted from the plan's). */
    readonly terminalValue: Money<'INR'>;
  } | null;
  readonly valuationDate: string;
  readonly convention: FlowConvention;
  /** The plan's terminal value and how it was reached. */
  readonly terminal: TerminalValue;
  /** The headline: of the increment with a baseline, else of the whole business. */
  readonly withPli: DatedValuation;
  readonly withoutPli: DatedValuation;
  /** The whole business's value (the same as the headline without a baseline). */
  readonly business: { readonly withPli: DatedValuation; readonly withoutPli: DatedValuation };
  /** The flows of the increment, year by year; null without a baseline. */
  readonly incremental: {
    readonly withPli: readonly IncrementalFlowYear[];
    readonly withoutPli: readonly IncrementalFlowYear[];
  } | null;
}

/** A scenario's result: every figure by fiscal year, with breakdowns. */
export interface ScenarioResult {
  readonly meta: {
    readonly id: string;
    readonly name: string;
    readonly asOf: string;
    readonly description: string | null;
    readonly sources: readonly {
      readonly id: string;
      readonly title: string;
      readonly publisher: string;
      readonly date: string | null;
    }[];
    readonly factCount: number;
    readonly assumptionCount: number;
    /** The figures taken from sources, with the source id. */
    readonly facts: readonly {
      readonly id: string;
      readonly value: string;
      readonly source: string;
    }[];
    /** The modeller's assumptions, each with its rationale. */
    readonly assumptions: readonly {
      readonly id: string;
      readonly value: string;
      readonly rationale: string;
    }[];
  };
  /** The fiscal years of the horizon, in order. */
  readonly years: readonly string[];
  /** What existed before the horizon (the scenario's `opening`), or null without one. */
  readonly opening: OpeningPosition | null;
  readonly operations: readonly OperationsYear[];
  readonly investment: {
    readonly total: Money<'INR'>;
    readonly commitments: readonly {
      readonly id: string;
      readonly name: string;
      readonly total: Money<'INR'>;
      readonly byYear: readonly Money<'INR'>[];
    }[];
    readonly years: readonly InvestmentYear[];
  };
  readonly pli: PliResult | null;
  /**
   * Each state incentive's line (capital subsidy, SGST reimbursement) by year with reasons and
   * its tax treatment: not PLI, so the P&L and cash flow with and without PLI both include them.
   */
  readonly stateIncentives: readonly StateIncentiveLine[];
  readonly otherOperatingCosts: readonly Money<'INR'>[];
  /** The tax regime, its rate and the depreciation under the Income-tax Act by year. */
  readonly tax: {
    readonly regime: 'section-115BAA' | 'section-115BAB' | 'normal' | 'stated-rate';
    readonly rate: Decimal;
    readonly reason: string | null;
    readonly depreciation: readonly TaxDepreciationYear[];
  };
  readonly profitAndLoss: {
    readonly withPli: readonly ProfitAndLossYear[];
    readonly withoutPli: readonly ProfitAndLossYear[];
  };
  readonly workingCapital: readonly WorkingCapitalYear[];
  readonly openingWorkingCapital: OpeningWorkingCapital;
  readonly cashFlow: {
    readonly withPli: readonly FreeCashFlowYear[];
    readonly withoutPli: readonly FreeCashFlowYear[];
  };
  readonly valuation: ScenarioValuation;
  /** Each owner's share of profit, cash flow and value by fiscal year (`ownership`), or null. */
  readonly owners: OwnershipResult | null;
  readonly targets: readonly TargetCheck[];
  /** The plan against what happened (the scenario's `actuals`), or null without any. */
  readonly actuals: ActualsResult | null;
  /**
   * The plan as it played out: the actuals (and the re-forecast) through the P&L, cash flow and
   * value, each line beside the plan's; null without actuals.
   */
  readonly outturn: Outturn | null;
  readonly answers: {
    readonly revenue: RevenueCapacityAnswer | null;
    readonly ratios: TargetRatiosAnswer | null;
  };
  /** The scenario's variants, each run in full (their own `variants` are empty). */
  readonly variants: readonly {
    readonly id: string;
    readonly name: string;
    readonly description: string | null;
    readonly result: ScenarioResult;
  }[];
}
