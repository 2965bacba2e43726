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
import { seedResult } from '../_lib/seedResults.js';
import { seedJson } from '../model/_seed.js';

const result = seedResult();

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
      '**Tax.**',
      '**Value.**',
      '**What the targets imply.**',
      '**Variants.**',
    ]);
    expect(answers[0]).toContain('needs an average of ₹15,833 per device');
    expect(answers[0]).toContain('3.25 million devices a month');
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

describe('scenario report totals mean what they say', { timeout: 60_000 }, () => {
  // Every table with a Total column: recompute each total from the row's own cells.
  const doc = scenarioReport(result);
  const tables = doc.sections
    .flatMap((s) => s.tables ?? [])
    .filter((t) => t.columns.some((c) => c.key === 'total'));
  const ratioLabels = new Map([['EBITDA margin (%)', ['EBITDA', 'Revenue']]]);
  const balance = /(%|year end|Scheme year|USD\/INR|per employee|average)/i;

  it('finds the tables with totals', () => {
    expect(tables.length).toBeGreaterThan(5);
  });

  it.each(tables.map((t) => [t.title, t] as const))('%s', (_title, table) => {
    const yearKeys = table.columns.map((c) => c.key).filter((k) => /^y\d+$/.test(k));
    const cell = (row: (typeof table.rows)[number], key: string) =>
      row.cells[key] as Decimal | null;
    const byLabel = new Map(table.rows.map((r) => [r.cells.label as string, r]));
    for (const row of table.rows) {
      const label = row.cells.label as string;
      const total = cell(row, 'total');
      const values = yearKeys.map((k) => cell(row, k));
      const ratio = ratioLabels.get(label);
      if (ratio !== undefined) {
        // A margin totals as the ratio of totals, never the sum of the yearly ratios.
        const [num, den] = ratio.map((l) =>
          cell(byLabel.get(l) as (typeof table.rows)[number], 'total'),
        );
        expect(total?.toFixed(10)).toBe(
          num
            ?.dividedBy(den ?? 1)
            .times(100)
            .toFixed(10),
        );
      } else if (total === null) {
        // Only rates, balances and rows with a missing year may leave the total empty.
        expect(balance.test(label) || values.some((v) => v === null)).toBe(true);
      } else {
        const sum = values.reduce<Decimal>((a, v) => a.plus(v ?? 0), new Decimal(0));
        expect(total.toFixed()).toBe(sum.toFixed());
        const sub = cell(row, 'subtotal');
        if (table.columns.some((c) => c.key === 'subtotal')) {
          const n = result.years.length;
          const horizon = values
            .slice(0, n)
            .reduce<Decimal>((a, v) => a.plus(v ?? 0), new Decimal(0));
          expect(sub?.toFixed()).toBe(horizon.toFixed());
        }
      }
    }
  });

  it('says the PLI is earned over a span, not in each year', () => {
    const answers = doc.sections[0]?.paragraphs ?? [];
    const pli = answers.find((p) => p.startsWith('**PLI.**')) ?? '';
    expect(pli).toMatch(/earns ₹[\d,]+ crore over FY2021-22 to FY2025-26/);
  });

  it('prints payback to one precision in prose and table alike', { timeout: 60_000 }, () => {
    const paybackOf = (d: typeof doc) => {
      const value = d.sections[0]?.paragraphs?.find((p) => p.startsWith('**Value.**')) ?? '';
      const table = d.sections.find((s) => s.heading === 'Valuation')?.tables?.[0];
      const payback = table?.rows.find((r) => r.cells.label === 'Payback on free cash flow');
      return { value, with: payback?.cells.with as string };
    };
    // The seed's increment does not pay back on its flows (issue 13's PLI): prose and table agree.
    const seed = paybackOf(doc);
    expect(seed.with).toBe('not within the plan');
    expect(seed.value).toContain('Payback not within the plan with PLI');
    // With LSEM's ₹500 crore base year and no per-firm cap (the PLI before issue 13) it pays back
    // within the horizon: one decimal in the table and the prose alike.
    const json = seedJson();
    const lsem = (json.pli as { enrolments: Record<string, unknown>[] }).enrolments[0] ?? {};
    lsem.baseYearSales = '₹500 crore';
    delete lsem.overrides;
    const meta = json.meta as { assumptions: { appliesTo: string[] }[] };
    meta.assumptions = meta.assumptions.filter(
      (a) => !a.appliesTo.includes('pli.enrolments[0].overrides'),
    );
    const richer = paybackOf(scenarioReport(runScenario(parseScenario(json))));
    expect(richer.with).toMatch(/^\d+\.\d years$/);
    expect(richer.value).toContain(`Payback ${richer.with} with PLI`);
  });

  it('says plainly whose NPV it is', () => {
    const valuation = doc.sections.find((s) => s.heading === 'Valuation');
    expect(valuation?.paragraphs?.[0]).toContain("The NPV is the investment's");
    const json = seedJson();
    delete json.baseline;
    const meta = json.meta as { assumptions: { appliesTo: string[] }[] };
    meta.assumptions = meta.assumptions.filter((a) => !a.appliesTo.includes('baseline'));
    const whole = scenarioReport(runScenario(parseScenario(json)));
    const text = whole.sections.find((s) => s.heading === 'Valuation')?.paragraphs?.[0];
    expect(text).toContain("the NPV is the whole business's");
  });
});
