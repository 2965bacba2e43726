import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../src/model/index.js';
import { bandsStartMonth, segmentInvoiceBandsSchema } from '../../src/model/invoiceBands.js';
import { formatMoney } from '../../src/money/index.js';
import { scenarioIssues } from './_seed.js';
import { tinyJson } from './_tiny.js';

const cr = (m: { amount: { toFixed(): string } } | undefined) =>
  m === undefined ? 'none' : formatMoney(m as never, { unit: 'crore', decimals: 1 });

const below = (share: string) => ({ from: '₹8,000', to: '₹15,000', share });
const above = (share: string) => ({ from: '₹15,000', share });

function incentives(json: Record<string, unknown>): string[] {
  const result = runScenario(parseScenario(json));
  return (result.pli?.enrolments[0]?.years ?? []).map((y) => cr(y.incentive));
}

describe('invoice bands within a segment', () => {
  it('a segment with 40% of its units at ₹15,000 and above earns 40% of what all units earn', () => {
    // 4,80,00,000 phones a year at ₹12,000 = ₹57,600 crore. LSEM global, base year ₹0:
    // FY2020-21 counts from 1 August (8/12) at 6%, FY2021-22 at 6%, FY2022-23 at 5%.
    const all = tinyJson();
    all.invoiceBands = [{ segment: 'phones', bands: [below('0'), above('1')] }];
    expect(incentives(all)).toEqual(['₹2,304.0 crore', '₹3,456.0 crore', '₹2,880.0 crore']);
    const forty = tinyJson();
    forty.invoiceBands = [{ segment: 'phones', bands: [below('0.6'), above('0.4')] }];
    expect(incentives(forty)).toEqual(['₹921.6 crore', '₹1,382.4 crore', '₹1,152.0 crore']);
    // Without bands the ₹12,000 average decides for every unit: nothing is eligible.
    expect(incentives(tinyJson())).toEqual(['₹0.0 crore', '₹0.0 crore', '₹0.0 crore']);
  });

  it('bands that change from a date weigh each month by its units', () => {
    const json = tinyJson();
    json.invoiceBands = [
      { segment: 'phones', bands: [below('0.6'), above('0.4')] },
      { segment: 'phones', from: '2021-10-01', bands: [below('0.3'), above('0.7')] },
    ];
    const result = runScenario(parseScenario(json));
    const fy22 = result.operations[1]?.segments[0]?.invoiceBands;
    // Six months at 40% and six at 70% of 40 lakh a month.
    expect(fy22?.map((b) => b.units.toFixed())).toEqual(['21600000', '26400000']);
    // The bands hold every unit, exactly.
    for (const o of result.operations) {
      const [s] = o.segments;
      const sum = (s?.invoiceBands ?? []).reduce((a, b) => a.plus(b.units), o.units.times(0));
      expect(sum.toFixed()).toBe(s?.units.toFixed());
    }
    // 2,64,00,000 × ₹12,000 = ₹31,680 crore × 6%.
    expect(cr(result.pli?.enrolments[0]?.years[1]?.incentive)).toBe('₹1,900.8 crore');
    expect(cr(result.pli?.enrolments[0]?.years[1]?.belowFloorSales)).toBe('₹25,920.0 crore');
  });

  it('a fiscal year as the start, and its start month', () => {
    expect(bandsStartMonth('FY2022-23')).toBe('2022-04');
    expect(bandsStartMonth('2022-10-15')).toBe('2022-10');
    expect(bandsStartMonth('October')).toBeUndefined();
    const parsed = segmentInvoiceBandsSchema.parse({
      segment: 'phones',
      from: 'FY23',
      bands: [above('1')],
    });
    expect(parsed.startMonth).toBe('2022-04');
  });

  it('names the path of each problem in the file', () => {
    const json = tinyJson();
    json.invoiceBands = [
      { segment: 'phones', bands: [below('0.5'), above('0.4')] },
      {
        segment: 'phones',
        from: 'FY2021-22',
        bands: [
          { from: '₹0', to: '₹8,000', share: '0.2' },
          { from: '₹9,000', to: '₹12,000', share: '0.3' },
          { from: '₹12,000', to: '₹18,000', share: '0.3' },
          { from: '₹18,000', share: '0.2' },
        ],
      },
      { segment: 'tablets', from: 'FY2030-31', bands: [above('1')] },
      { segment: 'phones', from: '2021-01', bands: [{ from: '₹15,000', share: '1' }] },
      { segment: 'phones', bands: [{ from: '₹15,000', share: '0.5' }, above('0.5')] },
    ];
    expect(scenarioIssues(json)).toEqual([
      'invoiceBands[0].bands: the shares sum to 0.9, not 1',
      `invoiceBands[1].bands[1].from: must be the previous band's "to" (8000): bands are contiguous, lowest first`,
      'invoiceBands[4].bands[1].from: only the last band may be open (without "to")',
    ]);
    json.invoiceBands = (json.invoiceBands as unknown[]).slice(1, 4);
    const [fixed] = json.invoiceBands as { bands: { from: string; to?: string }[] }[];
    const [first, second] = fixed?.bands ?? [];
    if (first === undefined || second === undefined) throw new Error('no bands');
    first.to = '₹9,000';
    expect(scenarioIssues(json)).toEqual([
      'invoiceBands[0].from: the first bands of segment "phones" must apply from the horizon start (omit "from")',
      'invoiceBands[1].segment: unknown segment "tablets"',
      'invoiceBands[1].from: FY2030-31 is outside the horizon',
      `invoiceBands[2].from: must start after the segment's previous bands (2021-04)`,
      'invoiceBands[0].bands[2]: has the ≥ ₹15,000 invoice floor of lsem-2020 global-mobile (enrolment "lsem-global") inside it: the floor must be a band edge, so split the band at ₹15,000',
    ]);
  });
});

describe('a segment end date (a model transition)', () => {
  it('stops selling after its end month, and PLI follows the units', () => {
    const json = tinyJson();
    (json.segments as Record<string, unknown>[])[0] = {
      ...(json.segments as Record<string, unknown>[])[0],
      end: '2021-09',
    };
    json.invoiceBands = [{ segment: 'phones', bands: [below('0'), above('1')] }];
    const result = runScenario(parseScenario(json));
    expect(result.operations.map((o) => o.units.toFixed())).toEqual(['48000000', '24000000', '0']);
    // FY2021-22: six months, ₹28,800 crore × 6%; FY2022-23 sells nothing.
    expect(cr(result.pli?.enrolments[0]?.years[1]?.incentive)).toBe('₹1,728.0 crore');
  });

  it('must end inside the horizon', () => {
    const json = tinyJson();
    (json.segments as Record<string, unknown>[])[0] = {
      ...(json.segments as Record<string, unknown>[])[0],
      end: '2023-04',
    };
    expect(scenarioIssues(json)).toEqual([
      'segments[0].end: 2023-04 is outside the horizon (2020-04 to 2023-03)',
    ]);
  });
});
