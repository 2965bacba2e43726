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
export type { DrawnInput } from './analysis/_lib/scenarioDraws.js';
// Whole-plan risk analysis (#15): simulation, tornado and goal seek over a ScenarioModel.
export { AnalysisError } from './analysis/analysisError.js';
export type { ScenarioAnalysisSource } from './analysis/analysisSource.js';
export { compileScenarioModel } from './analysis/compileScenarioModel.js';
export { ScenarioModelError } from './analysis/errors.js';
export { exactScenarioModel, planAndBaseline } from './analysis/exactScenarioModel.js';
export {
  type GoalSeekScenarioOptions,
  goalSeekOptionsSchema,
  goalSeekScenario,
  type ScenarioGoalSeek,
} from './analysis/goalSeekScenario.js';
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
export type { ScenarioBackend, ScenarioModelFactory } from './analysis/scenarioModelSource.js';
export {
  type ScenarioSwing,
  type ScenarioTornado,
  type ScenarioTornadoBar,
  type SensitivityScenarioOptions,
  sensitivityScenario,
  swingSchema,
} from './analysis/sensitivityScenario.js';
export {
  type ScenarioSimulation,
  type SimulatedScenarioInput,
  simulateScenario,
} from './analysis/simulateScenario.js';
export {
  type ScenarioSimulationDraws,
  type SimulateScenarioRangeOptions,
  simulateScenarioRange,
} from './analysis/simulateScenarioRange.js';
export {
  DEFAULT_DRAWS,
  MAX_EXACT_DRAWS,
  type SimulatedScenarioInputSpec,
  type SimulateScenarioOptions,
  simulatedInputSchema,
} from './analysis/simulationOptions.js';
export {
  DEFAULT_HISTOGRAM_BINS,
  type RiskHistogram,
  type SimulatedScenarioOutput,
  summariseScenarioOutput,
} from './analysis/summariseRisk.js';
export { openingRunRateScenario } from './baseline.js';
export {
  type CustomsDuty,
  customsDutyByYear,
  customsDutySchema,
} from './customsDuty.js';
export { type FinanceChain, type FinanceChainInputs, financeChain } from './financeChain.js';
export { type CashFlowInputs, type FreeCashFlowYear, freeCashFlow } from './freeCashFlow.js';
export {
  type InvoiceBandUnits,
  invoiceBandSchema,
  type SegmentInvoiceBands,
  segmentInvoiceBandsSchema,
} from './invoiceBands.js';
export type { Outturn, OutturnFigure, OutturnLine, OutturnLineId } from './outturn.js';
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
export { enrolmentScheme } from './pliEnrolmentRules.js';
export {
  type OperatingYear,
  type ProfitAndLossOptions,
  type ProfitAndLossYear,
  profitAndLoss,
} from './profitAndLoss.js';
export { runScenario } from './runScenario.js';
export {
  parseFieldPath,
  Scenario,
  type ScenarioInput,
  type ScenarioVariant,
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
  type PliEnrolment as ScenarioPliEnrolment,
  type PliSection,
  pliEnrolmentSchema,
  pliSectionSchema,
  pliSharingSchema,
} from './scenarioPli.js';
export {
  operatingCostsSchema,
  scenarioInvestmentSchema,
  scenarioTargetSchema,
} from './scenarioSections.js';
export { type StateIncentive, stateIncentiveSchema } from './scenarioStateIncentives.js';
export {
  applySchema,
  MAX_RISK_OUTPUTS,
  MAX_SCENARIO_DRAWS,
  MAX_UNCERTAIN_INPUTS,
  type ScenarioUncertainty,
  type UncertainInput,
  uncertainInputSchema,
  uncertaintySchema,
} from './scenarioUncertainty.js';
export { type ScenarioWarning, scenarioWarnings } from './scenarioWarnings.js';
export {
  STATE_INCENTIVE_TREATMENT,
  type StateIncentiveLine,
  type StateIncentiveLines,
  stateIncentiveLines,
} from './stateIncentiveLines.js';
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
  type ValueDatedFlowsOptions,
  type ValueFlowsOptions,
  valueDatedFlows,
  valueFlows,
} from './valuation.js';
export {
  type WorkingCapitalTerms,
  type WorkingCapitalYear,
  workingCapital,
} from './workingCapital.js';
