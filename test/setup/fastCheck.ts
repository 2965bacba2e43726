import fc from 'fast-check';

/**
 * Property tests run with a fixed seed in CI, so a run passes or fails the same way every time
 * (issue 11 #16). `FC_SEED` replays another seed (as `npm run explore` prints them) and `FC_RUNS`
 * sets the default number of runs of properties that do not fix their own.
 */
export const FAST_CHECK_SEED = 20_261_101;

const seed = readInteger('FC_SEED') ?? FAST_CHECK_SEED;
const numRuns = readInteger('FC_RUNS');

fc.configureGlobal({ seed, ...(numRuns === undefined ? {} : { numRuns }) });

function readInteger(name: string): number | undefined {
  const text = process.env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got ${text}`);
  return value;
}
