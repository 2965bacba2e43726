import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/projection/_lib/prng.js';
import { summarise } from '../../src/projection/_lib/stats.js';
import { createSampler, distributionSchema } from '../../src/projection/distribution.js';

function draws(spec: unknown, n = 20_000, seed = 7): Float64Array {
  const draw = createSampler(distributionSchema.parse(spec), createRandom(seed));
  return Float64Array.from({ length: n }, () => draw());
}

describe('createSampler', () => {
  it('uniform: within bounds, mean (a+b)/2', () => {
    const s = summarise(draws({ kind: 'uniform', low: 2, high: 4 }));
    expect(s.min).toBeGreaterThanOrEqual(2);
    expect(s.max).toBeLessThan(4);
    expect(s.mean).toBeCloseTo(3, 1);
  });

  it('triangular: mean (a+m+b)/3, median from the inverse CDF', () => {
    const s = summarise(draws({ kind: 'triangular', low: 0, mode: 0, high: 3 }));
    expect(s.mean).toBeCloseTo(1, 1);
    // Median of triangular(0, 0, 3): 3(1 − √½) = 0.8787
    expect(s.p50).toBeCloseTo(0.8787, 1);
    expect(s.min).toBeGreaterThanOrEqual(0);
  });

  it('normal: mean and sd; P5/P95 at ±1.645 sd', () => {
    const s = summarise(draws({ kind: 'normal', mean: '10', sd: '2' }));
    expect(s.mean).toBeCloseTo(10, 1);
    expect(s.sd).toBeCloseTo(2, 1);
    expect(s.p95 - s.p5).toBeCloseTo(2 * 1.645 * 2, 0);
  });

  it('lognormal: the given mean and sd are those of the value, never negative', () => {
    const s = summarise(draws({ kind: 'lognormal', mean: 100, sd: 20 }, 50_000));
    expect(s.mean / 100).toBeCloseTo(1, 1);
    expect(s.sd / 20).toBeCloseTo(1, 1);
    expect(s.min).toBeGreaterThan(0);
  });

  it('pert: mean (a + 4m + b)/6 with lambda 4, within bounds', () => {
    const s = summarise(draws({ kind: 'pert', low: 0, mode: 2, high: 10 }));
    expect(s.mean).toBeCloseTo(3, 1);
    expect(s.min).toBeGreaterThanOrEqual(0);
    expect(s.max).toBeLessThanOrEqual(10);
  });
});

describe('distributionSchema', () => {
  it.each([
    [{ kind: 'uniform', low: 3, high: 2 }, 'high: must not be below low'],
    [{ kind: 'triangular', low: 0, mode: 5, high: 3 }, 'mode: must lie between low and high'],
    [{ kind: 'pert', low: 1, mode: 1, high: 1 }, 'high: must be above low'],
    [{ kind: 'normal', mean: 1, sd: -1 }, 'sd: must not be negative'],
    [{ kind: 'lognormal', mean: 0, sd: 1 }, 'mean: must be greater than zero'],
    [{ kind: 'beta', a: 1 }, 'kind'],
  ])('rejects %j', (spec, fragment) => {
    const r = distributionSchema.safeParse(spec);
    expect(r.success).toBe(false);
    const text = r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n') ?? '';
    expect(text).toContain(fragment);
  });
});
