import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/errors.js';
import { AnalysisError } from '../../../src/model/analysis/analysisError.js';
import { simulateScenario } from '../../../src/model/analysis/simulateScenario.js';
import { simulateScenarioRange } from '../../../src/model/analysis/simulateScenarioRange.js';
import { summariseScenarioOutput } from '../../../src/model/analysis/summariseRisk.js';
import { inputStream } from '../../../src/projection/_lib/prng.js';
import { createSampler, distributionSchema } from '../../../src/projection/distribution.js';
import { knownFactory, knownPlan } from './_doubles.js';

const PRICE = 'segments[phones].price.perUnit';
const VOLUME = 'segments[phones].volume';
const inputs = [
  { path: PRICE, distribution: { kind: 'uniform', low: 7, high: 13 } },
  {
    path: VOLUME,
    apply: 'factor',
    distribution: { kind: 'discrete', values: [0.9, 1, 1.1], probabilities: [0.25, 0.5, 0.25] },
  },
] as const;
const outputs = ['npv.withPli', 'irr', 'pliPaid[mobile]@FY2023-24'];
const options = { draws: 500, seed: 7, inputs, outputs };

/** The draws the simulation must make, computed here from the streams and the known plan. */
function expectedDraws(draws: number, seed: number) {
  const price = createSampler(
    distributionSchema.parse(inputs[0].distribution),
    inputStream(seed, 0),
  );
  const factor = createSampler(
    distributionSchema.parse(inputs[1].distribution),
    inputStream(seed, 1),
  );
  return Array.from({ length: draws }, () => {
    const x = { ...knownPlan.base, [PRICE]: price(), [VOLUME]: 100 * factor() };
    return outputs.map((o) => (knownPlan.outputs[o] as (x: Record<string, number>) => number)(x));
  });
}

/** Excel PERCENTILE.INC, written out independently. */
function percentileInc(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return (
    (s[lo] as number) +
    (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] as number) - (s[lo] as number))
  );
}

