import { type PliRules, rulesInForce } from '../pli/pliRulesInForce.js';
import type { PliScheme } from '../pli/scheme.js';
import { type PliSchemeOverrides, withOverrides } from '../pli/withOverrides.js';

import type { PliEnrolment, PliSection } from './scenarioPli.js';

/**
 * The scheme an enrolment evaluates under: the PLI layer's parsed scheme with the enrolment's
 * overrides applied.
 *
 * @param e - a parsed enrolment
 * @returns the scheme to evaluate it under
 * @throws {ValidationError} for invalid overrides (from `withOverrides`)
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * enrolmentScheme(parseScenario(seedJson).pli!.enrolments[0]!).id //=> 'lsem-2020'
 * ```
 */
export function enrolmentScheme(e: PliEnrolment): PliScheme {
  return e.overrides === undefined
    ? e.enrolment.scheme
    : withOverrides(e.enrolment.scheme, e.overrides as PliSchemeOverrides);
}

/**
 * The rules an enrolment is evaluated under: its own `version` or `rulesAsOf`, else the
 * section's `rulesAsOf`, else the latest rules — on its scheme with its overrides.
 *
 * @param e - a parsed enrolment
 * @param section - the PLI section it belongs to
 * @param scheme - the enrolment's scheme ({@link enrolmentScheme}), when the caller has it
 * @returns the rules in force, with the versions applied and those not yet notified
 * @throws {PliError} for an unknown version or a date before the scheme
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * const pli = parseScenario(seedJson).pli!;
 * enrolmentRules(pli.enrolments[0]!, pli).description.startsWith('Evaluated under the rules announced by 2021-08-24') //=> true
 * ```
 */
export function enrolmentRules(
  e: PliEnrolment,
  section: Pick<PliSection, 'rulesAsOf'>,
  scheme: PliScheme = enrolmentScheme(e),
): PliRules {
  const own = e.enrolment;
  const asOf = own.rulesAsOf ?? section.rulesAsOf;
  return rulesInForce(
    scheme,
    own.version !== undefined
      ? { version: own.version }
      : asOf === undefined
        ? {}
        : { asOf: asOf.date, basis: asOf.basis },
  );
}

/** The segment ids an enrolment claims. */
export function segmentIdsOf(e: PliEnrolment): string[] {
  return e.segments.map((s) => (typeof s === 'string' ? s : s.segment));
}
