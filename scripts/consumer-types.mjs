// The package as a user gets it: `npm pack` the built package once, install the tarball once into
// a temporary directory (offline: unpacked, its dependencies linked from this project's
// node_modules), and check it from scratch consumer projects that share that install:
//
// - the tarball itself, with publint and attw (Are the Types Wrong?) — what `npm run
//   check:package` runs (`publint && attw --pack .`), on this one tarball instead of packing it
//   twice more (~3 s of CPU: two `npm pack`s and an npm start; issue 14 item 9), in processes of
//   their own beside the checks below;
// - types, in every module mode a TypeScript user may have (node16 ESM; nodenext as ESM and as
//   CommonJS; bundler; commonjs + node10), strict, `skipLibCheck: false`: `ok.ts` uses the
//   main API and must compile; `fail.ts` holds mistakes (a typo on a Decimal, INR + USD, a
//   misspelt plan key, a Node-only name from the browser-safe root) and must fail with exactly the
//   errors its `// @expect TSxxxx text` comments name, one per marked line;
// - run time, from ESM and from CommonJS: a class imported from two entries is one class
//   (`instanceof` holds across entries), the seed scenario gives the same figures both ways, and
//   `crorecast/node`'s workers load the package's projection entry (no fallback allowed).
//
// The five projects are checked in this process, one program after another, as `tsc -p` checks
// each: a declaration file (crorecast's, zod's, decimal.js's, TypeScript's libs) read the same
// way by two programs is parsed and bound once, and each program's own checker checks it again
// (issue 14 item 9: 5 tsc processes took ~50 s of CPU, this ~38 s, with the same diagnostics).
//
// Usage: node scripts/consumer-types.mjs (after `npm run build`); exits 1 on any mismatch.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** The module modes: `type` is the consumer package's `type`, the rest its compiler options. */
const MODES = [
  { name: 'node16-esm', type: 'module', module: 'node16', moduleResolution: 'node16' },
  { name: 'nodenext-esm', type: 'module', module: 'nodenext', moduleResolution: 'nodenext' },
  { name: 'nodenext-cjs', type: 'commonjs', module: 'nodenext', moduleResolution: 'nodenext' },
  { name: 'bundler', type: 'module', module: 'esnext', moduleResolution: 'bundler' },
  {
    name: 'commonjs-node10',
    type: 'commonjs',
    module: 'commonjs',
    moduleResolution: 'node10',
    // zod's declarations need it under node10, as a CommonJS project made by `tsc --init` has.
    esModuleInterop: true,
  },
];

