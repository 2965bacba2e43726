/**
 * model — the scenario file (zod schema, `parseScenario`) and `runScenario`, which composes
 * projection, schedule, PLI, sharing and finance into one exact result: P&L, working capital,
 * free cash flow and valuation with and without PLI, and the stated targets.
 *
 * Import it alone as `crorecast/model`, or from the root entry `crorecast`.
 *
 * @module model
 */

export { type CashFlowInputs, type FreeCashFlowYear, freeCashFlow } from './freeCashFlow.js';
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
  scenarioFinanceSchema,
  scenarioInvestmentSchema,
  scenarioTargetSchema,
  scenarioVariantSchema,
  terminalValueSchema,
} from './scenario.js';
export {
  type ScenarioMeta,
  scenarioAssumptionSchema,
  scenarioFactSchema,
  scenarioMetaSchema,
  scenarioSourceSchema,
} from './scenarioMeta.js';
export {
  enrolmentScheme,
  type PliEnrolment as ScenarioPliEnrolment,
  type PliSection,
  pliEnrolmentSchema,
  pliSectionSchema,
  pliSharingSchema,
} from './scenarioPli.js';
export type {
  HeadcountYear,
  InvestmentYear,
  OperationsYear,
  PlantYear,
  PliEnrolmentResult,
  PliEnrolmentYear,
  PliResult,
  PliYear,
  RevenueBridge,
  RevenueCapacityAnswer,
  ScenarioResult,
  SegmentYear,
  TargetCheck as ScenarioTargetCheck,
} from './types.js';
export { type IrrResult, type Valuation, type ValueFlowsOptions, valueFlows } from './valuation.js';
export {
  type WorkingCapitalTerms,
  type WorkingCapitalYear,
  workingCapital,
} from './workingCapital.js';
