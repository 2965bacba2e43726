import * as z from 'zod';
import { ZERO } from '../core/decimal.js';
import { lazySchema } from '../core/lazySchema.js';
import { STRUCTURE_LIMITS } from '../core/limits.js';
import { decimalSchema } from '../core/schemas.js';
import type { Random } from './_lib/prng.js';
import { ProjectionError } from './errors.js';

/**
 * The largest magnitude of a distribution parameter (low, mode, high, mean, sd): 10^15. Draws run
 * in float64, which holds every integer exactly only up to 2^53 ≈ 9 × 10^15; the inputs a plan
 * simulates (prices, volumes, rates, FX) are many orders below. Bounded parameters keep every
 * spread (high − low, sd²) finite.
 */
export const DISTRIBUTION_PARAMETER_LIMIT = STRUCTURE_LIMITS.maxDistributionParameter;

/**
 * The largest PERT `lambda` (weight of the mode): 1,000. The classic PERT uses 4 and the modified
 * PERT of risk tools a small multiple of it; the gamma shapes 1 + λ·(m − a)/(b − a) stay ≤ 1,001,
 * where the sampler is fast and exact. (`STRUCTURE_LIMITS.maxPertLambda`; this is the older name.)
 */
export const PERT_LAMBDA_LIMIT = STRUCTURE_LIMITS.maxPertLambda;

/** The most outcomes a `discrete` distribution may list. */
export const DISCRETE_OUTCOME_LIMIT = 100;

/** Rejection steps a gamma draw may take before giving up (Marsaglia–Tsang accepts > 95%). */
const GAMMA_MAX_TRIES = 1000;

const parameterSchema = lazySchema(() =>
  decimalSchema.refine((d) => d.abs().lessThanOrEqualTo(DISTRIBUTION_PARAMETER_LIMIT), {
    message: `must lie between -1e15 and 1e15 (the simulation's float64 range)`,
  }),
);

/**
 * A probability distribution for one simulated input, as JSON-friendly data. Parameters are
 * decimal strings or numbers.
 *
 * - `uniform` `{ low, high }`;
 * - `triangular` `{ low, mode, high }`;
 * - `normal` `{ mean, sd }`;
 * - `lognormal` `{ mean, sd }` — the mean and standard deviation of the value itself (not of its
 *   logarithm), so it reads like `normal` but never goes negative;
 * - `pert` `{ low, mode, high, lambda? }` — Beta-PERT, `lambda` (default 4) weights the mode;
 * - `discrete` `{ values, probabilities }` — one of a few outcomes (a delay of 1, 2 or 3 years),
 *   with probabilities that sum to exactly 1 (at most 100 outcomes).
 *
 * @example
 * ```ts
 * distributionSchema.parse({ kind: 'triangular', low: '0.15', mode: '0.25', high: '0.40' }).kind
 * //=> 'triangular'
 * ```
 */
export const distributionSchema = lazySchema(() =>
  z
    .discriminatedUnion('kind', [
      z
        .object({ kind: z.literal('uniform'), low: parameterSchema, high: parameterSchema })
        .strict(),
      z
        .object({
          kind: z.literal('triangular'),
          low: parameterSchema,
          mode: parameterSchema,
          high: parameterSchema,
        })
        .strict(),
      z.object({ kind: z.literal('normal'), mean: parameterSchema, sd: parameterSchema }).strict(),
      z
        .object({ kind: z.literal('lognormal'), mean: parameterSchema, sd: parameterSchema })
        .strict(),
      z
        .object({
          kind: z.literal('pert'),
          low: parameterSchema,
          mode: parameterSchema,
          high: parameterSchema,
          lambda: decimalSchema.optional(),
        })
        .strict(),
      z
        .object({
          kind: z.literal('discrete'),
          values: z.array(parameterSchema).min(1).max(DISCRETE_OUTCOME_LIMIT).readonly(),
          probabilities: z.array(decimalSchema).min(1).max(DISCRETE_OUTCOME_LIMIT).readonly(),
        })
        .strict(),
    ])
    .superRefine((d, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      switch (d.kind) {
        case 'uniform':
          if (d.high.lessThan(d.low)) issue('high', 'must not be below low');
          break;
        case 'triangular':
        case 'pert':
          // Compared as the sampler sees them: two decimals that round to one float64 are no range.
          if (!(d.high.toNumber() > d.low.toNumber())) {
            issue('high', 'must be above low (by more than float64 rounding)');
          } else if (d.mode.lessThan(d.low) || d.mode.greaterThan(d.high)) {
            issue('mode', 'must lie between low and high');
          }
          if (
            d.kind === 'pert' &&
            d.lambda !== undefined &&
            !(d.lambda.greaterThan(0) && d.lambda.lessThanOrEqualTo(PERT_LAMBDA_LIMIT))
          ) {
            issue('lambda', `must be greater than zero and at most ${PERT_LAMBDA_LIMIT}`);
          }
          break;
        case 'normal':
          if (d.sd.isNegative()) issue('sd', 'must not be negative');
          break;
        case 'lognormal':
          if (!d.mean.greaterThan(0)) issue('mean', 'must be greater than zero');
          if (d.sd.isNegative()) issue('sd', 'must not be negative');
          break;
        case 'discrete': {
          if (d.probabilities.length !== d.values.length) {
            issue('probabilities', `must give one probability per value (${d.values.length})`);
          } else if (d.probabilities.some((p) => p.isNegative() || p.greaterThan(1))) {
            issue('probabilities', 'each must lie between 0 and 1');
          } else if (!d.probabilities.reduce((a, p) => a.plus(p)).equals(1)) {
            issue('probabilities', 'must sum to exactly 1');
          }
          break;
        }
      }
    }),
);

