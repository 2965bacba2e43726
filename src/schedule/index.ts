/**
 * schedule — investment commitments phased over months, fiscal quarters or fiscal years (exact to
 * the paisa), cumulative investment and threshold tests, straight-line and written-down-value
 * depreciation of single assets and whole capex schedules, and dated cash flows for XNPV/XIRR.
 *
 * Import it alone as `crorecast/schedule`, or from the root entry `crorecast`.
 *
 * @module schedule
 */

export {
  checkThresholds,
  type ThresholdCheck,
  type Thresholds,
  type ThresholdsInput,
  thresholdsSchema,
} from './checkThresholds.js';
export { combineSchedules, type NamedSchedule } from './combineSchedules.js';
export {
  type Commitment,
  type CommitmentInput,
  commitmentSchema,
  type InvestmentScheduleInput,
  type InvestmentSchedulePlan,
  investmentScheduleInputSchema,
} from './commitments.js';
export { cumulativeInvestment } from './cumulativeInvestment.js';
export {
  type AssetDepreciation,
  type DepreciateOptions,
  type DepreciationRow,
  type DepreciationYear,
  depreciate,
} from './depreciate.js';
export {
  type CapexBlock,
  depreciateParsedSchedule,
  depreciateSchedule,
  type ScheduleDepreciationResult,
} from './depreciateSchedule.js';
export {
  type Asset,
  type AssetInput,
  assetSchema,
  type DepreciationMethod,
  depreciationMethodSchema,
  type FirstYearRule,
  firstYearRuleSchema,
  type PutToUseTiming,
  putToUseTimingSchema,
  type ScheduleDepreciation,
  type ScheduleDepreciationInput,
  scheduleDepreciationSchema,
} from './depreciationPolicy.js';
export { type InvestedBasis, type InvestedByOptions, investedBy } from './investedBy.js';
export {
  investmentSchedule,
  type PhasedCommitment,
  type PhasedInvestment,
  phaseInvestment,
  phaseParsedInvestment,
} from './phaseInvestment.js';
export {
  type NamedProfile,
  namedProfileSchema,
  type ScheduleGranularity,
  type ScheduleProfile,
  type ScheduleProfileInput,
  sCurveProfileSchema,
  scheduleGranularitySchema,
  scheduleProfileSchema,
  type TrancheInput,
  trancheSchema,
  tranchesProfileSchema,
  weightsProfileSchema,
} from './scheduleProfiles.js';
export {
  HALF_RATE_BELOW_DAYS,
  TAX_BLOCK_IDS,
  TAX_BLOCKS,
  type TaxAddition,
  type TaxBlock,
  type TaxBlockYear,
  type TaxDepreciationOptions,
  type TaxDepreciationYear,
  taxDepreciation,
} from './taxDepreciation.js';
export { type ToCashFlowsOptions, toCashFlows } from './toCashFlows.js';
