import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { ArgumentError } from '../../src/core/errors.js';
import type { Money } from '../../src/money/money.js';
import { fiscalYearTable, tableToCsv, tableToMarkdown } from '../../src/report/index.js';

const inr = (rupees: string): Money<'INR'> => ({ amount: new Decimal(rupees), currency: 'INR' });
const usd = (dollars: string): Money<'USD'> => ({ amount: new Decimal(dollars), currency: 'USD' });
const years = ['FY2021-22', 'FY2022-23'];

describe('fiscalYearTable', () => {
  it('shows Money in ₹ crore by default, with a total column', () => {
    const t = fiscalYearTable(
      'Revenue (₹ crore)',
      years,
      [{ label: 'Phones', values: [inr('52000000000'), inr('91000000000')] }],
      { total: true, labelHeader: 'Line' },
    );
    expect(tableToMarkdown(t)).toBe(
      [
        '**Revenue (₹ crore)**',
        '',
        '| Line | FY2021-22 | FY2022-23 | Total |',
        '| :--- | ---: | ---: | ---: |',
        '| Phones | 5,200.00 | 9,100.00 | 14,300.00 |',
        '',
      ].join('\n'),
    );
  });

  it('divides exactly, leaving rounding to the renderer', () => {
    const t = fiscalYearTable('x', ['FY2021-22'], [{ label: 'a', values: [inr('123456789')] }]);
    expect(String(t.rows[0]?.cells.y0)).toBe('12.3456789');
  });

  it('shows Decimals as given, other units, per-line decimals and blank totals', () => {
    const t = fiscalYearTable(
      'Mixed',
      years,
      [
        { label: 'Revenue ($ million)', values: [usd('1500000'), usd('2500000')] },
        { label: 'Headcount', values: [new Decimal('2400.4'), null], decimals: 0 },
      ],
      { unit: 'million', total: true, decimals: 1 },
    );
    expect(tableToCsv(t)).toBe(
      [
        ',FY2021-22,FY2022-23,Total',
        'Revenue ($ million),1.5,2.5,4.0',
        'Headcount,2400,,',
        '',
      ].join('\n'),
    );
  });

  it('rejects a line with the wrong number of values, naming it', () => {
    expect(() => fiscalYearTable('T', years, [{ label: 'Phones', values: [inr('1')] }])).toThrow(
      ArgumentError,
    );
    expect(() => fiscalYearTable('T', years, [{ label: 'Phones', values: [inr('1')] }])).toThrow(
      'table "T": lines[0] ("Phones") has 1 values for 2 years',
    );
  });

  it('rejects a table mixing currencies', () => {
    expect(() =>
      fiscalYearTable(
        'T',
        ['FY2021-22'],
        [
          { label: 'a', values: [inr('1')] },
          { label: 'b', values: [usd('1')] },
        ],
      ),
    ).toThrow('line "b" mixes INR and USD in one table');
  });

  it('does not mutate its input', () => {
    const lines = [{ label: 'a', values: [inr('10000000'), inr('20000000')] }];
    const copy = JSON.stringify(lines);
    fiscalYearTable('T', years, lines, { total: true });
    expect(JSON.stringify(lines)).toBe(copy);
  });
});
