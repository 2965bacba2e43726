import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import { parseInput } from '../../src/core/validate.js';
import {
  getPliScheme,
  PLI_PRESET_IDS,
  PLI_PRESETS,
  PliError,
  PliScheme,
  type PliSchemeInput,
  pliRulesInForce,
  pliSchemeYears,
  withOverrides,
} from '../../src/pli/index.js';

const figures = (list: readonly ({ toFixed(): string } | null)[] | undefined) =>
  list?.map((x) => (x === null ? null : x.toFixed()));

describe('PLI presets', () => {
  it.each(PLI_PRESET_IDS)(
    '%s passes the PliScheme schema, and its parsed form passes again',
    (id) => {
      const parsed = PliScheme.parse(PLI_PRESETS[id]);
      expect(parsed.id).toBe(id);
      const again = PliScheme.parse(parsed);
      expect(JSON.stringify(again)).toBe(JSON.stringify(parsed));
    },
  );

  it.each(PLI_PRESET_IDS)('%s carries sources and a confidence on every figure group', (id) => {
    const scheme = getPliScheme(id);
    expect(scheme.sources.length).toBeGreaterThan(0);
    expect(scheme.tenure.confidence).toMatch(/confirmed|reported|unconfirmed/);
    for (const category of Object.values(scheme.categories)) {
      const rates = category.rates ?? scheme.rates;
      expect(rates?.confidence).toBeDefined();
      expect(category.thresholds.investment?.confidence).toBeDefined();
      expect(category.thresholds.sales?.confidence).toBeDefined();
    }
  });

  it('lsem-2020 holds the facts-file figures', () => {
    const lsem = getPliScheme('lsem-2020');
    expect(lsem.baseYear).toBe('FY2019-20');
    expect(lsem.tenure).toMatchObject({ years: 5, firstYear: 'FY2020-21' });
    // As notified year 1 is FY2020-21 only; the 2021 extension (a version) adds FY2021-22.
    expect(lsem.tenure.firstYearChoices).toBeUndefined();
    expect(lsem.versions?.map((v) => [v.id, v.announced, v.notified])).toEqual([
      ['lsem-2020-extension-2021', '2021-06-28', '2021-09-23'],
    ]);
    expect(pliRulesInForce(lsem).scheme.tenure.firstYearChoices).toEqual([
      'FY2020-21',
      'FY2021-22',
    ]);
    expect(lsem.rates?.kind === 'by-year' && figures(lsem.rates.rates)).toEqual([
      '0.06',
      '0.06',
      '0.05',
      '0.05',
      '0.04',
    ]);
    const g = lsem.categories['global-mobile'];
    const d = lsem.categories['domestic-mobile'];
    const c = lsem.categories.components;
    expect(figures(g?.thresholds.investment?.cumulative)).toEqual([
      '250',
      '500',
      '750',
      '1000',
      '1000',
    ]);
    expect(figures(g?.thresholds.sales?.incremental)).toEqual([
      '4000',
      '8000',
      '15000',
      '20000',
      '25000',
    ]);
    expect(figures(d?.thresholds.investment?.cumulative)).toEqual([
      '50',
      '100',
      '150',
      '200',
      '200',
    ]);
    expect(figures(d?.thresholds.sales?.incremental)).toEqual([
      '500',
      '1000',
      '2000',
      '3500',
      '5000',
    ]);
    expect(figures(c?.thresholds.investment?.cumulative)).toEqual(['25', '50', '75', '100', '100']);
    expect(figures(c?.thresholds.sales?.incremental)).toEqual(['100', '200', '300', '450', '600']);
    expect(g?.invoiceFloor?.floors[0]?.minimumRupees.toFixed()).toBe('15000');
    expect(g?.invoiceFloor?.countsTowardsThresholds).toBe(false);
    expect(d?.invoiceFloor).toBeUndefined();
    expect(g?.eligibility?.minimumBaseYearRevenue.toFixed()).toBe('10000');
    expect(d?.eligibility?.minimumBaseYearRevenue.toFixed()).toBe('100');
    expect(lsem.outlay?.amount.toFixed()).toBe('40951');
    expect(g?.caps).toBeUndefined();
  });

  it('flags the unconfirmed figures of the facts file', () => {
    const it1 = getPliScheme('it-hardware-2021');
    expect(it1.rates?.confidence).toBe('unconfirmed');
    expect(it1.categories.global?.thresholds.investment?.confidence).toBe('unconfirmed');
    expect(figures(it1.categories.global?.thresholds.sales?.incremental)).toEqual([
      '1000',
      null,
      null,
      null,
    ]);
    expect(it1.categories.global?.invoiceFloor?.countsTowardsThresholds).toBe(true);
    const telecom = getPliScheme('telecom-2021');
    expect(telecom.categories.msme?.thresholds.investment?.confidence).toBe('unconfirmed');
    expect(telecom.categories.msme?.caps?.[0]?.confidence).toBe('unconfirmed');
    expect(telecom.categories.msme?.rates?.confidence).toBe('confirmed');
    const it2 = getPliScheme('it-hardware-2023');
    expect(it2.categories.global?.rates?.confidence).toBe('unconfirmed');
    expect(it2.categories.global?.caps?.[0]).toMatchObject({ kind: 'incentive-total' });
    const auto = getPliScheme('auto-2021');
    expect(auto.categories['champion-oem']?.rates?.kind).toBe('slabs');
    expect(auto.tenure.firstYear).toBe('FY2023-24');
  });

  it('returns frozen values', () => {
    const lsem = getPliScheme('lsem-2020');
    expect(Object.isFrozen(lsem)).toBe(true);
    expect(Object.isFrozen(lsem.categories['domestic-mobile']?.thresholds)).toBe(true);
  });
});

