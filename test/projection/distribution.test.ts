import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/projection/_lib/prng.js';
import { summarise } from '../../src/projection/_lib/stats.js';
import { createSampler, distributionSchema } from '../../src/projection/distribution.js';
import { ProjectionError } from '../../src/projection/errors.js';

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

describe('createSampler: bounded in time', () => {
  it('pert at the largest lambda and most skewed mode still draws (gamma shape 1001)', () => {
    const s = summarise(draws({ kind: 'pert', low: 0, mode: 10, high: 10, lambda: 1000 }, 2000));
    // Beta(1001, 1) scaled to [0, 10]: mean 10 × 1001/1002.
    expect(s.mean).toBeCloseTo((10 * 1001) / 1002, 2);
    expect(s.max).toBeLessThanOrEqual(10);
  });

  it('pert over the widest accepted range stays finite and within it', () => {
    const s = summarise(draws({ kind: 'pert', low: '-1e15', mode: 0, high: '1e15' }, 2000));
    expect(s.min).toBeGreaterThanOrEqual(-1e15);
    expect(s.max).toBeLessThanOrEqual(1e15);
    expect(Math.abs(s.mean)).toBeLessThan(1e14);
  });

  it('a hand-built PERT the schema would refuse fails typed instead of looping', () => {
    // λ·(m − a) overflows float64: the gamma shape is Infinity, where Marsaglia–Tsang never accepts.
    const d = distributionSchema.parse({ kind: 'pert', low: 90, mode: 95, high: 100 });
    if (d.kind !== 'pert') throw new Error('expected pert');
    const bad = { ...d, lambda: d.low.times(0).plus('1e308') };
    expect(() => createSampler(bad, createRandom(1))()).toThrow(ProjectionError);
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
    [
      { kind: 'pert', low: 0, mode: 1, high: 2, lambda: 1e308 },
      "lambda: 1e+308 is outside crorecast's accepted range",
    ],
    [{ kind: 'pert', low: 0, mode: 1, high: 2, lambda: 1001 }, 'lambda'],
    [{ kind: 'pert', low: 0, mode: 1, high: 2, lambda: 0 }, 'lambda'],
    [
      { kind: 'pert', low: '-1e400', mode: 1, high: '1e400' },
      'low: "-1e400" is outside crorecast\'s accepted range',
    ],
    [{ kind: 'uniform', low: 0, high: '1000000000000001' }, 'high: must lie between'],
    [{ kind: 'normal', mean: 0, sd: '1e16' }, 'sd: must lie between'],
    // The core range (README "Limits") rejects these before the distribution's own bounds.
    [
      { kind: 'lognormal', mean: '1e300', sd: 1 },
      'mean: "1e300" is outside crorecast\'s accepted range',
    ],
    // Distinct decimals, one float64: no range for the sampler (alpha would be NaN).
    [
      { kind: 'triangular', low: '1', mode: '1', high: '1.00000000000000000001' },
      'high: must be above low',
    ],
  ])('rejects %j', (spec, fragment) => {
    const r = distributionSchema.safeParse(spec);
    expect(r.success).toBe(false);
    const text = r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n') ?? '';
    expect(text).toContain(fragment);
  });
});
