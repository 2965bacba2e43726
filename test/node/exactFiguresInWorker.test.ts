import { describe, expect, it } from 'vitest';
import { exactScenarioModel } from '../../src/model/analysis/exactScenarioModel.js';
import { startExactFigures } from '../../src/node/exactFiguresInWorker.js';
import { seedJson } from '../model/_seed.js';

describe('startExactFigures', () => {
  it('computes in a worker thread the figures exactScenarioModel gives here', async () => {
    const outputs = ['npv.withPli', 'irr', 'pliTotal', 'pliPaid[lsem-domestic-mobile]@FY2023-24'];
    const running = startExactFigures(seedJson(), outputs);
    const here = new Float64Array(outputs.length);
    exactScenarioModel(seedJson(), { inputs: [], outputs }).evaluate(new Float64Array(0), here);
    const there = await running.figures;
    expect(there === undefined ? undefined : Array.from(there)).toEqual(Array.from(here));
  }, 120_000);

  it('gives undefined (the caller computes) when the worker fails', async () => {
    const running = startExactFigures({ meta: {} }, ['npv.withPli']);
    expect(await running.figures).toBeUndefined();
  }, 120_000);
});
