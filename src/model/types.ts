import type { Decimal } from '../core/decimal.js';
import type { Money } from '../money/money.js';
import type { TaxDepreciationYear } from '../schedule/taxDepreciation.js';
import type { ActualsResult } from './actuals.js';
import type { FreeCashFlowYear } from './freeCashFlow.js';
import type { InvestmentYear, OperationsYear } from './operationsTypes.js';
import type { Outturn } from './outturn.js';
import type { OwnershipResult } from './ownership.js';
import type { PliResult } from './pliResultTypes.js';
import type { ProfitAndLossYear } from './profitAndLoss.js';
import type { OpeningPosition } from './scenarioOpening.js';
import type { StateIncentiveLine } from './stateIncentiveLines.js';
import type { RevenueCapacityAnswer, TargetCheck, TargetRatiosAnswer } from './targetTypes.js';
import type { TerminalValue } from './terminalValue.js';
import type { DatedValuation, FlowConvention } from './valuation.js';
import type { WorkingCapitalYear } from './workingCapital.js';

// The parts of a scenario result live in files of their own; exported from here as before.
export type {
  HeadcountYear,
  InvestmentYear,
  OperationsYear,
  PlantYear,
  RevenueBridge,
  SegmentYear,
} from './operationsTypes.js';
export type {
  PliBaseYearCheck,
  PliEnrolmentResult,
  PliEnrolmentYear,
  PliResult,
  PliYear,
} from './pliResultTypes.js';
export type {
  RevenueCapacityAnswer,
  TargetCheck,
  TargetRatiosAnswer,
  TargetReading,
} from './targetTypes.js';

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
