/**
 * crorecast's Node-only entry (`crorecast/node`): code that needs Node's built-in modules, kept
 * out of the root entry so that `crorecast` and its layer entries bundle for the browser.
 *
 * @module node
 */
export { type SimulateParallelOptions, simulateParallel } from './simulateParallel.js';
export {
  type SimulateScenarioParallelOptions,
  simulateScenarioParallel,
} from './simulateScenarioParallel.js';
