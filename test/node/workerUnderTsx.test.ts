import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SIMULATION_WORKER } from '../../src/node/simulateParallel.js';
import { runWorker, toPlainData } from '../../src/node/workerThreads.js';
import { compileProjection } from '../../src/projection/compile.js';
import { simulateRange } from '../../src/projection/simulateRange.js';
import { eightSegmentPlan } from '../projection/fixtures.js';

/**
 * The other worker tests load a bundle of the sources (test/_lib/sourceBundles.ts); this one
 * keeps the path that runs the TypeScript source itself, as tests, examples and benchmarks under
 * tsx do: the worker registers tsx and imports src/projection/index.ts.
 */
describe('a simulateParallel worker on the TypeScript source', () => {
  it('registers tsx, loads src/projection/index.ts and returns simulateRange’s draws', async () => {
    const plan = compileProjection(eightSegmentPlan());
    const options = {
      draws: 200,
      seed: 7,
      inputs: [
        {
          path: 'segments[mobile].volume.rate',
          distribution: { kind: 'uniform', low: 0.1, high: 0.3 },
        },
      ],
      outputs: ['revenue@FY2026-27'],
    } as const;
    const reply = await runWorker(
      {
        moduleUrl: pathToFileURL('src/projection/index.ts').href,
        input: toPlainData(plan.input),
        tranches: {},
        slotValues: plan.slots.values.map((v) => v.toFixed()),
        options: { ...(toPlainData(options) as object), from: 50, to: 150 },
      },
      SIMULATION_WORKER,
    ).reply;
    expect(reply.kind).toBe('done');
    const here = simulateRange(plan, { ...options, from: 50, to: 150 }).draws;
    expect(reply.kind === 'done' ? reply.draws : undefined).toEqual(here);
  }, 60_000);
});