/** Compiles: the main API, layer entries, and types that must come out exact (not `any`). */
const OK = `import {
  add,
  compareScenarios,
  crore,
  Decimal,
  formatMoney,
  goalSeek,
  inr,
  type Money,
  npv,
  type ProjectionInputJson,
  parseScenario,
  renderDocument,
  runProjection,
  runScenario,
  scenarioReport,
  ValidationError,
} from 'crorecast';
import { Decimal as CoreDecimal, CrorecastError } from 'crorecast/core';
import { irr, npv as financeNpv } from 'crorecast/finance';
import { type Money as LayerMoney, usd } from 'crorecast/money';
import { simulateParallel } from 'crorecast/node';
import { fiscalYear } from 'crorecast/time';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const exact = <T extends true>(_: T) => _;

const rate: Decimal = npv('0.12', [-100, 30, 40, 50]);
const same: CoreDecimal = financeNpv(new CoreDecimal('0.12'), [-100, 30, 40, 50]);
exact<Equal<typeof rate, CoreDecimal>>(true);
exact<Equal<ReturnType<typeof irr>, Decimal>>(true);
const total: Money<'INR'> = add(crore(600), inr('2.5'));
const dollars: LayerMoney<'USD'> = usd(1);
exact<Equal<typeof total, LayerMoney<'INR'>>>(true);
const text: string = formatMoney(npv('0.1', [total, total]), { unit: 'crore' });
const fy: string = fiscalYear('2021-08-24').key;

const inrJson = (amount: string) => ({ amount, currency: 'INR' as const });
const plan: ProjectionInputJson = {
  horizon: { start: 'FY2022-23', years: 2 },
  plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
  segments: [
    {
      id: 'phones',
      plant: 'noida',
      volume: { kind: 'compound', start: '800000', rate: '0.25' },
      price: { perUnit: inrJson('12000') },
    },
  ],
};
const revenue: Money | undefined = runProjection(plan).total.yearly[0]?.revenue;
const compared = compareScenarios(plan, { cheaper: { segments: [{ price: { perUnit: inrJson('11000') } }] } }, {
  outputs: ['revenue@FY2023-24'],
});
const seek = goalSeek((r) => r * 2, 1, { low: 0, high: 1 });
exact<Equal<typeof seek.input, number>>(true);
const exactSeek = goalSeek((r) => r.times(2), 1, { low: new Decimal(0), high: new Decimal(1) });
exact<Equal<typeof exactSeek.input, Decimal>>(true);

declare const json: unknown;
const result = runScenario(parseScenario(json));
const board: string = renderDocument(scenarioReport(result), 'markdown');
const withPli: Decimal = result.valuation.withPli.npv.amount;
const parallel: Promise<{ readonly draws: number }> = simulateParallel(plan, {
  draws: 10,
  seed: 1,
  inputs: [{ path: 'segments[phones].volume.rate', distribution: { kind: 'uniform', low: 0.1, high: 0.3 } }],
  outputs: ['revenue@FY2023-24'],
});
const isCrorecast = (e: unknown): boolean => e instanceof ValidationError || e instanceof CrorecastError;

export { board, compared, dollars, fy, isCrorecast, parallel, rate, revenue, same, text, withPli };
`;

/** Must fail: one expected error per marked line, and no other. */
const FAIL = `import { add, goalSeek, inr, npv, runProjection, usd } from 'crorecast';
// @expect TS2305|TS2724 simulateParallel
import { simulateParallel } from 'crorecast';
// @expect TS2305|TS2724 noSuchExport
import { noSuchExport } from 'crorecast/finance';

// @expect TS2339 Property 'noSuchMethod' does not exist on type 'Decimal'
npv('0.1', [-100, 60, 60]).noSuchMethod();
// @expect TS2345 'Money<"USD">' is not assignable to parameter of type 'Money<"INR">'
add(inr(1), usd(1));
// @expect TS2353 'yeras' does not exist
runProjection({ horizon: { start: 'FY2022-23', yeras: 2 }, plants: [], segments: [] });
// @expect TS2339 Property 'noSuchMethod' does not exist on type 'number'
goalSeek((r) => r.noSuchMethod(), 1, { low: 0, high: 1 });

export { noSuchExport, simulateParallel };
`;

