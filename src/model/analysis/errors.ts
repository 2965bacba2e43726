import { CrorecastError } from '../../core/errors.js';

/**
 * A whole-plan model could not be built or evaluated as asked. `code` says why:
 * - `INVALID_PATH`: an input path is not path syntax (`segments[phones].price.perUnit`);
 * - `UNKNOWN_INPUT`: an input path names nothing in the scenario;
 * - `NOT_A_NUMERIC_INPUT`: it names something that is not one number (a label, an object);
 * - `INVALID_VALUE`: a value to set is NaN or infinite;
 * - `UNKNOWN_OUTPUT`: an output name is not one of the model's (or names an unknown year or
 *   enrolment);
 * - `UNSUPPORTED`: the float64 backend cannot express an input path or a scenario feature (the
 *   exact backend can): never a silently wrong number.
 *
 * `path` is the input path, output name or scenario feature concerned.
 */
export class ScenarioModelError extends CrorecastError {
  readonly path: string;

  constructor(
    code:
      | 'INVALID_PATH'
      | 'UNKNOWN_INPUT'
      | 'NOT_A_NUMERIC_INPUT'
      | 'INVALID_VALUE'
      | 'UNKNOWN_OUTPUT'
      | 'UNSUPPORTED',
    path: string,
    message: string,
  ) {
    super(code, message);
    this.path = path;
  }
}
