import { describe, expect, it } from 'vitest';
import { prepareSource } from '../../../src/model/analysis/analysisSource.js';
import {
  sensitivityOfPrepared,
  sensitivityScenario,
} from '../../../src/model/analysis/sensitivityScenario.js';
import { simulateScenario } from '../../../src/model/analysis/simulateScenario.js';
import { parseScenario } from '../../../src/model/parseScenario.js';
import { simulatePreparedParallel } from '../../../src/node/simulateScenarioParallel.js';
import { seedJson } from '../_seed.js';

/**
 * A source prepared once (as the CLI prepares it, with the file it has already parsed) gives the
 * same simulation and tornado as the public functions that parse the file themselves, and builds
 * each model once.
 */
describe('a prepared scenario source', () => {
  const json = seedJson();
  const prepared = prepareSource(json, parseScenario(json));

  it('builds each backend, inputs and outputs once', () => {
    const options = { inputs: ['fx.USD.rate'], outputs: ['npv.withPli'] };
    const float = prepared.model('float64', options);
    expect(prepared.model('float64', { ...options })).toBe(float);
    expect(prepared.model('float64', { ...options, outputs: ['irr'] })).not.toBe(float);
    expect(prepared.model('exact', options)).not.toBe(float);
  });

  it('simulates and swings as the public functions do, to the byte', async () => {
    const options = { draws: 300, seed: 3 };
    const simulation = await simulatePreparedParallel(prepared, { ...options, threads: 1 });
    expect(JSON.stringify(simulation)).toBe(JSON.stringify(simulateScenario(json, options)));
    const swings = {
      inputs: simulation.inputs.slice(0, 4).map((i) => ({
        path: i.path,
        low: i.summary.p10,
        high: i.summary.p90,
      })),
      outputs: ['npv.withPli', 'irr'],
    };
    expect(JSON.stringify(sensitivityOfPrepared(prepared, swings))).toBe(
      JSON.stringify(sensitivityScenario(json, swings)),
    );
  });
});
