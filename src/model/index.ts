/**
 * model — the scenario file (zod schema, `parseScenario`) and `runScenario`, which composes
 * projection, schedule, PLI, sharing and finance into one exact result: P&L, working capital,
 * free cash flow and valuation with and without PLI, and the stated targets.
 *
 * Import it alone as `crorecast/model`, or from the root entry `crorecast`.
 *
 * @module model
 */

export type { ActualsResult, ActualsRow } from './actuals.js';
export { ScenarioModelError } from './analysis/errors.js';
export { exactScenarioModel, planAndBaseline } from './analysis/exactScenarioModel.js';
export {
  type InputLeafKind,
  type ResolvedInputPath,
  readInputValue,
  resolveInputPath,
  withInputValue,
} from './analysis/inputPaths.js';
export {
  allScenarioOutputs,
  outputScopeOf,
  parseScenarioOutput,
  type ScenarioOutput,
  type ScenarioOutputScope,
  scenarioFigure,
  scenarioFigures,
  type YearlyMetric,
} from './analysis/scenarioFigures.js';
export type { ScenarioModel, ScenarioModelOptions } from './analysis/scenarioModel.js';
export { openingRunRateScenario } from './baseline.js';
export { type CashFlowInputs, type FreeCashFlowYear, freeCashFlow } from './freeCashFlow.js';
export {
  type InvoiceBandUnits,
  invoiceBandSchema,
  type SegmentInvoiceBands,
  segmentInvoiceBandsSchema,
} from './invoiceBands.js';
export {
  OWNERSHIP_RULE,
  type OwnerSplit,
  type OwnershipFigures,
  type OwnershipResult,
  type OwnershipYear,
  ownershipShares,
  stakeDays,
} from './ownership.js';

export { parseScenario } from './parseScenario.js';
export {
  type OperatingYear,
  type ProfitAndLossOptions,
  type ProfitAndLossYear,
  profitAndLoss,
} from './profitAndLoss.js';
export { runScenario } from './runScenario.js';
export {
  operatingCostsSchema,
  parseFieldPath,
  Scenario,
  type ScenarioInput,
  type ScenarioVariant,
  scenarioInvestmentSchema,
  scenarioTargetSchema,
  scenarioVariantSchema,
} from './scenario.js';
export {
  baselineSchema,
  type ScenarioBaseline,
  type ScenarioTax,
  scenarioFinanceSchema,
  TAX_REGIMES,
  taxBlockSchema,
  taxRateOf,
  taxSchema,
  terminalValueSchema,
  workingCapitalSchema,
} from './scenarioFinance.js';
export {
  type ScenarioMeta,
  scenarioAssumptionSchema,
  scenarioFactSchema,
  scenarioMetaSchema,
  scenarioSourceSchema,
} from './scenarioMeta.js';
export {
  type OpeningPosition,
  openingInvestmentSchema,
  openingNetBlockSchema,
  openingSalesSchema,
  type ScenarioOpening,
  scenarioOpeningSchema,
} from './scenarioOpening.js';
export {
  checkOwnership,
  type OwnershipContext,
  type ScenarioOwnership,
  scenarioOwnershipSchema,
} from './scenarioOwnership.js';

export {
  enrolmentScheme,
  type PliEnrolment as ScenarioPliEnrolment,
  type PliSection,
  pliEnrolmentSchema,
  pliSectionSchema,
  pliSharingSchema,
} from './scenarioPli.js';
export {
  type CapitalSubsidyTerms,
  capitalSubsidy,
  type SgstReimbursementTerms,
  type StateIncentiveYear,
  sgstReimbursement,
} from './stateIncentives.js';
export {
  type TerminalInputs,
  type TerminalValue,
  type TerminalValueOptions,
  terminalValue,
} from './terminalValue.js';
export type {
  HeadcountYear,
  IncrementalFlowYear,
  InvestmentYear,
  OpeningWorkingCapital,
  OperationsYear,
  PlantYear,
  PliBaseYearCheck,
  PliEnrolmentResult,
  PliEnrolmentYear,
  PliResult,
  PliYear,
  RevenueBridge,
  RevenueCapacityAnswer,
  ScenarioResult,
  ScenarioValuation,
  SegmentYear,
  TargetCheck as ScenarioTargetCheck,
  TargetRatiosAnswer,
  TargetReading,
} from './types.js';
export {
  type DatedFlows,
  type DatedValuation,
  type FlowConvention,
  type IrrResult,
  type Valuation,
  type ValueFlowsOptions,
  valueDatedFlows,
  valueFlows,
} from './valuation.js';
export {
  type WorkingCapitalTerms,
  type WorkingCapitalYear,
  workingCapital,
} from './workingCapital.js';
