import { readOptions } from '../core/options.js';
import { fiscalYearKey, fiscalYearStart } from './_lib/fiscalYear.js';
import { chooseFirstYear } from './_lib/resolve.js';
import { getPliScheme } from './getPliScheme.js';
import { type PliRulesInForceOptions, pliRulesInForce } from './pliRulesInForce.js';
import type { PliScheme } from './scheme.js';

/** Options for `pliSchemeYears`. */
export interface PliSchemeYearsOptions {
  /** The firm's chosen first year (one of the scheme's `firstYearChoices`); default the scheme's. */
  readonly firstYear?: string;
  /** The rules to read the window from (as for `pliRulesInForce`); default the latest. */
  readonly rules?: PliRulesInForceOptions;
}

/**
 * The fiscal years a firm's scheme window covers, in order — the years `evaluatePli` accepts. Use
 * it to pick a projection's years before evaluating (years outside the window are an error).
 *
 * @param scheme - a preset id or a parsed scheme
 * @param options - `firstYear` for a shifted window; `rules` for the rules of a date (default the
 *   latest: every version applies)
 * @returns the window's fiscal-year keys
 * @throws {PliError} `PLI_UNKNOWN_SCHEME` for an unknown id, `PLI_FIRST_YEAR_NOT_ALLOWED` for a
 *   first year the scheme does not offer
 *
 * @example
 * ```ts
 * pliSchemeYears('lsem-2020', { firstYear: 'FY2021-22' })
 * //=> ['FY2021-22', 'FY2022-23', 'FY2023-24', 'FY2024-25', 'FY2025-26']
 * ```
 */
export function pliSchemeYears(
  scheme: string | PliScheme,
  options: PliSchemeYearsOptions = {},
): readonly string[] {
  readOptions(options, 'pliSchemeYears', ['firstYear', 'rules']);
  const s = pliRulesInForce(
    typeof scheme === 'string' ? getPliScheme(scheme) : scheme,
    options.rules,
  ).scheme;
  return schemeWindow(s, options.firstYear);
}

/**
 * {@link pliSchemeYears} of a scheme already parsed with its rules applied (a `PliRules`'s
 * `scheme`): the core the model layer composes, with no second validation of the scheme.
 *
 * @param rules - the scheme under the rules in force (parsed)
 * @param firstYear - the firm's chosen first year; default the scheme's
 * @returns the window's fiscal-year keys
 * @throws {PliError} `PLI_FIRST_YEAR_NOT_ALLOWED` for a first year the scheme does not offer
 *
 * @example
 * ```ts
 * const latest = pliRulesInForce(getPliScheme('lsem-2020')).scheme;
 * schemeWindow(latest, 'FY2021-22').at(-1) //=> 'FY2025-26'
 * ```
 */
export function schemeWindow(rules: PliScheme, firstYear?: string): readonly string[] {
  const first = fiscalYearStart(chooseFirstYear(rules, firstYear));
  return Object.freeze(
    Array.from({ length: rules.tenure.years }, (_, i) => fiscalYearKey(first + i)),
  );
}
