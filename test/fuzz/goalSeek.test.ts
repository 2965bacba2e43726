import fc from 'fast-check';
import { describe, it } from 'vitest';
import { goalSeek } from '../../src/projection/goalSeek.js';
import { fuzzCall, hostileNumber, hostileValue } from './harness.js';

// goalSeek with hostile targets, brackets, tolerances and iteration caps, and functions that are
// continuous, steep, stepped (no root), NaN or singular: a root, or a typed error, in budget.
describe('projection fuzz', { timeout: 300_000 }, () => {
  it('goalSeek with random options and functions', () => {
    const fns = [
      (x: number) => 2 * x + 1,
      (x: number) => (x < 0.3 ? -5 : 5),
      (x: number) => x * x * x,
      () => Number.NaN,
      (x: number) => 1 / x,
    ];
    const option = fc.oneof(fc.double(), fc.integer({ min: -5, max: 20_000 }), hostileValue);
    fc.assert(
      fc.property(
        fc.nat({ max: fns.length - 1 }),
        hostileNumber,
        fc.record({ low: option, high: option }, { requiredKeys: [] }),
        fc.record({ tolerance: option, maxIterations: option }, { requiredKeys: [] }),
        (k, target, bracket, tuning) => {
          fuzzCall('projection: goalSeek', () =>
            goalSeek(
              fns[k] as (x: number) => number,
              target as never,
              { low: -1, high: 1, ...bracket, ...tuning } as never,
            ),
          );
          fuzzCall('projection: goalSeek', () =>
            goalSeek(fns[k] as (x: number) => number, 0, { low: -1, high: 2 }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
