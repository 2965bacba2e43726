import { CrorecastError } from '../../core/errors.js';

/**
 * A whole-plan analysis (simulation, sensitivity, goal seek over a scenario) could not run as
 * asked. `code` says why:
 * - `MISSING_OPTION`: no seed, inputs or outputs in the options nor in the scenario's
 *   `uncertainty` section;
 * - `TOO_MANY_DRAWS`: more draws than the exact backend runs (see `MAX_EXACT_DRAWS`);
 * - `DUPLICATE_INPUT`: one input path is simulated or swung twice;
 * - `NON_FINITE_RESULT`: a draw made an output ±Infinity (the draw and its inputs are named; an
 *   undefined output such as an IRR without a sign change is NaN and is counted, not an error);
 * - `MODEL_MISMATCH`: a scenario model does not have the inputs or outputs it was built for;
 * - `INVALID_RANGE`: a tornado input's low is above its high;
 * - `UNDEFINED_OUTPUT`: goal seek met an undefined (NaN) output inside its bracket.
 *
 * @example
 * ```ts
 * new AnalysisError('MISSING_OPTION', 'no seed').code //=> 'MISSING_OPTION'
 * ```
 */
export class AnalysisError extends CrorecastError {}
