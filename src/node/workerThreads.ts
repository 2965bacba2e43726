// The plumbing of crorecast's worker threads: a program that loads crorecast in the worker, the
// module it loads, starting one and collecting its reply, plain data across the thread boundary,
// and a worker's error rethrown here as the class it had there.
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isDecimal } from '../core/decimalLike.js';
import { ArgumentError, CrorecastError } from '../core/errors.js';
import { AnalysisError } from '../model/analysis/analysisError.js';
import { ProjectionError } from '../projection/errors.js';

export type WorkerReply =
  | { readonly kind: 'done'; readonly draws: Float64Array[] }
  | { readonly kind: 'load-error'; readonly message: string }
  | {
      readonly kind: 'error';
      readonly name: string;
      readonly code: string;
      readonly message: string;
    };

/**
 * The worker's program (CommonJS, evaluated): it imports this module (the built `dist` file, or
 * the TypeScript source, registering tsx in the worker first),
 * recompiles the plan from its plain-data form, checks that every parameter came out identical,
 * and runs its range with `simulateRange`. Anything that stops it from loading is reported as a
 * `load-error`, and the calling thread then runs that range itself. `workerProgram` builds such
 * a program: it loads the module, checks the `names` it must export, then runs `body` with `t`
 * (the task), `mod` (the module) and `reply`; an error thrown there is sent back typed.
 */
export function workerProgram(names: readonly string[], body: string): string {
  const wanted = JSON.stringify(names);
  return `
const { parentPort, workerData } = require('node:worker_threads');
const reply = (m, transfer) => parentPort.postMessage(m, transfer);
(async () => {
  const t = workerData;
  let mod;
  try {
    if (/\\.[cm]?tsx?$/.test(t.moduleUrl)) {
      // The TypeScript source (tests, examples): register tsx in this thread through its ESM API,
      // found from the package's own export map (a no-op where this thread already has tsx).
      const { createRequire } = require('node:module');
      const { pathToFileURL } = require('node:url');
      const path = require('node:path');
      const manifest = createRequire(t.moduleUrl).resolve('tsx/package.json');
      const api = require(manifest).exports['./esm/api'].import.default;
      (await import(pathToFileURL(path.join(path.dirname(manifest), api)).href)).register();
    }
    mod = await import(t.moduleUrl);
    const names = ${wanted};
    const lib = typeof mod[names[0]] === 'function' ? mod : mod.default;
    if (!lib || names.some((n) => typeof lib[n] !== 'function'))
      throw new Error(names.join(' and ') + ' are not exported by ' + t.moduleUrl);
    mod = lib;
  } catch (e) {
    reply({ kind: 'load-error', message: String((e && e.stack) || e) });
    return;
  }
  try {
${body}
  } catch (e) {
    reply({ kind: 'error', name: (e && e.name) || 'Error', code: (e && e.code) || '', message: String((e && e.message) || e) });
  }
})();
`;
}

/**
 * The module a worker loads to reach `compileProjection` and `simulateRange`: the projection
 * entry beside this code — `projection.js` (or `projection.cjs`) next to the built `node` entry in
 * `dist/`, where `import.meta` is empty in CommonJS and `__filename` names the file — or, running
 * from unbundled files (the TypeScript source under tsx or vitest), `src/projection/index.ts`.
 * Undefined when unknown; a module without those exports is reported by the worker as a
 * `load-error`, and its draws then run in the calling thread.
 */
export function workerModuleUrl(entry: 'projection' | 'model' = 'projection'): string | undefined {
  const url = (import.meta as { url?: string }).url;
  const own =
    typeof url === 'string' && url.length > 0
      ? url
      : typeof __filename === 'string'
        ? pathToFileURL(__filename).href
        : undefined;
  if (own === undefined) return undefined;
  const unbundled = /\/node\/workerThreads(\.[cm]?[jt]s)$/.exec(own);
  if (unbundled) return new URL(`../${entry}/index${unbundled[1]}`, own).href;
  const bundled = /\.[cm]?js$/.exec(own);
  return bundled ? new URL(`./${entry}${bundled[0]}`, own).href : undefined;
}

/** A plan's input as plain data: every Decimal as exact decimal text. */
export function toPlainData(value: unknown): unknown {
  if (isDecimal(value)) return value.toFixed();
  if (Array.isArray(value)) return value.map(toPlainData);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlainData(v)]));
  }
  return value;
}

/** A worker that could not load crorecast, or failed with an error. */
export type WorkerFailure = Exclude<WorkerReply, { kind: 'done' }>;

export interface RunningWorker<R = WorkerReply> {
  readonly reply: Promise<R | WorkerFailure>;
  stop(): void;
}

export function runWorker<R = WorkerReply>(task: unknown, program: string): RunningWorker<R> {
  const worker = new Worker(program, { eval: true, workerData: task });
  const reply = new Promise<R | WorkerFailure>((resolve) => {
    let settled = false;
    const settle = (r: R | WorkerFailure) => {
      if (settled) return;
      settled = true;
      resolve(r);
      void worker.terminate();
    };
    worker.once('message', (r: R) => settle(r));
    worker.once('error', (e) => settle({ kind: 'load-error', message: String(e) }));
    worker.once('exit', (code) =>
      settle({ kind: 'load-error', message: `worker exited with code ${code}` }),
    );
  });
  return { reply, stop: () => void worker.terminate() };
}

export function unavailable(why: string): never {
  throw new CrorecastError('WORKER_UNAVAILABLE', `a simulation worker could not start: ${why}`);
}

/** Rethrows a worker's error in this thread, as the class it had there. */
export function rethrow(reply: Extract<WorkerReply, { kind: 'error' }>): never {
  // The message arrives with crorecast's prefix already on it.
  const message = reply.message.replace(/^\[crorecast\] /, '');
  if (reply.name === 'ProjectionError') throw new ProjectionError(reply.code, message);
  if (reply.name === 'ArgumentError') throw new ArgumentError(reply.code, message);
  if (reply.name === 'AnalysisError') throw new AnalysisError(reply.code, message);
  throw new CrorecastError(reply.code || 'WORKER_ERROR', message);
}
