import { parseInput } from '../core/validate.js';
import { Scenario } from './scenario.js';

/**
 * Validates a scenario (parsed JSON from a file or an object built in code) and returns it typed.
 * Every problem is reported at once, each with its field path.
 *
 * @param input - the untrusted scenario
 * @returns the validated {@link Scenario}
 * @throws {ValidationError} listing every problem (`segments[2].price.perUnit: …`)
 *
 * @example
 * ```ts
 * parseScenario(JSON.parse(readFileSync('seeds/optiemus-wistron-2021.json', 'utf8'))).meta.id
 * //=> 'optiemus-wistron-2021'
 * parseScenario({}) // throws ValidationError: invalid scenario:
 * //   - horizon: …
 * ```
 */
export function parseScenario(input: unknown): Scenario {
  return parseInput(Scenario, input, 'scenario');
}
