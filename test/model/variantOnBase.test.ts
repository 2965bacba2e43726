import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { sharedRuns } from '../../src/model/_lib/sharedRuns.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import { mergeOverrides } from '../../src/projection/applyOverrides.js';
import { seedJson } from './_seed.js';

/**
 * The variant parsed the long way: its merged file as a scenario of its own (keeping the file's
 * variants, which the provenance registry points into; they are dropped from the result).
 */
function wholeParse(json: Record<string, unknown>, overrides: unknown) {
  const { variants, ...base } = json;
  const merged = mergeOverrides(base, overrides) as Record<string, unknown>;
  return { ...parseScenario({ ...merged, variants }), variants: [] };
}

const json = seedJson();
const seed = parseScenario(json);
const written = json.variants as { id: string; overrides: Record<string, unknown> }[];

describe('parseScenario — a variant parsed on the parsed base', () => {
  it('gives each seed variant exactly the scenario its merged file parses to', () => {
    expect(seed.variants).toHaveLength(written.length);
    seed.variants.forEach((v, i) => {
      expect(JSON.stringify(v.scenario)).toBe(
        JSON.stringify(wholeParse(json, written[i]?.overrides)),
      );
    });
  });

  it('shares the sections a variant does not override with the base, and only those', () => {
    const late = seed.variants.find((v) => v.id === 'pli-two-years-late')?.scenario;
    const rupee = seed.variants.find((v) => v.id === 'weaker-rupee')?.scenario;
    expect(late?.segments).toBe(seed.segments);
    expect(late?.investments).toBe(seed.investments);
    expect(late?.meta).toBe(seed.meta);
    expect(late?.pli).not.toBe(seed.pli);
    expect(late?.pli?.disbursementLagYears).toBe(2);
    expect(rupee?.fx).not.toBe(seed.fx);
    expect(rupee?.pli).toBe(seed.pli);
    // The projection's fields too: each parses from its own text.
    expect(rupee?.horizon).toBe(seed.horizon);
    expect(rupee?.plants).toBe(seed.plants);
    expect(rupee?.segments).toBe(seed.segments);
  });

  it("checks the references between the projection's fields, touched and untouched", () => {
    // The first plant renamed: the segments, untouched, name it by its old id.
    const renamed = seedJson();
    const plant = (renamed.plants as { id: string }[])[0]?.id;
    const moved = { id: 'moved', name: 'Moved', overrides: { plants: [{ id: 'moved-1' }] } };
    renamed.variants = [...(renamed.variants as unknown[]), moved];
    const at = `variants[${written.length}].overrides`;
    const issues = (() => {
      try {
        parseScenario(renamed);
        return [];
      } catch (e) {
        return (e as ValidationError).issues;
      }
    })();
    expect(issues.length).toBeGreaterThan(0);
    expect(
      issues.every(
        (i) =>
          i.path === at && i.message.includes(`of the merged variant: unknown plant "${plant}"`),
      ),
    ).toBe(true);
  });

  it('reports a variant problem as a whole parse does, at the overrides path', () => {
    const bad = seedJson();
    bad.variants = [
      { id: 'lag', name: 'Lag', overrides: { pli: { disbursementLagYears: -1 } } },
      { id: 'fx', name: 'FX', overrides: { fx: { USD: { yearlyChange: 'x' } } } },
      { id: 'gone', name: 'Gone', overrides: { operatingCosts: null } },
      { id: 'new', name: 'New', overrides: { bogus: 1 } },
    ];
    const error = (() => {
      try {
        parseScenario(bad);
      } catch (e) {
        return e;
      }
    })() as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    const paths = error.issues.map((i) => i.path);
    expect(paths.some((p) => p.startsWith('variants[0].overrides.pli.disbursementLagYears'))).toBe(
      true,
    );
    expect(paths.some((p) => p.startsWith('variants[1].overrides.fx.USD'))).toBe(true);
    expect(paths.some((p) => p.startsWith('variants[2].overrides'))).toBe(true);
    expect(paths.some((p) => p.startsWith('variants[3].overrides'))).toBe(true);
  });
});

describe('runScenario — runs shared between the base and its variants', () => {
  it('gives each variant the result it has run on its own', () => {
    const result = runScenario(seed);
    seed.variants.forEach((v, i) => {
      expect(JSON.stringify(result.variants[i]?.result)).toBe(
        JSON.stringify(runScenario(v.scenario)),
      );
    });
  });

  it('computes a step once per key of the same objects', () => {
    const shared = sharedRuns();
    const a = { x: 1 };
    let calls = 0;
    const step = (key: unknown[]) => shared.once('step', key, () => ++calls);
    expect([step([a, 1]), step([a, 1]), step([{ x: 1 }, 1]), step([a])]).toEqual([1, 1, 2, 3]);
    expect(shared.once('other', [a, 1], () => 'other')).toBe('other');
  });
});
