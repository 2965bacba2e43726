// An interpolated curve compares each period's t with the anchor behind it only until t has
// passed it (t only grows): the values are those of comparing every period (issue 15), exactly,
// on both backends — anchors on the periods themselves, between them, before and after.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Calculator,
  decimalCalculator,
  float64Calculator,
} from '../../src/core/calculator.js';
import { growthCurve } from '../../src/series/growthCurve.js';
import { growthValues } from '../../src/series/growthValues.js';

type Interpolated = Extract<ReturnType<typeof growthCurve>, { kind: 'interpolate' }>;

/** The walk as it was: both comparisons every period. */
function reference<N>(
  curve: Interpolated,
  count: number,
  months: number,
  calc: Calculator<N>,
): N[] {
  const at = (i: number) =>
    calc.divide(calc.multiply(calc.from(i), calc.from(months)), calc.from(12));
  const xs = curve.anchors.map((a) => calc.from(a.at));
  const ys = curve.anchors.map((a) => calc.from(a.value));
  const last = xs.length - 1;
  const out: N[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    const t = at(i);
    while (k < last && calc.compare(t, xs[k + 1] as N) >= 0) k++;
    const x0 = xs[k] as N;
    const y0 = ys[k] as N;
    if (k === last || calc.compare(t, x0) <= 0) {
      out.push(y0);
      continue;
    }
    const y1 = ys[k + 1] as N;
    const span = calc.subtract(xs[k + 1] as N, x0);
    const f = calc.divide(calc.subtract(t, x0), span);
    out.push(
      curve.method === 'linear'
        ? calc.add(y0, calc.multiply(calc.subtract(y1, y0), f))
        : calc.multiply(y0, calc.power(calc.divide(y1, y0), f)),
    );
  }
  return out;
}

describe('interpolated curves', () => {
  it('give the values of comparing every period (property, both backends)', () => {
    // Anchors on the month grid (t = i/12 hits them exactly), on the quarter grid, or anywhere.
    const onGrid = fc.integer({ min: 0, max: 40 }).map((i) => String(i / 4));
    const month = fc.integer({ min: 0, max: 40 }).map((i) => (i / 12).toFixed(6));
    const anywhere = fc.double({ min: 0, max: 4, noNaN: true }).map((x) => x.toFixed(4));
    const ats = fc
      .uniqueArray(fc.oneof(onGrid, month, anywhere), {
        minLength: 1,
        maxLength: 6,
        selector: Number,
      })
      .map((xs) => [...xs].sort((a, b) => Number(a) - Number(b)));
    fc.assert(
      fc.property(
        ats,
        fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 6, maxLength: 6 }),
        fc.constantFrom('linear' as const, 'compound' as const),
        fc.constantFrom(1 as const, 3 as const, 12 as const),
        (points, values, method, months) => {
          const curve = growthCurve({
            kind: 'interpolate',
            method,
            anchors: points.map((at, i) => ({ at, value: String(values[i]) })),
          }) as Interpolated;
          const exact = growthValues(curve, 30, { monthsPerPeriod: months });
          const want = reference(curve, 30, months, decimalCalculator);
          expect(exact.map((d) => d.toJSON())).toEqual(want.map((d) => d.toJSON()));
          const fast = growthValues(curve, 30, {
            monthsPerPeriod: months,
            calculator: float64Calculator,
          });
          expect(fast).toEqual(reference(curve, 30, months, float64Calculator));
        },
      ),
      { numRuns: 300 },
    );
  });
});
