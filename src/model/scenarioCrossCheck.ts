import type { ProjectionInput } from '../projection/inputSchema.js';
import { pathExists } from './_lib/fieldPath.js';
import {
  fiscalYearEnd,
  fiscalYearFirstDay,
  fiscalYearRange,
  fiscalYearStart,
  HORIZON_YEARS,
  horizonYears,
} from './_lib/fiscalYears.js';
import { checkPliSection } from './checkPliSection.js';
import { checkCustomsDuty } from './customsDuty.js';
import { checkInvoiceBands } from './invoiceBands.js';
import { checkOpening } from './scenarioOpening.js';
import { checkOwnership } from './scenarioOwnership.js';
import type { RestOutput } from './scenarioRest.js';
import { checkStateIncentives } from './scenarioStateIncentives.js';
import { checkUncertainty } from './scenarioUncertainty.js';

type Issue = { path: PropertyKey[]; message: string };

/** Appends one by one: a huge file can hold more issues than a spread has arguments. */
export function append(to: Issue[], more: readonly Issue[]): void {
  for (const issue of more) to.push(issue);
}

/**
 * The cross-checks of a whole scenario, after its parts parsed on their own: the horizon, the
 * opening position, PLI enrolments against segments and investments, targets inside the horizon,
 * the provenance registry (facts cite known sources, every `appliesTo` path exists).
 */
