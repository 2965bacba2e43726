import { describe, expect, it } from 'vitest';
import { workspaceValue } from '../../src/projection/_lib/bigWorkspace.js';
import { runProjection } from '../../src/projection/runProjection.js';
import { eightSegmentPlan } from './fixtures.js';

describe('workspaceValue', () => {
  it("reads one value of a kernel run's buffer without converting the buffer", () => {
    const { workspace: ws } = runProjection(eightSegmentPlan());
    const values = Array.from({ length: 40 }, (_, i) => workspaceValue(ws, 'revenue', i));
    // Still the lazy getter: only those values were converted.
    expect(Object.getOwnPropertyDescriptor(ws, 'revenue')?.get).toBeTypeOf('function');
    expect(Object.getOwnPropertyDescriptor(ws, 'units')?.get).toBeTypeOf('function');
    const units = Array.from({ length: 40 }, (_, i) => workspaceValue(ws, 'units', i));
    const demand = Array.from({ length: 40 }, (_, i) => workspaceValue(ws, 'demand', i));
    const totals = Array.from({ length: 40 }, (_, i) => [
      workspaceValue(ws, 'totalRevenue', i),
      workspaceValue(ws, 'totalCogs', i),
    ]);
    expect(Object.getOwnPropertyDescriptor(ws, 'totalCogs')?.get).toBeTypeOf('function');
    expect(Object.getOwnPropertyDescriptor(ws, 'demand')?.get).toBeTypeOf('function');
    // The very Decimals the buffers give (a kernel value converts once), index for index.
    for (let i = 0; i < 40; i++) {
      expect(values[i]).toBe(ws.revenue[i]);
      expect(units[i]).toBe(ws.units[i]);
      expect(demand[i]).toBe(ws.demand[i]);
      expect(totals[i]).toEqual([ws.totalRevenue[i], ws.totalCogs[i]]);
      expect(totals[i]?.[1]).toBe(ws.totalCogs[i]);
    }
    expect(workspaceValue(ws, 'revenue', ws.revenue.length)).toBeUndefined();
  });

  it("reads a plain workspace's own buffer", () => {
    const { workspace } = runProjection(eightSegmentPlan());
    const copy = { ...workspace, revenue: Array.from(workspace.revenue) };
    expect(workspaceValue(copy, 'revenue', 5)).toBe(workspace.revenue[5]);
  });
});
