// The `crorecast` command's V8 code cache: the bytecode of the CLI's CommonJS files (its chunks
// and decimal.js) kept on disk between runs, so a run does not parse and compile again the
// ~1 MB of code the last one compiled.
//
// Why: a `crorecast run` of the seed spent ~20% of its main thread's CPU parsing and compiling
// code (V8 compiles each function the first time it is called), the same work every run.
// Node ≥ 22.1 has `module.enableCompileCache()`, but it cannot be had on Node 20, and it caches
// what V8 compiled when a module was loaded — not the functions compiled while it ran, which
// are most of the cost. So the CLI loads its CommonJS build through `vm.Script` with the cached
// data, and writes the cache after the run (`createCachedData` then holds every function
// compiled so far; a cache is written once, so each command has its own). V8 refuses a cache
// made by another V8 version or with other flags; the file name is a hash of the command, the
// file's path and its text, so a changed file never meets a stale cache.
import { createHash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

/** Node's CommonJS module, as far as the cache needs it (these are not in its typings). */
interface CjsModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}
interface CjsModuleClass {
  prototype: CjsModule;
  wrap(content: string): string;
  _resolveFilename(request: string, parent: CjsModule, isMain: boolean, options?: object): string;
  _cache: unknown;
  _extensions: unknown;
}

/** A dynamic `import(…)` (as esbuild writes it, or with a space), or anything like one. */
const DYNAMIC_IMPORT = /\bimport\s*\(/;

/** What the CLI can load with a cache: the loaded value, and a function that writes the cache. */
export interface CodeCached<T> {
  readonly value: T;
  /** How many of the files loaded ran from their cache (V8 accepted it). */
  readonly fromCache: number;
  /** Writes the cache of each file loaded without one (or with one V8 refused); never throws. */
  readonly save: () => void;
}

/**
 * The directory for the cache, or `undefined` for none: `NODE_DISABLE_COMPILE_CACHE` set (Node's
 * own switch for its compile cache), or no private directory to be had. Cached bytecode is run
 * as it is read, so the directory must be this user's alone: created `0700`, and refused when it
 * is a symbolic link, someone else's or writable by others (on Windows the temporary directory is
 * the user's own).
 *
 * @param env - the environment (default: `process.env`)
 * @param base - the directory to create it in (default: the system's temporary directory)
 * @returns the directory, created, or `undefined`
 *
 * @example
 * ```ts
 * codeCacheDir({ NODE_DISABLE_COMPILE_CACHE: '1' }) //=> undefined
 * ```
 */
export function codeCacheDir(
  env: Readonly<Record<string, string | undefined>> = process.env,
  base: string = tmpdir(),
): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE !== undefined) return undefined;
  const uid = process.getuid?.();
  const dir = join(base, `crorecast-code-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return undefined;
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * Runs `load` — which `require`s CommonJS files — with each file it loads compiled from its code
 * cache in `dir` when there is one. Only the loading is hooked: Node's `Module.prototype._compile`
 * is put back when `load` returns or throws. A file with a dynamic `import()` is compiled as
 * Node compiles it, without a cache; with no `dir`, `load` runs as it is.
 *
 * @param load - loads the modules (`() => require('./cli.cjs')`)
 * @param dir - the cache directory ({@link codeCacheDir}), or `undefined` for none
 * @param use - what the run does (the CLI's command): each use has its own cache, as a cache
 *   holds the functions its first run compiled — a `validate` would leave out the report's
 * @returns what `load` returned, how many files ran from the cache, and `save`, to call when the
 *   run is done
 *
 * @example
 * ```ts
 * import { createRequire } from 'node:module';
 * const require = createRequire(import.meta.url);
 * const { value: path } = loadWithCodeCache(() => require('node:path'), undefined);
 * path.join('a', 'b') //=> 'a/b'
 * ```
 */
export function loadWithCodeCache<T>(
  load: () => T,
  dir: string | undefined,
  use = '',
): CodeCached<T> {
  if (dir === undefined) return { value: load(), fromCache: 0, save: () => {} };
  const unsaved: { slot: string; file: string; script: vm.Script }[] = [];
  let fromCache = 0;
  const M = Module as unknown as CjsModuleClass;
  const original = M.prototype._compile;
  M.prototype._compile = function compile(this: CjsModule, content: string, filename: string) {
    // `import()` in a vm script needs Node's experimental loader hook, which prints a warning
    // and, on Node 20, fails in a script compiled from a cache: such a file loads as usual.
    if (DYNAMIC_IMPORT.test(content)) return original.call(this, content, filename);
    // The file's name: which file for which use, then which text of it. Writing a new text's
    // cache removes the old texts' (`save`), so the directory holds one cache per use and file
    // path, however often the package is rebuilt or upgraded in place.
    const slot = sha256Hex(`${use}\0${filename}`).slice(0, 32);
    const file = join(dir, `${slot}-${sha256Hex(content).slice(0, 32)}.bin`);
    const cachedData = readCache(file);
    // Node strips a `#!` line before compiling; a comment keeps the line numbers.
    const source = content.startsWith('#!') ? `//${content}` : content;
    const script = new vm.Script(M.wrap(source), {
      filename,
      ...(cachedData === undefined ? {} : { cachedData }),
    });
    if (cachedData === undefined || script.cachedDataRejected === true) {
      unsaved.push({ slot, file, script });
    } else fromCache += 1;
    const wrapper = script.runInThisContext({ displayErrors: true }) as (
      ...args: unknown[]
    ) => unknown;
    const require = Object.assign((id: string) => this.require(id), {
      resolve: (request: string, options?: object) =>
        M._resolveFilename(request, this, false, options),
      cache: M._cache,
      extensions: M._extensions,
    });
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  let value: T;
  try {
    value = load();
  } finally {
    M.prototype._compile = original;
  }
  const save = () => {
    const names = listDirectory(dir);
    for (const { slot, file, script } of unsaved.splice(0)) {
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        // Written whole, then renamed: a run reading the cache never sees half a file.
        const data = script.createCachedData();
        writeFileSync(temporary, Buffer.concat([digest(data), data]), { mode: 0o600 });
        renameSync(temporary, file);
        // Then the caches of the file's other texts (an earlier build or version) go.
        for (const name of names) {
          if (name.startsWith(`${slot}-`) && join(dir, name) !== file) rmSync(join(dir, name));
        }
      } catch {
        rmSync(temporary, { force: true });
      }
    }
  };
  return { value, fromCache, save };
}

/** The hex SHA-256 of a text. */
function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The names in the cache directory, or none when it cannot be read. */
function listDirectory(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The SHA-256 of the cached data, which a cache file starts with. */
function digest(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

/**
 * The cached data in `file`, or `undefined` when there is none or it is not the data written
 * (its digest differs). V8 checks a cache's version, flags and length, but a release build does
 * not checksum it, and damaged bytecode would run.
 */
function readCache(file: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const data = bytes.subarray(32);
  return bytes.length > 32 && digest(data).equals(bytes.subarray(0, 32)) ? data : undefined;
}