export function crossCheck(
  projection: ProjectionInput | undefined,
  rest: RestOutput,
  raw: Record<string, unknown>,
): Issue[] {
  const issues: Issue[] = [];
  const issue = (path: PropertyKey[], message: string) => issues.push({ path, message });
  const horizon = projection?.horizon;
  const first = horizon === undefined ? undefined : fiscalYearStart(horizon.start);
  if (horizon !== undefined && first === undefined) {
    issue(
      ['horizon', 'start'],
      `must be a fiscal year such as "FY2021-22", got "${horizon.start}"`,
    );
  }
  const count = horizon === undefined ? undefined : horizonYears(horizon);
  const countOk = count !== undefined && count >= HORIZON_YEARS.min && count <= HORIZON_YEARS.max;
  if (horizon !== undefined && !countOk) {
    issue(
      ['horizon', horizon.years === undefined && horizon.months !== undefined ? 'months' : 'years'],
      `a plan runs ${HORIZON_YEARS.min} to ${HORIZON_YEARS.max} whole fiscal years: give years from ${HORIZON_YEARS.min} to ${HORIZON_YEARS.max} (or months from ${HORIZON_YEARS.min * 12} to ${HORIZON_YEARS.max * 12} in steps of 12)`,
    );
  }
  const years =
    first === undefined || horizon === undefined || !countOk
      ? undefined
      : fiscalYearRange(horizon.start, count);
  const inHorizon = (label: string) => {
    const start = fiscalYearStart(label);
    return (
      first === undefined || (start !== undefined && start >= first && start < first + (count ?? 0))
    );
  };
  const ids = (list: readonly { id: string }[], at: readonly PropertyKey[], what: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) issue([...at, i, 'id'], `duplicate ${what} id "${x.id}"`);
      seen.add(x.id);
    });
    return seen;
  };
  // Segment ids from the parsed projection, or straight from the file when it did not parse.
  const segmentIds = new Set(
    projection?.segments.map((s) => s.id) ??
      (Array.isArray(raw.segments) ? raw.segments : []).flatMap((s: unknown) =>
        typeof s === 'object' && s !== null && typeof (s as { id?: unknown }).id === 'string'
          ? [(s as { id: string }).id]
          : [],
      ),
  );
  const investmentIds = ids(rest.investments, ['investments'], 'investment');
  rest.targets.forEach((t, i) => {
    if (!inHorizon(t.by)) issue(['targets', i, 'by'], `${t.by} is outside the horizon`);
    if (
      t.metric === 'headcount' &&
      projection !== undefined &&
      projection.headcount === undefined
    ) {
      issue(['targets', i, 'metric'], 'a headcount target needs headcount drivers');
    }
    const known = (key: 'segment' | 'plant' | 'enrolment', list: readonly string[]) => {
      const id = (t as Partial<Record<typeof key, string>>)[key];
      if (id !== undefined && !list.includes(id)) {
        issue(
          ['targets', i, key],
          `unknown ${key} "${id}" (${key}s: ${list.join(', ') || 'none'})`,
        );
      }
    };
    known('segment', [...segmentIds]);
    known('plant', projection?.plants.map((p) => p.id) ?? []);
    known('enrolment', rest.pli?.enrolments.map((e) => e.id) ?? []);
  });
  const terminal = rest.finance.terminalValue;
  if (
    terminal.method === 'perpetuity-growth' &&
    terminal.growth.greaterThanOrEqualTo(rest.finance.discountRate)
  ) {
    issue(
      ['finance', 'terminalValue', 'growth'],
      `must be below the discount rate ${rest.finance.discountRate.toFixed()} for a finite perpetuity`,
    );
  }
  if (rest.opening !== undefined) {
    append(
      issues,
      checkOpening(rest.opening, {
        ...(years === undefined ? {} : { firstYear: years[0] }),
        investmentIds,
        headcount: {
          drivers: projection?.headcount !== undefined || raw.headcount !== undefined,
          opening: projection?.headcount?.opening !== undefined,
        },
        enrolments: (rest.pli?.enrolments ?? []).map((e) => ({
          baseYear: e.enrolment.scheme.baseYear,
          ...(e.enrolment.baseYearSales === undefined ? {} : { sales: e.enrolment.baseYearSales }),
        })),
      }),
    );
  }
  // Investment before the horizon counts towards an enrolment's thresholds like the plan's own.
  const countedIds = new Set([
    ...investmentIds,
    ...(rest.opening?.investments ?? []).map((i) => i.id),
  ]);
  const months =
    years === undefined || first === undefined
      ? undefined
      : { first: `${first}-04`, last: `${first + years.length}-03` };
  projection?.segments.forEach((s, i) => {
    const end = s.end?.slice(0, 7);
    const steps = Array.isArray(s.exports?.share) ? s.exports.share : [];
    steps.forEach((step, k) => {
      const from = step.from?.slice(0, 7);
      if (
        from !== undefined &&
        months !== undefined &&
        (from < months.first || from > months.last)
      ) {
        issue(
          ['segments', i, 'exports', 'share', k, 'from'],
          `${step.from} is outside the horizon (${months.first} to ${months.last})`,
        );
      }
    });
    if (end !== undefined && months !== undefined && (end < months.first || end > months.last)) {
      issue(
        ['segments', i, 'end'],
        `${s.end} is outside the horizon (${months.first} to ${months.last})`,
      );
    }
  });
  if (projection !== undefined) {
    append(issues, checkCustomsDuty(rest.customsDuty, projection.segments, years));
  }
  append(
    issues,
    checkInvoiceBands(rest.invoiceBands, {
      segmentIds,
      ...(months === undefined ? {} : { months }),
      ...(rest.pli === undefined ? {} : { pli: rest.pli }),
    }),
  );
  if (rest.pli !== undefined) {
    append(
      issues,
      checkPliSection(rest.pli, {
        segmentIds,
        investmentIds: countedIds,
        ...(years === undefined ? {} : { years }),
      }),
    );
  }
  // The provenance registry: facts cite known sources; every appliesTo path exists in the file.
  const meta = rest.meta;
  const sourceIds = ids(meta.sources, ['meta', 'sources'], 'source');
  const enrolmentIds = new Set(rest.pli?.enrolments.map((e) => e.id) ?? []);
  const actualYears = new Set<string>();
  rest.actuals.forEach((a, i) => {
    const at = ['actuals', i];
    if (!inHorizon(a.year)) issue([...at, 'year'], `${a.year} is outside the horizon`);
    if (actualYears.has(a.year)) issue([...at, 'year'], `${a.year} is given twice`);
    actualYears.add(a.year);
    a.sources.forEach((s, j) => {
      if (!sourceIds.has(s)) {
        issue(
          [...at, 'sources', j],
          `unknown source "${s}" (sources: ${[...sourceIds].join(', ')})`,
        );
      }
    });
    a.pli.forEach((p, j) => {
      if (!enrolmentIds.has(p.enrolment)) {
        issue(
          [...at, 'pli', j, 'enrolment'],
          `unknown enrolment "${p.enrolment}" (enrolments: ${[...enrolmentIds].join(', ') || 'none'})`,
        );
      }
      if (p.thresholdsMet === false && p.earned !== undefined && !p.earned.amount.isZero()) {
        issue([...at, 'pli', j, 'earned'], 'a year whose thresholds were not met earns nothing');
      }
    });
  });
  append(
    issues,
    checkStateIncentives(rest.stateIncentives, {
      sourceIds,
      ...(years === undefined ? {} : { years }),
    }),
  );
  if (rest.uncertainty !== undefined) {
    append(issues, checkUncertainty(rest.uncertainty, raw, sourceIds));
  }
  if (rest.ownership !== undefined) {
    const last = years?.[years.length - 1];
    append(
      issues,
      checkOwnership(rest.ownership, {
        sourceIds,
        ...(years === undefined || years[0] === undefined || last === undefined
          ? {}
          : { horizon: { start: fiscalYearFirstDay(years[0]), end: fiscalYearEnd(last) } }),
      }),
    );
  }
  const registryIds = new Set<string>();
  const register = (id: string, path: PropertyKey[]) => {
    if (registryIds.has(id)) issue(path, `duplicate fact or assumption id "${id}"`);
    registryIds.add(id);
  };
  meta.facts.forEach((f, i) => {
    register(f.id, ['meta', 'facts', i, 'id']);
    if (!sourceIds.has(f.source)) {
      issue(
        ['meta', 'facts', i, 'source'],
        `unknown source "${f.source}" (sources: ${[...sourceIds].join(', ') || 'none'})`,
      );
    }
    f.appliesTo.forEach((p, j) => {
      if (!pathExists(raw, p))
        issue(['meta', 'facts', i, 'appliesTo', j], `no field "${p}" in the scenario`);
    });
  });
  meta.assumptions.forEach((a, i) => {
    register(a.id, ['meta', 'assumptions', i, 'id']);
    a.appliesTo.forEach((p, j) => {
      if (!pathExists(raw, p)) {
        issue(['meta', 'assumptions', i, 'appliesTo', j], `no field "${p}" in the scenario`);
      }
    });
  });
  return issues;
}
