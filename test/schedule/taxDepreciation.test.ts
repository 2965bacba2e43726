import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import {
  HALF_RATE_BELOW_DAYS,
  type RepeatedTaxAddition,
  TAX_BLOCK_IDS,
  TAX_BLOCKS,
  type TaxAddition,
  taxDepreciation,
  taxDepreciationOfParsed,
  taxDepreciationOfRepeated,
} from '../../src/schedule/taxDepreciation.js';

const d = (x: string | number) => new Decimal(x);
const YEARS = ['FY2021-22', 'FY2022-23', 'FY2023-24'];

describe('taxDepreciation', () => {
  it('has the Appendix I rates for the four blocks (sourced, frozen)', () => {
    expect(Object.entries(TAX_BLOCKS).map(([k, v]) => [k, v.rate])).toEqual([
      ['plant-and-machinery', '0.15'],
      ['buildings', '0.10'],
      ['computers', '0.40'],
      ['furniture', '0.10'],
    ]);
    expect(Object.isFrozen(TAX_BLOCKS)).toBe(true);
    expect(Object.isFrozen(TAX_BLOCKS.computers)).toBe(true);
  });

  it('writes each block down at its rate, half rate when used under 180 days (hand-worked)', () => {
    // Plant: ₹100 put to use 15 Sep 2021 (198 days to 31 Mar 2022: full rate) and ₹100 on
    // 15 Oct 2021 (168 days: half rate). FY2021-22: 100 × 15% + 100 × 7.5% = 22.5; WDV 177.5.
    // FY2022-23: 177.5 × 15% = 26.625; WDV 150.875. FY2023-24: 150.875 × 15% = 22.63125.
    // Computers: ₹50 on 1 Apr 2022 → 50 × 40% = 20, then 30 × 40% = 12.
    const years = taxDepreciation(
      [
        { block: 'plant-and-machinery', amount: d(100), putToUse: '2021-09-15' },
        { block: 'plant-and-machinery', amount: d(100), putToUse: '2021-10-15' },
        { block: 'computers', amount: d(50), putToUse: '2022-04-01' },
      ],
      YEARS,
    );
    const plant = years.map((y) => y.blocks.find((b) => b.block === 'plant-and-machinery'));
    expect(plant.map((b) => b?.depreciation.amount.toFixed())).toEqual([
      '22.5',
      '26.625',
      '22.63125',
    ]);
    expect(plant[0]?.halfRateAdditions.amount.toFixed()).toBe('100');
    expect(plant.map((b) => b?.closing.amount.toFixed())).toEqual([
      '177.5',
      '150.875',
      '128.24375',
    ]);
    const computers = years.map((y) => y.blocks.find((b) => b.block === 'computers'));
    expect(computers.map((b) => b?.depreciation.amount.toFixed())).toEqual(['0', '20', '12']);
    expect(years.map((y) => y.depreciation.amount.toFixed())).toEqual([
      '22.5',
      '46.625',
      '34.63125',
    ]);
    // The write-down never loses a rupee: additions = depreciation + closing WDV.
    const charged = years.reduce((a, y) => a.plus(y.depreciation.amount), d(0));
    expect(charged.plus(years[2]?.closing.amount ?? 0).toFixed()).toBe('250');
  });

  it('counts the put-to-use day: 3 October is 180 days to 31 March (full rate), 4 October 179', () => {
    const [full] = taxDepreciation(
      [{ block: 'buildings', amount: d(1000), putToUse: '2021-10-03' }],
      YEARS,
    );
    const [half] = taxDepreciation(
      [{ block: 'buildings', amount: d(1000), putToUse: '2021-10-04' }],
      YEARS,
    );
    expect(full?.depreciation.amount.toFixed()).toBe('100');
    expect(half?.depreciation.amount.toFixed()).toBe('50');
  });

  it('starts from opening written-down values', () => {
    const [y] = taxDepreciation([], YEARS, { opening: { furniture: d(200) } });
    expect(y?.depreciation.amount.toFixed()).toBe('20');
  });

  it('refuses an addition outside the years, and does not mutate its input', () => {
    const additions = [{ block: 'computers' as const, amount: d(1), putToUse: '2030-01-01' }];
    const before = JSON.stringify(additions);
    expect(() => taxDepreciation(additions, YEARS)).toThrow(/outside FY2021-22\.\.FY2023-24/);
    expect(JSON.stringify(additions)).toBe(before);
  });
});

