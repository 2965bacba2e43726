import { describe, expect, it } from 'vitest';
import { compileScenarioModel } from '../../../src/model/analysis/compileScenarioModel.js';
import { exactScenarioModel } from '../../../src/model/analysis/exactScenarioModel.js';
import { parseScenario } from '../../../src/model/parseScenario.js';
import type { Scenario } from '../../../src/model/scenario.js';
import { seedJson } from '../_seed.js';
import { failure } from './_failure.js';

const seed = parseScenario(seedJson());

describe('compileScenarioModel', () => {
  const outputs = ['npv.withPli', 'revenue@FY2025-26', 'pliPaid[lsem-domestic-mobile]@FY2022-23'];

  it('reads its base values from the plan, by id or index', () => {
    const model = compileScenarioModel(seed, {
      inputs: [
        'fx.USD.rate',
        'segments[laptops].price.perUnit',
        'investments[0].total',
        'pli.disbursementLagYears',
      ],
      outputs,
    });
    expect(model.backend).toBe('float64');
    expect([...model.base]).toEqual([74.5, 36000, 2.5e9, 1]);
    const out = new Float64Array(outputs.length);
    model.evaluate(model.base, out);
    expect(out[2]).toBe(1);
    const higher = new Float64Array(outputs.length);
    model.evaluate(Float64Array.of(74.5, 40000, 2.5e9, 1), higher);
    expect(higher[1]).toBeGreaterThan(out[1] as number);
  });

  it('refuses inputs it cannot vary on float64, naming them', () => {
    for (const path of [
      'horizon.years',
      'depreciation.usefulLife',
      'plants[noida-1].expansions[0].online.leadMonths',
      'pli.enrolments[0].baseYearSales',
    ]) {
      expect(
        failure(() => compileScenarioModel(seed, { inputs: [path], outputs })),
        path,
      ).toBe(`UNSUPPORTED ${path}`);
    }
    expect(
      failure(() => compileScenarioModel(seed, { inputs: ['segments[0].name'], outputs })),
    ).toBe('NOT_A_NUMERIC_INPUT segments[0].name');
  });

  it('refuses a scenario feature it was not written for, naming it', () => {
    const withFeature = { ...seed, openingBalanceSheet: { cash: 1 } } as unknown as Scenario;
    expect(failure(() => compileScenarioModel(withFeature, { inputs: [], outputs }))).toBe(
      'UNSUPPORTED openingBalanceSheet',
    );
    const finance = {
      ...seed,
      finance: { ...seed.finance, ownership: 0.5 },
    } as unknown as Scenario;
    expect(failure(() => compileScenarioModel(finance, { inputs: [], outputs }))).toBe(
      'UNSUPPORTED finance.ownership',
    );
    // Customs duty and invoice bands are whole sections it refuses by name.
    for (const [key, value] of [
      ['customsDuty', [{ components: ['importedComponents'], rate: '0.1' }]],
      ['invoiceBands', [{ segment: 'x', bands: [] }]],
    ] as const) {
      const withSection = { ...seed, [key]: value } as unknown as Scenario;
      expect(failure(() => compileScenarioModel(withSection, { inputs: [], outputs }))).toBe(
        `UNSUPPORTED ${key}`,
      );
    }
    const pli = seed.pli;
    if (pli === undefined) throw new Error('the seed has PLI');
    const ceiling = {
      ...seed,
      pli: {
        ...pli,
        enrolments: pli.enrolments.map((e) => ({
          ...e,
          enrolment: {
            ...e.enrolment,
            schemeClaims: { assumption: 'all firms claim', years: [] },
          },
        })),
      },
    } as unknown as Scenario;
    expect(failure(() => compileScenarioModel(ceiling, { inputs: [], outputs }))).toBe(
      'UNSUPPORTED pli.enrolments[0].schemeClaims',
    );
    const variantBaseline = {
      ...seed,
      baseline: { variant: 'weaker-rupee' },
    } as unknown as Scenario;
    expect(failure(() => compileScenarioModel(variantBaseline, { inputs: [], outputs }))).toBe(
      'UNSUPPORTED baseline.variant',
    );
  });

  it('refuses a fractional disbursement lag at evaluation, as parseScenario would', () => {
    const model = compileScenarioModel(seed, { inputs: ['pli.disbursementLagYears'], outputs });
    expect(failure(() => model.evaluate(Float64Array.of(1.5), new Float64Array(3)))).toBe(
      'INVALID_VALUE pli.disbursementLagYears',
    );
  });

  it('evaluates the same values to the same outputs, every time', () => {
    const model = compileScenarioModel(seed, { inputs: ['fx.USD.rate'], outputs });
    const a = new Float64Array(3);
    const b = new Float64Array(3);
    model.evaluate(Float64Array.of(80), a);
    model.evaluate(Float64Array.of(70), b);
    model.evaluate(Float64Array.of(80), b);
    expect([...b]).toEqual([...a]);
  });

  it('gives a reused model the figures of a fresh one, whichever inputs change between calls', () => {
    const inputs = ['fx.USD.rate', 'investments[mobile-lines].total', 'pli.disbursementLagYears'];
    const names = [
      'npv.withPli',
      'npv.withoutPli',
      'irr',
      'pat@FY2024-25',
      'freeCashFlow@FY2026-27',
    ];
    const reused = compileScenarioModel(seed, { inputs, outputs: names });
    const draws = [
      [74.5, 2.5e9, 1],
      [74.5, 3e9, 1],
      [80, 3e9, 1],
      [80, 3e9, 2],
      [74.5, 2.5e9, 1],
    ];
    for (const d of draws) {
      const a = new Float64Array(names.length);
      const b = new Float64Array(names.length);
      reused.evaluate(Float64Array.from(d), a);
      compileScenarioModel(seed, { inputs, outputs: names }).evaluate(Float64Array.from(d), b);
      expect([...a], d.join(' ')).toEqual([...b]);
    }
  });
});

