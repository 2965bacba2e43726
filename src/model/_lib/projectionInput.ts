import type { ProjectionInput } from '../../projection/inputSchema.js';
import type { Scenario } from '../scenario.js';

/**
 * The projection layer's input of a scenario: its projection fields, with the opening position's
 * headcount as the projection's `headcount.opening` (the scenario states it once, in either).
 */
export function projectionInputOf(scenario: Scenario): ProjectionInput {
  return {
    horizon: scenario.horizon,
    capacityAllocation: scenario.capacityAllocation,
    fx: scenario.fx,
    plants: scenario.plants,
    segments: scenario.segments,
    ...(scenario.headcount === undefined
      ? {}
      : {
          headcount:
            scenario.opening?.headcount === undefined
              ? scenario.headcount
              : { ...scenario.headcount, opening: scenario.opening.headcount },
        }),
  };
}
