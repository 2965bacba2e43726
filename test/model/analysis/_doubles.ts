import type { ScenarioModel } from '../../../src/model/analysis/scenarioModel.js';
import type {
  ScenarioBackend,
  ScenarioModelFactory,
} from '../../../src/model/analysis/scenarioModelSource.js';

/** Named inputs with base values, and outputs as known functions of them. */
export interface KnownPlan {
  readonly base: Readonly<Record<string, number>>;
  readonly outputs: Readonly<Record<string, (x: Readonly<Record<string, number>>) => number>>;
}

/**
 * A plan whose outputs are known functions of its inputs: NPV linear in price and volume, an IRR
 * undefined (NaN) when the price is at or below 8, a PLI year paid when volume reaches 100.
 */
export const knownPlan: KnownPlan = {
  base: { 'segments[phones].price.perUnit': 10, 'segments[phones].volume': 100, 'fx.USD.rate': 75 },
  outputs: {
    'npv.withPli': (x) =>
      (x['segments[phones].price.perUnit'] ?? 0) * (x['segments[phones].volume'] ?? 0) - 900,
    irr: (x) => {
      const p = x['segments[phones].price.perUnit'] ?? 0;
      return p > 8 ? (p - 8) / 10 : Number.NaN;
    },
    'pliPaid[mobile]@FY2023-24': (x) => ((x['segments[phones].volume'] ?? 0) >= 100 ? 1 : 0),
    'revenue@FY2023-24': (x) => 3 * (x['fx.USD.rate'] ?? 0),
  },
};

/** Records every model built (backend, inputs, outputs) and every evaluation count. */
export interface FactoryLog {
  readonly built: {
    backend: ScenarioBackend;
    inputs: readonly string[];
    outputs: readonly string[];
  }[];
  evaluations: number;
}

/**
 * A factory of models of a known plan. The exact backend adds `exactShift` to every output, so
 * a test can tell which backend produced a figure.
 */
export function knownFactory(
  plan: KnownPlan = knownPlan,
  exactShift = 0,
): { factory: ScenarioModelFactory; log: FactoryLog } {
  const log: FactoryLog = { built: [], evaluations: 0 };
  const factory: ScenarioModelFactory = (backend, { inputs, outputs }) => {
    log.built.push({ backend, inputs: [...inputs], outputs: [...outputs] });
    for (const i of inputs) if (!(i in plan.base)) throw new Error(`unknown input ${i}`);
    for (const o of outputs) if (!(o in plan.outputs)) throw new Error(`unknown output ${o}`);
    const model: ScenarioModel = {
      backend,
      inputs,
      base: Float64Array.from(inputs, (i) => plan.base[i] as number),
      outputs,
      evaluate(values, out) {
        log.evaluations++;
        const x: Record<string, number> = { ...plan.base };
        inputs.forEach((path, k) => {
          x[path] = values[k] as number;
        });
        outputs.forEach((o, k) => {
          out[k] =
            (plan.outputs[o] as (x: Record<string, number>) => number)(x) +
            (backend === 'exact' ? exactShift : 0);
        });
      },
    };
    return model;
  };
  return { factory, log };
}
