import { ValidationError } from '../core/errors.js';
import { formatPath } from '../core/validate.js';
import { checkScenario } from './checkScenario.js';
import type { Scenario } from './scenario.js';

/**
 * Validates a scenario (parsed JSON from a file or an object built in code) and returns it typed.
 * Every problem is reported at once, each with its field path.
 *
 * @param input - the untrusted scenario
 * @returns the validated {@link Scenario}
 * @throws {ValidationError} listing the problems (`segments[2].price.perUnit: …`), the first
 *   hundred of them with a count of the rest
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const seedFile = new URL(import.meta.resolve('crorecast/seeds/optiemus-wistron-2021.json'));
 * parseScenario(JSON.parse(readFileSync(seedFile, 'utf8'))).meta.id
 * //=> 'optiemus-wistron-2021'
 * parseScenario({}) // throws ValidationError: invalid scenario:
 * //   - horizon: …
 * ```
 */
export function parseScenario(input: unknown): Scenario {
  const { scenario, issues } = checkScenario(input);
  if (scenario !== undefined) return scenario;
  throw new ValidationError(
    'scenario',
    issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
  );
}
