import * as z from 'zod';
import { describe } from '../core/errors.js';
import { lazySchema } from '../core/lazySchema.js';
import { parseInput } from '../core/validate.js';
import { compare } from '../money/compare.js';
import type { Money } from '../money/money.js';
import { schemeAmount } from './_lib/amounts.js';
import { crores } from './_lib/format.js';
import { inrSchema } from './_lib/schemas.js';
import { PliError } from './errors.js';
import { PliScheme } from './scheme.js';

/** The applicant company's own figures (its whole business, not only the eligible goods). */
export const PliCompany = lazySchema(() => z.object({ baseYearRevenue: inrSchema }).strict());
/** See `PliCompany`. */
export type PliCompany = z.output<typeof PliCompany>;

/** The result of `checkCompanyEligibility`. */
export interface PliCompanyEligibility {
  readonly eligible: boolean;
  /** The minimum base-year revenue, or `null` when the category sets none. */
  readonly baseYearRevenue: {
    readonly required: Money<'INR'> | null;
    readonly actual: Money<'INR'>;
    readonly met: boolean;
  };
  readonly reasons: readonly string[];
}

/**
 * Checks company-level eligibility for a scheme category, such as LSEM's minimum base-year
 * revenue of the applicant (more than ₹100 crore for domestic phone makers). This is about the
 * company, not the base-year sales of eligible goods that incentives are measured from.
 *
 * @param scheme - a parsed scheme (`getPliScheme('lsem-2020')`)
 * @param category - the category id
 * @param company - the company's figures (`baseYearRevenue` as Money or its JSON form)
 * @returns whether it is eligible, the check and the reasons
 * @throws {PliError} `PLI_UNKNOWN_CATEGORY` for a category the scheme does not have
 * @throws {ValidationError} for malformed company figures, naming the field
 *
 * @example
 * ```ts
 * checkCompanyEligibility(getPliScheme('lsem-2020'), 'domestic-mobile', {
 *   baseYearRevenue: crore(90),
 * }).reasons
 * //=> ['base-year revenue ₹90 crore does not exceed the ₹100 crore minimum']
 * ```
 */
export function checkCompanyEligibility(
  scheme: PliScheme,
  category: string,
  company: z.input<typeof PliCompany>,
): PliCompanyEligibility {
  // A public entry: the scheme and category are checked like any input (issue 11).
  const parsed = parseInput(PliScheme, scheme, 'PLI scheme');
  const id = parseInput(z.string().min(1), category, 'category');
  return companyEligibility(parsed, id, company);
}

/** `checkCompanyEligibility` for a scheme already parsed (no re-validation inside the library). */
export function companyEligibility(
  scheme: PliScheme,
  category: string,
  company: z.input<typeof PliCompany>,
): PliCompanyEligibility {
  const cat = Object.hasOwn(scheme.categories, category) ? scheme.categories[category] : undefined;
  if (cat === undefined) {
    throw new PliError(
      'PLI_UNKNOWN_CATEGORY',
      `unknown category ${describe(category)} of ${scheme.id}; categories: ${Object.keys(scheme.categories).join(', ')}`,
    );
  }
  const { baseYearRevenue: actual } = parseInput(PliCompany, company, 'company figures');
  const rule = cat.eligibility;
  if (rule === undefined) {
    return Object.freeze({
      eligible: true,
      baseYearRevenue: Object.freeze({ required: null, actual, met: true }),
      reasons: Object.freeze([`${scheme.id} sets no company-level minimum for ${category}`]),
    });
  }
  const required = schemeAmount(scheme, rule.minimumBaseYearRevenue);
  const order = compare(actual, required);
  const met = rule.strict ? order > 0 : order >= 0;
  const verb = rule.strict ? (met ? 'exceeds' : 'does not exceed') : met ? 'meets' : 'is below';
  return Object.freeze({
    eligible: met,
    baseYearRevenue: Object.freeze({ required, actual, met }),
    reasons: Object.freeze([
      `base-year revenue ${crores(actual)} ${verb} the ${crores(required)} minimum`,
    ]),
  });
}
