import type { Scenario } from './scenario.js';

/** Something valid in a scenario that its author should change: a deprecated spelling. */
export interface ScenarioWarning {
  /** The field path as written in the file (`pli.sharing.appliesTo`). */
  readonly path: string;
  readonly message: string;
}

/**
 * What a valid scenario still should change: each use of a deprecated spelling, with the field
 * path and what to write instead. Today one: `pli.sharing.appliesTo`, the first spelling of
 * `pli.sharing.scope.enrolments` (same meaning; kept so older files still run, removed at the
 * next major version). `crorecast validate` and `run` print these on stderr; the exit code stays 0.
 *
 * @param scenario - a scenario validated by `parseScenario` (its variants included)
 * @returns the warnings, none for a current file
 *
 * @example
 * ```ts
 * import seedJson from 'crorecast/seeds/optiemus-wistron-2021.json' with { type: 'json' };
 * scenarioWarnings(parseScenario(seedJson)) //=> []
 * ```
 */
export function scenarioWarnings(scenario: Scenario): readonly ScenarioWarning[] {
  const own = (s: Scenario, at: string): ScenarioWarning[] =>
    s.pli?.sharing?.appliesTo === undefined
      ? []
      : [
          {
            path: `${at}pli.sharing.appliesTo`,
            message:
              'deprecated: write `scope: { "enrolments": [...] }` instead (same meaning); `appliesTo` will be removed in the next major version',
          },
        ];
  const base = own(scenario, '');
  const basePaths = new Set(base.map((w) => w.path));
  // A variant inherits the base's spelling; warn only where the variant itself brings it in.
  const fromVariants = scenario.variants.flatMap((v, i) =>
    own(v.scenario, '').some((w) => basePaths.has(w.path))
      ? []
      : own(v.scenario, `variants[${i}].overrides.`),
  );
  return [...base, ...fromVariants];
}
