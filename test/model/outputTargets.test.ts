import { describe, expect, it } from 'vitest';
import { isDecimal } from '../../src/core/decimalLike.js';
import { parseScenario, runScenario } from '../../src/model/index.js';
import type { TargetCheck } from '../../src/model/types.js';
import { formatMoney, type Money } from '../../src/money/index.js';
import { scenarioIssues } from './_seed.js';
import { tinyJson } from './_tiny.js';

// The tiny plan sells 4,00,000 × 10 phones a month (4,80,00,000 a year) from a plant of
// 50,00,000 a month (80% utilised) at ₹12,000, over FY2020-21 to FY2022-23.
function checks(targets: unknown[], change?: (json: Record<string, unknown>) => void) {
  const json = tinyJson();
  json.targets = targets;
  change?.(json);
  return runScenario(parseScenario(json)).targets;
}

const shown = (v: TargetCheck['actual']) =>
  isDecimal(v) ? v.toFixed() : formatMoney(v as Money, { unit: 'crore', decimals: 1 });
const summary = (t: TargetCheck | undefined) =>
  t === undefined
    ? 'none'
    : [
        t.metric,
        t.basis,
        shown(t.actual),
        t.reached,
        shown(t.shortfall),
        t.firstYearReached,
        t.bindingConstraint,
      ];

const exporting = (json: Record<string, unknown>) => {
  const [phones] = json.segments as Record<string, unknown>[];
  json.segments = [
    {
      ...phones,
      exports: { share: '0.8', price: { perUnit: { amount: '180', currency: 'USD' } } },
    },
  ];
};
const banded = (json: Record<string, unknown>) => {
  json.invoiceBands = [
    {
      segment: 'phones',
      bands: [
        { from: '₹8,000', to: '₹15,000', share: '0.6' },
        { from: '₹15,000', share: '0.4' },
      ],
    },
  ];
};