describe('getPliScheme', () => {
  it('rejects an unknown id, listing the presets', () => {
    expect(() => getPliScheme('lsem')).toThrow(PliError);
    expect(() => getPliScheme('lsem')).toThrow(/unknown PLI scheme "lsem"; presets: lsem-2020/);
  });
});

describe('withOverrides', () => {
  it('replaces unknown figures and keeps the rest', () => {
    const base = getPliScheme('it-hardware-2021');
    const it1 = withOverrides(base, {
      categories: {
        global: {
          thresholds: {
            sales: { incremental: ['1000', '2500', '5000', '7500'], confidence: 'confirmed' },
          },
        },
      },
    });
    expect(figures(it1.categories.global?.thresholds.sales?.incremental)).toEqual([
      '1000',
      '2500',
      '5000',
      '7500',
    ]);
    expect(it1.categories.global?.thresholds.investment?.confidence).toBe('unconfirmed');
    expect(it1.categories.domestic).toEqual(base.categories.domestic);
    // does not mutate its input
    expect(figures(base.categories.global?.thresholds.sales?.incremental)).toEqual([
      '1000',
      null,
      null,
      null,
    ]);
  });

  it('adds a cap to a preset', () => {
    const lsem = withOverrides(getPliScheme('lsem-2020'), {
      categories: {
        'domestic-mobile': {
          caps: [{ kind: 'incentive-per-year', amount: '100', confidence: 'confirmed' }],
        },
      },
    });
    expect(lsem.categories['domestic-mobile']?.caps?.[0]).toMatchObject({
      kind: 'incentive-per-year',
    });
  });

  it('validates the merged scheme, naming the field path', () => {
    expect(() => withOverrides(getPliScheme('lsem-2020'), { tenure: { years: 4 } })).toThrow(
      /rates\.rates: needs one figure per scheme year \(4\), got 5/,
    );
  });
});

const valid: PliSchemeInput = {
  id: 'my-scheme',
  name: 'My scheme',
  authority: 'Me',
  notified: '2021-01-01',
  amountUnit: 'crore',
  sources: [{ id: 'letter', title: 'Approval letter', kind: 'user' }],
  baseYear: 'FY2019-20',
  tenure: { years: 2, firstYear: 'FY2020-21', confidence: 'confirmed' },
  rates: { kind: 'by-year', rates: ['0.05', '0.04'], confidence: 'confirmed' },
  categories: {
    main: {
      name: 'Main',
      thresholds: {
        investment: { cumulative: ['10', '20'], confidence: 'confirmed', sources: ['letter'] },
        sales: { incremental: ['100', '200'], confidence: 'confirmed' },
      },
    },
  },
};