describe('taxDepreciationOfParsed: additions summed on BigDecimal values', () => {
  // Up to 45 significant digits (a twelfth of a capex has 40; a hand-made amount may have more),
  // a few amounts repeated as a plan repeats each month's part.
  const amount = fc
    .tuple(fc.bigInt({ min: 1n, max: 10n ** 45n }), fc.integer({ min: -44, max: -18 }))
    .map(([c, e]) => new Decimal(`${c}e${e}`));
  const date = fc
    .tuple(
      fc.integer({ min: 2021, max: 2022 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, day]) => `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
    .filter((x) => x >= '2021-04-01' && x <= '2023-03-31');
  const additions = fc.array(amount, { minLength: 1, maxLength: 4 }).chain((amounts) =>
    fc.array(
      fc.record({
        block: fc.constantFrom(...TAX_BLOCK_IDS),
        amount: fc.constantFrom(...amounts),
        putToUse: date,
      }),
      { minLength: 1, maxLength: 40 },
    ),
  );

  it("gives each block and year decimal.js's sums of its additions, in their order (property)", () => {
    const years = ['FY2021-22', 'FY2022-23'];
    const ends = ['2022-03-31', '2023-03-31'];
    fc.assert(
      fc.property(additions, (list) => {
        const result = taxDepreciationOfParsed(list, years);
        years.forEach((_, y) => {
          for (const block of TAX_BLOCK_IDS) {
            // The oracle: decimal.js's plus, one addition after another.
            let full = new Decimal(0);
            let half = new Decimal(0);
            for (const a of list) {
              const end = ends[y] ?? '';
              const start = y === 0 ? '2021-04-01' : '2022-04-01';
              if (a.block !== block || a.putToUse < start || a.putToUse > end) continue;
              const days = differenceInCalendarDays(parseISO(end), parseISO(a.putToUse)) + 1;
              if (days < HALF_RATE_BELOW_DAYS) half = half.plus(a.amount);
              else full = full.plus(a.amount);
            }
            const row = result[y]?.blocks.find((b) => b.block === block);
            expect(row?.halfRateAdditions.amount.toString()).toBe(half.toString());
            expect(row?.additions.amount.toString()).toBe(full.plus(half).toString());
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('taxDepreciationOfRepeated', () => {
  const years = ['FY2021-22', 'FY2022-23', 'FY2023-24'];
  const months = (fy: number) =>
    Array.from(
      { length: 12 },
      (_, m) => `${fy + (m >= 9 ? 1 : 0)}-${String(((3 + m) % 12) + 1).padStart(2, '0')}-15`,
    );
  it('gives the figures of each addition listed month by month, block by block', () => {
    const group = fc.record({
      year: fc.integer({ min: 0, max: 2 }),
      shares: fc.subarray([...TAX_BLOCK_IDS], { minLength: 1 }),
      capex: fc.bigInt({ min: 1n, max: 10n ** 14n }),
    });
    fc.assert(
      fc.property(fc.array(group, { maxLength: 6 }), (groups) => {
        const flat: TaxAddition[] = [];
        const repeated: RepeatedTaxAddition[] = [];
        for (const g of groups) {
          const dates = months(2021 + g.year);
          // One twelfth of the capex a month in each block, with 40-digit quotients.
          const amounts = g.shares.map((block, i) => ({
            block,
            amount: new Decimal(g.capex.toString()).times(i + 1).dividedBy(12 * g.shares.length),
          }));
          for (const putToUse of dates) {
            for (const { block, amount } of amounts) flat.push({ block, amount, putToUse });
          }
          for (const { block, amount } of amounts)
            repeated.push({ block, amount, putToUse: dates });
        }
        expect(JSON.stringify(taxDepreciationOfRepeated(repeated, years))).toBe(
          JSON.stringify(taxDepreciationOfParsed(flat, years)),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('taxDepreciationOfParsed: empty blocks', () => {
  it('keeps a block with no opening value and no additions at +0 in every figure', () => {
    const list: TaxAddition[] = [
      { block: 'computers', amount: d('1234.5'), putToUse: '2022-11-15' },
      { block: 'buildings', amount: d('0.3'), putToUse: '2021-05-15' },
    ];
    for (const opening of [undefined, { furniture: d(0) }, { furniture: d(10) }]) {
      const result = taxDepreciationOfParsed(list, YEARS, opening);
      for (const y of result) {
        let total = d(0);
        let closing = d(0);
        for (const b of y.blocks) {
          total = total.plus(b.depreciation.amount);
          closing = closing.plus(b.closing.amount);
          const empty =
            b.block === 'plant-and-machinery' ||
            (b.block === 'furniture' && (opening?.furniture.isZero() ?? true)) ||
            (b.block === 'computers' && y.year === 'FY2021-22');
          if (!empty) continue;
          expect(b.rate.toString()).toBe(TAX_BLOCKS[b.block].rate.replace(/0$/, ''));
          for (const m of [
            b.opening,
            b.additions,
            b.halfRateAdditions,
            b.depreciation,
            b.closing,
          ]) {
            expect(Object.is(m.amount.toNumber(), 0)).toBe(true);
          }
        }
        if (opening?.furniture.isZero() === false) {
          const furniture = y.blocks.find((b) => b.block === 'furniture');
          const opened = { 'FY2021-22': '10', 'FY2022-23': '9', 'FY2023-24': '8.1' };
          expect(furniture?.opening.amount.toString()).toBe(opened[y.year as keyof typeof opened]);
        }
        expect(y.depreciation.amount.toString()).toBe(total.toString());
        expect(y.closing.amount.toString()).toBe(closing.toString());
      }
    }
  });
});
