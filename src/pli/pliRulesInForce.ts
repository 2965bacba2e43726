import { deepFreeze } from '../core/freeze.js';
import { parseInput } from '../core/validate.js';
import { mergeScheme } from './_lib/merge.js';
import { DerivedSchemes, isParsedScheme, parsedScheme } from './_lib/parsedScheme.js';
import { PliError } from './errors.js';
import { PliScheme } from './scheme.js';

/** Which date decides the rules: when a change was `announced`, or when it was `notified`. */
export type PliRulesBasis = 'announced' | 'notified';

/** Options for `pliRulesInForce`: a date and its basis, or a version named outright. */
export interface PliRulesInForceOptions {
  /** The date the rules are taken as of, `yyyy-MM-dd`. */
  readonly asOf?: string;
  /** `announced` (default) or `notified`. */
  readonly basis?: PliRulesBasis;
  /** A version id (or the scheme's own id for the rules as first notified); wins over `asOf`. */
  readonly version?: string;
}

/** One version of a scheme, as the evaluation reports it. */
export interface PliVersionSummary {
  readonly id: string;
  readonly name: string;
  readonly announced: string;
  readonly notified: string | null;
}

/** The rules an evaluation runs under, and why. */
export interface PliRules {
  /** The scheme with the versions in force merged in (its own `versions` removed). */
  readonly scheme: PliScheme;
  /** How the rules were chosen. */
  readonly basis: PliRulesBasis | 'version' | 'latest';
  readonly asOf: string | null;
  /** The versions merged in, in order (the original scheme is not listed). */
  readonly applied: readonly PliVersionSummary[];
  /** Versions applied that were announced but not yet notified on `asOf` (basis `announced`). */
  readonly notYetNotified: readonly PliVersionSummary[];
  /** Versions left out: announced (or notified) after `asOf`, or after the version named. */
  readonly later: readonly PliVersionSummary[];
  /**
   * The scheme that replaced this one for new applicants, when it was announced (or notified, by
   * the basis) on or before `asOf` — or always under the latest rules: the enrolment keeps this
   * scheme's rules; the successor needs an enrolment of its own. Null otherwise.
   */
  readonly successor: {
    readonly scheme: string;
    readonly announced: string;
    readonly notified: string;
    readonly reason: string;
  } | null;
  /** One sentence a report can print. */
  readonly description: string;
}

const summary = (v: PliVersionSummary): PliVersionSummary => ({
  id: v.id,
  name: v.name,
  announced: v.announced,
  notified: v.notified,
});

function dated(v: PliVersionSummary): string {
  return `${v.name} (announced ${v.announced}, ${v.notified === null ? 'notification date not known' : `notified ${v.notified}`})`;
}

/**
 * The rules of a scheme in force on a date: the scheme as first notified, with each later
 * version (`scheme.versions`) merged in when it was announced — or notified, as the caller
 * chooses — on or before that date; or up to a version named outright. A `successor` scheme
 * (IT Hardware 2.0 after 1.0) is not merged: the enrolment keeps its scheme's rules and the result
 * says that the successor needs an enrolment of its own. Without options, every
 * version applies (the latest rules). The result says which versions apply, which of them were
 * not yet notified on the date, and which were left out.
 *
 * @param scheme - a parsed scheme (a preset from `getPliScheme`, or your own)
 * @param options - `{ asOf, basis }` or `{ version }`
 * @returns the scheme in force and the reasons
 * @throws {PliError} `PLI_UNKNOWN_VERSION` for a version the scheme does not have;
 *   `PLI_NOT_IN_FORCE` when the scheme itself was not yet announced (or notified) on `asOf`
 * @throws {ValidationError} when a version's changes make an invalid scheme
 *
 * @example
 * ```ts
 * const lsem = getPliScheme('lsem-2020');
 * pliRulesInForce(lsem, { asOf: '2021-08-24', basis: 'notified' }).scheme.tenure.firstYear //=> 'FY2020-21'
 * pliRulesInForce(lsem, { asOf: '2021-08-24', basis: 'announced' }).scheme.tenure.firstYearChoices
 * //=> ['FY2020-21', 'FY2021-22']
 * pliRulesInForce(lsem, { asOf: '2021-08-24', basis: 'announced' }).notYetNotified.map((v) => v.id)
 * //=> ['lsem-2020-extension-2021']
 *
 * const itHw = pliRulesInForce(getPliScheme('it-hardware-2021'), { asOf: '2024-01-01' });
 * [itHw.scheme.baseYear, itHw.successor?.scheme] //=> ['FY2019-20', 'it-hardware-2023']
 * ```
 */