type Patch = (s: PliSchemeInput) => unknown;
const badSchemes: readonly [string, Patch, RegExp][] = [
  [
    'rate as a percentage',
    (s) => ({ ...s, rates: { ...s.rates, rates: ['6', '0.04'] } }),
    /rates\.rates\[0\]: must be a fraction/,
  ],
  [
    'rate as text',
    (s) => ({ ...s, rates: { ...s.rates, rates: ['6%', '0.04'] } }),
    /rates\.rates\[0\]: expected a decimal number/,
  ],
  [
    'wrong number of rates',
    (s) => ({ ...s, rates: { ...s.rates, rates: ['0.05'] } }),
    /rates\.rates: needs one figure per scheme year \(2\), got 1/,
  ],
  [
    'negative threshold',
    (s) => ({
      ...s,
      categories: {
        main: {
          ...s.categories.main,
          thresholds: { investment: { cumulative: ['-1', '2'], confidence: 'confirmed' } },
        },
      },
    }),
    /categories\.main\.thresholds\.investment\.cumulative\[0\]: must not be negative/,
  ],
  [
    'falling cumulative threshold',
    (s) => ({
      ...s,
      categories: {
        main: {
          ...s.categories.main,
          thresholds: { investment: { cumulative: ['20', '10'], confidence: 'confirmed' } },
        },
      },
    }),
    /cumulative\[1\]: a cumulative threshold cannot fall/,
  ],
  [
    'unknown source id',
    (s) => ({
      ...s,
      categories: {
        main: {
          ...s.categories.main,
          thresholds: {
            sales: { incremental: ['1', '2'], confidence: 'confirmed', sources: ['nope'] },
          },
        },
      },
    }),
    /thresholds\.sales\.sources\[0\]: unknown source id "nope"/,
  ],
  [
    'bad confidence',
    (s) => ({ ...s, tenure: { ...s.tenure, confidence: 'maybe' } }),
    /tenure\.confidence:/,
  ],
  ['bad fiscal year', (s) => ({ ...s, baseYear: 'FY2019-21' }), /baseYear: .*FY2019-21/],
  [
    'first year before base',
    (s) => ({ ...s, tenure: { ...s.tenure, firstYear: 'FY2018-19' } }),
    /tenure\.firstYear: must come after the base year FY2019-20/,
  ],
  ['bad id', (s) => ({ ...s, id: 'My Scheme' }), /id: use lower-case letters/],
  [
    'no categories',
    (s) => ({ ...s, categories: {} }),
    /categories: a scheme needs at least one category/,
  ],
  ['unknown key', (s) => ({ ...s, extra: 1 }), /unknown key "extra"/],
  [
    'no rates anywhere',
    (s) => ({ ...s, rates: undefined }),
    /categories\.main\.rates: is required when the scheme has no default rates/,
  ],
  [
    'slabs not open-ended',
    (s) => ({
      ...s,
      rates: {
        kind: 'slabs',
        method: 'whole',
        confidence: 'confirmed',
        slabs: [{ upTo: '10', rate: '0.1' }],
      },
    }),
    /rates\.slabs\[0\]\.upTo: the last slab must be open-ended/,
  ],
  [
    'slabs falling',
    (s) => ({
      ...s,
      rates: {
        kind: 'slabs',
        method: 'whole',
        confidence: 'confirmed',
        slabs: [
          { upTo: '10', rate: '0.1' },
          { upTo: '5', rate: '0.1' },
          { upTo: null, rate: '0.1' },
        ],
      },
    }),
    /rates\.slabs\[1\]\.upTo: slab bounds must increase/,
  ],
  [
    'first-year choices missing the default',
    (s) => ({ ...s, tenure: { ...s.tenure, firstYearChoices: ['FY2021-22'] } }),
    /tenure\.firstYearChoices: must include the default first year/,
  ],
  ['bad date', (s) => ({ ...s, notified: '1 Apr 2020' }), /notified:/],
];

describe('PliScheme (bad input)', () => {
  it('accepts the valid base', () => {
    expect(parseInput(PliScheme, valid, 'scheme').id).toBe('my-scheme');
  });

  it.each(badSchemes)('rejects %s, naming the field', (_, patch, message) => {
    const run = () => parseInput(PliScheme, patch(valid), 'PLI scheme');
    expect(run).toThrow(ValidationError);
    expect(run).toThrow(message);
  });
});

describe('pliSchemeYears', () => {
  it('lists the window, shifted when the firm chose another first year', () => {
    expect(pliSchemeYears('lsem-2020')).toEqual([
      'FY2020-21',
      'FY2021-22',
      'FY2022-23',
      'FY2023-24',
      'FY2024-25',
    ]);
    expect(pliSchemeYears(getPliScheme('lsem-2020'), { firstYear: 'FY2021-22' }).at(-1)).toBe(
      'FY2025-26',
    );
    expect(pliSchemeYears('auto-2021')).toEqual([
      'FY2023-24',
      'FY2024-25',
      'FY2025-26',
      'FY2026-27',
      'FY2027-28',
    ]);
    expect(() => pliSchemeYears('lsem-2020', { firstYear: 'FY2022-23' })).toThrow(
      /not allowed by lsem-2020/,
    );
  });
});
