// fast-check as the property tests see it during `npm run mutation` (aliased in
// vitest.mutation.config.ts): each property runs at most MAX_RUNS cases per mutant. A mutant
// that survives 25 cases of every property covering it still has to survive the example tests;
// the full counts run in `npm test`. Without the cap the properties were most of each run's time.
import fc from '../../node_modules/fast-check/lib/fast-check.js';

const MAX_RUNS = 25;

function assert(property, params = {}) {
  return fc.assert(property, { ...params, numRuns: Math.min(params.numRuns ?? 100, MAX_RUNS) });
}

export default { ...fc, assert };
