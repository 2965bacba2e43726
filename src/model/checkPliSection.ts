import { CrorecastError } from '../core/errors.js';
import { findDoubleClaims } from '../pli/findDoubleClaims.js';
import { schemeWindow } from '../pli/pliSchemeYears.js';
import type { PliScheme } from '../pli/scheme.js';
import { enrolmentRules, enrolmentScheme, segmentIdsOf } from './pliEnrolmentRules.js';
import type { PliReferences, PliSection } from './scenarioPli.js';

/** Cross-checks the PLI section against the rest of the scenario; returns path-named issues. */
export function checkPliSection(
  pli: PliSection,
  refs: PliReferences,
): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const issue = (path: PropertyKey[], message: string) => issues.push({ path, message });
  const enrolmentIds = new Set<string>();
  pli.enrolments.forEach((e, i) => {
    const at = ['pli', 'enrolments', i];
    if (enrolmentIds.has(e.id)) issue([...at, 'id'], `duplicate enrolment id "${e.id}"`);
    enrolmentIds.add(e.id);
    let scheme: PliScheme | undefined;
    try {
      scheme = enrolmentScheme(e);
    } catch (error) {
      if (!(error instanceof CrorecastError)) throw error;
      issue([...at, 'overrides'], error.message.replace(/^\[crorecast\] /, ''));
    }
    // The rules the enrolment is evaluated by: its version, or those in force on its date.
    let rules: PliScheme | undefined;
    if (scheme !== undefined) {
      try {
        rules = enrolmentRules(e, pli).scheme;
      } catch (error) {
        if (!(error instanceof CrorecastError)) throw error;
        issue(
          e.enrolment.version === undefined && e.enrolment.rulesAsOf === undefined
            ? ['pli', 'rulesAsOf']
            : [...at, e.enrolment.version !== undefined ? 'version' : 'rulesAsOf'],
          error.message.replace(/^\[crorecast\] /, ''),
        );
      }
    }
    if (rules !== undefined) {
      // What the run would refuse: a first year these rules do not allow, or a window of
      // scheme years that misses the plan's horizon entirely; and years assumed missed that
      // are not scheme years.
      try {
        const window = schemeWindow(rules, e.enrolment.firstYear);
        const years = refs.years;
        if (years !== undefined && !window.some((y) => years.includes(y))) {
          issue(
            [...at, e.enrolment.firstYear === undefined ? 'scheme' : 'firstYear'],
            `the scheme years ${window[0]}..${window.at(-1)} do not overlap the horizon ${years[0]}..${years.at(-1)}`,
          );
        }
        const missed = e.assumeMissed?.years;
        if (Array.isArray(missed)) {
          missed.forEach((year, j) => {
            if (!window.includes(year)) {
              issue(
                [...at, 'assumeMissed', 'years', j],
                `${year} is not a scheme year of this enrolment (${window.join(', ')})`,
              );
            }
          });
        }
      } catch (error) {
        if (!(error instanceof CrorecastError)) throw error;
        issue(
          [...at, 'firstYear'],
          `${error.message.replace(/^\[crorecast\] /, '')} under these rules`,
        );
      }
    }
    const categories = scheme === undefined ? [] : Object.keys(scheme.categories);
    if (scheme !== undefined && !categories.includes(e.enrolment.category)) {
      issue(
        [...at, 'category'],
        `unknown category "${e.enrolment.category}" of ${scheme.id} (categories: ${categories.join(', ')})`,
      );
    }
    e.segments.forEach((entry, j) => {
      const s = typeof entry === 'string' ? entry : entry.segment;
      if (!refs.segmentIds.has(s)) {
        issue(
          [...at, 'segments', j],
          `unknown segment "${s}" (segments: ${[...refs.segmentIds].join(', ')})`,
        );
      }
    });
    e.investments.forEach((s, j) => {
      if (!refs.investmentIds.has(s)) {
        issue(
          [...at, 'investments', j],
          `unknown investment "${s}" (investments: ${[...refs.investmentIds].join(', ')})`,
        );
      }
    });
  });
  // The same goods, or the same investment, in two enrolments: a typed double claim at the
  // second enrolment's field, naming both.
  for (const d of findDoubleClaims(
    pli.enrolments.map((e) => ({ id: e.id, goods: segmentIdsOf(e), investments: e.investments })),
  )) {
    issue(
      [
        'pli',
        'enrolments',
        d.second.index,
        d.kind === 'goods' ? 'segments' : 'investments',
        d.second.position,
      ],
      `${d.code}: ${d.message}`,
    );
  }
  const sharing = pli.sharing;
  if (sharing !== undefined && !sharing.agreement.parties.some((p) => p.id === sharing.company)) {
    issue(
      ['pli', 'sharing', 'company'],
      `"${sharing.company}" is not a party of the agreement (parties: ${sharing.agreement.parties.map((p) => p.id).join(', ')})`,
    );
  }
  if (sharing?.appliesTo !== undefined && sharing.scope?.enrolments !== undefined) {
    issue(['pli', 'sharing', 'appliesTo'], 'give either appliesTo or scope.enrolments, not both');
  }
  const scoped = [
    ...(sharing?.appliesTo ?? []).map((id, j) => ({ id, path: ['appliesTo', j] })),
    ...(sharing?.scope?.enrolments ?? []).map((id, j) => ({
      id,
      path: ['scope', 'enrolments', j],
    })),
  ];
  for (const { id, path } of scoped) {
    if (!enrolmentIds.has(id)) {
      issue(
        ['pli', 'sharing', ...path],
        `unknown enrolment "${id}" (enrolments: ${[...enrolmentIds].join(', ')})`,
      );
    }
  }
  const inScope = new Set(scoped.length === 0 ? enrolmentIds : scoped.map((s) => s.id));
  const scopeSegments = new Set(
    pli.enrolments.filter((e) => inScope.has(e.id)).flatMap((e) => segmentIdsOf(e)),
  );
  sharing?.scope?.segments?.forEach((id, j) => {
    if (!scopeSegments.has(id)) {
      issue(
        ['pli', 'sharing', 'scope', 'segments', j],
        `segment "${id}" is not claimed by an enrolment the agreement covers (${[...scopeSegments].join(', ')})`,
      );
    }
  });
  return issues;
}
