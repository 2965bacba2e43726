import { describe, expect, it } from 'vitest';
import type { Decimal } from '../../src/core/decimal.js';
import { fiscalYearRange } from '../../src/model/_lib/fiscalYears.js';
import { investmentsByYear } from '../../src/model/investments.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { taxDepreciationByYear } from '../../src/model/taxDepreciationByYear.js';
import {
  type TaxAddition,
  type TaxBlock,
  taxDepreciation,
} from '../../src/schedule/taxDepreciation.js';
import { seedJson } from './_seed.js';

// biome-ignore lint/suspicious/noExplicitAny: a scenario file edited in place, as JSON
type Json = Record<string, any>;

describe('taxDepreciationByYear', () => {
  it('puts each month a twelfth of the year’s capex to use in each block, as the schedule layer does', () => {
    // The seed with two investments split over blocks (every block named, some with no share), so that each
    // block's monthly addition differs: a block given another's share, or a month another's
    // amount, moves the figures.
    const json = seedJson() as Json;
    json.investments[0].taxBlock = {
      'plant-and-machinery': '0.7',
      buildings: '0.3',
      computers: '0',
      furniture: '0',
    };
    json.investments[1].taxBlock = {
      'plant-and-machinery': '0.5',
      buildings: '0',
      computers: '0.25',
      furniture: '0.25',
    };
    const scenario = parseScenario(json);
    const years = fiscalYearRange(scenario.horizon.start, scenario.horizon.years ?? 0);
    const investment = investmentsByYear(scenario, years);
    // The reference: every month of every year, every block, capex × share ÷ 12 computed afresh.
    const additions: TaxAddition[] = [];
    scenario.investments.forEach((inv, i) => {
      const blocks: [TaxBlock, Decimal | 1][] =
        typeof inv.taxBlock === 'string'
          ? [[inv.taxBlock, 1]]
          : (Object.entries(inv.taxBlock) as [TaxBlock, Decimal][]);
      years.forEach((year, y) => {
        const capex = investment.commitments[i]?.byYear[y]?.amount;
        if (capex === undefined || capex.isZero()) return;
        const start = Number(year.slice(2, 6));
        for (let m = 0; m < 12; m++) {
          const month = String(((3 + m) % 12) + 1).padStart(2, '0');
          const putToUse = `${start + (m >= 9 ? 1 : 0)}-${month}-15`;
          for (const [block, share] of blocks) {
            additions.push({ block, amount: capex.times(share).dividedBy(12), putToUse });
          }
        }
      });
    });
    const expected = taxDepreciation(additions, years);
    const actual = taxDepreciationByYear(scenario, investment, years);
    const digits = (list: typeof actual) =>
      list.map((y) =>
        y.blocks.map((b) => [
          b.block,
          b.additions.amount.toString(),
          b.halfRateAdditions.amount.toString(),
          b.depreciation.amount.toString(),
        ]),
      );
    expect(digits(actual)).toEqual(digits(expected));
    // The split reaches every block named.
    expect(actual[1]?.blocks.every((b) => b.additions.amount.greaterThan(0))).toBe(true);
  });
});
