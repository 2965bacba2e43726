import { describe, expect, it } from 'vitest';
import { simulateScenario } from '../../src/model/analysis/simulateScenario.js';
import { simulateScenarioParallel } from '../../src/node/simulateScenarioParallel.js';
import { seedJson } from '../model/_seed.js';
import { knownFactory } from '../model/analysis/_doubles.js';

describe('simulateScenarioParallel', () => {
  it('gives the same bytes as simulateScenario on 2 worker threads (the seed, float64)', async () => {
    const seed = seedJson();
    const options = {
      draws: 300,
      seed: 5,
      outputs: ['npv.withPli', 'irr', 'pliPaid[lsem-domestic-mobile]@FY2023-24'],
      keepDraws: true,
    };
    const serial = simulateScenario(seed, options);
    const progress: number[] = [];
    const parallel = await simulateScenarioParallel(seed, {
      ...options,
      threads: 2,
      minDrawsPerThread: 100,
      fallback: false,
      onProgress: (done) => progress.push(done),
    });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
    expect(parallel.outputs[0]?.draws).toEqual(serial.outputs[0]?.draws);
    expect(progress).toEqual([150, 300]);
  }, 120_000);

  it('runs a model factory in this thread, with the same result', async () => {
    const { factory } = knownFactory();
    const options = {
      draws: 2500,
      seed: 3,
      inputs: [
        {
          path: 'segments[phones].price.perUnit',
          distribution: { kind: 'uniform', low: 7, high: 13 },
        },
      ],
      outputs: ['npv.withPli'],
    } as const;
    const progress: number[] = [];
    const r = await simulateScenarioParallel(factory, {
      ...options,
      threads: 4,
      onProgress: (d) => progress.push(d),
    });
    expect(JSON.stringify(r)).toBe(JSON.stringify(simulateScenario(factory, options)));
    expect(progress).toEqual([1000, 2000, 2500]);
  });

  it('rejects invalid options before any thread starts', async () => {
    await expect(simulateScenarioParallel(seedJson(), { draws: 0 })).rejects.toThrow(/draws/);
    await expect(simulateScenarioParallel(seedJson(), { threads: 0 })).rejects.toThrow(/threads/);
  });
});
