import type * as z from 'zod';
import type { pliSchemeFields } from '../scheme.js';
import type { PliCategory } from '../schemeCategory.js';
import type { PliRates } from '../schemeRates.js';
import { fiscalYearStart } from './fiscalYear.js';

type Fields = z.output<typeof pliSchemeFields>;
type Path = PropertyKey[];

/**
 * The rules across a scheme's fields, which no field's own schema can see: source ids that
 * exist, one figure per scheme year, slab bounds that rise, cumulative thresholds that do not
 * fall, dates in order (announced ≤ notified, versions after the scheme and each other, a
 * successor after the scheme), first years after the base year, no duplicate ids.
 *
 * @param scheme - the scheme's parsed fields
 * @param ctx - zod's refinement context; each problem is an issue at its field's path
 */
export function checkScheme(scheme: Fields, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const sourceIds = new Set(scheme.sources.map((s) => s.id));
  const checkSources = (refs: readonly string[] | undefined, path: Path) => {
    refs?.forEach((ref, i) => {
      if (!sourceIds.has(ref)) {
        issue(
          [...path, 'sources', i],
          `unknown source id "${ref}"; known: ${[...sourceIds].join(', ')}`,
        );
      }
    });
  };
  const checkLength = (list: readonly unknown[], path: Path) => {
    if (list.length !== scheme.tenure.years) {
      issue(path, `needs one figure per scheme year (${scheme.tenure.years}), got ${list.length}`);
    }
  };
  const checks = { issue, checkSources, checkLength };

  checkSources(scheme.tenure.sources, ['tenure']);
  checkSources(scheme.firstYearPart?.sources, ['firstYearPart']);
  checkDates(scheme, checks);
  checkTenure(scheme, checks);
  if (scheme.rates !== undefined) checkRates(scheme.rates, ['rates'], checks);
  checkSources(scheme.outlay?.sources, ['outlay']);
  checkSources(scheme.yearlyOutlay?.sources, ['yearlyOutlay']);
  for (const [id, category] of Object.entries(scheme.categories)) {
    checkCategory(category, ['categories', id], scheme.rates !== undefined, checks);
  }
}

interface Checks {
  issue(path: Path, message: string): void;
  checkSources(refs: readonly string[] | undefined, path: Path): void;
  checkLength(list: readonly unknown[], path: Path): void;
}

// Dates are ISO `yyyy-MM-dd` strings, so comparing them as text compares them as dates.
function checkDates(scheme: Fields, { issue, checkSources }: Checks): void {
  const announced = scheme.announced ?? scheme.notified;
  if (scheme.announced !== undefined && scheme.announced > scheme.notified) {
    issue(['announced'], `cannot come after the notification (${scheme.notified})`);
  }
  const versionIds = new Set<string>([scheme.id]);
  scheme.versions?.forEach((v, i) => {
    const at = ['versions', i];
    checkSources(v.sources, at);
    if (versionIds.has(v.id)) issue([...at, 'id'], `duplicate id "${v.id}"`);
    versionIds.add(v.id);
    if (v.notified !== null && v.notified < v.announced) {
      issue([...at, 'notified'], `cannot come before the announcement (${v.announced})`);
    }
    const prev = scheme.versions?.[i - 1];
    if (v.announced < (prev?.announced ?? announced)) {
      issue(
        [...at, 'announced'],
        'versions are listed in order of announcement, after the scheme itself',
      );
    }
    for (const key of ['id', 'versions', 'notified', 'announced']) {
      if (Object.hasOwn(v.changes, key)) {
        issue([...at, 'changes', key], `a version cannot change the scheme's ${key}`);
      }
    }
  });
  const next = scheme.successor;
  if (next === undefined) return;
  checkSources(next.sources, ['successor']);
  if (next.scheme === scheme.id) {
    issue(['successor', 'scheme'], 'a scheme cannot be its own successor');
  }
  if (next.notified < next.announced) {
    issue(['successor', 'notified'], `cannot come before the announcement (${next.announced})`);
  }
  if (next.announced < announced) {
    issue(
      ['successor', 'announced'],
      `a successor comes after the scheme it replaces (announced ${announced})`,
    );
  }
}

