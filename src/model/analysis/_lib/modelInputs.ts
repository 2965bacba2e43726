import { ZERO } from '../../../core/decimal.js';
import { canonicalPath } from '../../../projection/_lib/path.js';
import type { Scenario } from '../../scenario.js';
import { taxRateOf } from '../../scenarioFinance.js';
import { ScenarioModelError } from '../errors.js';
import { type ResolvedInputPath, resolveInputPath } from '../inputPaths.js';
import { type FloatCore, SCALAR, SCALARS } from './floatCore.js';

/** Scenario paths that are scalars of the compiled model. */
const SCALAR_PATHS: Readonly<Record<string, number>> = Object.freeze({
  'finance.taxRate': SCALAR.taxRate,
  'finance.tax.rate': SCALAR.taxRate,
  'finance.discountRate': SCALAR.discountRate,
  'finance.terminalValue.growth': SCALAR.growth,
  'pli.disbursementLagYears': SCALAR.lag,
  'operatingCosts.shareOfRevenue': SCALAR.shareOfRevenue,
  'operatingCosts.fixedPerYear': SCALAR.fixedPerYear,
  'operatingCosts.fixedYearlyChange': SCALAR.fixedYearlyChange,
  'finance.workingCapital.receivableDays': SCALAR.receivableDays,
  'finance.workingCapital.inventoryDays': SCALAR.inventoryDays,
  'finance.workingCapital.payableDays': SCALAR.payableDays,
  'finance.workingCapital.opening': SCALAR.opening,
  'finance.workingCapital.gstOnReceivables': SCALAR.gst,
});

const PROJECTION_SECTIONS = ['fx', 'plants', 'segments', 'headcount'];

/** How one input reaches the compiled model. */
export type Setter =
  | { readonly kind: 'scalar'; readonly index: number }
  | { readonly kind: 'investment'; readonly index: number }
  | { readonly kind: 'projection'; readonly slot: number; readonly baselineSlot: number };

export function scalarsOf(scenario: Scenario): Float64Array {
  const sc = new Float64Array(SCALARS);
  const f = scenario.finance;
  const tv = f.terminalValue;
  const wc = f.workingCapital;
  sc[SCALAR.taxRate] = (f.tax === undefined ? (f.taxRate ?? ZERO) : taxRateOf(f.tax)).toNumber();
  sc[SCALAR.discountRate] = f.discountRate.toNumber();
  sc[SCALAR.growth] = tv.method === 'perpetuity-growth' ? tv.growth.toNumber() : 0;
  sc[SCALAR.lag] = scenario.pli?.disbursementLagYears ?? 0;
  sc[SCALAR.shareOfRevenue] = scenario.operatingCosts.shareOfRevenue.toNumber();
  sc[SCALAR.fixedPerYear] = scenario.operatingCosts.fixedPerYear.amount.toNumber();
  sc[SCALAR.fixedYearlyChange] = scenario.operatingCosts.fixedYearlyChange.toNumber();
  sc[SCALAR.receivableDays] = wc.receivableDays.toNumber();
  sc[SCALAR.inventoryDays] = wc.inventoryDays.toNumber();
  sc[SCALAR.payableDays] = wc.payableDays.toNumber();
  sc[SCALAR.opening] = wc.opening === undefined ? Number.NaN : wc.opening.amount.toNumber();
  sc[SCALAR.gst] = wc.gstOnReceivables?.toNumber() ?? 0;
  return sc;
}

/** A path of the plan's projection input written with ids where elements have them. */
function idPath(root: unknown, keys: readonly (string | number)[]): string {
  let node: unknown = root;
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') {
      const el = (node as unknown[])[key] as { id?: unknown } | undefined;
      out += typeof el?.id === 'string' ? `[${el.id}]` : `[${key}]`;
    } else {
      out += out === '' ? key : `.${key}`;
    }
    node = (node as Record<string | number, unknown>)[key];
  }
  return out;
}

/**
 * Resolves a scenario-file path on the parsed scenario, where an enrolment's scheme fields sit
 * under its `enrolment` (`pli.enrolments[0].baseYearSales` is `…[0].enrolment.baseYearSales`).
 */
export function resolveParsed(scenario: Scenario, path: string): ResolvedInputPath {
  try {
    return resolveInputPath(scenario, path);
  } catch (error) {
    const m = /^(pli\.enrolments\[[^\]]+\])\.(.+)$/.exec(path);
    if (!(error instanceof ScenarioModelError) || error.code !== 'UNKNOWN_INPUT' || m === null) {
      throw error;
    }
    try {
      return { ...resolveInputPath(scenario, `${m[1]}.enrolment.${m[2]}`), path };
    } catch {
      throw error;
    }
  }
}

export function setterOf(
  scenario: Scenario,
  plan: FloatCore,
  baseline: FloatCore | null,
  path: string,
): Setter {
  const resolved = resolveParsed(scenario, path);
  const { canonical, keys } = resolved;
  const unsupported = (why: string): never => {
    throw new ScenarioModelError(
      'UNSUPPORTED',
      path,
      `input "${path}" (${canonical}) ${why}: the float64 backend cannot vary it (use the exact backend)`,
    );
  };
  const bare = canonical.replace(/\.amount$/, '');
  const scalar = SCALAR_PATHS[bare];
  if (scalar !== undefined) {
    if (
      bare === 'finance.workingCapital.opening' &&
      scenario.finance.workingCapital.opening === undefined
    ) {
      unsupported('is not in the scenario');
    }
    return { kind: 'scalar', index: scalar };
  }
  const investment = /^investments\[(\d+)\]\.total$/.exec(bare);
  if (investment !== null) {
    const index = Number(investment[1]);
    if (plan.investments[index]?.byAmounts === true) {
      unsupported('is phased by amounts, not shares: its spend is not proportional to its total');
    }
    return { kind: 'investment', index };
  }
  if (PROJECTION_SECTIONS.includes(String(keys[0]))) {
    const slot = plan.plan.slots.index.get(canonical);
    if (slot === undefined) return unsupported('is not a numeric input of the projection');
    let baselineSlot = -1;
    if (baseline !== null) {
      const there = canonicalPath(baseline.plan.input, idPath(plan.plan.input, keys));
      baselineSlot = there === undefined ? -1 : (baseline.plan.slots.index.get(there) ?? -1);
    }
    return { kind: 'projection', slot, baselineSlot };
  }
  return unsupported('is structural or not modelled on float64');
}
