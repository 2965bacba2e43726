import type { Scenario } from '../../scenario.js';
import { PROJECTION_KEYS } from '../../scenarioRest.js';
import { ScenarioModelError } from '../errors.js';

/**
 * The scenario fields the float64 model expresses, section by section. A field outside these
 * lists is a feature added to the scenario after the compiled model was written (an opening
 * balance sheet, customs duty, invoice bands …): compiling refuses it by name instead of
 * evaluating the plan without it. `meta`, `targets`, `actuals`, `variants`, `ownership` (the
 * owners' split of the figures) and `uncertainty` (what analysis draws) change no output.
 */
const COVERED: Readonly<Record<string, readonly string[] | null>> = Object.freeze({
  '': [
    'meta',
    ...PROJECTION_KEYS,
    'investments',
    'depreciation',
    'operatingCosts',
    'pli',
    'finance',
    'baseline',
    'opening',
    'targets',
    'actuals',
    'variants',
    'ownership',
    'uncertainty',
  ],
  finance: [
    'taxRate',
    'tax',
    'workingCapital',
    'discountRate',
    'terminalValue',
    'valuationDate',
    'convention',
  ],
  'finance.workingCapital': [
    'receivableDays',
    'inventoryDays',
    'payableDays',
    'opening',
    'gstOnReceivables',
  ],
  operatingCosts: ['shareOfRevenue', 'fixedPerYear', 'fixedYearlyChange'],
  pli: ['enrolments', 'sharing', 'rulesAsOf', 'baseYearGrowthLimit', 'disbursementLagYears'],
  'pli.sharing': ['company', 'agreement', 'appliesTo', 'scope', 'treatment'],
  investments: ['id', 'name', 'total', 'start', 'end', 'periods', 'profile', 'taxBlock'],
});

function definedKeys(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return (
    Object.entries(value)
      // An empty list (a default) is a feature not in use.
      .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
      .map(([k]) => k)
  );
}

/**
 * Throws `UNSUPPORTED` for a scenario feature the float64 model does not cover, naming it: a
 * field outside {@link COVERED}, or a baseline that is a variant (its inputs would follow the
 * variant's overrides).
 *
 * @internal
 */
export function checkCovered(scenario: Scenario): void {
  const refuse = (path: string, why: string): never => {
    throw new ScenarioModelError(
      'UNSUPPORTED',
      path,
      `the float64 backend does not model ${path} (${why}): use the exact backend`,
    );
  };
  const check = (section: string, value: unknown) => {
    const known = COVERED[section] ?? [];
    for (const key of definedKeys(value)) {
      if (!known.includes(key))
        refuse(
          section === '' ? key : `${section}.${key}`,
          'a scenario feature it was not written for',
        );
    }
  };
  check('', scenario);
  check('finance', scenario.finance);
  check('finance.workingCapital', scenario.finance.workingCapital);
  check('operatingCosts', scenario.operatingCosts);
  check('pli', scenario.pli);
  check('pli.sharing', scenario.pli?.sharing);
  scenario.investments.forEach((inv, i) => {
    for (const key of definedKeys(inv)) {
      if (!(COVERED.investments ?? []).includes(key))
        refuse(`investments[${i}].${key}`, 'a scenario feature it was not written for');
    }
  });
  // The scheme-wide yearly ceiling pays claims pro rata on assumed claims of all beneficiaries:
  // not modelled on float64, so an enrolment stating one is refused rather than paid in full.
  scenario.pli?.enrolments.forEach((e, i) => {
    if (e.enrolment.schemeClaims !== undefined)
      refuse(`pli.enrolments[${i}].schemeClaims`, 'the scheme-wide yearly ceiling');
  });
  const baseline = scenario.baseline;
  if (baseline !== undefined && 'variant' in baseline)
    refuse('baseline.variant', 'a variant as the baseline');
}
