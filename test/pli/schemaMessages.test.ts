import { describe, expect, it } from 'vitest';
import { crore, inr } from '../../src/money/index.js';
import {
  PliCap,
  PliEvaluationInput,
  PliSalesLine,
  PliScheme,
  PliYearInput,
  PliYearlyOutlay,
} from '../../src/pli/index.js';
import { issues, testScheme } from './_scheme.js';

// The messages of PLI's lazily built schemas (#11, PLI mutation survivors). A lazily built
// schema's messages are fixed when it is first built, so only the test that first builds it
// pins them (README, mutation testing): the first test below parses with every PLI schema and
// checks each message the schemas themselves write.

const scheme = (patch: Record<string, unknown> = {}) => testScheme(patch);

describe('PLI schema messages (checked where each schema is first built)', () => {
  it('names each wrong figure, id and unit in the words of its schema', () => {
    expect(
      issues(
        PliScheme,
        scheme({
          id: 'My Scheme',
          sources: [{ id: 'Letter', title: 'Approval letter', kind: 'user' }],
          versions: [
            {
              id: 'constructor',
              name: 'A version',
              announced: '2021-02-01',
              notified: null,
              changes: {},
              confidence: 'reported',
            },
          ],
          rates: { kind: 'by-year', rates: ['1', '-0.01', '0.03'], confidence: 'confirmed' },
          categories: {
            main: {
              name: 'Main',
              thresholds: {
                investment: { cumulative: ['-1', '2', '3'], confidence: 'confirmed' },
              },
              caps: [
                {
                  kind: 'incentive-multiple-of-committed-investment',
                  multiple: '0',
                  scope: 'tenure',
                  confidence: 'confirmed',
                },
              ],
              bonuses: [
                {
                  id: 'Design',
                  name: 'Design-led',
                  rate: '0.01',
                  condition: { kind: 'opt-in' },
                  confidence: 'confirmed',
                },
              ],
            },
          },
        }),
      ),
    ).toEqual([
      'id: use lower-case letters, digits and hyphens (e.g. "lsem-2020")',
      'sources[0].id: use lower-case letters, digits and hyphens',
      'versions[0].id: is a reserved name (constructor, prototype)',
      'rates.rates[0]: must be a fraction from 0 up to (not including) 1; write 6% as "0.06"',
      'rates.rates[1]: must be a fraction from 0 up to (not including) 1; write 6% as "0.06"',
      'categories.main.thresholds.investment.cumulative[0]: must not be negative',
      'categories.main.caps[0].multiple: must be greater than zero',
      'categories.main.bonuses[0].id: use lower-case letters, digits and hyphens',
    ]);
    expect(issues(PliScheme, scheme({ categories: {} }))).toEqual([
      'categories: a scheme needs at least one category',
    ]);
    expect(
      issues(
        PliScheme,
        scheme({ tenure: { years: 21, firstYear: 'FY2020-21', confidence: 'confirmed' } }),
      )[0],
    ).toMatch(/^tenure\.years: /);
    // A negative multiple is not greater than zero either.
    expect(
      issues(PliCap, {
        kind: 'sales-multiple-of-committed-investment',
        multiple: '-2',
        scope: 'per-year',
        confidence: 'confirmed',
      }),
    ).toEqual(['multiple: must be greater than zero']);
    expect(
      issues(PliYearlyOutlay, { years: [{ year: 'FY21', amount: '-1' }], confidence: 'reported' }),
    ).toEqual(['years[0].amount: must not be negative']);
    for (const confidence of ['confirmed', 'reported', 'unconfirmed']) {
      expect(
        issues(PliYearlyOutlay, { years: [{ year: 'FY21', amount: '1' }], confidence }),
      ).toEqual([]);
    }
    expect(issues(PliSalesLine, { invoiceValue: inr(1), units: '2.5' })).toEqual([
      'units: must be a whole number of units, not negative',
    ]);
    expect(issues(PliSalesLine, { invoiceValue: inr(1), units: -1 })).toEqual([
      'units: must be a whole number of units, not negative',
    ]);
    expect(
      issues(PliSalesLine, { invoiceValue: { amount: '1', currency: 'USD' }, units: 1 }),
    ).toEqual(['invoiceValue: must be in INR (PLI is paid in rupees), got USD']);
    expect(issues(PliSalesLine, { units: 1 })).toEqual([
      'invoiceValue: is required (money such as { amount: "5000000000", currency: "INR" })',
    ]);
    expect(
      issues(PliYearInput, {
        year: 'FY21',
        netSales: crore(1),
        cumulativeInvestment: crore(1),
        part: { from: '2020-8', netSales: crore(1) },
      }),
    ).toEqual(['part.from: expected a month as yyyy-MM (e.g. "2021-08")']);
    expect(
      issues(PliEvaluationInput, {
        scheme: 'lsem-2020',
        category: 'domestic-mobile',
        baseYearSales: { amount: '-1', currency: 'INR' },
        committedInvestment: { amount: '-1', currency: 'INR' },
        years: [{ year: 'FY21', netSales: crore(1), cumulativeInvestment: crore(1) }],
      }),
    ).toEqual(['committedInvestment: must not be negative', 'baseYearSales: must not be negative']);
  });

  it('accepts the boundaries: a zero amount and rate, a whole unit count, a positive multiple', () => {
    expect(
      issues(
        PliScheme,
        scheme({
          rates: { kind: 'by-year', rates: ['0', '0.99', '0.5'], confidence: 'confirmed' },
        }),
      ),
    ).toEqual([]);
    expect(issues(PliSalesLine, { invoiceValue: inr(0), units: 0 })).toEqual([]);
    expect(
      issues(PliCap, {
        kind: 'sales-multiple-of-committed-investment',
        multiple: '0.01',
        scope: 'per-year',
        confidence: 'confirmed',
      }),
    ).toEqual([]);
    expect(
      issues(PliYearlyOutlay, { years: [{ year: 'FY21', amount: '0' }], confidence: 'reported' }),
    ).toEqual([]);
  });
});
