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