/** A validated distribution. */
export type Distribution = z.output<typeof distributionSchema>;

/** Draws one value per call from a distribution, using the given generator. */
export type Sampler = () => number;

/**
 * Builds a sampler for a validated distribution. Uniform and triangular draws use only exactly
 * rounded operations (+ − × ÷ √); normal, lognormal and PERT also use `Math.log`/`Math.cos`,
 * which Node's V8 computes with its own platform-independent fdlibm port.
 *
 * @param distribution - a value parsed by `distributionSchema`
 * @param random - the seeded generator
 * @returns a function returning one draw per call
 *
 * @example
 * ```ts
 * const draw = createSampler(distributionSchema.parse({ kind: 'uniform', low: 1, high: 3 }), createRandom(1));
 * draw() //=> 1.5264564395457814 (uniform from 1 to 3; the same for seed 1 on every machine)
 * ```
 */
export function createSampler(distribution: Distribution, random: Random): Sampler {
  switch (distribution.kind) {
    case 'uniform': {
      const low = distribution.low.toNumber();
      const width = distribution.high.toNumber() - low;
      return () => low + width * random.next();
    }
    case 'triangular': {
      const a = distribution.low.toNumber();
      const m = distribution.mode.toNumber();
      const b = distribution.high.toNumber();
      const split = (m - a) / (b - a);
      return () => {
        const u = random.next();
        return u < split
          ? a + Math.sqrt(u * (b - a) * (m - a))
          : b - Math.sqrt((1 - u) * (b - a) * (b - m));
      };
    }
    case 'normal': {
      const mean = distribution.mean.toNumber();
      const sd = distribution.sd.toNumber();
      const normal = standardNormal(random);
      return () => mean + sd * normal();
    }
    case 'lognormal': {
      const mean = distribution.mean.toNumber();
      const sd = distribution.sd.toNumber();
      // Moments of the value → parameters of its logarithm.
      const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
      const mu = Math.log(mean) - sigma2 / 2;
      const sigma = Math.sqrt(sigma2);
      const normal = standardNormal(random);
      return () => Math.exp(mu + sigma * normal());
    }
    case 'pert': {
      const a = distribution.low.toNumber();
      const m = distribution.mode.toNumber();
      const b = distribution.high.toNumber();
      const lambda = distribution.lambda?.toNumber() ?? 4;
      const alpha = 1 + (lambda * (m - a)) / (b - a);
      const beta = 1 + (lambda * (b - m)) / (b - a);
      const normal = standardNormal(random);
      const gammaA = gamma(alpha, random, normal);
      const gammaB = gamma(beta, random, normal);
      return () => {
        const x = gammaA();
        return a + ((b - a) * x) / (x + gammaB());
      };
    }
    case 'discrete': {
      const values = distribution.values.map((v) => v.toNumber());
      // Cumulative probabilities, summed exactly and converted once; the last is exactly 1.
      let sum = ZERO;
      const upTo = distribution.probabilities.map((p) => {
        sum = sum.plus(p);
        return sum.toNumber();
      });
      const last = values.length - 1;
      return () => {
        const u = random.next();
        let k = 0;
        while (k < last && !(u < (upTo[k] as number))) k++;
        return values[k] as number;
      };
    }
  }
}

/** Box–Muller: two uniforms give two independent standard normals; the second is kept. */
function standardNormal(random: Random): Sampler {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    const u1 = 1 - random.next(); // (0, 1]: log is finite
    const u2 = random.next();
    const r = Math.sqrt(-2 * Math.log(u1));
    const theta = 2 * Math.PI * u2;
    spare = r * Math.sin(theta);
    hasSpare = true;
    return r * Math.cos(theta);
  };
}

/**
 * Marsaglia–Tsang gamma sampler for shape ≥ 1 (PERT shapes always are). It accepts more than 95%
 * of its proposals for every shape ≥ 1, so a draw needing {@link GAMMA_MAX_TRIES} proposals
 * means a shape the schema should have refused: it stops with a typed error instead of looping.
 */
function gamma(shape: number, random: Random, normal: Sampler): Sampler {
  if (!(Number.isFinite(shape) && shape >= 1)) {
    throw new ProjectionError(
      'INVALID_DISTRIBUTION',
      `PERT gamma shape ${shape} is not finite ≥ 1`,
    );
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  return () => {
    for (let tries = 0; tries < GAMMA_MAX_TRIES; tries++) {
      const x = normal();
      const t = 1 + c * x;
      if (t <= 0) continue;
      const v = t * t * t;
      const u = 1 - random.next();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
    }
    throw new ProjectionError(
      'INVALID_DISTRIBUTION',
      `PERT gamma draw (shape ${shape}) found no value in ${GAMMA_MAX_TRIES} proposals`,
    );
  };
}
