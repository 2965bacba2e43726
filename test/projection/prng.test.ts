import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/projection/_lib/prng.js';

describe('createRandom', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('is pinned: seed 1 starts with these values on every machine', () => {
    // Golden values: sfc32 seeded by splitmix32 uses only 32-bit integer operations, so any
    // change here means the generator changed and every published simulation would shift.
    const r = createRandom(1);
    const first = Array.from({ length: 3 }, () => r.next());
    expect(first).toMatchInlineSnapshot(`
      [
        0.2632282197728907,
        0.7019734399297498,
        0.6365781926529196,
      ]
    `);
  });

  it('stays in [0, 1) with a mean near 1/2', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const r = createRandom(seed);
        let sum = 0;
        let inRange = true;
        for (let i = 0; i < 2000; i++) {
          const x = r.next();
          inRange &&= x >= 0 && x < 1;
          sum += x;
        }
        return inRange && Math.abs(sum / 2000 - 0.5) < 0.05;
      }),
      { numRuns: 30 },
    );
  });
});
