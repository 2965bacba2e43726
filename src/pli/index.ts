/**
 * pli — Production Linked Incentive schemes as dated, sourced data (schema and presets), company
 * eligibility, and the yearly incentive evaluation with its reasons and headroom.
 *
 * Import it alone as `crorecast/pli`, or from the root entry `crorecast`.
 *
 * @module pli
 */

export {
  checkCompanyEligibility,
  PliCompany,
  type PliCompanyEligibility,
} from './checkCompanyEligibility.js';
export {
  PliEnrolment,
  type PliEnrolmentInput,
  PliEvaluationInput,
  type PliEvaluationInputInput,
  PliSalesLine,
  PliSchemeRef,
  PliYearInput,
} from './enrolment.js';
export { PliError, type PliErrorCode } from './errors.js';
export {
  evaluatePli,
  type PliEvaluation,
  type PliHeadroom,
  type PliThresholdCheck,
  type PliYearResult,
} from './evaluatePli.js';
export {
  findDoubleClaims,
  type PliClaim,
  type PliDoubleClaim,
} from './findDoubleClaims.js';
export { getPliScheme } from './getPliScheme.js';
export { type InvoiceBandSide, invoiceBandSide } from './invoiceBandSide.js';
export {
  type PliRules,
  type PliRulesBasis,
  type PliRulesInForceOptions,
  type PliVersionSummary,
  pliRulesInForce,
} from './pliRulesInForce.js';
export { type PliSchemeYearsOptions, pliSchemeYears } from './pliSchemeYears.js';
export { auto2021 } from './presets/auto2021.js';
export { PLI_PRESET_IDS, PLI_PRESETS, type PliPresetId } from './presets/index.js';
export { itHardware2021 } from './presets/itHardware2021.js';
export { itHardware2023 } from './presets/itHardware2023.js';
export { lsem2020 } from './presets/lsem2020.js';
export { telecom2021 } from './presets/telecom2021.js';
export {
  PliBonus,
  PliCap,
  PliCategory,
  PliConfidence,
  PliEligibility,
  PliFirstYearPart,
  PliInvoiceFloor,
  PliRates,
  PliScheme,
  type PliSchemeInput,
  PliSchemeVersion,
  PliSlabRates,
  PliSource,
  PliYearlyRates,
} from './scheme.js';
export {
  applySchemeCeiling,
  type PliSchemeCeilingResult,
  PliYearlyOutlay,
} from './schemeCeiling.js';
export { type PliSchemeOverrides, withOverrides } from './withOverrides.js';