/** Runs the same checks from ESM (`runtime.mjs`) and CommonJS (`runtime.cjs`). */
const RUNTIME = (load) => `const root = ${load('crorecast')};
const core = ${load('crorecast/core')};
const money = ${load('crorecast/money')};
const node = ${load('crorecast/node')};
const fs = ${load('node:fs')};
const assert = ${load('node:assert/strict')};

assert.equal(root.Decimal, core.Decimal, 'Decimal is one class in crorecast and crorecast/core');
assert.equal(root.ValidationError, core.ValidationError, 'ValidationError is one class');
let thrown;
try { money.parseMoney('not money'); } catch (e) { thrown = e; }
assert.ok(thrown instanceof core.CrorecastError, 'an error thrown by crorecast/money is a crorecast/core CrorecastError');
assert.ok(thrown instanceof root.CrorecastError, 'and the root entry’s CrorecastError');
assert.ok(money.inr(1).amount instanceof root.Decimal, 'money from crorecast/money holds the root Decimal');

// crorecast bundles its own zod; the user's zod must still take its schemas and errors as its own.
const { z } = ${load('zod')};
assert.ok(root.PliScheme instanceof z.ZodType, "crorecast's exported schema is a ZodType of the user's zod");
const wrapped = z.object({ scheme: root.PliScheme });
assert.equal(wrapped.safeParse({ scheme: 42 }).success, false, "a crorecast schema nested in the user's refuses bad input");
let zodError;
try { root.PliScheme.parse(42); } catch (e) { zodError = e; }
assert.ok(zodError instanceof z.ZodError, "a crorecast schema's ZodError is the user's z.ZodError");

const result = root.runScenario(root.parseScenario(JSON.parse(fs.readFileSync(SEED, 'utf8'))));
const figures = [result.valuation.withPli.npv, result.valuation.withoutPli.npv].map((m) => m.amount.toFixed(2));

const plan = {
  horizon: { start: 'FY2022-23', years: 2 },
  plants: [{ id: 'noida', unitsPerMonth: '1000000' }],
  segments: [{ id: 'phones', plant: 'noida', volume: { kind: 'compound', start: '800000', rate: '0.25' },
    price: { perUnit: { amount: '12000', currency: 'INR' } } }],
};
const options = { draws: 400, seed: 7, outputs: ['revenue@FY2023-24'],
  inputs: [{ path: 'segments[phones].volume.rate', distribution: { kind: 'uniform', low: 0.1, high: 0.3 } }] };
node.simulateParallel(plan, { ...options, threads: 2, minDrawsPerThread: 1, fallback: false }).then((r) => {
  assert.equal(r.outputs[0].p50, root.simulate(plan, options).outputs[0].p50, 'simulateParallel = simulate');
  console.log(JSON.stringify(figures));
});
`;

function write(file, text) {
  writeFileSync(file, text);
}

/** The file of a package's command (its `bin`), to run with this Node. */
function binOf(pkg, command) {
  const dir = join(ROOT, 'node_modules', pkg);
  const { bin } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return join(dir, typeof bin === 'string' ? bin : bin[command]);
}

/** Runs a command, resolving with its exit code and combined output. */
function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The `// @expect` marks of a file: line (1-based, of the next line) → codes and text. */
function expectations(source) {
  const marks = new Map();
  source.split('\n').forEach((line, i) => {
    const m = /^\/\/ @expect ((?:TS\d+\|?)+) (.+)$/.exec(line);
    if (m) marks.set(i + 2, { codes: m[1].split('|'), text: m[2] });
  });
  return marks;
}

/**
 * The compiler options, besides `module` and `moduleResolution`, that change how a file is
 * parsed or bound (TypeScript's own list where it exposes it). Those two set a file's implied
 * module format, which is part of the key below; a declaration file's module indicator does not
 * depend on them.
 */
const PARSE_OPTIONS = (
  ts.sourceFileAffectingCompilerOptions?.map((o) => o.name) ?? [
    'target',
    'jsx',
    'jsxImportSource',
    'importHelpers',
    'alwaysStrict',
    'strict',
    'noFallthroughCasesInSwitch',
    'allowUnusedLabels',
    'allowUnreachableCode',
    'moduleDetection',
  ]
).filter((name) => name !== 'module' && name !== 'moduleResolution');

/**
 * `tsc -p <dir>` in this process: returns what tsc prints (without colours). Declaration files are
 * shared between the programs it creates when they are read alike — same file, language version,
 * implied module format, JSDoc parsing and parse-affecting options — as TypeScript's language
 * service shares documents between projects; each program still checks every file itself.
 */
function compilerOfModes() {
  const shared = new Map();
  return (dir) => {
    const config = ts.getParsedCommandLineOfConfigFile(join(dir, 'tsconfig.json'), undefined, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    });
    const host = ts.createCompilerHost(config.options);
    const read = host.getSourceFile.bind(host);
    const parsing = PARSE_OPTIONS.map((name) => config.options[name]);
    host.getSourceFile = (fileName, how, onError, create) => {
      if (!/\.d\.[cm]?ts$/.test(fileName)) return read(fileName, how, onError, create);
      const key = JSON.stringify(
        typeof how === 'object'
          ? [fileName, how.languageVersion, how.impliedNodeFormat, how.jsDocParsingMode, parsing]
          : [fileName, how, parsing],
      );
      if (!shared.has(key)) shared.set(key, read(fileName, how, onError, create));
      return shared.get(key);
    };
    const program = ts.createProgram({
      rootNames: config.fileNames,
      options: config.options,
      host,
      configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(config),
    });
    return ts.formatDiagnostics(ts.getPreEmitDiagnostics(program), {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => dir,
      getNewLine: () => '\n',
    });
  };
}

