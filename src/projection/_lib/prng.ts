/**
 * crorecast's seeded pseudo-random generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting
 * generator, 128-bit state, period ≥ 2^32, passes PractRand to 2^40+ bytes), seeded by expanding
 * a 32-bit seed with splitmix32. Only 32-bit integer operations (`Math.imul`, shifts, `>>> 0`),
 * so the stream is bit-identical on every conforming JavaScript engine and machine.
 *
 * A generator is a closure over its own state: nothing global, and two generators with the same
 * seed produce the same stream.
 */
export interface Random {
  /** The next uniform double in [0, 1), with 53 random bits. */
  next(): number;
}

/** splitmix32: turns one 32-bit seed into a well-mixed sequence for seeding sfc32. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

/**
 * Creates a seeded generator. The seed is any integer; it is reduced to 32 bits.
 *
 * @example
 * ```ts
 * const r = createRandom(42);
 * r.next() //=> 0.890780191354953 (the same on every machine)
 * ```
 */
export function createRandom(seed: number): Random {
  const mix = splitmix32(seed);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const next32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // Discard a few outputs so that nearby seeds diverge fully.
  for (let i = 0; i < 12; i++) next32();
  return {
    next: () => {
      // 27 + 26 bits → an exactly representable multiple of 2^-53.
      const hi = next32() >>> 5;
      const lo = next32() >>> 6;
      return (hi * 67108864 + lo) / 9007199254740992;
    },
  };
}

/**
 * The generator of the simulated input at `position` (0-based) of a simulation seeded `seed`:
 * the seed and the position mixed (then expanded by splitmix32 in {@link createRandom}), so every
 * input has its own stream and adding an input leaves the others' draws unchanged.
 *
 * @example
 * ```ts
 * inputStream(42, 0).next() === inputStream(42, 0).next() //=> true
 * ```
 */
export function inputStream(seed: number, position: number): Random {
  return createRandom((seed ^ Math.imul(position + 1, 0x9e3779b9)) >>> 0);
}
