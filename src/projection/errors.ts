import { CrorecastError } from '../core/errors.js';

/**
 * A projection could not be run or solved as asked. `code` says why:
 * - `TARGET_NOT_BRACKETED`: `goalSeek`'s target lies outside f(low)…f(high);
 * - `NO_CONVERGENCE`: `goalSeek` did not converge in its iteration budget;
 * - `NOT_A_NUMERIC_INPUT`: a sensitivity or simulation path does not name one numeric input;
 * - `UNKNOWN_OUTPUT`: an output selector names an unknown metric, period, segment or plant;
 * - `NON_FINITE_RESULT`: a simulated draw produced NaN or ±Infinity (the drawn inputs are named);
 * - `INVALID_DISTRIBUTION`: a sampler met parameters it cannot draw from in bounded time (the
 *   schema refuses them; this guards code that builds a `Distribution` by hand).
 */
export class ProjectionError extends CrorecastError {}