export function pliRulesInForce(scheme: PliScheme, options: PliRulesInForceOptions = {}): PliRules {
  // A public entry: the scheme is checked like any input (issue 11); the library's own callers
  // hold parsed schemes and call rulesInForce directly.
  return rulesInForce(parseInput(PliScheme, scheme, 'PLI scheme'), options);
}

/** `pliRulesInForce` for a scheme already parsed (no re-validation inside the library). */
export function rulesInForce(scheme: PliScheme, options: PliRulesInForceOptions = {}): PliRules {
  const versions = scheme.versions ?? [];
  const first = scheme.announced ?? scheme.notified;
  let count = versions.length;
  let basis: PliRules['basis'] = 'latest';
  const asOf = options.version === undefined ? (options.asOf ?? null) : null;
  if (options.version !== undefined) {
    basis = 'version';
    const index =
      options.version === scheme.id ? 0 : versions.findIndex((v) => v.id === options.version) + 1;
    if (index === 0 && options.version !== scheme.id) {
      throw new PliError(
        'PLI_UNKNOWN_VERSION',
        `version ${JSON.stringify(options.version)} is not one of ${scheme.id}'s: ${[scheme.id, ...versions.map((v) => v.id)].join(', ')}`,
      );
    }
    count = index;
  } else if (asOf !== null) {
    basis = options.basis ?? 'announced';
    const start = basis === 'announced' ? first : scheme.notified;
    if (asOf < start) {
      throw new PliError(
        'PLI_NOT_IN_FORCE',
        `${scheme.id} was not yet ${basis} on ${asOf} (${basis} ${start})`,
      );
    }
    // Versions apply in order: one announced later cannot be in force before an earlier one, so
    // the rules in force are the versions before the first not yet announced (or notified).
    const firstOut = versions.findIndex((v) =>
      basis === 'announced' ? v.announced > asOf : v.notified === null || v.notified > asOf,
    );
    count = firstOut === -1 ? versions.length : firstOut;
  }
  const applied = versions.slice(0, count);
  const parsed = schemeUnder(scheme, applied, count);
  const notYetNotified =
    asOf === null
      ? []
      : applied.filter((v) => v.notified === null || v.notified > asOf).map(summary);
  const later = versions.slice(count).map(summary);
  const rules =
    applied.length === 0
      ? `${scheme.id} as notified on ${scheme.notified}`
      : `${scheme.id} with ${applied.map(dated).join('; ')}`;
  const how =
    basis === 'latest'
      ? 'the latest rules'
      : basis === 'version'
        ? `version ${options.version} as named`
        : `the rules ${basis} by ${asOf}`;
  const pending =
    notYetNotified.length === 0
      ? ''
      : `; ${notYetNotified.map((v) => v.name).join(', ')} ${notYetNotified.length === 1 ? 'was' : 'were'} announced but not yet notified on ${asOf}`;
  const left = later.length === 0 ? '' : `; left out: ${later.map(dated).join('; ')}`;
  const next = scheme.successor;
  const successor =
    next === undefined ||
    // Rules as of a date (basis 'announced' or 'notified') name a successor only once it exists.
    (asOf !== null && (basis === 'announced' ? next.announced : next.notified) > asOf)
      ? null
      : {
          scheme: next.scheme,
          announced: next.announced,
          notified: next.notified,
          reason: next.reason,
        };
  const replaced =
    successor === null
      ? ''
      : `; ${successor.scheme} (notified ${successor.notified}) replaced it for new applicants, but it is a new scheme, not a version: this enrolment keeps ${scheme.id}'s rules, and ${successor.scheme} needs an enrolment of its own`;
  return deepFreeze({
    scheme: parsed,
    basis,
    asOf,
    applied: applied.map(summary),
    notYetNotified,
    later,
    successor,
    description: `Evaluated under ${how}: ${rules}${pending}${left}${replaced}.`,
  });
}

// A frozen parsed scheme's rules under its first `count` versions are fixed: validated once.
const UNDER = new DerivedSchemes();

function schemeUnder(
  scheme: PliScheme,
  applied: NonNullable<PliScheme['versions']>,
  count: number,
): PliScheme {
  const cached = isParsedScheme(scheme);
  const known = cached ? UNDER.get(scheme, String(count)) : undefined;
  if (known !== undefined) return known;
  let merged: unknown = { ...scheme, versions: undefined };
  for (const v of applied) merged = mergeScheme(merged, v.changes);
  const { versions: _dropped, ...rest } = merged as Record<string, unknown>;
  const parsed = parsedScheme(
    parseInput(
      PliScheme,
      rest,
      `PLI scheme "${scheme.id}" under ${applied.length === 0 ? 'its original rules' : `version ${applied[applied.length - 1]?.id}`}`,
    ),
  );
  if (cached) UNDER.set(scheme, String(count), parsed);
  return parsed;
}
