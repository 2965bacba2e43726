import type { PliEvaluationInput } from '../enrolment.js';
import { PliError } from '../errors.js';
import type { PliScheme } from '../scheme.js';
import { fiscalYearStart } from './fiscalYear.js';

/** An input year with its place in the input and the start of its fiscal year. */
export type EvaluatedYear = PliEvaluationInput['years'][number] & {
  readonly index: number;
  readonly start: number;
};

/**
 * The input's years in time order, after checking that every year named — the evaluated years,
 * the claims against a scheme-wide ceiling, the years taken as missed — is one of the firm's
 * scheme years, and none is given twice.
 *
 * @param parsed - the parsed evaluation input
 * @param scheme - the scheme under the rules in force
 * @param schemeYears - the firm's scheme years, from its first year
 * @returns the years sorted by start, each with its input index
 * @throws {PliError} `PLI_YEAR_OUTSIDE_TENURE`, `PLI_FIGURE_UNKNOWN` (a claim year without a
 *   ceiling the scheme states) or `PLI_DUPLICATE_YEAR`
 */
export function checkYears(
  parsed: PliEvaluationInput,
  scheme: PliScheme,
  schemeYears: readonly string[],
): EvaluatedYear[] {
  const firstYear = schemeYears[0] as string;
  const first = fiscalYearStart(firstYear);
  const years = [...parsed.years]
    .map((y, index) => ({ ...y, index, start: fiscalYearStart(y.year) }))
    .sort((a, b) => a.start - b.start);
  parsed.schemeClaims?.years.forEach((c, i) => {
    if (!schemeYears.includes(c.year)) {
      throw new PliError(
        'PLI_YEAR_OUTSIDE_TENURE',
        `schemeClaims.years[${i}].year ${c.year} is not a scheme year of ${scheme.id} for this firm (${schemeYears.join(', ')})`,
      );
    }
    if (c.ceiling === undefined && !scheme.yearlyOutlay?.years.some((o) => o.year === c.year)) {
      throw new PliError(
        'PLI_FIGURE_UNKNOWN',
        `schemeClaims.years[${i}].ceiling: ${scheme.id} states no yearly outlay for ${c.year}; give the ceiling`,
      );
    }
  });
  (parsed.thresholdsMissed ?? []).forEach((m, i) => {
    if (!schemeYears.includes(m.year)) {
      throw new PliError(
        'PLI_YEAR_OUTSIDE_TENURE',
        `thresholdsMissed[${i}].year ${m.year} is not a scheme year of ${scheme.id} for this firm (${schemeYears.join(', ')})`,
      );
    }
  });
  years.forEach((y, i) => {
    if (y.start < first || y.start >= first + scheme.tenure.years) {
      throw new PliError(
        'PLI_YEAR_OUTSIDE_TENURE',
        `years[${y.index}].year ${y.year} is outside the scheme years of ${scheme.id} for this firm (${schemeYears[0]} to ${schemeYears[schemeYears.length - 1]}, first year ${firstYear})`,
      );
    }
    if (i > 0 && years[i - 1]?.start === y.start) {
      throw new PliError('PLI_DUPLICATE_YEAR', `years[${y.index}].year ${y.year} is given twice`);
    }
  });
  return years;
}
