// Figures a report reads are worked out when first read (issue 15): the outturn, the actuals'
// PLI, the valuations' IRRs and paybacks, the dollars, a missed target's sentence. Whenever they
// are read — right after their run, or after other runs of other plans, in any order — they
// must be the very figures, so a result is the same JSON read early or late.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';

const seed = (name: string) =>
  parseScenario(
    JSON.parse(readFileSync(new URL(`../../seeds/${name}.json`, import.meta.url), 'utf8')),
  );

describe('a result read late', () => {
  it('is the JSON it is when read at once, after other plans ran and were read, in any order', () => {
    const optiemus = seed('optiemus-wistron-2021');
    const pegatron = seed('pegatron-india-2022');
    const plans = [{ ...optiemus, variants: [] }, optiemus, pegatron];
    // Each run read in full as soon as it ran.
    const atOnce = plans.map((p) => JSON.stringify(runScenario(p)));
    // All run first, none read; then read last to first.
    const results = plans.map((p) => runScenario(p));
    const late = results
      .slice()
      .reverse()
      .map((r) => JSON.stringify(r))
      .reverse();
    expect(late).toEqual(atOnce);
    // Read again: the same (kept once worked out).
    expect(results.map((r) => JSON.stringify(r))).toEqual(atOnce);
    // A part read on its own first gives the figures the whole gives.
    const fresh = runScenario(optiemus);
    const irr = fresh.valuation.withPli.irr;
    expect(JSON.stringify(fresh)).toBe(atOnce[1]);
    expect(fresh.valuation.withPli.irr).toBe(irr);
  });
});
