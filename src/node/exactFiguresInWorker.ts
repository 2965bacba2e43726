import { runWorker, workerModuleUrl, workerProgram } from './workerThreads.js';

/** The worker's program: the plan's exact figures, by `exactScenarioModel` without inputs. */
const EXACT_WORKER = workerProgram(
  ['exactScenarioModel'],
  `
    const model = mod.exactScenarioModel(t.input, { inputs: [], outputs: t.outputs });
    const out = new Float64Array(t.outputs.length);
    model.evaluate(new Float64Array(0), out);
    reply({ kind: 'done', out }, [out.buffer]);`,
);

/** Exact figures being computed in a worker thread. */
export interface ExactFiguresInWorker {
  /** The figures in the order asked, or undefined when the worker failed (compute them here). */
  readonly figures: Promise<Float64Array | undefined>;
  stop(): void;
}

/**
 * Starts computing a scenario file's exact figures (`exactScenarioModel` without inputs: one
 * `runScenario` of the plan and its baseline) in a worker thread, so that the calling thread can
 * simulate meanwhile: `crorecast simulate` needs the exact NPV its tornado pivots on, and on two
 * cores the run costs no wall-clock time beside the draws. A worker that cannot start, load
 * crorecast or run gives `undefined`, and the caller runs the figures itself (then any error is
 * its own, as without a worker).
 *
 * @param source - the scenario file as written (plain JSON)
 * @param outputs - output names (`npv.withPli` …)
 * @returns the running computation
 * @internal
 */
export function startExactFigures(
  source: object,
  outputs: readonly string[],
): ExactFiguresInWorker {
  const moduleUrl = workerModuleUrl('model');
  if (moduleUrl === undefined) return { figures: Promise.resolve(undefined), stop: () => {} };
  let running: ReturnType<typeof runWorker<{ kind: 'done'; out: Float64Array }>>;
  try {
    running = runWorker<{ kind: 'done'; out: Float64Array }>(
      { moduleUrl, input: source, outputs: [...outputs] },
      EXACT_WORKER,
    );
  } catch {
    return { figures: Promise.resolve(undefined), stop: () => {} };
  }
  return {
    figures: running.reply.then((r) => (r.kind === 'done' ? r.out : undefined)),
    stop: () => running.stop(),
  };
}
