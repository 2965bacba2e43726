import { ONE, ZERO } from '../../../core/decimal.js';
import type { SharingAgreement } from '../../../sharing/agreement.js';
import type { PliSection } from '../../scenarioPli.js';
import { ScenarioModelError } from '../errors.js';
import { roundPaise } from './evaluateFloatEnrolment.js';

/**
 * A sharing rule as a function of the amount shared, in paise (whole numbers held exactly in
 * float64): shares added into `out` by party, in paise — split as `allocate` splits (whole
 * paise by integer weights, the leftover paise by largest remainder), so the float64 shares are
 * the exact path's to the paisa.
 */
type RuleFn = (paise: number, out: Float64Array) => void;

type DecimalValue = {
  toNumber(): number;
  decimalPlaces(): number;
  times(n: number): { toNumber(): number };
};

/** Ratios as whole-number weights on a common scale (as `allocate` makes them). */
function integerWeights(ratios: readonly DecimalValue[]): Float64Array {
  const scale = Math.max(0, ...ratios.map((d) => d.decimalPlaces()));
  return Float64Array.from(ratios, (d) => Math.round(d.times(10 ** scale).toNumber()));
}

/** `allocate` on whole paise: floor of each weighted part, leftovers by largest remainder. */
function allocateInto(
  units: number,
  weights: Float64Array,
  out: Float64Array,
  picked: Uint8Array,
): void {
  let sum = 0;
  for (let p = 0; p < weights.length; p++) sum += weights[p] as number;
  let remaining = units;
  for (let p = 0; p < weights.length; p++) {
    const part = Math.floor((units * (weights[p] as number)) / sum);
    out[p] = (out[p] as number) + part;
    remaining -= part;
    picked[p] = 0;
  }
  while (remaining > 0) {
    let best = -1;
    let bestLeft = -1;
    for (let p = 0; p < weights.length; p++) {
      if (picked[p] === 1 || (weights[p] as number) <= 0) continue;
      const left = (units * (weights[p] as number)) % sum;
      if (left > bestLeft) {
        best = p;
        bestLeft = left;
      }
    }
    if (best < 0) break;
    picked[best] = 1;
    out[best] = (out[best] as number) + 1;
    remaining--;
  }
}

function compileRule(rule: SharingAgreement['rule'], ids: readonly string[]): RuleFn {
  const picked = new Uint8Array(Math.max(ids.length, 2));
  switch (rule.kind) {
    case 'fixed':
    case 'pro-rata': {
      const ratios: DecimalValue[] = ids.map((id) =>
        rule.kind === 'fixed' ? (rule.weights[id] ?? ZERO) : (rule.basis[id]?.amount ?? ZERO),
      );
      const w = integerWeights(ratios);
      return (units, out) => {
        if (units > 0) allocateInto(units, w, out, picked);
      };
    }
    case 'tiered': {
      const bounds = Float64Array.from(rule.tiers, (t) =>
        t.upTo === null
          ? Number.POSITIVE_INFINITY
          : Math.round(roundPaise(t.upTo.amount.toNumber()) * 100),
      );
      const tiers = rule.tiers.map((t) => integerWeights(ids.map((id) => t.weights[id] ?? ZERO)));
      return (units, out) => {
        let lower = 0;
        for (let k = 0; k < tiers.length; k++) {
          const bound = bounds[k] as number;
          const top = Math.min(bound, units);
          if (!(top > lower)) break;
          allocateInto(top - lower, tiers[k] as Float64Array, out, picked);
          lower = top;
        }
      };
    }
    case 'retain-then-share': {
      const party = ids.indexOf(rule.retain.party);
      const split = integerWeights([rule.retain.share, ONE.minus(rule.retain.share)]);
      const parts = new Float64Array(2);
      const then = compileRule(rule.then, ids);
      return (units, out) => {
        if (!(units > 0)) return;
        parts[0] = 0;
        parts[1] = 0;
        allocateInto(units, split, parts, picked);
        const kept = parts[0] as number;
        then(parts[1] as number, out);
        out[party] = (out[party] as number) + kept;
      };
    }
  }
}

/**
 * The PLI section's sharing, compiled: which enrolments and (of their segments) which share of
 * the incentive the agreement covers, the agreement's rule as a float64 function, and the
 * company among the parties.
 */
export interface FloatSharing {
  /** Per enrolment: 1 when its incentive is shared. */
  readonly shared: Uint8Array;
  /** Per enrolment × its segments (`[e][k]`): 1 when the segment is in the scope; null: all. */
  readonly inScope: readonly Uint8Array[] | null;
  readonly parties: number;
  readonly company: number;
  readonly rule: RuleFn | null;
  readonly taxDeductible: boolean;
  /** Scratch: shares by party. */
  readonly shares: Float64Array;
}

/**
 * Compiles the sharing of a PLI section (see `sharePliByYear`). Caps and floors on the parties'
 * shares are not expressed in float64: compile throws `UNSUPPORTED` naming them.
 *
 * @internal
 */
export function compileSharing(
  section: PliSection,
  enrolmentSegments: readonly (readonly string[])[],
): FloatSharing {
  const sharing = section.sharing;
  const ids = section.enrolments.map((e) => e.id);
  const sharedIds = new Set(sharing?.scope?.enrolments ?? sharing?.appliesTo ?? ids);
  const scope = sharing?.scope?.segments === undefined ? null : new Set(sharing.scope.segments);
  const company = sharing?.company ?? 'company';
  const parties = sharing?.agreement.parties.map((p) => p.id) ?? [company];
  const agreement = sharing?.agreement;
  if (agreement?.caps !== undefined || agreement?.floors !== undefined) {
    throw new ScenarioModelError(
      'UNSUPPORTED',
      'pli.sharing.agreement',
      'the float64 backend does not express caps or floors on sharing parties (pli.sharing.agreement.caps / floors): use the exact backend',
    );
  }
  return {
    shared: Uint8Array.from(ids, (id) => (sharing !== undefined && sharedIds.has(id) ? 1 : 0)),
    inScope:
      scope === null
        ? null
        : enrolmentSegments.map((segs) => Uint8Array.from(segs, (s) => (scope.has(s) ? 1 : 0))),
    parties: parties.length,
    company: parties.indexOf(company),
    rule: agreement === undefined ? null : compileRule(agreement.rule, parties),
    taxDeductible: sharing?.treatment?.taxDeductible ?? true,
    shares: new Float64Array(parties.length),
  };
}
