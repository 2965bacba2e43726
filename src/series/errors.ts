import { CrorecastError } from '../core/errors.js';

/**
 * A series operation that cannot be done: mixed period kinds or fiscal calendars, duplicate
 * periods, mismatched periods in `zipWith`, mixed value kinds or currencies, a missing period, an
 * incomplete roll-up when completeness was required. `code` says which.
 */
export class SeriesError extends CrorecastError {}
