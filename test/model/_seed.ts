import { readFileSync } from 'node:fs';
import { ValidationError } from '../../src/core/errors.js';
import { parseScenario } from '../../src/model/parseScenario.js';

/** The seed scenario as parsed JSON (a fresh copy each call, safe to mutate in a test). */
export function seedJson(): Record<string, unknown> {
  return JSON.parse(
    readFileSync(new URL('../../seeds/optiemus-wistron-2021.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
}

/**
 * Adds exports to a seed JSON (in place, returned): a share of two segments sold abroad in
 * dollars, stepping up in 2023 for one of them.
 */
export function withExports(json: Record<string, unknown>): Record<string, unknown> {
  for (const s of json.segments as Record<string, unknown>[]) {
    if (s.id === 'smartphones-value')
      s.exports = {
        share: [{ share: '0.2' }, { from: '2023-07', share: '0.35' }],
        price: { perUnit: { amount: '118', currency: 'USD' } },
      };
    if (s.id === 'laptops')
      s.exports = { share: '0.1', price: { perUnit: { amount: '460', currency: 'USD' } } };
  }
  return json;
}

/** Sets `value` at a dotted/bracketed path of a parsed JSON object (creating nothing). */
export function setAt(root: unknown, path: string, value: unknown): void {
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let node = root as Record<string, unknown>;
  keys.slice(0, -1).forEach((k) => {
    node = node[k] as Record<string, unknown>;
  });
  const last = keys[keys.length - 1];
  if (last === undefined) throw new Error(`bad path ${path}`);
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** The validation problems of a scenario as `path: message` lines (empty when it is valid). */
export function scenarioIssues(json: unknown): string[] {
  try {
    parseScenario(json);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  return [];
}

/**
 * The seed without its variants, actuals and baseline (one run instead of six), with the facts
 * and assumptions that point at them dropped: for tests that change one thing and run it.
 */
export function seedSingleRun(): Record<string, unknown> {
  const json = seedJson() as {
    variants: unknown[];
    actuals: unknown[];
    baseline?: unknown;
    meta: { facts: { appliesTo: string[] }[]; assumptions: { appliesTo: string[] }[] };
  };
  json.variants = [];
  json.actuals = [];
  delete json.baseline;
  const keep = (f: { appliesTo: string[] }) =>
    !f.appliesTo.some((p) => /^(actuals|variants|baseline)/.test(p));
  json.meta.facts = json.meta.facts.filter(keep);
  json.meta.assumptions = json.meta.assumptions.filter(keep);
  return json as unknown as Record<string, unknown>;
}

/** The seed without its variants (and the assumptions about them): a run in a third of the time. */
export function seedWithoutVariants(): Record<string, unknown> {
  const json = seedJson();
  json.variants = [];
  const meta = json.meta as { assumptions: { appliesTo: string[] }[] };
  meta.assumptions = meta.assumptions.filter(
    (a) => !a.appliesTo.some((p) => p.startsWith('variants')),
  );
  return json;
}

/**
 * The seed without its variants, owned by Optiemus alone until 1 Oct 2023 and 40% by it, 60% by
 * a partner (illustrative) from 2 Oct 2023.
 */
export function seedWithOwners(): Record<string, unknown> {
  return {
    ...seedWithoutVariants(),
    ownership: {
      owners: [
        { id: 'optiemus', name: 'Optiemus Infracom' },
        { id: 'partner', name: 'A partner' },
      ],
      stakes: [
        { from: '2021-04-01', shares: [{ owner: 'optiemus', share: '1' }] },
        {
          from: '2023-10-02',
          shares: [
            { owner: 'optiemus', share: '0.4' },
            { owner: 'partner', share: '0.6' },
          ],
          note: 'illustrative',
        },
      ],
    },
  };
}
