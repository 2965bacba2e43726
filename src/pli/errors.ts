import { CrorecastError } from '../core/errors.js';

/**
 * What went wrong in the PLI layer, as a stable machine-readable code:
 * - `PLI_UNKNOWN_SCHEME`: `getPliScheme` was given an id that is not a preset;
 * - `PLI_UNKNOWN_CATEGORY`: the category is not one of the scheme's;
 * - `PLI_YEAR_OUTSIDE_TENURE`: a year lies outside the firm's window of scheme years;
 * - `PLI_DUPLICATE_YEAR`: the same fiscal year was given twice;
 * - `PLI_FIRST_YEAR_NOT_ALLOWED`: the chosen first year is not one the scheme allows;
 * - `PLI_FIGURE_UNKNOWN`: a figure the evaluation needs is `null` (unknown) in the scheme;
 * - `PLI_INPUT_REQUIRED`: the scheme needs an input the caller did not give (committed investment);
 * - `PLI_UNKNOWN_ATTRIBUTE`: an applicant attribute no opt-in bonus of the category knows;
 * - `PLI_PRODUCT_REQUIRED`: a sales line needs a product to find its invoice floor;
 * - `PLI_BAND_STRADDLES_FLOOR`: a sales line's invoice band has the floor inside it;
 * - `PLI_UNKNOWN_VERSION`: a version the scheme does not have;
 * - `PLI_NOT_IN_FORCE`: the scheme was not yet announced (or notified) on the date asked;
 * - `PLI_DOUBLE_CLAIM`: the same goods or the same investment claimed in two enrolments.
 */
export type PliErrorCode =
  | 'PLI_UNKNOWN_SCHEME'
  | 'PLI_UNKNOWN_CATEGORY'
  | 'PLI_YEAR_OUTSIDE_TENURE'
  | 'PLI_DUPLICATE_YEAR'
  | 'PLI_FIRST_YEAR_NOT_ALLOWED'
  | 'PLI_FIGURE_UNKNOWN'
  | 'PLI_INPUT_REQUIRED'
  | 'PLI_UNKNOWN_ATTRIBUTE'
  | 'PLI_PRODUCT_REQUIRED'
  | 'PLI_BAND_STRADDLES_FLOOR'
  | 'PLI_UNKNOWN_VERSION'
  | 'PLI_NOT_IN_FORCE'
  | 'PLI_DOUBLE_CLAIM';

/**
 * A PLI scheme or evaluation input is well-formed but cannot be used as asked. `code` says why;
 * the message names the scheme, category, year or field concerned.
 *
 * @example
 * ```ts
 * getPliScheme('lsem') // throws PliError: PLI_UNKNOWN_SCHEME (the known schemes are listed)
 * ```
 */
export class PliError extends CrorecastError {
  declare readonly code: PliErrorCode;

  constructor(code: PliErrorCode, message: string) {
    super(code, message);
  }
}
