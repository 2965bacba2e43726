import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { compileProjection } from '../../src/projection/compile.js';
import { ProjectionError } from '../../src/projection/errors.js';
import { evaluateProjection } from '../../src/projection/evaluate.js';
import type { ProjectionInputJson } from '../../src/projection/inputSchema.js';
import { flat, inr, usd } from './helpers.js';

function base(): ProjectionInputJson {
  return {
    horizon: { start: 'FY2022-23', years: 1 },
    plants: [{ id: 'p', unitsPerMonth: '1000' }],
    segments: [
      {
        id: 'a',
        plant: 'p',
        volume: flat('800'),
        price: { perUnit: inr('100') },
      },
    ],
  };
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  return '(no error)';
}

describe('projectionInputSchema and compileProjection: bad inputs', () => {
  const cases: [string, (i: ProjectionInputJson) => ProjectionInputJson, string][] = [
    [
      'negative price',
      (i) => ({ ...i, segments: [{ ...i.segments[0], price: { perUnit: inr('-5') } } as never] }),
      'segments[0].price.perUnit: must be greater than zero',
    ],
    [
      'negative starting volume',
      (i) => ({
        ...i,
        segments: [{ ...i.segments[0], volume: flat('-1') } as never],
      }),
      'segments[0].volume.value: must not be negative (units a month)',
    ],
    [
      'unknown plant reference',
      (i) => ({ ...i, segments: [{ ...i.segments[0], plant: 'noida-9' } as never] }),
      'segments[0].plant: unknown plant "noida-9" (plants: p)',
    ],
    [
      'duplicate segment ids',
      (i) => ({ ...i, segments: [i.segments[0] as never, i.segments[0] as never] }),
      'segments[1].id: duplicate segment id "a"',
    ],
    [
      'a USD cost without an FX rate',
      (i) => ({
        ...i,
        segments: [{ ...i.segments[0], costs: { bom: { perUnit: usd('3') } } } as never],
      }),
      'segments[0].costs.bom.perUnit.currency: no FX rate for USD: add fx.USD (INR per USD)',
    ],
    [
      'an expansion on line before the horizon',
      (i) => ({
        ...i,
        plants: [
          {
            id: 'p',
            unitsPerMonth: '1000',
            expansions: [{ id: 'x', unitsPerMonth: '10', online: '2021-01' }],
          },
        ],
      }),
      'plants[0].expansions[0].online: comes on line in 2021-01, before the horizon starts in 2022-04',
    ],
    [
      'an unknown investment tranche',
      (i) => ({
        ...i,
        plants: [
          {
            id: 'p',
            unitsPerMonth: '1000',
            expansions: [{ id: 'x', unitsPerMonth: '10', online: { tranche: 'phase-9' } }],
          },
        ],
      }),
      'plants[0].expansions[0].online.tranche: unknown investment tranche "phase-9" (no tranches were given)',
    ],
    [
      'an FX path that starts after the horizon',
      (i) => ({ ...i, fx: { USD: [{ from: '2022-06', rate: '80' }] } }),
      'fx.USD[0].from: no USD rate for 2022-04',
    ],
    [
      'a utilisation above 1',
      (i) => ({
        ...i,
        plants: [
          {
            id: 'p',
            unitsPerMonth: '1000',
            utilisation: { initial: '0.5', target: '1.2', months: 3 },
          },
        ],
      }),
      'plants[0].utilisation.target: must be between 0 and 1',
    ],
    [
      'headcount without productivity',
      (i) => ({ ...i, headcount: { payroll: { direct: inr('1'), indirect: inr('1') } } }),
      'segments[0].unitsPerWorkerPerMonth: required when headcount is projected',
    ],
    [
      'a horizon with both years and months',
      (i) => ({ ...i, horizon: { start: 'FY2022-23', years: 1, months: 12 } }),
      'horizon: give exactly one of years or months',
    ],
    [
      'a month that is not a month',
      (i) => ({ ...i, segments: [{ ...i.segments[0], launch: 'June 2022' } as never] }),
      'segments[0].launch: expected a month like "2022-04"',
    ],
    [
      'a segment that ends before it launches',
      (i) => ({
        ...i,
        segments: [{ ...i.segments[0], launch: '2023-04', end: '2023-03' } as never],
      }),
      'segments[0].end: ends before it launches (2023-04)',
    ],
  ];
  it.each(cases)('%s', (_, change, fragment) => {
    const run = () => compileProjection(change(base()));
    expect(run).toThrow(ValidationError);
    expect(messageOf(run)).toContain(fragment);
  });

  it('unknown segment or plant in an output selector is a ProjectionError', () => {
    expect(() => evaluateProjection(base(), ['revenue[tv]@FY2022-23'])).toThrow(ProjectionError);
    expect(messageOf(() => evaluateProjection(base(), ['revenue[tv]@FY2022-23']))).toContain(
      'unknown segment "tv" (segments: a)',
    );
    expect(messageOf(() => evaluateProjection(base(), ['revenue@FY2030-31']))).toContain(
      'period "FY2030-31" is not in the horizon',
    );
    expect(messageOf(() => evaluateProjection(base(), ['headcount@FY2022-23']))).toContain(
      'the input has no headcount drivers',
    );
  });

  it('a hiring limit of zero with required growth is reported as binding, not an error', () => {
    const input: ProjectionInputJson = {
      ...base(),
      segments: [
        {
          id: 'a',
          plant: 'p',
          volume: flat('800'),
          price: { perUnit: inr('100') },
          unitsPerWorkerPerMonth: '10',
        },
      ],
      headcount: {
        opening: '50',
        maxHiresPerMonth: '0',
        payroll: { direct: inr('1'), indirect: inr('1') },
      },
    };
    const r = evaluateProjection(input, [
      'headcount@FY2022-23',
      'requiredHeadcount@FY2022-23',
      'hires@FY2022-23',
    ]);
    expect(r).toEqual({
      'headcount@FY2022-23': 50,
      'requiredHeadcount@FY2022-23': 80,
      'hires@FY2022-23': 0,
    });
  });

  it('does not mutate its input', () => {
    const input = base();
    const copy = structuredClone(input);
    compileProjection(input);
    expect(input).toEqual(copy);
  });
});
