import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { compileProjection } from '../../src/projection/compile.js';
import { ProjectionError } from '../../src/projection/errors.js';
import { simulate } from '../../src/projection/simulate.js';
import { eightSegmentPlan } from './fixtures.js';

const plan = compileProjection(eightSegmentPlan());
const options = {
  draws: 400,
  seed: 2021,
  inputs: [
    {
      path: 'segments[mobile].volume.rate',
      distribution: { kind: 'triangular', low: 0.1, mode: 0.22, high: 0.35 },
    },
    { path: 'fx.USD.rate', distribution: { kind: 'normal', mean: 76.5, sd: 3 } },
    {
      path: 'segments[hearables].price.perUnit',
      apply: 'factor',
      distribution: { kind: 'pert', low: 0.8, mode: 1, high: 1.1 },
    },
    { path: 'headcount.yearlyAttrition', distribution: { kind: 'uniform', low: 0.15, high: 0.3 } },
    {
      path: 'segments[iot].volume.start',
      distribution: { kind: 'lognormal', mean: 120000, sd: 20000 },
    },
  ],
  outputs: ['revenue@FY2026-27', 'grossProfit@FY2026-27', 'headcount@FY2026-27'],
} as const;

describe('simulate', () => {
  it('returns ordered percentiles, mean and sd per output', () => {
    const r = simulate(plan, options);
    expect(r.draws).toBe(400);
    expect(r.inputs).toEqual([
      'segments[0].volume.rate',
      'fx.USD.rate',
      'segments[3].price.perUnit.amount',
      'headcount.yearlyAttrition',
      'segments[5].volume.start',
    ]);
    for (const o of r.outputs) {
      expect(o.min).toBeLessThanOrEqual(o.p5);
      expect(o.p5).toBeLessThanOrEqual(o.p10);
      expect(o.p10).toBeLessThanOrEqual(o.p50);
      expect(o.p50).toBeLessThanOrEqual(o.p90);
      expect(o.p90).toBeLessThanOrEqual(o.p95);
      expect(o.p95).toBeLessThanOrEqual(o.max);
      expect(o.sd).toBeGreaterThan(0);
      expect(o.draws).toBeUndefined();
    }
  });

  it('the same seed reproduces the same results; another seed does not', () => {
    const a = simulate(plan, options);
    const b = simulate(eightSegmentPlan(), options);
    const c = simulate(plan, { ...options, seed: 2022 });
    expect(b.outputs).toEqual(a.outputs);
    expect(c.outputs[0]?.p50).not.toBe(a.outputs[0]?.p50);
  });

  it('adding an input leaves the other inputs’ draws unchanged', () => {
    const one = simulate(plan, {
      ...options,
      inputs: [options.inputs[0]],
      outputs: ['demand[mobile]@FY2026-27'],
      keepDraws: true,
    });
    const two = simulate(plan, {
      ...options,
      inputs: [options.inputs[0], options.inputs[1]],
      outputs: ['demand[mobile]@FY2026-27'],
      keepDraws: true,
    });
    expect(two.outputs[0]?.draws).toEqual(one.outputs[0]?.draws);
    expect(one.outputs[0]?.draws?.length).toBe(400);
  });

  it('a draw that breaks the equations is named, never NaN', () => {
    const run = () =>
      simulate(plan, {
        draws: 10,
        seed: 1,
        inputs: [
          {
            path: 'segments[0].unitsPerWorkerPerMonth',
            distribution: { kind: 'uniform', low: 0, high: 0 },
          },
        ],
        outputs: ['headcount@FY2026-27'],
      });
    expect(run).toThrow(/division by zero|NON_FINITE|is (NaN|Infinity)/);
  });

  it.each([
    [{ kind: 'pert', low: 90, mode: 95, high: 100, lambda: 1e308 }, 'lambda'],
    [{ kind: 'pert', low: 90, mode: 95, high: 100, lambda: '1e400' }, 'lambda'],
    [{ kind: 'pert', low: '-1e400', mode: 95, high: '1e400' }, 'low'],
    [{ kind: 'normal', mean: 95, sd: '1e300' }, 'sd'],
  ] as const)(
    'refuses %j at once with the field path, instead of hanging (issue 11 item 1)',
    (d, field) => {
      const started = performance.now();
      const run = () =>
        simulate(plan, {
          draws: 1,
          seed: 1,
          outputs: ['revenue@FY2022-23'],
          inputs: [{ path: 'segments[mobile].price.perUnit', distribution: d }],
        });
      expect(run).toThrow(ValidationError);
      expect(run).toThrow(`inputs[0].distribution.${field}`);
      expect(performance.now() - started).toBeLessThan(1000);
    },
  );

  it('validates its options', () => {
    expect(() => simulate(plan, { ...options, draws: 0 })).toThrow(ValidationError);
    expect(() => simulate(plan, { ...options, seed: -1 })).toThrow('seed');
    expect(() =>
      simulate(plan, {
        ...options,
        inputs: [{ path: 'segments[0].plant', distribution: { kind: 'uniform', low: 0, high: 1 } }],
      }),
    ).toThrow(ProjectionError);
  });
});
