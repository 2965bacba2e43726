import { describe, expect, it } from 'vitest';
import { crore } from '../../src/money/index.js';
import { evaluatePli, PliSalesLine, PliYearInput } from '../../src/pli/index.js';
import { issues, testScheme } from './_scheme.js';

// What the schemes-and-schemas mutation run left unpinned (#11, README "Mutation testing"): a
// part year's month, its one form of sales, a sales line's invoice band, and the labels of
// unconfirmed eligibility and threshold figures among an evaluation's assumptions.
const money = { amount: '1000', currency: 'INR' };
const year = (part: Record<string, unknown>) => ({
  year: 'FY2021-22',
  netSales: money,
  cumulativeInvestment: money,
  part,
});

describe('a year of PLI input', () => {
  it("reads a part year's start as exactly yyyy-MM, months 01 to 12", () => {
    // The first run of this schema in the file: its messages are checked here (README's trap 2).
    for (const from of ['2021-08', '2021-10', '2021-12']) {
      expect(issues(PliYearInput, year({ from, netSales: money }))).toEqual([]);
    }
    for (const from of ['2021-13', '2021-00', 'x2021-08', '2021-08x', '2021-8']) {
      expect(issues(PliYearInput, year({ from, netSales: money }))).toEqual([
        'part.from: expected a month as yyyy-MM (e.g. "2021-08")',
      ]);
    }
  });

  it('takes exactly one form of sales, for the year and for its part', () => {
    expect(issues(PliYearInput, year({ from: '2021-08' }))).toEqual([
      'part.netSales: give netSales (or lines)',
    ]);
    expect(issues(PliYearInput, year({ from: '2021-08', netSales: money, lines: [] }))).toEqual([
      'part.lines: give either netSales or lines, not both',
    ]);
    const { netSales: _n, ...withoutSales } = year({ from: '2021-08', netSales: money });
    expect(issues(PliYearInput, withoutSales)).toEqual(['netSales: give netSales (or lines)']);
  });

  it("reads a sales line's invoice band: from, and an optional to", () => {
    const line = { units: '10', invoiceValue: money };
    expect(issues(PliSalesLine, { ...line, band: { from: money, to: money } })).toEqual([]);
    expect(issues(PliSalesLine, { ...line, band: { from: money } })).toEqual([]);
    expect(issues(PliSalesLine, { ...line, band: { from: money, upTo: money } })).toEqual([
      'band: unknown key "upTo"',
    ]);
  });
});

describe("an evaluation's assumptions", () => {
  it('name unconfirmed eligibility and thresholds by scheme, category and figure', () => {
    const scheme = testScheme(
      {},
      {
        eligibility: { minimumBaseYearRevenue: '1', strict: false, confidence: 'reported' },
        thresholds: {
          investment: { cumulative: ['0', '0', '0'], confidence: 'unconfirmed' },
          sales: { incremental: ['0', '0', '0'], confidence: 'reported', note: 'press' },
        },
      },
    );
    const result = evaluatePli({
      scheme,
      category: 'main',
      baseYearSales: crore(0),
      years: [{ year: 'FY2020-21', netSales: crore(100), cumulativeInvestment: crore(0) }],
    });
    expect(result.assumptions).toEqual([
      'test-pli main eligibility (reported)',
      'test-pli main investment thresholds (unconfirmed)',
      'test-pli main sales thresholds (reported): press',
    ]);
  });
});
