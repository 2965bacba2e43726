import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { capitalSubsidy, sgstReimbursement } from '../../src/model/stateIncentives.js';
import { crore, inr } from '../../src/money/constructors.js';

const d = (x: string | number) => new Decimal(x);
const years = (n: number) => Array.from({ length: n }, (_, i) => `FY${2022 + i}-${23 + i}`);

describe('capitalSubsidy', () => {
  it('pays rate × capex in equal instalments that add up to the paisa (hand-worked)', () => {
    // 24% of ₹700 crore = ₹168 crore in 15 instalments of ₹11.2 crore.
    const rows = capitalSubsidy(
      crore(700),
      { rate: d('0.24'), cap: null, instalments: 15 },
      years(15),
    );
    expect(rows).toHaveLength(15);
    expect(rows.every((r) => r.amount.amount.toFixed() === '112000000')).toBe(true);
    expect(rows[0]?.reason).toBe(
      'capital subsidy instalment 1 of 15: 24% of eligible capex ₹700.00 crore = ₹168.00 crore',
    );
  });

  it('caps the subsidy, and hands the leftover paisa to the first instalment', () => {
    // 30% of ₹1,000 crore = ₹300 crore > the ₹250 crore cap; ₹250 crore ÷ 3.
    const rows = capitalSubsidy(
      crore(1000),
      { rate: d('0.3'), cap: crore(250), instalments: 3 },
      years(4),
    );
    expect(rows.map((r) => r.amount.amount.toFixed())).toEqual([
      '833333333.34',
      '833333333.33',
      '833333333.33',
    ]);
    expect(rows.map((r) => r.year)).toEqual(['FY2022-23', 'FY2023-24', 'FY2024-25']);
    expect(rows[2]?.reason).toMatch(/capped at ₹250.00 crore = ₹250.00 crore$/);
  });

  it('refuses fewer years than instalments', () => {
    expect(() =>
      capitalSubsidy(crore(1), { rate: d('0.3'), cap: null, instalments: 12 }, years(5)),
    ).toThrow('12 instalments need as many years, got 5');
    expect(() =>
      capitalSubsidy(crore(1), { rate: d('0.3'), cap: null, instalments: 0 }, years(5)),
    ).toThrow(RangeError);
  });
});

describe('sgstReimbursement', () => {
  const sales = [crore(500), crore(500), crore(500)].map((amount, i) => ({
    year: years(3)[i] ?? '',
    amount,
  }));

  it('reimburses share × SGST on domestic sales for N years, up to the cap (hand-worked)', () => {
    // 9% × ₹500 crore = ₹45 crore a year; the ₹60 crore cap leaves ₹15 crore in year 2; the
    // reimbursement runs 2 years, so year 3 pays nothing.
    const rows = sgstReimbursement(sales, {
      sgstRate: d('0.09'),
      share: d(1),
      years: 2,
      cap: crore(60),
    });
    expect(rows.map((r) => r.amount.amount.dividedBy(1e7).toFixed())).toEqual(['45', '15', '0']);
    expect(rows[1]?.reason).toBe(
      'SGST reimbursement: 100% of 9% SGST on ₹500.00 crore = ₹45.00 crore, cut to ₹15.00 crore by the ₹60.00 crore cap',
    );
    expect(rows[2]?.reason).toBe('SGST reimbursement ran 2 years');
  });

  it('reimburses a share without a cap, rounded half-up to the paisa', () => {
    // 50% of 9% on ₹0.37 = ₹0.01665 → ₹0.02.
    const rows = sgstReimbursement([{ year: 'FY2022-23', amount: inr('0.37') }], {
      sgstRate: d('0.09'),
      share: d('0.5'),
      years: 5,
      cap: null,
    });
    expect(rows[0]?.amount.amount.toFixed()).toBe('0.02');
  });
});
