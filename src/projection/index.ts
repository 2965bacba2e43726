/**
 * projection — revenue, capacity, cost and headcount projections from one set of equations,
 * run exact (Decimal) for reports and fast (float64) for evaluation, sensitivity, Monte Carlo
 * simulation, goal seek and scenario comparison. `simulateParallel` lives in `crorecast/node`.
 *
 * Import it alone as `crorecast/projection`, or from the root entry `crorecast`.
 *
 * @module projection
 */

export { createRandom, type Random } from './_lib/prng.js';
export type { DrawSummary } from './_lib/stats.js';
export { applyOverrides, type DeepPartial, mergeOverrides } from './applyOverrides.js';
export {
  type BindingConstraint,
  checkParsedTargets,
  checkTargets,
  type ProjectionRun,
  type Target,
  type TargetCheck,
  type TargetInput,
  targetSchema,
} from './checkTargets.js';
export {
  type CompareScenariosOptions,
  compareScenarios,
  type ScenarioComparison,
  type ScenarioComparisonRow,
} from './compareScenarios.js';
export {
  type CompileProjectionOptions,
  compileParsedProjection,
  compileProjection,
  isCompiledProjection,
} from './compile.js';
export type { CompiledProjection } from './compiledProjection.js';
export {
  createSampler,
  DISCRETE_OUTCOME_LIMIT,
  DISTRIBUTION_PARAMETER_LIMIT,
  type Distribution,
  distributionSchema,
  PERT_LAMBDA_LIMIT,
  type Sampler,
} from './distribution.js';
export { runEquations } from './equations.js';
export { ProjectionError } from './errors.js';
export {
  type EvaluateProjectionOptions,
  evaluateProjection,
  type ProjectionSource,
  resolveInputSlot,
} from './evaluate.js';
export type { FlowRow } from './flowRows.js';
export { type GoalSeekOptions, type GoalSeekResult, goalSeek } from './goalSeek.js';
export {
  type CapacityAllocation,
  capacityAllocationSchema,
  costComponentSchema,
  expansionSchema,
  fxPathSchema,
  headcountSchema,
  horizonSchema,
  type ProjectionInput,
  type ProjectionInputJson,
  plantSchema,
  projectionInputSchema,
  segmentSchema,
  teamSchema,
  utilisationRampSchema,
} from './inputSchema.js';
export {
  OUTPUT_METRICS,
  type OutputMetric,
  type OutputSelector,
  type OutputSelectorInput,
  outputKey,
  outputSelectorSchema,
} from './outputSelector.js';
export type { PlantResult, PlantRow } from './plantRows.js';
export {
  type HeadcountResult,
  type HeadcountRow,
  type ProjectionResult,
  type RunProjectionOptions,
  runProjection,
} from './runProjection.js';
export {
  exportShareSchema,
  type SegmentExports,
  segmentExportsSchema,
} from './segmentExports.js';
export type { RevenueBridgeRow, SegmentResult, SegmentRow } from './segmentRows.js';
export {
  type SensitivityInput,
  type SensitivityOptions,
  sensitivity,
  type Tornado,
  type TornadoBar,
} from './sensitivity.js';
export {
  type SimulatedOutput,
  type SimulateOptions,
  type SimulationInput,
  type SimulationResult,
  simulate,
  simulationInputSchema,
} from './simulate.js';
export {
  type SimulateRangeOptions,
  type SimulationDraws,
  simulateRange,
} from './simulateRange.js';
export { createWorkspace, type Workspace, type WorkspaceBuffer } from './workspace.js';
