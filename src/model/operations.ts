import { ZERO } from '../core/decimal.js';
import { inr } from '../money/constructors.js';
import type { ProjectionResult } from '../projection/runProjection.js';
import { invoiceBandUnits } from './invoiceBands.js';
import type { Scenario } from './scenario.js';
import type { OperationsYear } from './types.js';

/**
 * Arranges the projection's fiscal-year rows (from `runProjection`, exact) by year: totals, each
 * segment (demand, units, unmet demand and the revenue it would have brought, price, margin), the
 * revenue bridge by driver (volume, price, new and discontinued products), each plant (capacity, utilisation, whether it binds) and the workforce
 * (with the months in which the hiring limit bound).
 *
 * @param scenario - the validated scenario (for plant and segment names)
 * @param projection - the projection's result
 * @returns one {@link OperationsYear} per fiscal year of the horizon
 */
export function operationsByYear(
  scenario: Scenario,
  projection: ProjectionResult,
): OperationsYear[] {
  const plantName = new Map(scenario.plants.map((p) => [p.id, p.name ?? p.id]));
  const banded = invoiceBandUnits(scenario.invoiceBands, projection);
  return projection.fiscalYears.map((year, y) => {
    const total = projection.total.yearly[y];
    const hc = projection.headcount?.yearly[y];
    const revenue = total?.revenue.amount ?? ZERO;
    const units = total?.units ?? ZERO;
    return {
      year,
      revenue: inr(revenue),
      revenueUsd: total?.revenueUsd ?? null,
      costOfGoods: inr(total?.cogs.amount ?? ZERO),
      demand: total?.demand ?? ZERO,
      units,
      unmetUnits: total?.unmetUnits ?? ZERO,
      averagePrice: units.isZero() ? null : inr(revenue.dividedBy(units)),
      exportUnits: total?.exportUnits ?? ZERO,
      exportRevenue: inr(total?.exportRevenue.amount ?? ZERO),
      segments: projection.segments.map((s) => {
        const row = s.yearly[y];
        const sold = row?.units ?? ZERO;
        return {
          segment: s.id,
          name: s.name,
          demand: row?.demand ?? ZERO,
          units: sold,
          unmetUnits: row?.unmetUnits ?? ZERO,
          averagePrice: sold.isZero() || row === undefined ? null : row.averagePrice,
          revenue: inr(row?.revenue.amount ?? ZERO),
          revenueLostToCapacity: inr(row?.lostRevenue.amount ?? ZERO),
          costOfGoods: inr(row?.cogs.amount ?? ZERO),
          grossMargin: row?.grossMargin ?? ZERO,
          exportUnits: row?.exportUnits ?? ZERO,
          exportRevenue: inr(row?.exportRevenue.amount ?? ZERO),
          ...(banded.has(s.id) ? { invoiceBands: banded.get(s.id)?.get(year) ?? [] } : {}),
        };
      }),
      bridge: projection.segments.flatMap((s) => {
        const b = s.bridge.find((r) => r.period === year);
        if (b === undefined) return [];
        const before = s.yearly[y - 1]?.units ?? ZERO;
        const now = s.yearly[y]?.units ?? ZERO;
        const change = b.revenue.amount.minus(b.previous.amount);
        // A product with no units on one side has no price or volume to compare: it is new or gone.
        const isNew = before.isZero() && now.greaterThan(0);
        const gone = now.isZero() && before.greaterThan(0);
        const zero = inr(ZERO);
        return [
          {
            segment: s.id,
            volumeEffect: isNew || gone ? zero : b.volumeEffect,
            priceEffect: isNew || gone ? zero : b.priceEffect,
            newProducts: isNew ? inr(change) : zero,
            discontinued: gone ? inr(change) : zero,
            change: inr(change),
          },
        ];
      }),
      plants: projection.plants.map((p) => {
        const row = p.yearly[y];
        const unmet = row?.unmetUnits ?? ZERO;
        return {
          plant: p.id,
          name: plantName.get(p.id) ?? p.id,
          nameplate: row?.nameplate ?? ZERO,
          capacity: row?.capacity ?? ZERO,
          demand: row?.demand ?? ZERO,
          units: row?.units ?? ZERO,
          unmetUnits: unmet,
          utilisation: row?.utilisation ?? ZERO,
          capacityBinds: unmet.greaterThan(0),
        };
      }),
      headcount:
        hc === undefined
          ? null
          : {
              opening: hc.opening,
              hires: hc.hires,
              exits: hc.exits,
              closing: hc.closing,
              average: hc.average,
              required: hc.required,
              payroll: hc.payroll,
              revenuePerEmployee: hc.average.isZero() ? null : hc.revenuePerEmployee,
              hiringLimitMonths: hc.hiringLimitBoundMonths,
            },
    };
  });
}
