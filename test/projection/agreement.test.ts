import { describe, expect, it } from 'vitest';
import { decimalCalculator, float64Calculator } from '../../src/core/calculator.js';
import type { Decimal } from '../../src/core/decimal.js';
import { compileProjection } from '../../src/projection/compile.js';
import { runEquations } from '../../src/projection/equations.js';
import { parameterVector } from '../../src/projection/evaluate.js';
import { createWorkspace, type Workspace } from '../../src/projection/workspace.js';
import { eightSegmentPlan } from './fixtures.js';

const BUFFERS = [
  'demand',
  'units',
  'unmet',
  'price',
  'unitCost',
  'revenue',
  'cogs',
  'revenueUsd',
  'componentCost',
  'componentCogs',
  'nameplate',
  'capacity',
  'produced',
  'plantDemand',
  'fx',
  'totalDemand',
  'totalUnits',
  'totalUnmet',
  'totalRevenue',
  'totalCogs',
  'totalRevenueUsd',
  'requiredDirect',
  'requiredIndirect',
  'requiredTeams',
  'required',
  'opening',
  'exits',
  'hires',
  'closing',
  'average',
  'payrollDirect',
  'payrollIndirect',
  'payrollTeams',
  'payroll',
] as const satisfies readonly (keyof Workspace<number>)[];

describe('Decimal and float64 paths', () => {
  it('agree to 1e-9 relative on every monthly figure of a realistic 8-segment, 5-year plan', () => {
    const plan = compileProjection(eightSegmentPlan());
    const exact = createWorkspace(plan, decimalCalculator);
    runEquations(plan, parameterVector(plan, decimalCalculator) as Decimal[], exact);
    const fast = createWorkspace(plan, float64Calculator);
    runEquations(plan, parameterVector(plan, float64Calculator) as Float64Array, fast);
    let compared = 0;
    let worst = 0;
    for (const name of BUFFERS) {
      const d = exact[name] as unknown as Decimal[];
      const f = fast[name] as unknown as Float64Array;
      expect(f.length).toBe(d.length);
      for (let i = 0; i < d.length; i++) {
        const x = (d[i] as Decimal).toNumber();
        const y = f[i] as number;
        const scale = Math.max(Math.abs(x), 1e-6);
        const rel = Math.abs(x - y) / scale;
        worst = Math.max(worst, rel);
        if (rel > 1e-9) expect.fail(`${name}[${i}]: decimal ${x} vs float ${y} (relative ${rel})`);
        compared++;
      }
    }
    expect(Array.from(exact.hiringLimitBinds)).toEqual(Array.from(fast.hiringLimitBinds));
    // The plan exercises what it should: capacity binds, the hiring limit binds.
    expect((exact.totalUnmet as Decimal[]).some((u) => u.greaterThan(0))).toBe(true);
    expect(exact.hiringLimitBinds.some((b) => b === 1)).toBe(true);
    expect(compared).toBeGreaterThan(7_000);
    expect(worst).toBeLessThan(1e-9);
  });
});
