export { SeriesError } from './errors.js';
export {
  type PeriodInput,
  type RollupCoverage,
  type RollupOptions,
  type RollupResult,
  Series,
  type SeriesEntry,
  type SeriesJSON,
  type SeriesRow,
  type SeriesSumOptions,
  type SeriesValue,
  series,
  seriesFromPeriods,
} from './series.js';
export { seriesFromJSON, seriesJSONSchema } from './seriesFromJSON.js';