/** Checks one mode's tsc output; returns the problems found. */
function judge(mode, output) {
  const problems = [];
  const errors = [...output.matchAll(/^(\S+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map((m) => ({
    file: m[1],
    line: Number(m[2]),
    code: m[3],
    message: m[4],
  }));
  const unparsed = output
    .split('\n')
    .filter((l) => /error TS\d+/.test(l) && !/^\S+?\(\d+,\d+\): error/.test(l));
  for (const l of unparsed) problems.push(`${mode}: ${l}`);
  const marks = expectations(FAIL);
  for (const e of errors) {
    const mark = e.file === 'fail.ts' ? marks.get(e.line) : undefined;
    if (mark === undefined)
      problems.push(`${mode}: unexpected ${e.file}(${e.line}) ${e.code}: ${e.message}`);
  }
  for (const [line, mark] of marks) {
    const hit = errors.find(
      (e) =>
        e.file === 'fail.ts' &&
        e.line === line &&
        mark.codes.includes(e.code) &&
        e.message.includes(mark.text),
    );
    if (hit === undefined) {
      const got = errors.filter((e) => e.file === 'fail.ts' && e.line === line);
      problems.push(
        `${mode}: fail.ts(${line}) expected ${mark.codes.join('|')} "${mark.text}", got ${
          got.map((e) => `${e.code}: ${e.message}`).join('; ') || 'no error'
        }`,
      );
    }
  }
  return problems;
}

const work = mkdtempSync(join(tmpdir(), 'crorecast-consumer-'));
let failed = false;
try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  // Installed as npm would, without the network: the tarball unpacked as node_modules/crorecast,
  // and each of its runtime dependencies linked from this project's node_modules (the versions
  // the lock file resolved).
  const installed = join(work, 'node_modules', 'crorecast');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', installed, '--strip-components=1']);
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  for (const dep of Object.keys(manifest.dependencies ?? {})) {
    symlinkSync(join(ROOT, 'node_modules', dep), join(work, 'node_modules', dep), 'dir');
  }
  console.log(`consumer-types: packed ${tarball} and installed it offline (${seconds()})`);
  const linted = Promise.all([
    run(process.execPath, [binOf('publint', 'publint'), join(work, tarball)], ROOT),
    run(
      process.execPath,
      // `ascii`: one line per entry and mode, which the summary counts; attw's default prints a
      // table where CI=true is set (as in .ci/run), and the count came out NaN.
      [binOf('@arethetypeswrong/cli', 'attw'), join(work, tarball), '--format', 'ascii'],
      ROOT,
    ),
  ]);

  for (const mode of MODES) {
    const dir = join(work, mode.name);
    mkdirSync(dir);
    write(
      join(dir, 'package.json'),
      JSON.stringify({ name: mode.name, private: true, type: mode.type }),
    );
    write(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          target: 'ES2022',
          // zod's declarations name `URL`: a consumer has the DOM or Node's types; DOM here.
          lib: ['ES2022', 'DOM'],
          types: [],
          module: mode.module,
          moduleResolution: mode.moduleResolution,
          ...(mode.esModuleInterop ? { esModuleInterop: true } : {}),
        },
        files: ['ok.ts', 'fail.ts'],
      }),
    );
    write(join(dir, 'ok.ts'), OK);
    write(join(dir, 'fail.ts'), FAIL);
  }
  const compile = compilerOfModes();
  const results = MODES.map((mode) => ({ mode, output: compile(join(work, mode.name)) }));
  const marks = expectations(FAIL).size;
  for (const { mode, output } of results) {
    const problems = judge(mode.name, output);
    if (problems.length > 0) {
      failed = true;
      for (const p of problems) console.error(`  ✗ ${p}`);
    } else {
      console.log(
        `  ✓ ${mode.name}: ok.ts compiles; fail.ts fails with exactly its ${marks} expected errors`,
      );
    }
  }
  console.log(`consumer-types: ${MODES.length} module modes type-checked (${seconds()})`);

  const seed = JSON.stringify(
    join(work, 'node_modules', 'crorecast', 'seeds', 'optiemus-wistron-2021.json'),
  );
  // The installed root and layer entries bundle for the browser (no Node built-in reached).
  const { build } = await import('esbuild');
  // Every code entry the package exports except the Node-only one (not package.json, nor the
  // data files under a pattern such as ./seeds/*).
  const layers = Object.keys(manifest.exports)
    .filter((k) => !['.', './node', './package.json'].includes(k) && !k.includes('*'))
    .map((k) => k.slice(2));
  try {
    const bundle = await build({
      stdin: {
        contents: ['crorecast', ...layers.map((l) => `crorecast/${l}`)]
          .map((m) => `export * from '${m}';`)
          .join('\n'),
        resolveDir: work,
      },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const kb = Math.round((bundle.outputFiles[0]?.contents.length ?? 0) / 1024);
    console.log(
      `  ✓ esbuild --platform=browser bundles crorecast and its ${layers.length} layer entries (${kb} kB)`,
    );
  } catch (e) {
    failed = true;
    console.error(`  ✗ browser bundle of the installed package: ${e.message}`);
  }

  write(
    join(work, 'runtime.mjs'),
    `const SEED = ${seed};\n${RUNTIME((m) => `await import('${m}')`)}`,
  );
  write(join(work, 'runtime.cjs'), `const SEED = ${seed};\n${RUNTIME((m) => `require('${m}')`)}`);
  const [esm, cjs] = await Promise.all([
    run(process.execPath, ['runtime.mjs'], work),
    run(process.execPath, ['runtime.cjs'], work),
  ]);
  for (const [name, r] of [
    ['ESM', esm],
    ['CommonJS', cjs],
  ]) {
    if (r.code !== 0) {
      failed = true;
      console.error(`  ✗ runtime from ${name}:\n${r.output}`);
    }
  }
  if (esm.code === 0 && cjs.code === 0) {
    if (esm.output.trim() !== cjs.output.trim()) {
      failed = true;
      console.error(`  ✗ ESM and CommonJS differ: ${esm.output.trim()} vs ${cjs.output.trim()}`);
    } else {
      console.log(
        `  ✓ runtime, ESM and CommonJS: one class across entries; the user's zod takes crorecast's schemas and errors; seed NPV with/without PLI ${esm.output.trim()} both ways; simulateParallel workers load the package`,
      );
    }
  }
  const [publint, attw] = await linted;
  for (const [name, r] of [
    ['publint', publint],
    ['attw', attw],
  ]) {
    if (r.code !== 0) {
      failed = true;
      console.error(`  ✗ ${name} on ${tarball} (exit ${r.code}):\n${r.output}`);
    }
  }
  if (publint.code === 0 && attw.code === 0) {
    const last = (text) =>
      text
        .trim()
        .split('\n')
        .filter((l) => l.trim() !== '')
        .at(-1);
    console.log(`  ✓ publint on ${tarball}: ${last(publint.output)}`);
    const green = [...attw.output.matchAll(/^(\S[^:\n]*): 🟢/gmu)].map((m) => m[1]);
    const modes = [...new Set(green)];
    console.log(
      `  ✓ attw on ${tarball}: ${green.length / modes.length} entries green in ${modes.join(', ')}`,
    );
  }
  const version = JSON.parse(
    readFileSync(join(work, 'node_modules', 'crorecast', 'package.json'), 'utf8'),
  ).version;
  console.log(
    `consumer-types: crorecast ${version} ${failed ? 'FAILED' : 'passed'} (${seconds()})`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
