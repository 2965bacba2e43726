/**
 * series — values by period: ordered series with exact roll-ups, and growth curves (flat,
 * linear, compound, steps, interpolation) evaluated period by period.
 *
 * Import it alone as `crorecast/series`, or from the root entry `crorecast`.
 *
 * @module series
 */

export { SeriesError } from './errors.js';
export {
  compoundCurveSchema,
  flatCurveSchema,
  type GrowthCurve,
  type GrowthCurveInput,
  type GrowthCurveKind,
  growthCurve,
  growthCurveSchema,
  interpolateCurveSchema,
  linearCurveSchema,
  sCurveSchema,
  stepsCurveSchema,
} from './growthCurve.js';
export { growthSeries } from './growthSeries.js';
export { type GrowthValuesOptions, growthValues } from './growthValues.js';
export { Series } from './series.js';
export { series, seriesFromPeriods } from './seriesFromEntries.js';
export { seriesFromJSON, seriesJSONSchema } from './seriesFromJSON.js';
export type {
  PeriodInput,
  RollupCoverage,
  RollupOptions,
  RollupResult,
  SeriesEntry,
  SeriesJSON,
  SeriesRow,
  SeriesSumOptions,
  SeriesValue,
} from './types.js';