describe('targets on units, exports, utilisation and PLI earned', () => {
  it('units: annual met and missed, cumulative, one segment, and capacity binding', () => {
    const [met, missed, summed, segment] = checks([
      { metric: 'units', value: '40000000', by: 'FY2021-22' },
      { metric: 'units', value: '50000000', by: 'FY2021-22' },
      { metric: 'units', value: '100000000', by: 'FY2022-23', basis: 'cumulative' },
      { metric: 'units', value: '48000000', by: 'FY2020-21', segment: 'phones' },
    ]);
    expect(summary(met)).toEqual(['units', 'annual', '48000000', true, '0', 'FY2020-21', null]);
    expect(summary(missed)).toEqual([
      'units',
      'annual',
      '48000000',
      false,
      '2000000',
      null,
      'demand',
    ]);
    expect(missed?.explanation).toBe(
      "Units sold in FY2021-22 is 4,80,00,000, 20,00,000 short of the 5,00,00,000 stated; no plant that makes it is full: the plan's volumes, prices and shares fall short.",
    );
    // 4.8 + 4.8 + 4.8 crore: 10 crore passed in FY2022-23.
    expect(summary(summed)).toEqual([
      'units',
      'cumulative',
      '144000000',
      true,
      '0',
      'FY2022-23',
      null,
    ]);
    expect(segment?.reached).toBe(true);
    const [capped] = checks([{ metric: 'units', value: '45000000', by: 'FY2021-22' }], (json) => {
      json.plants = [{ id: 'plant', unitsPerMonth: '3500000' }];
    });
    expect(summary(capped)).toEqual([
      'units',
      'annual',
      '42000000',
      false,
      '3000000',
      null,
      'capacity',
    ]);
  });

  it('exports: export revenue in ₹, met and missed', () => {
    // 80% abroad at $180 × ₹75: 3,84,00,000 × ₹13,500 = ₹51,840 crore a year.
    const [met, missed, summed] = checks(
      [
        { metric: 'exports', value: '₹50,000 crore', by: 'FY2020-21' },
        { metric: 'exports', value: '₹60,000 crore', by: 'FY2020-21' },
        { metric: 'exports', value: '₹1,00,000 crore', by: 'FY2021-22', basis: 'cumulative' },
      ],
      exporting,
    );
    expect(summary(met)).toEqual([
      'exports',
      'annual',
      '₹51,840.0 crore',
      true,
      '₹0.0 crore',
      'FY2020-21',
      null,
    ]);
    expect(summary(missed)).toEqual([
      'exports',
      'annual',
      '₹51,840.0 crore',
      false,
      '₹8,160.0 crore',
      null,
      'demand',
    ]);
    expect(summary(summed)?.slice(2, 6)).toEqual([
      '₹1,03,680.0 crore',
      true,
      '₹0.0 crore',
      'FY2021-22',
    ]);
  });

  it('utilisation: a year figure of all plants or one, met and missed', () => {
    const [missed, met] = checks([
      { metric: 'utilisation', value: '0.85', by: 'FY2021-22' },
      { metric: 'utilisation', value: '0.75', by: 'FY2021-22', plant: 'plant' },
    ]);
    expect(summary(missed)).toEqual(['utilisation', null, '0.8', false, '0.05', null, 'demand']);
    expect(missed?.explanation).toContain('Utilisation of nameplate capacity in FY2021-22 is 80%');
    expect(summary(met)?.slice(2, 6)).toEqual(['0.8', true, '0', 'FY2020-21']);
  });

  it('PLI earned: annual and cumulative, met, missed, and missed thresholds binding', () => {
    // 40% of the units at ₹15,000 and above: ₹921.6 crore, then ₹1,382.4 crore.
    const [annual, cumulative, enrolment] = checks(
      [
        { metric: 'pli-earned', value: '₹1,000 crore', by: 'FY2020-21' },
        { metric: 'pli-earned', value: '₹2,000 crore', by: 'FY2021-22', basis: 'cumulative' },
        { metric: 'pli-earned', value: '₹1,000 crore', by: 'FY2021-22', enrolment: 'lsem-global' },
      ],
      banded,
    );
    expect(summary(annual)).toEqual([
      'pli-earned',
      'annual',
      '₹921.6 crore',
      false,
      '₹78.4 crore',
      null,
      'demand',
    ]);
    expect(summary(cumulative)?.slice(2, 6)).toEqual([
      '₹2,304.0 crore',
      true,
      '₹0.0 crore',
      'FY2021-22',
    ]);
    expect(enrolment?.reached).toBe(true);
    // With ₹300 crore invested, FY2021-22 misses the ₹500 crore investment threshold.
    const [thresholds] = checks(
      [{ metric: 'pli-earned', value: '₹1,000 crore', by: 'FY2021-22' }],
      (json) => {
        banded(json);
        (json.investments as { total: string }[])[0] = {
          ...(json.investments as { total: string }[])[0],
          total: '₹300 crore',
        } as { total: string };
      },
    );
    expect(summary(thresholds)?.slice(2)).toEqual([
      '₹0.0 crore',
      false,
      '₹1,000.0 crore',
      null,
      'pli-thresholds',
    ]);
  });

  it('names unknown segments, plants and enrolments, and refuses a summed utilisation', () => {
    const json = tinyJson();
    json.targets = [
      { metric: 'units', value: '1', by: 'FY2021-22', segment: 'tablets' },
      { metric: 'utilisation', value: '0.5', by: 'FY2021-22', plant: 'chennai' },
      { metric: 'pli-earned', value: '₹1 crore', by: 'FY2021-22', enrolment: 'lsem' },
    ];
    expect(scenarioIssues(json)).toEqual([
      'targets[0].segment: unknown segment "tablets" (segments: phones)',
      'targets[1].plant: unknown plant "chennai" (plants: plant)',
      'targets[2].enrolment: unknown enrolment "lsem" (enrolments: lsem-global)',
    ]);
    json.targets = [{ metric: 'utilisation', value: '0.5', by: 'FY2021-22', basis: 'cumulative' }];
    expect(scenarioIssues(json).join('\n')).toMatch(/^targets\[0\]: .*basis/);
  });
});
