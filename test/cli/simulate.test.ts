import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CliIo, EXIT, loadChartRenderer, main } from '../../src/cli.js';
import { simulateScenario } from '../../src/model/analysis/simulateScenario.js';

const SEED = 'seeds/optiemus-wistron-2021.json';

function io(stderrIsTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const env: CliIo = {
    readFile: async () => readFileSync(SEED, 'utf8'),
    writeFile: async () => {},
    writeBytes: async () => {},
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    loadChartRenderer: () => loadChartRenderer(),
    stderrIsTTY,
  };
  return { env, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('crorecast simulate', () => {
  it('--json prints the simulation simulateScenario gives, and no progress off a terminal', async () => {
    const x = io();
    expect(await main(['simulate', SEED, '--draws', '60', '--seed', '1', '--json'], x.env)).toBe(
      EXIT.ok,
    );
    expect(x.stderr()).toBe('');
    const printed = JSON.parse(x.stdout()) as {
      simulation: { outputs: unknown[] };
      tornado: { bars: unknown[] };
    };
    const direct = simulateScenario(JSON.parse(readFileSync(SEED, 'utf8')), { draws: 60, seed: 1 });
    expect(printed.simulation).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(printed.tornado.bars).toHaveLength(direct.inputs.length);
  }, 60_000);

  it('prints the risk report, its figures those of the simulation, with progress on a terminal', async () => {
    const x = io(true);
    expect(
      await main(['simulate', SEED, '--draws', '60', '--seed', '2', '--format', 'markdown'], x.env),
    ).toBe(EXIT.ok);
    expect(x.stderr()).toMatch(/simulating: 60 of 60 draws\n$/);
    const direct = simulateScenario(JSON.parse(readFileSync(SEED, 'utf8')), { draws: 60, seed: 2 });
    const npv = direct.outputs.find((o) => o.output === 'npv.withPli');
    const below = `${((npv?.probabilityBelowZero ?? 0) * 100).toFixed(1)}%`;
    expect(x.stdout()).toContain('## Risk');
    expect(x.stdout()).toContain(`NPV with PLI is below zero in ${below} of the draws`);
    expect(x.stdout()).toContain('**The probability that each PLI year pays**');
    expect(x.stdout()).toContain('What moves NPV with PLI');
  }, 60_000);

  it('refuses bad counts and options of other commands (exit 2)', async () => {
    for (const argv of [
      ['simulate', SEED, '--draws', 'many'],
      ['simulate', SEED, '--seed', '-1'],
      ['simulate', SEED, '--json', '--format', 'csv'],
      ['simulate', SEED, '--xlsx', 'a.xlsx'],
      ['run', SEED, '--draws', '5'],
      ['validate', SEED, '--seed', '5'],
    ]) {
      const x = io();
      expect(await main(argv, x.env), argv.join(' ')).toBe(EXIT.usage);
      expect(x.stderr()).toMatch(/^crorecast: /);
    }
    const x = io();
    expect(await main(['simulate', SEED, '--draws', '0'], x.env)).toBe(EXIT.usage);
    expect(x.stderr()).toContain('draws');
  });
});
