import { describe, expect, it } from 'vitest';
import { Decimal, ZERO } from '../../src/core/decimal.js';
import { projectionInputOf } from '../../src/model/_lib/projectionInput.js';
import { parseScenario } from '../../src/model/parseScenario.js';
import { firstYearPartSales } from '../../src/model/pliPartYear.js';
import { getPliScheme } from '../../src/pli/getPliScheme.js';
import { kernelWorkspace } from '../../src/projection/_lib/bigWorkspace.js';
import { compileParsedProjection } from '../../src/projection/compile.js';
import { runProjection } from '../../src/projection/runProjection.js';
import { seedJson } from './_seed.js';

describe('firstYearPartSales', () => {
  const scenario = parseScenario(seedJson());
  const projection = runProjection(
    compileParsedProjection(projectionInputOf(scenario), {
      tranches: Object.fromEntries(scenario.investments.map((i) => [i.id, '2022-06'])),
    }),
  );
  const ids = ['smartphones-value', 'feature-phones', 'not-a-segment'];

  const shown = (part: ReturnType<typeof firstYearPartSales>) => ({
    from: part?.from,
    netSales: part?.netSales.amount.toString(),
    units: new Map([...(part?.units ?? [])].map(([k, v]) => [k, v.toString()])),
  });

  /** The oracle: the same months summed from the projection's monthly rows. */
  function fromRows(ratio: Decimal | null, ids: readonly string[]) {
    const scale = (d: Decimal) => (ratio === null ? d : d.times(ratio));
    let netSales = ZERO;
    const units = new Map<string, string>();
    for (const s of projection.segments) {
      if (!ids.includes(s.id)) continue;
      let u = ZERO;
      for (const m of s.monthly) {
        if (m.period < '2021-08' || m.period > '2022-03') continue;
        netSales = netSales.plus(scale(m.revenue.amount));
        u = u.plus(scale(m.units));
      }
      units.set(s.id, u.toString());
    }
    return { from: '2021-08', netSales: netSales.toString(), units };
  }

  it('sums the months from LSEM’s 1 August, read from the workspace, as the rows give them', () => {
    for (const ratio of [null, new Decimal('0.85')]) {
      const part = firstYearPartSales(
        getPliScheme('lsem-2020'),
        'FY2021-22',
        projection,
        ids,
        ratio,
      );
      expect(shown(part)).toEqual(fromRows(ratio, ids));
    }
    expect(
      firstYearPartSales(
        getPliScheme('lsem-2020'),
        'FY2021-22',
        projection,
        ids,
        null,
      )?.netSales.amount.isZero(),
    ).toBe(false);
  });

  it('sums on the kernel as planned: every segment alone and all together, as the rows give them', () => {
    expect(kernelWorkspace(projection.workspace)).toBeDefined();
    const all = projection.segments.map((s) => s.id);
    for (const some of [all, [...all].reverse(), ...all.map((id) => [id])]) {
      const part = firstYearPartSales(
        getPliScheme('lsem-2020'),
        'FY2021-22',
        projection,
        some,
        null,
      );
      expect(shown(part)).toEqual(fromRows(null, some));
    }
  });

  it('is undefined when the whole first year counts, and empty without a projection', () => {
    expect(
      firstYearPartSales(getPliScheme('it-hardware-2021'), 'FY2021-22', projection, ids, null),
    ).toBeUndefined();
    const none = firstYearPartSales(getPliScheme('lsem-2020'), 'FY2021-22', undefined, ids, null);
    expect(none?.netSales.amount.isZero()).toBe(true);
    expect(none?.units.size).toBe(0);
  });
});