describe('simulateScenario', () => {
  it('evaluates the model on each draw of each input stream and summarises exactly', () => {
    const { factory, log } = knownFactory();
    const r = simulateScenario(factory, options);
    expect(log.built).toEqual([{ backend: 'float64', inputs: [PRICE, VOLUME], outputs }]);
    expect(log.evaluations).toBe(500);
    const want = expectedDraws(500, 7);
    const npv = want.map((d) => d[0] as number);
    const o = r.outputs[0];
    expect(o?.output).toBe('npv.withPli');
    expect(o?.summary?.p5).toBe(percentileInc(npv, 0.05));
    expect(o?.summary?.p50).toBe(percentileInc(npv, 0.5));
    expect(o?.summary?.p95).toBe(percentileInc(npv, 0.95));
    expect(o?.summary?.min).toBe(Math.min(...npv));
    expect(o?.summary?.max).toBe(Math.max(...npv));
    expect(o?.summary?.mean).toBeCloseTo(npv.reduce((a, b) => a + b) / 500, 9);
    expect(o?.probabilityBelowZero).toBe(npv.filter((x) => x < 0).length / 500);
    expect(o?.undefinedDraws).toBe(0);
    expect(o?.histogram?.counts.reduce((a, b) => a + b)).toBe(500);
  });

  it('counts undefined (NaN) draws and summarises the defined ones', () => {
    const { factory } = knownFactory();
    const r = simulateScenario(factory, options);
    const irr = expectedDraws(500, 7).map((d) => d[1] as number);
    const defined = irr.filter((x) => !Number.isNaN(x));
    const o = r.outputs[1];
    expect(o?.undefinedDraws).toBe(500 - defined.length);
    expect(o?.undefinedDraws).toBeGreaterThan(50); // price ≤ 8 in about a sixth of the draws
    expect(o?.defined).toBe(defined.length);
    expect(o?.summary?.p50).toBe(percentileInc(defined, 0.5));
    expect(o?.probabilityBelowZero).toBe(0);
  });

  it('gives the share of draws in which a PLI year pays', () => {
    const { factory } = knownFactory();
    const r = simulateScenario(factory, options);
    const paid = expectedDraws(500, 7).filter((d) => d[2] === 1).length;
    expect(r.outputs[2]?.paidShare).toBe(paid / 500);
    // Volume ≥ 100 when the factor is 1 or 1.1: three quarters of the draws.
    expect(r.outputs[2]?.paidShare).toBeGreaterThan(0.68);
    expect(r.outputs[2]?.paidShare).toBeLessThan(0.82);
    expect(r.outputs[0]?.paidShare).toBeUndefined();
  });

  it('summarises the values each input took (a factor applied to its base)', () => {
    const { factory } = knownFactory();
    const r = simulateScenario(factory, options);
    expect(r.inputs.map((i) => i.path)).toEqual([PRICE, VOLUME]);
    expect(r.inputs[1]?.summary.min).toBe(90);
    expect(r.inputs[1]?.summary.max).toBeCloseTo(110, 12);
    expect(r.inputs[0]?.summary.min).toBeGreaterThanOrEqual(7);
  });

  it('same seed, same bytes; another seed, other draws; adding an input keeps the others’ draws', () => {
    const a = simulateScenario(knownFactory().factory, { ...options, keepDraws: true });
    const b = simulateScenario(knownFactory().factory, { ...options, keepDraws: true });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(b.outputs[0]?.draws).toEqual(a.outputs[0]?.draws);
    const c = simulateScenario(knownFactory().factory, { ...options, seed: 8 });
    expect(c.outputs[0]?.summary?.p50).not.toBe(a.outputs[0]?.summary?.p50);
    const more = simulateScenario(knownFactory().factory, {
      ...options,
      keepDraws: true,
      inputs: [
        ...inputs,
        { path: 'fx.USD.rate', distribution: { kind: 'normal', mean: 75, sd: 2 } },
      ],
      outputs: [...outputs, 'revenue@FY2023-24'],
    });
    expect(more.outputs[0]?.draws).toEqual(a.outputs[0]?.draws);
  });

  it('any split into ranges reproduces the whole run', () => {
    const { factory } = knownFactory();
    const all = simulateScenario(factory, { ...options, keepDraws: true }).outputs[0]?.draws;
    const part = simulateScenarioRange(factory, { ...options, from: 123, to: 321 });
    expect(part.outputDraws[0]).toEqual(all?.subarray(123, 321));
    expect(() => simulateScenarioRange(factory, { ...options, from: 10, to: 501 })).toThrow(
      /to: needs 0 ≤ from \(10\) ≤ to \(501\) ≤ draws \(500\)/,
    );
  });

  it('selects the exact backend when asked', () => {
    const { factory, log } = knownFactory(knownPlan, 1000);
    const r = simulateScenario(factory, { ...options, draws: 20, backend: 'exact' });
    expect(log.built[0]?.backend).toBe('exact');
    expect(r.backend).toBe('exact');
    expect(r.outputs[0]?.summary?.min).toBeGreaterThan(1000 - 900 + 6.9 * 90 - 1);
    expect(() =>
      simulateScenario(factory, { ...options, draws: 10_001, backend: 'exact' }),
    ).toThrow(expect.objectContaining({ code: 'TOO_MANY_DRAWS' }));
  });

  it('validates its options with paths, and names what is missing', () => {
    const { factory } = knownFactory();
    const bad = (o: unknown) => () => simulateScenario(factory, o as never);
    expect(bad({ ...options, draws: 0 })).toThrow(ValidationError);
    expect(bad({ ...options, draws: 2_000_000 })).toThrow(/draws/);
    expect(
      bad({
        ...options,
        inputs: [{ path: PRICE, distribution: { kind: 'normal', mean: 1, sd: -1 } }],
      }),
    ).toThrow(/inputs\[0\]\.distribution\.sd: must not be negative/);
    expect(bad({ ...options, bogus: 1 })).toThrow(/bogus/);
    expect(bad({ draws: 10, inputs, outputs })).toThrow(
      expect.objectContaining({ code: 'MISSING_OPTION' }),
    );
    expect(bad({ seed: 1, outputs })).toThrow(/needs inputs/);
    expect(bad({ seed: 1, inputs })).toThrow(/needs outputs/);
    expect(bad({ ...options, inputs: [inputs[0], inputs[0]] })).toThrow(AnalysisError);
  });

  it('stops with the draw and its inputs when an output is infinite', () => {
    const { factory } = knownFactory({
      base: { x: 1 },
      outputs: { 'npv.withPli': (v) => 1 / ((v.x ?? 0) > 0.5 ? 0 : 1) },
    });
    expect(() =>
      simulateScenario(factory, {
        draws: 50,
        seed: 1,
        inputs: [{ path: 'x', distribution: { kind: 'uniform', low: 0, high: 1 } }],
        outputs: ['npv.withPli'],
      }),
    ).toThrow(/draw \d+: output npv\.withPli is Infinity \(x = 0\.[5-9]/);
  });

  it('does not mutate its options', () => {
    const o = structuredClone(options);
    simulateScenario(knownFactory().factory, o);
    expect(o).toEqual(options);
  });
});

describe('summariseScenarioOutput', () => {
  it('builds a histogram whose edges hold their counts', () => {
    const s = summariseScenarioOutput(
      'npv.withPli',
      Float64Array.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
      5,
    );
    expect(s.histogram).toEqual({ edges: [0, 2, 4, 6, 8, 10], counts: [2, 2, 2, 2, 3] });
    expect(s.probabilityBelowZero).toBe(0);
  });

  it('one bin when every draw is equal; nulls when none is defined', () => {
    expect(summariseScenarioOutput('irr', Float64Array.of(3, 3, Number.NaN)).histogram).toEqual({
      edges: [3, 3],
      counts: [2],
    });
    const none = summariseScenarioOutput('irr', Float64Array.of(Number.NaN, Number.NaN));
    expect(none).toMatchObject({
      defined: 0,
      undefinedDraws: 2,
      summary: null,
      histogram: null,
      probabilityBelowZero: null,
    });
  });

  it('P(< 0) is over the defined draws', () => {
    expect(
      summariseScenarioOutput('npv.withPli', Float64Array.of(-1, 2, 3, Number.NaN))
        .probabilityBelowZero,
    ).toBe(1 / 3);
  });
});