describe('compileScenarioModel with an investment phased by amounts', () => {
  /** The seed with its new-categories lines paid in two tranches of stated amounts. */
  function byAmounts(): Record<string, unknown> {
    const json = seedJson();
    const investments = json.investments as Record<string, unknown>[];
    const lines = investments.find((i) => i.id === 'new-categories');
    if (lines === undefined) throw new Error('the seed has new-categories');
    lines.profile = {
      tranches: [
        { date: '2022-09-15', amount: '₹120 crore' },
        { date: '2023-06-30', amount: '₹180 crore' },
      ],
    };
    return json;
  }
  const outputs = [
    'npv.withPli',
    'npv.withoutPli',
    'irr',
    'pliTotal',
    'freeCashFlow@FY2022-23',
    'freeCashFlow@FY2023-24',
  ];
  const inputs = ['fx.USD.rate', 'segments[laptops].price.perUnit', 'investments[0].total'];

  it('agrees with the exact backend to 1e-9 while its own total is not varied', () => {
    const json = byAmounts();
    const fast = compileScenarioModel(parseScenario(json), { inputs, outputs });
    const exact = exactScenarioModel(json, { inputs, outputs });
    for (const values of [fast.base, Float64Array.of(79.25, 38000, 2.2e9)]) {
      const a = new Float64Array(outputs.length);
      const b = new Float64Array(outputs.length);
      fast.evaluate(values, a);
      exact.evaluate(values, b);
      outputs.forEach((o, i) => {
        const x = a[i] as number;
        const y = b[i] as number;
        expect(Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y)), `${o}: ${x} vs ${y}`).toBe(true);
      });
    }
    // The tranches moved spend against the even profile: the case is not the seed's.
    const seedCash = new Float64Array(1);
    compileScenarioModel(seed, { inputs: [], outputs: ['freeCashFlow@FY2023-24'] }).evaluate(
      new Float64Array(0),
      seedCash,
    );
    const mine = new Float64Array(1);
    compileScenarioModel(parseScenario(json), {
      inputs: [],
      outputs: ['freeCashFlow@FY2023-24'],
    }).evaluate(new Float64Array(0), mine);
    expect(mine[0]).not.toBeCloseTo(seedCash[0] as number, 3);
  });

  it('refuses to vary its total (the spend is not proportional to it)', () => {
    const scenario = parseScenario(byAmounts());
    expect(
      failure(() =>
        compileScenarioModel(scenario, { inputs: ['investments[new-categories].total'], outputs }),
      ),
    ).toBe('UNSUPPORTED investments[new-categories].total');
  });
});
