import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import { documentToConsole, scenarioHtml, scenarioReport } from '../../src/report/index.js';
import { ownersSection } from '../../src/report/scenario/owners.js';
import { seedWithOwners } from '../model/_seed.js';

describe('ownersSection', () => {
  const result = runScenario(parseScenario(seedWithOwners()));

  it('follows the valuation in the report, with the stakes, shares, profit, cash and value', () => {
    const doc = scenarioReport(result);
    const headings = doc.sections.map((s) => s.heading);
    expect(headings.indexOf('Owners')).toBe(headings.indexOf('Valuation') + 1);
    const section = ownersSection(result, 0);
    expect(section.paragraphs?.[0]).toBe(
      'Stakes from 2021-04-01: Optiemus Infracom 100%; from 2023-10-02: Optiemus Infracom 40%, A partner 60% — illustrative.',
    );
    expect(section.tables?.map((t) => t.title)).toEqual([
      "Owners' time-weighted share of each year (%)",
      'Profit after tax by owner (₹ crore)',
      'Free cash flow by owner (₹ crore)',
      `Owners' value (₹ crore, present value at ${result.valuation.valuationDate})`,
    ]);
    expect(section.tables?.[0]?.notes).toEqual([
      'FY2023-24: the stakes change on 2023-10-02, so the year is split by days (366 days).',
    ]);
    // 2 Oct 2023 – 31 Mar 2024 is 182 of 366 days at 60%: 29.84%.
    const partner = section.tables?.[0]?.rows[1]?.cells;
    expect(partner?.label).toBe('A partner');
    expect(new Decimal(String(partner?.y2)).toFixed(2)).toBe('29.84');
    expect(documentToConsole(doc)).toContain('All owners (the NPV)');
    expect(scenarioHtml(result)).toContain('Profit after tax by owner');
  });

  it('is left out without an ownership section', () => {
    const json = seedWithOwners();
    delete json.ownership;
    const doc = scenarioReport(runScenario(parseScenario(json)));
    expect(doc.sections.map((s) => s.heading)).not.toContain('Owners');
  });
});
