import { ScenarioModelError } from '../../../src/model/analysis/errors.js';

/** `code path` of the ScenarioModelError a call throws, or undefined when it throws none. */
export function failure(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ScenarioModelError) return `${error.code} ${error.path}`;
    throw error;
  }
  return undefined;
}
