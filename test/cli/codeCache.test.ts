import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeCacheDir, loadWithCodeCache } from '../../src/cli/codeCache.js';
import { SOURCE_BUNDLES } from '../_lib/sourceBundles.js';

const SEED = 'seeds/optiemus-wistron-2021.json';
let root: string;
let cache: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'crorecast-code-cache-test-'));
  cache = join(root, 'cache');
  mkdirSync(cache, { mode: 0o700 });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Loads `main.cjs` of the test's directory afresh (out of Node's module cache); `null`: no cache. */
function loadMain(dir: string | null = cache, use = 'run') {
  const require = createRequire(join(root, 'main.cjs'));
  for (const file of ['main.cjs', 'helper.cjs', 'lazy.cjs']) delete require.cache[join(root, file)];
  return loadWithCodeCache(
    () => require('./main.cjs') as { triple: (x: number) => number; where: string[] },
    dir ?? undefined,
    use,
  );
}

function writeModules(factor: number): void {
  writeFileSync(
    join(root, 'main.cjs'),
    `#!/usr/bin/env node\nconst { times } = require('./helper.cjs');\n` +
      `module.exports = { triple: (x) => times(x), where: [__dirname, __filename] };\n`,
  );
  writeFileSync(join(root, 'helper.cjs'), `exports.times = (x) => x * ${factor};\n`);
}

describe('loadWithCodeCache', () => {
  it('runs the files from the cache it wrote after the first load', () => {
    writeModules(3);
    const first = loadMain();
    expect(first.value.triple(5)).toBe(15);
    expect(first.value.where).toEqual([root, join(root, 'main.cjs')]);
    expect(first.fromCache).toBe(0);
    first.save();
    expect(readdirSync(cache)).toHaveLength(2);
    const second = loadMain();
    expect(second.fromCache).toBe(2);
    expect(second.value.triple(5)).toBe(15);
    second.save(); // nothing to write: both came from the cache
    expect(readdirSync(cache)).toHaveLength(2);
    expect(statSync(join(cache, readdirSync(cache)[0] ?? '')).mode & 0o777).toBe(0o600);
  });

  it('never runs a cache made for another text of the file, even of the same length', () => {
    // V8's own check of a cache against its source compares lengths only.
    writeModules(3);
    loadMain().save();
    writeModules(4);
    const changed = loadMain();
    expect(changed.fromCache).toBe(1); // main.cjs, unchanged
    expect(changed.value.triple(5)).toBe(20);
  });

  it("replaces the cache of a file's earlier text: one cache per use and file", () => {
    writeModules(3);
    loadMain().save();
    const before = readdirSync(cache);
    writeModules(4);
    loadMain().save();
    const after = readdirSync(cache);
    expect(after).toHaveLength(2);
    // main.cjs's cache is the same file; helper.cjs's is a new one, its old one removed.
    expect(after.filter((name) => before.includes(name))).toHaveLength(1);
    expect(loadMain().fromCache).toBe(2);
    // Another use keeps its own caches beside them.
    loadMain(cache, 'validate').save();
    expect(readdirSync(cache)).toHaveLength(4);
  });

  it('compiles afresh from a damaged cache file, and writes it anew', () => {
    writeModules(3);
    loadMain().save();
    for (const name of readdirSync(cache)) {
      const bytes = readFileSync(join(cache, name));
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
      writeFileSync(join(cache, name), bytes);
    }
    const damaged = loadMain();
    expect(damaged.fromCache).toBe(0);
    expect(damaged.value.triple(5)).toBe(15);
    damaged.save();
    expect(loadMain().fromCache).toBe(2);
  });

  it('keeps a cache for each use', () => {
    writeModules(3);
    loadMain(cache, 'validate').save();
    const run = loadMain(cache, 'run');
    expect(run.fromCache).toBe(0);
    run.save();
    expect(readdirSync(cache)).toHaveLength(4);
    expect(loadMain(cache, 'validate').fromCache).toBe(2);
  });

  it('loads a file with a dynamic import as Node does, without a cache', async () => {
    writeFileSync(
      join(root, 'main.cjs'),
      `module.exports = { triple: (x) => 3 * x, where: [], path: () => import('node:path') };\n`,
    );
    const first = loadMain();
    first.save();
    expect(readdirSync(cache)).toEqual([]);
    const path = await (first.value as unknown as { path: () => Promise<{ sep: string }> }).path();
    expect(path.sep).toBe('/');
  });

  it("puts Node's compile back, also when loading throws; without a directory it only loads", () => {
    const compile = (Module.prototype as unknown as { _compile: unknown })._compile;
    writeFileSync(join(root, 'main.cjs'), `throw new Error('broken module');\n`);
    expect(() => loadMain()).toThrow('broken module');
    expect((Module.prototype as unknown as { _compile: unknown })._compile).toBe(compile);
    writeModules(3);
    const plain = loadMain(null);
    plain.save();
    expect(plain.value.triple(2)).toBe(6);
    expect(readdirSync(cache)).toEqual([]);
  });
});

describe('codeCacheDir', () => {
  it("is the user's own directory, created 0700, or none", () => {
    const dir = codeCacheDir({}, root);
    expect(dir).toBeDefined();
    expect(statSync(dir ?? '').mode & 0o777).toBe(0o700);
    expect(codeCacheDir({ NODE_DISABLE_COMPILE_CACHE: '1' }, root)).toBeUndefined();
    chmodSync(dir ?? '', 0o777);
    expect(codeCacheDir({}, root)).toBeUndefined();
  });

  it('refuses a symbolic link and a directory of another user', () => {
    const other = join(root, 'other');
    mkdirSync(other, { mode: 0o700 });
    const uid = process.getuid?.();
    const link = join(root, `crorecast-code-cache${uid === undefined ? '' : `-${uid}`}`);
    symlinkSync(other, link);
    expect(codeCacheDir({}, root)).toBeUndefined();
    rmSync(link);
    if (uid === 0) {
      mkdirSync(link, { mode: 0o700 });
      chownSync(link, 4321, 4321);
      expect(codeCacheDir({}, root)).toBeUndefined();
    }
  });
});

describe('the crorecast command (bin)', () => {
  it('prints what the CLI prints, with and without its cache, and writes the cache', () => {
    const bin = [`${SOURCE_BUNDLES}bin.cjs`];
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: root };
    delete env.NODE_DISABLE_COMPILE_CACHE;
    const direct = spawnSync(process.execPath, [`${SOURCE_BUNDLES}cli.js`, 'validate', SEED], {
      encoding: 'utf8',
    });
    for (let i = 0; i < 2; i += 1) {
      const r = spawnSync(process.execPath, [...bin, 'validate', SEED], { encoding: 'utf8', env });
      expect([r.status, r.stdout, r.stderr]).toEqual([0, direct.stdout, direct.stderr]);
    }
    const dirs = readdirSync(root).filter((f) => f.startsWith('crorecast-code-cache'));
    expect(dirs).toHaveLength(1);
    expect(readdirSync(join(root, dirs[0] ?? '')).length).toBeGreaterThan(0);
    const missing = spawnSync(process.execPath, [...bin, 'validate', 'no/such.json'], {
      encoding: 'utf8',
      env,
    });
    expect([missing.status, missing.stderr]).toEqual([
      2,
      'crorecast: cannot read scenario file no/such.json (ENOENT)\n',
    ]);
  }, 60_000);
});
