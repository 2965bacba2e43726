import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { runScenario } from '../../src/model/runScenario.js';
import {
  documentToConsole,
  fiscalYearTable,
  scenarioChart,
  scenarioReport,
  tableToCsv,
} from '../../src/report/index.js';
import { seedJson } from '../model/_seed.js';

const result = runScenario(parseScenario(seedJson()));

describe('scenarioReport', () => {
  it('puts the answers first, then the tables by subject', () => {
    const doc = scenarioReport(result);
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'What the plan answers',
      'Revenue',
      'Volume and capacity',
      'Headcount',
      'Investment',
      'PLI incentives and sharing',
      'Plan against what happened',
      'Profit and loss',
      'Working capital and free cash flow',
      'Valuation',
      'Variants',
      'Targets',
      'Sources and assumptions',
    ]);
    const answers = doc.sections[0]?.paragraphs ?? [];
    expect(answers.map((p) => p.slice(0, p.indexOf('.**') + 3))).toEqual([
      '**Revenue.**',
      '**Headcount.**',
      '**PLI.**',
      '**Unconfirmed PLI figures.**',
      '**Earnings.**',
      '**Value.**',
      '**Variants.**',
    ]);
    expect(answers[0]).toContain('needs an average of ₹15,833 per device');
    expect(answers[0]).toContain('3.24 million devices a month');
  });

  it('adds the US-dollar figures only when asked', () => {
    const titles = (usd: boolean) =>
      scenarioReport(result, { usd }).sections.flatMap((s) => (s.tables ?? []).map((t) => t.title));
    expect(titles(false).some((t) => t.startsWith('Key figures in US dollars'))).toBe(false);
    expect(titles(true).some((t) => t.startsWith('Key figures in US dollars'))).toBe(true);
  });

  it('prints prose without markdown emphasis in a terminal', () => {
    const text = documentToConsole(scenarioReport(result));
    expect(text).toContain('\nRevenue. The ₹38,000 crore target');
    expect(text).not.toContain('**');
  });
});

describe('scenarioChart', () => {
  it('stacks revenue by the ten segments and shows headcount, with the stated targets', () => {
    const spec = scenarioChart(result);
    const [revenue, headcount] = spec.vconcat as {
      title: string;
      layer: { data: { values: { segment?: string; label?: string }[] } }[];
    }[];
    expect(revenue?.title).toBe('Revenue by segment (₹ crore)');
    expect(new Set(revenue?.layer[0]?.data.values.map((v) => v.segment)).size).toBe(10);
    expect(revenue?.layer[1]?.data.values[0]?.label).toBe('Stated target ₹38,000 crore');
    expect(headcount?.title).toBe('Headcount at year end');
    expect(headcount?.layer[2]?.data.values[0]?.label).toBe('Stated 11,000');
  });
});

describe('fiscalYearTable noTotal', () => {
  it('leaves the total of a ratio line empty', () => {
    const t = fiscalYearTable(
      'x',
      ['FY2021-22', 'FY2022-23'],
      [
        {
          label: 'Margin (%)',
          values: [new Decimal('3.1'), new Decimal('3.3')],
          noTotal: true,
          decimals: 1,
        },
      ],
      { total: true },
    );
    expect(tableToCsv(t).split('\n')[1]).toBe('Margin (%),3.1,3.3,');
  });
});
