import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { fv, irr, mirr, nper, npv, pmt, pv, rate, xirr, xnpv } from '../../src/finance/index.js';
import { EXCEL_DATED_FLOWS, expectClose } from './helpers.js';

// Excel's documented examples. The reference values below were computed independently of
// crorecast, in Python's `decimal` module at 60 significant digits: NPV, PMT, MIRR, FV, PV and
// NPER from their closed forms, IRR/XIRR/RATE by 400 bisection steps on the NPV, XNPV as
// Σ amount·exp(−(days/365)·ln(1 + rate)). Excel shows 15 digits; each test checks Excel's 1e-9
// relative bar and crorecast's own 1e-25.

const monthly = new Decimal('0.08').dividedBy(12);

describe('Excel parity', () => {
  it('NPV(10%; −10,000, 3,000, 4,200, 6,800) = 1,188.44', () => {
    const value = npv('0.1', [-10_000, 3_000, 4_200, 6_800]);
    expectClose(value, '1188.44341233522300389317669558090294378799', 1e-9);
    expectClose(value, '1188.44341233522300389317669558090294378799', 1e-25);
  });

  it('IRR(−70,000, 12,000, 15,000, 18,000, 21,000) = −2.12%', () => {
    const value = irr([-70_000, 12_000, 15_000, 18_000, 21_000]);
    expectClose(value, '-0.0212448482734109910310502248385728974700411', 1e-9);
    expectClose(value, '-0.0212448482734109910310502248385728974700411', 1e-25);
    expect(value.times(100).toFixed(2)).toBe('-2.12');
  });

  it('XNPV(9%) of the documented dated flows = 2,086.65', () => {
    const value = xnpv('0.09', EXCEL_DATED_FLOWS);
    expectClose(value, '2086.64760203153662166361009431414408686929', 1e-9);
    expectClose(value, '2086.64760203153662166361009431414408686929', 1e-25);
  });

  it('XIRR of the documented dated flows = 37.34%', () => {
    const value = xirr(EXCEL_DATED_FLOWS);
    expectClose(value, '0.373362533518831510308455411914554824171298', 1e-9);
    expectClose(value, '0.373362533518831510308455411914554824171298', 1e-25);
  });

  it('PMT(8%/12, 10, 10,000) = −1,037.03', () => {
    const value = pmt(monthly, 10, 10_000);
    expectClose(value, '-1037.03208935915217565209482932428271324340', 1e-9);
    expectClose(value, '-1037.03208935915217565209482932428271324340', 1e-25);
    // With the rate as the float 0.08 / 12 (what a spreadsheet cell holds) Excel's bar still holds.
    expectClose(pmt(0.08 / 12, 10, 10_000), '-1037.032089359152', 1e-9);
  });

  it('XIRR of −37,987,348 on 2013-12-31 and 21,191,041 on 2014-05-15 = −79.36%', () => {
    // 135 days apart; closed form (21191041 / 37987348)^(365/135) − 1.
    const value = xirr([
      { date: '2013-12-31', amount: -37_987_348 },
      { date: '2014-05-15', amount: 21_191_041 },
    ]);
    expectClose(value, '-0.793629738373388376618995565693590766943456', 1e-25);
    expect(value.times(100).toFixed(2)).toBe('-79.36');
  });

  it('MIRR of the documented flows: 12.61%, −4.80% over three years, 13.48% at 14%', () => {
    const flows = [-120_000, 39_000, 30_000, 21_000, 37_000, 46_000];
    expectClose(mirr(flows, '0.1', '0.12'), '0.126094130365905145828421880050310898163091', 1e-25);
    expectClose(
      mirr(flows.slice(0, 4), '0.1', '0.12'),
      '-0.0480446552499808200406985924617901813642',
      1e-25,
    );
    expectClose(mirr(flows, '0.1', '0.14'), '0.134759110828314846280478965079460044146', 1e-25);
  });

  it('FV(6%/12, 10, −200, −500, 1) = 2,581.40', () => {
    const value = fv(new Decimal('0.06').dividedBy(12), 10, -200, { pv: -500, type: 1 });
    // 0.005 is exact, so this closed form is exact to the last digit.
    expect(value.toFixed()).toBe('2581.4033740601791537250068359375');
  });

  it('PV(8%/12, 12·20, 500) = −59,777.15', () => {
    expectClose(pv(monthly, 240, 500), '-59777.1458511880218168080388439635826630', 1e-25);
  });

  it('NPER(12%/12, −100, −1,000, 10,000, 1) = 59.67', () => {
    expectClose(
      nper('0.01', -100, -1_000, { fv: 10_000, type: 1 }),
      '59.6738656742946255875035904300370152699',
      1e-25,
    );
  });

  it('RATE(4·12, −200, 8,000) = 0.77% a month (9.24% a year)', () => {
    const value = rate(48, -200, 8_000);
    expectClose(value, '0.00770147248820204381596913010439999214913', 1e-25);
    expect(value.times(12).times(100).toFixed(2)).toBe('9.24');
  });
});
