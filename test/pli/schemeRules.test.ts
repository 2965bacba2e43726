import { describe, expect, it } from 'vitest';
import { PliScheme } from '../../src/pli/index.js';
import { optInBonus, testScheme, issues as zodIssues } from './_scheme.js';

// The rules a scheme's figures must keep across fields (PliScheme's cross-checks), each with
// the path and message it gives (#11, PLI mutation survivors).
const issues = (patch: Record<string, unknown>, main: Record<string, unknown> = {}) =>
  zodIssues(PliScheme, testScheme(patch, main));

const version = (id: string, announced: string, notified: string | null, extra = {}) => ({
  id,
  name: id,
  announced,
  notified,
  changes: {},
  confidence: 'reported',
  ...extra,
});

describe('PliScheme cross-checks', () => {
  it('the valid base passes', () => {
    expect(issues({})).toEqual([]);
  });

  it('dates: announced before notified, versions in order and notified after announced', () => {
    expect(issues({ announced: '2020-04-02' })).toEqual([
      'announced: cannot come after the notification (2020-04-01)',
    ]);
    expect(issues({ announced: '2020-04-01' })).toEqual([]);
    expect(
      issues({
        announced: '2020-03-01',
        versions: [
          version('a', '2020-02-28', null),
          version('b', '2020-05-01', '2020-04-30'),
          version('b', '2020-04-01', '2020-04-01'),
        ],
      }),
    ).toEqual([
      'versions[0].announced: versions are listed in order of announcement, after the scheme itself',
      'versions[1].notified: cannot come before the announcement (2020-05-01)',
      'versions[2].id: duplicate id "b"',
      'versions[2].announced: versions are listed in order of announcement, after the scheme itself',
    ]);
    // Without an announcement date, versions come after the notification; same dates are fine.
    expect(issues({ versions: [version('a', '2020-03-31', null)] })).toEqual([
      'versions[0].announced: versions are listed in order of announcement, after the scheme itself',
    ]);
    expect(
      issues({
        versions: [version('a', '2020-04-01', '2020-04-01'), version('b', '2020-04-01', null)],
      }),
    ).toEqual([]);
    expect(issues({ versions: [version('test-pli', '2020-05-01', null)] })).toEqual([
      'versions[0].id: duplicate id "test-pli"',
    ]);
  });

  it('a version cannot change the scheme’s identity or its versions', () => {
    expect(
      issues({
        versions: [
          version('a', '2020-05-01', null, {
            changes: { id: 'x', versions: [], notified: '2020-01-01', announced: '2020-01-01' },
          }),
        ],
      }),
    ).toEqual([
      "versions[0].changes.id: a version cannot change the scheme's id",
      "versions[0].changes.versions: a version cannot change the scheme's versions",
      "versions[0].changes.notified: a version cannot change the scheme's notified",
      "versions[0].changes.announced: a version cannot change the scheme's announced",
    ]);
  });

  it('first-year choices come after the base year', () => {
    expect(
      issues({
        tenure: {
          years: 3,
          firstYear: 'FY2020-21',
          firstYearChoices: ['FY2019-20', 'FY2020-21', 'FY2021-22'],
          confidence: 'confirmed',
        },
      }),
    ).toEqual(['tenure.firstYearChoices[0]: must come after the base year FY2019-20']);
    expect(
      issues({ tenure: { years: 3, firstYear: 'FY2019-20', confidence: 'confirmed' } }),
    ).toEqual(['tenure.firstYear: must come after the base year FY2019-20']);
  });

  it('every source id cited exists, wherever it is cited', () => {
    const cite = { sources: ['nowhere'] };
    expect(
      issues(
        {
          tenure: { years: 3, firstYear: 'FY2020-21', confidence: 'confirmed', ...cite },
          firstYearPart: { fromMonth: 8, baseYear: 'whole', confidence: 'reported', ...cite },
          rates: {
            kind: 'by-year',
            rates: ['0.05', '0.04', '0.03'],
            confidence: 'confirmed',
            ...cite,
          },
          outlay: { amount: '100', confidence: 'reported', ...cite },
          yearlyOutlay: {
            years: [{ year: 'FY2020-21', amount: '10' }],
            confidence: 'reported',
            ...cite,
          },
        },
        {
          rates: {
            kind: 'by-year',
            rates: ['0.05', '0.04', '0.03'],
            confidence: 'confirmed',
            ...cite,
          },
          eligibility: {
            minimumBaseYearRevenue: '1',
            strict: true,
            confidence: 'reported',
            ...cite,
          },
          invoiceFloor: {
            floors: [{ minimumRupees: '1', inclusive: true }],
            countsTowardsThresholds: true,
            confidence: 'reported',
            ...cite,
          },
          caps: [{ kind: 'incentive-per-year', amount: '1', confidence: 'reported', ...cite }],
          bonuses: [
            {
              id: 'b',
              name: 'B',
              rate: '0.01',
              condition: { kind: 'opt-in' },
              confidence: 'reported',
              ...cite,
            },
          ],
        },
      ).map((line) => line.split(':')[0]),
    ).toEqual([
      'tenure.sources[0]',
      'firstYearPart.sources[0]',
      'rates.sources[0]',
      'outlay.sources[0]',
      'yearlyOutlay.sources[0]',
      'categories.main.rates.sources[0]',
      'categories.main.eligibility.sources[0]',
      'categories.main.invoiceFloor.sources[0]',
      'categories.main.caps[0].sources[0]',
      'categories.main.bonuses[0].sources[0]',
    ]);
    expect(
      issues({ tenure: { years: 3, firstYear: 'FY2020-21', confidence: 'confirmed', ...cite } }),
    ).toEqual(['tenure.sources[0]: unknown source id "nowhere"; known: letter']);
  });

  it('one figure per scheme year in every schedule; slabs open only at the top', () => {
    expect(
      issues(
        {},
        {
          thresholds: {
            investment: { cumulative: ['1', '2'], confidence: 'confirmed' },
            sales: { incremental: ['1', '2', '3', '4'], confidence: 'confirmed' },
          },
          caps: [{ kind: 'eligible-sales-per-year', amounts: ['1'], confidence: 'reported' }],
          rates: { kind: 'by-year', rates: ['0.05'], confidence: 'confirmed' },
        },
      ),
    ).toEqual([
      'categories.main.rates.rates: needs one figure per scheme year (3), got 1',
      'categories.main.thresholds.investment.cumulative: needs one figure per scheme year (3), got 2',
      'categories.main.thresholds.sales.incremental: needs one figure per scheme year (3), got 4',
      'categories.main.caps[0].amounts: needs one figure per scheme year (3), got 1',
    ]);
    const slabs = (list: readonly (string | null)[]) => ({
      rates: {
        kind: 'slabs',
        method: 'whole',
        confidence: 'confirmed',
        slabs: list.map((upTo) => ({ upTo, rate: '0.01' })),
      },
    });
    expect(issues(slabs(['10', null, '20', null]))).toEqual([
      'rates.slabs[1].upTo: only the last slab may be open-ended (upTo: null)',
    ]);
    expect(issues(slabs(['10', '10', null]))).toEqual([
      'rates.slabs[1].upTo: slab bounds must increase (10 after 10)',
    ]);
    expect(issues(slabs(['10', '10.5', null]))).toEqual([]);
    expect(issues({}, slabs([null, '1']))).toEqual([
      'categories.main.rates.slabs[0].upTo: only the last slab may be open-ended (upTo: null)',
      'categories.main.rates.slabs[1].upTo: the last slab must be open-ended (upTo: null)',
    ]);
    // A cumulative threshold may stay level, and an unknown figure breaks no order.
    expect(
      issues(
        {},
        { thresholds: { investment: { cumulative: ['2', null, '2'], confidence: 'confirmed' } } },
      ),
    ).toEqual([]);
  });

  it('no duplicate floors or bonus ids within a category', () => {
    expect(
      issues(
        {},
        {
          invoiceFloor: {
            floors: [
              { minimumRupees: '1', inclusive: true },
              { product: 'phone', minimumRupees: '2', inclusive: true },
              { minimumRupees: '3', inclusive: false },
              { product: 'phone', minimumRupees: '4', inclusive: false },
            ],
            countsTowardsThresholds: true,
            confidence: 'reported',
          },
          bonuses: [optInBonus('a'), optInBonus('b'), optInBonus('a')],
        },
      ),
    ).toEqual([
      'categories.main.invoiceFloor.floors[2].product: duplicate floor for every product',
      'categories.main.invoiceFloor.floors[3].product: duplicate floor for phone',
      'categories.main.bonuses[2].id: duplicate bonus id "a"',
    ]);
  });

  const successor = (extra: Record<string, unknown> = {}) => ({
    successor: {
      scheme: 'next-pli',
      announced: '2022-05-17',
      notified: '2022-05-29',
      reason: 'A new scheme with its own applications.',
      sources: ['letter'],
      ...extra,
    },
  });

  it('a successor: another scheme, notified after it is announced, after the scheme it replaces', () => {
    expect(issues(successor())).toEqual([]);
    expect(issues(successor({ notified: '2022-05-17' }))).toEqual([]);
    expect(issues(successor({ scheme: 'test-pli' }))).toEqual([
      'successor.scheme: a scheme cannot be its own successor',
    ]);
    expect(issues(successor({ notified: '2022-05-16' }))).toEqual([
      'successor.notified: cannot come before the announcement (2022-05-17)',
    ]);
    // Announced before the scheme itself was (its notification, or its announcement when given).
    expect(issues(successor({ announced: '2020-03-31', notified: '2020-05-01' }))).toEqual([
      'successor.announced: a successor comes after the scheme it replaces (announced 2020-04-01)',
    ]);
    expect(issues(successor({ announced: '2020-04-01', notified: '2020-05-01' }))).toEqual([]);
    expect(issues({ announced: '2020-03-01', ...successor({ announced: '2020-03-15' }) })).toEqual(
      [],
    );
    expect(issues(successor({ reason: '', sources: [] }))).toEqual([
      'successor.reason: must not be empty',
      'successor.sources: must not be empty',
    ]);
    expect(issues(successor({ sources: [''] }))).toEqual([
      'successor.sources[0]: must not be empty',
      'successor.sources[0]: unknown source id ""; known: letter',
    ]);
  });

  // The id pattern is anchored at both ends: an id with a character it does not allow anywhere
  // (not only at its start) is refused, wherever an id is written.
  it('ids: lower-case letters, digits and hyphens from the first character to the last', () => {
    const bad = ['Test-pli', '-test', 'test pli', 'test-pli!', 'test_pli', ''];
    for (const id of bad) {
      expect(issues({ id }), id).toEqual([
        'id: use lower-case letters, digits and hyphens (e.g. "lsem-2020")',
      ]);
    }
    expect(issues({ id: '2020-pli' })).toEqual([]);
    expect(
      issues({ sources: [{ id: 'letter!', title: 'Approval letter', kind: 'user' }] }),
    ).toEqual([
      'sources[0].id: use lower-case letters, digits and hyphens',
      // Every citation of "letter" now names a source that does not exist.
    ]);
    expect(issues({}, { bonuses: [optInBonus('design-led?')] })).toEqual([
      'categories.main.bonuses[0].id: use lower-case letters, digits and hyphens',
    ]);
    expect(issues({ categories: { 'main phones': { name: 'Main', thresholds: {} } } })).toEqual([
      'categories.main phones: invalid key "main phones": use lower-case letters, digits and hyphens (e.g. "lsem-2020")',
    ]);
    expect(issues({ versions: [version('v1 ', '2020-05-01', null)] })).toEqual([
      'versions[0].id: use lower-case letters, digits and hyphens (e.g. "lsem-2020")',
    ]);
    expect(issues(successor({ scheme: 'Next' }))).toEqual([
      'successor.scheme: use lower-case letters, digits and hyphens (e.g. "lsem-2020")',
    ]);
  });

  it('texts that name something are never empty', () => {
    expect(
      issues(
        {},
        {
          invoiceFloor: {
            floors: [{ product: '', minimumRupees: '1', inclusive: true }],
            countsTowardsThresholds: true,
            confidence: 'reported',
          },
        },
      ),
    ).toEqual(['categories.main.invoiceFloor.floors[0].product: must not be empty']);
    expect(issues({ name: '', authority: '' })).toEqual([
      'name: must not be empty',
      'authority: must not be empty',
    ]);
    expect(issues({ notModelled: [''] })).toEqual(['notModelled[0]: must not be empty']);
  });
});