function checkTenure(scheme: Fields, { issue }: Checks): void {
  const base = fiscalYearStart(scheme.baseYear);
  const { firstYear, firstYearChoices: choices } = scheme.tenure;
  if (fiscalYearStart(firstYear) <= base) {
    issue(['tenure', 'firstYear'], `must come after the base year ${scheme.baseYear}`);
  }
  if (choices !== undefined && !choices.includes(firstYear)) {
    issue(['tenure', 'firstYearChoices'], `must include the default first year ${firstYear}`);
  }
  choices?.forEach((choice, i) => {
    if (fiscalYearStart(choice) <= base) {
      issue(['tenure', 'firstYearChoices', i], `must come after the base year ${scheme.baseYear}`);
    }
  });
}

function checkRates(rates: PliRates, path: Path, { issue, checkSources, checkLength }: Checks) {
  checkSources(rates.sources, path);
  if (rates.kind === 'by-year') {
    checkLength(rates.rates, [...path, 'rates']);
    return;
  }
  rates.slabs.forEach((slab, i) => {
    const at = [...path, 'slabs', i, 'upTo'];
    const last = i === rates.slabs.length - 1;
    const prev = rates.slabs[i - 1]?.upTo;
    if (slab.upTo === null && !last) {
      issue(at, 'only the last slab may be open-ended (upTo: null)');
    } else if (slab.upTo !== null && last) {
      issue(at, 'the last slab must be open-ended (upTo: null)');
    } else if (slab.upTo !== null && prev != null && !slab.upTo.greaterThan(prev)) {
      issue(at, `slab bounds must increase (${slab.upTo.toFixed()} after ${prev.toFixed()})`);
    }
  });
}

function checkCategory(
  category: PliCategory,
  at: Path,
  schemeHasRates: boolean,
  checks: Checks,
): void {
  const { issue, checkSources, checkLength } = checks;
  if (category.rates !== undefined) checkRates(category.rates, [...at, 'rates'], checks);
  else if (!schemeHasRates) {
    issue([...at, 'rates'], 'is required when the scheme has no default rates');
  }
  const { investment, sales } = category.thresholds;
  if (investment !== undefined) {
    const path = [...at, 'thresholds', 'investment'];
    checkLength(investment.cumulative, [...path, 'cumulative']);
    checkSources(investment.sources, path);
    investment.cumulative.forEach((value, i) => {
      const prev = investment.cumulative[i - 1];
      if (value !== null && prev != null && value.lessThan(prev)) {
        issue(
          [...path, 'cumulative', i],
          `a cumulative threshold cannot fall (${value.toFixed()} after ${prev.toFixed()})`,
        );
      }
    });
  }
  if (sales !== undefined) {
    checkLength(sales.incremental, [...at, 'thresholds', 'sales', 'incremental']);
    checkSources(sales.sources, [...at, 'thresholds', 'sales']);
  }
  checkSources(category.eligibility?.sources, [...at, 'eligibility']);
  checkSources(category.invoiceFloor?.sources, [...at, 'invoiceFloor']);
  const products = new Set<string | undefined>();
  category.invoiceFloor?.floors.forEach((floor, i) => {
    if (products.has(floor.product)) {
      issue(
        [...at, 'invoiceFloor', 'floors', i, 'product'],
        `duplicate floor for ${floor.product ?? 'every product'}`,
      );
    }
    products.add(floor.product);
  });
  category.caps?.forEach((cap, i) => {
    checkSources(cap.sources, [...at, 'caps', i]);
    if (cap.kind === 'eligible-sales-per-year') {
      checkLength(cap.amounts, [...at, 'caps', i, 'amounts']);
    }
  });
  const bonusIds = new Set<string>();
  category.bonuses?.forEach((bonus, i) => {
    checkSources(bonus.sources, [...at, 'bonuses', i]);
    if (bonusIds.has(bonus.id)) {
      issue([...at, 'bonuses', i, 'id'], `duplicate bonus id "${bonus.id}"`);
    }
    bonusIds.add(bonus.id);
  });
}
