// checkParsedTargets reads a kernel run's figures from its BigDecimal workspace (converting only
// what it reports): the same checks, digit for digit, as on the run's Decimal buffers.

import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseInput } from '../../src/core/validate.js';
import { checkParsedTargets, targetSchema } from '../../src/projection/checkTargets.js';
import { runProjection } from '../../src/projection/runProjection.js';
import type { Workspace } from '../../src/projection/workspace.js';
import { eightSegmentPlan } from './fixtures.js';

const TARGETS = [
  { output: 'revenue@FY2026-27', value: { amount: '380000000000', currency: 'INR' } },
  { output: 'revenue@FY2026-27', value: { amount: '300000000000', currency: 'INR' } },
  { output: 'revenue@FY2022-23', value: '1000' },
  { output: 'headcount@FY2022-23', value: '11000' },
  { output: 'revenue[telecom]@FY2022-23', value: '1e12' },
  { output: 'units@total', value: '1e12' },
  { output: 'revenue[mobile]@FY2026-27', value: '1e13' },
  { output: 'units[iot]@FY2026-27', value: '1e12' },
  { output: 'units[noida-2]@FY2025-26', value: '1e12' },
  { output: 'unmetUnits@2023-01', value: '1e12' },
  { output: 'grossMargin@FY2024-25', value: '0.9' },
  { output: 'averageHeadcount@FY2024-25', value: '1e9' },
  { output: 'revenuePerEmployee@total', value: '1e15' },
  { output: 'payroll@FY2022-23', value: '1', comparison: 'at-most' },
] as const;

describe('checkParsedTargets on a kernel run', () => {
  const targets = parseInput(z.array(targetSchema), TARGETS, 'targets');

  it('gives the checks its Decimal buffers give, without converting the buffers', () => {
    const result = runProjection(eightSegmentPlan());
    const fromKernel = checkParsedTargets(result, targets);
    // Still lazy: the checks read the kernel, not the converted buffers.
    for (const key of ['unmet', 'price', 'totalRevenue', 'closing', 'revenue'] as const) {
      expect(Object.getOwnPropertyDescriptor(result.workspace, key)?.get).toBeTypeOf('function');
    }
    // The same run's Decimal buffers, as a plain workspace (no kernel behind it).
    const plain = Object.fromEntries(Object.entries(result.workspace)) as unknown as Workspace<
      (typeof fromKernel)[number]['actual']
    >;
    const fromDecimals = checkParsedTargets({ plan: result.plan, workspace: plain }, targets);
    expect(fromKernel.map((c) => c.binding)).toContain('capacity');
    expect(fromKernel.map((c) => c.binding)).toContain('hiring-limit');
    expect(JSON.stringify(fromKernel)).toBe(JSON.stringify(fromDecimals));
  });
});
