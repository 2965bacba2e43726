import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { fv, nper, pmt, pv } from '../../src/finance/index.js';

// Excel's positional tail (`PMT(rate, nper, pv, [fv], [type])`) and the options object are two
// spellings of one call; anything else is a typed error naming the argument (issue 11 #10).
describe("Excel's positional arguments", () => {
  it('are the same call as the options object', () => {
    const positional = pmt(0.01, 12, 1000, new Decimal(-5000));
    expect(positional.toString()).toBe('305.3951547133668293599513249115461159218');
    expect(pmt(0.01, 12, 1000, { fv: -5000 }).equals(positional)).toBe(true);
    const due = pmt(0.01, 12, 1000, undefined, 1);
    expect(due.toString()).toBe('-87.96909770132842310889884279988765245589');
    expect(pmt(0.01, 12, 1000, { type: 1 }).equals(due)).toBe(true);
    expect(pmt(0.01, 12, 1000, undefined).equals(pmt(0.01, 12, 1000))).toBe(true);
    expect(pmt(0.01, 12, 1000, { fv: -5000 } as never, undefined).equals(positional)).toBe(true);
    expect(nper(0.01, -100, 1000, undefined, 1).toString()).toBe(
      '10.47814508511682081406242227746947193245',
    );
    expect(nper(0.01, -100, 1000, { type: 1 }).toString()).toBe(
      '10.47814508511682081406242227746947193245',
    );
    expect(pv(0.01, 12, -100, undefined, 1).toString()).toBe(
      '1136.762824821947650762017508733527293147',
    );
    expect(fv(0.01, 12, -100, undefined, 1).toString()).toBe('1280.9328043328941786781301');
  });

  it('a payment at the start of the period still counts at a tiny rate', () => {
    expect(pmt('1e-40', 12, 1000, 0, 1).toString()).toBe(
      '-83.33333333333333333333333333333333333338',
    );
    expect(pmt('1e-40', 12, 1000).toString()).toBe('-83.33333333333333333333333333333333333339');
  });

  it.each([
    [
      () => pmt(0.01, 12, 1000, { fv: 0 } as never, 1),
      'pmt: an options object cannot be followed by more arguments; give fv, type either positionally (as in Excel) or in the options object',
    ],
    [
      () => (pmt as (...args: unknown[]) => unknown)(0.01, 12, 1000, 0, 0, 5),
      'pmt takes at most 2 optional arguments (fv, type), got 3',
    ],
    [
      () => pmt(0.01, 12, 1000, null as never),
      "pmt: argument fv null must be an amount or rate (Excel's order: fv, type) or the options object",
    ],
    [
      () => pmt(0.01, 12, 1000, 0, [1] as never),
      "pmt: argument type [1] must be 0 or 1 (Excel's order: fv, type) or the options object",
    ],
    [
      () => pmt(0.01, 12, 1000, (() => 1) as never),
      "pmt: argument fv a function must be an amount or rate (Excel's order: fv, type) or the options object",
    ],
    [() => fv(0.01, 'x' as never, -100), 'nper "x" is not a finite decimal number'],
    [
      () => nper(0.01, 0, 0),
      'nper: no number of periods balances pmt 0, pv 0 and fv 0 at rate 0.01',
    ],
  ])('refuses with a message naming the argument (%#)', (call, message) => {
    expect(call).toThrow(message);
    expect(call).toThrow(/^\[crorecast\] /);
  });

  it('gives every refusal the code INVALID_OPTIONS', () => {
    for (const call of [
      () => pmt(0.01, 12, 1000, { fv: 0 } as never, 1),
      () => (pmt as (...args: unknown[]) => unknown)(0.01, 12, 1000, 0, 0, 5),
      () => pmt(0.01, 12, 1000, null as never),
    ]) {
      expect(call).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    }
  });
});
