import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { combineCharts, headcountChart, revenueBySegmentChart } from '../../src/report/index.js';

const data = [
  { year: 'FY2021-22', segment: 'Phones', value: new Decimal('5200.456') },
  { year: 'FY2021-22', segment: 'Laptops', value: new Decimal('0') },
  { year: 'FY2022-23', segment: 'Laptops', value: new Decimal('1200') },
  { year: 'FY2022-23', segment: 'Phones', value: new Decimal('9100') },
];

describe('revenueBySegmentChart', () => {
  it('stacks bars by segment in the given order, with years in order', () => {
    const spec = revenueBySegmentChart(data, { segments: ['Laptops', 'Phones'] });
    expect(spec.$schema).toContain('vega-lite');
    const [bars] = spec.layer as [
      { data: { values: unknown[] }; encoding: Record<string, { sort?: unknown }> },
    ];
    expect(bars.data.values[0]).toEqual({
      year: 'FY2021-22',
      segment: 'Phones',
      value: 5200.46,
      order: 1,
    });
    expect(bars.encoding.x?.sort).toEqual(['FY2021-22', 'FY2022-23']);
    expect(bars.encoding.color?.sort).toEqual(['Laptops', 'Phones']);
  });

  it('adds a labelled target rule when asked', () => {
    const spec = revenueBySegmentChart(data, {
      target: { value: new Decimal(38000), label: 'Target ₹38,000 crore' },
    });
    const layers = spec.layer as { mark: { type: string }; data?: { values: unknown[] } }[];
    expect(layers.map((l) => l.mark.type)).toEqual(['bar', 'rule', 'text']);
    expect(layers[1]?.data?.values).toEqual([{ target: 38000, label: 'Target ₹38,000 crore' }]);
  });

  it('is plain JSON data', () => {
    const spec = revenueBySegmentChart(data);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });
});

describe('headcountChart', () => {
  it('plots whole employees with labels and an optional target', () => {
    const spec = headcountChart(
      [
        { year: 'FY2021-22', value: new Decimal('2400.6') },
        { year: 'FY2022-23', value: new Decimal('5100') },
      ],
      { target: { value: new Decimal(11000), label: '11,000 stated' } },
    );
    const layers = spec.layer as {
      mark: { type: string };
      data: { values: { value: number }[] };
    }[];
    expect(layers.map((l) => l.mark.type)).toEqual(['bar', 'text', 'rule', 'text']);
    expect(layers[0]?.data.values.map((v) => v.value)).toEqual([2401, 5100]);
  });
});

describe('combineCharts', () => {
  it('stacks specs vertically under one $schema', () => {
    const spec = combineCharts('Plan', [revenueBySegmentChart(data), headcountChart([])]);
    const parts = spec.vconcat as Record<string, unknown>[];
    expect(parts).toHaveLength(2);
    expect(parts.every((p) => !('$schema' in p))).toBe(true);
  });
});
