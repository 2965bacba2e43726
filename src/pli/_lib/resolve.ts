import { type Decimal, ZERO } from '../../core/decimal.js';
import { describe } from '../../core/errors.js';
import { compare } from '../../money/compare.js';
import { computedInr as inr, type Money } from '../../money/money.js';
import { PliError } from '../errors.js';
import type { PliCategory, PliScheme } from '../scheme.js';
import { schemeAmount } from './amounts.js';
import { type SplitSales, splitLines } from './lines.js';

export function findCategory(scheme: PliScheme, id: string): PliCategory {
  const category = Object.hasOwn(scheme.categories, id) ? scheme.categories[id] : undefined;
  if (category === undefined) {
    throw new PliError(
      'PLI_UNKNOWN_CATEGORY',
      `category ${describe(id)} is not one of ${scheme.id}'s: ${Object.keys(scheme.categories).join(', ')}`,
    );
  }
  return category;
}

export function chooseFirstYear(scheme: PliScheme, requested: string | undefined): string {
  const allowed = scheme.tenure.firstYearChoices ?? [scheme.tenure.firstYear];
  if (requested === undefined) return scheme.tenure.firstYear;
  if (!allowed.includes(requested)) {
    throw new PliError(
      'PLI_FIRST_YEAR_NOT_ALLOWED',
      `firstYear ${requested} is not allowed by ${scheme.id}; choose ${allowed.join(' or ')}`,
    );
  }
  return requested;
}

export function checkAttributes(
  scheme: PliScheme,
  id: string,
  category: PliCategory,
  attributes: readonly string[],
): readonly string[] {
  const known = (category.bonuses ?? [])
    .filter((b) => b.condition.kind === 'opt-in')
    .map((b) => b.id);
  attributes.forEach((a, i) => {
    if (!known.includes(a)) {
      throw new PliError(
        'PLI_UNKNOWN_ATTRIBUTE',
        `attributes[${i}] ${describe(a)} is not an opt-in bonus of ${scheme.id} category ${id}${known.length === 0 ? ' (it has none)' : `: ${known.join(', ')}`}`,
      );
    }
  });
  return attributes;
}

export function salesOf(
  netSales: Money<'INR'> | undefined,
  lines: Parameters<typeof splitLines>[0] | undefined,
  floor: PliCategory['invoiceFloor'],
  path: string,
): SplitSales {
  if (lines !== undefined) return splitLines(lines, floor, path);
  // A single figure is taken as sales of eligible goods (at or above any floor).
  const total = netSales ?? inr(ZERO);
  return { total, aboveFloor: total, belowFloor: inr(ZERO) };
}

export function figure(
  scheme: PliScheme,
  schedule: readonly (Decimal | null)[] | undefined,
  schemeYear: number,
  what: string,
): Money<'INR'> | null {
  if (schedule === undefined) return null;
  const value = schedule[schemeYear - 1];
  if (value === null || value === undefined) {
    throw new PliError(
      'PLI_FIGURE_UNKNOWN',
      `${what} is unknown (null in the scheme); supply it with withOverrides`,
    );
  }
  return schemeAmount(scheme, value);
}

export function check(actual: Money<'INR'>, required: Money<'INR'> | null) {
  return { required, actual, met: required === null || compare(actual, required) >= 0 };
}
