import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/model/parseScenario.js';
import { scenarioIssues, seedJson } from './_seed.js';

const entry = (path: string, more: Record<string, unknown> = {}) => ({
  path,
  distribution: { kind: 'triangular', low: 0.9, mode: 1, high: 1.05 },
  apply: 'factor',
  rationale: 'test',
  ...more,
});

function withUncertainty(uncertainty: unknown) {
  const json = seedJson();
  json.uncertainty = uncertainty;
  return json;
}

describe('scenario uncertainty section', () => {
  it('accepts paths by id or position, money leaves, and known sources', () => {
    const s = parseScenario(
      withUncertainty({
        inputs: [
          entry('segments[smartphones-value].price.perUnit', { sources: ['bt-2024-03-04'] }),
          entry('segments[1].volume.anchors[2].value'),
          entry('investments[mobile-lines].total'),
          entry('fx.USD.rate', {
            apply: 'value',
            distribution: { kind: 'normal', mean: 74.5, sd: 2 },
          }),
        ],
        outputs: ['npv.withPli'],
        draws: 1000,
        seed: 1,
      }),
    );
    expect(s.uncertainty?.inputs.map((i) => i.path)).toEqual([
      'segments[smartphones-value].price.perUnit',
      'segments[1].volume.anchors[2].value',
      'investments[mobile-lines].total',
      'fx.USD.rate',
    ]);
    expect(s.uncertainty?.seed).toBe(1);
  });

  it('names the field of every problem', () => {
    const badEntries = [
      entry('fx.USD.rate'),
      entry('segments[no-such-segment].price.perUnit'),
      entry('fx.USD.rate'),
      entry('segments[0].price', { sources: ['nowhere'] }),
      entry('fx..rate'),
    ];
    expect(
      scenarioIssues(
        withUncertainty({
          inputs: [
            ...badEntries,
            { path: 'fx.USD.rate', distribution: { kind: 'uniform', low: 1, high: 2 } },
          ],
          seed: -1,
        }),
      ),
    ).toEqual([
      'uncertainty.inputs[5].rationale: required',
      'uncertainty.seed: must not be negative',
    ]);
    expect(
      scenarioIssues(
        withUncertainty({
          inputs: [...badEntries, entry('meta.sources')],
        }),
      ),
    ).toEqual([
      'uncertainty.inputs[1].path: input path "segments[no-such-segment].price.perUnit" does not exist in the scenario',
      'uncertainty.inputs[2].path: "fx.USD.rate" is declared twice',
      'uncertainty.inputs[3].path: input path "segments[0].price" is not one number (an object with perUnit, yearlyChange, fxPassThrough)',
      expect.stringMatching(/^uncertainty\.inputs\[3\]\.sources\[0\]: unknown source "nowhere"/),
      expect.stringMatching(
        /^uncertainty\.inputs\[4\]\.path: input path "fx\.\.rate" is not a field path/,
      ),
      'uncertainty.inputs[5].path: input path "meta.sources" is not one number (a list)',
    ]);
    expect(
      scenarioIssues(
        withUncertainty({
          inputs: [entry('investments[mobile-lines].total'), entry('investments[0].total')],
        }),
      ),
    ).toEqual(['uncertainty.inputs[1].path: "investments[0].total" is declared twice']);
  });
});
