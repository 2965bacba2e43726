// `npm run build`: the package in dist/ — code and bundled type declarations.
//
//   1. tsc (tsconfig.types.json) writes one .d.ts per source file to out/types, and fails the
//      build on any type error in src, as tsup's own declaration step did; with `--typecheck`
//      (`npm test`), one TypeScript program over tsconfig.json (src, test, examples, bench,
//      configs) checks everything `npm run typecheck` checks and writes the same declarations
//      of src from it, instead of a second program parsing and checking src again;
//   2. tsup builds the code (tsup.config.ts) and bundles those declarations per entry;
//   3. the declaration chunks get the names tsup gives chunks built from the sources.
//
// Bundling the declarations from the sources (tsup's default) cost ~55 s of CPU on this 2-core
// machine; tsc and a bundle of its output ~31 s, for the same files byte for byte (issue 14
// item 9).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${ROOT}dist/`;

/** Runs a package's command (its `bin`, read from its package.json) with this Node. */
function run(pkg, command, args) {
  const { bin } = JSON.parse(readFileSync(`${ROOT}node_modules/${pkg}/package.json`, 'utf8'));
  const file = typeof bin === 'string' ? bin : bin[command];
  const r = spawnSync(process.execPath, [`${ROOT}node_modules/${pkg}/${file}`, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/**
 * rollup names a chunk after its first module: from `money.d.ts` that is `money.d-<hash>.d.ts`
 * where the sources gave `money-<hash>.d.ts`. Renames the chunks back and rewrites the
 * `./money.d-<hash>.js` (`.cjs`) imports that name them.
 */
export function tidyChunkNames(dir) {
  const files = readdirSync(dir).filter((f) => /\.d\.c?ts$/.test(f));
  const renames = files.flatMap((f) => {
    const m = /^(.+)\.d-([\w-]{8})\.d\.(c?ts)$/.exec(f);
    return m === null ? [] : [{ from: f, to: `${m[1]}-${m[2]}.d.${m[3]}`, stem: [m[1], m[2]] }];
  });
  for (const f of files) {
    let text = readFileSync(`${dir}${f}`, 'utf8');
    const before = text;
    for (const { stem } of renames) {
      text = text.replaceAll(`./${stem[0]}.d-${stem[1]}.`, `./${stem[0]}-${stem[1]}.`);
    }
    if (text !== before) writeFileSync(`${dir}${f}`, text);
  }
  for (const { from, to } of renames) renameSync(`${dir}${from}`, `${dir}${to}`);
  return renames.length;
}

/** A tsconfig file read as tsc reads it (its `extends` followed); throws on a broken one. */
function readConfig(ts, file) {
  const config = ts.getParsedCommandLineOfConfigFile(`${ROOT}${file}`, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (config === undefined) throw new Error(`cannot read ${file}`);
  return config;
}

/**
 * `tsc --noEmit -p tsconfig.json` and `tsc -p tsconfig.types.json` in one program: the checking
 * options are tsconfig.json's (tsconfig.types.json extends it and changes only what it emits, so
 * src is checked exactly as either command checks it), the emit options tsconfig.types.json's.
 * Reports every error either command reports — options, syntax and types of every file of
 * tsconfig.json, and the declaration errors of src — in tsc's format, and writes out/types only
 * when there are none (`noEmitOnError`). Returns the number of errors.
 */
export async function typecheckAndDeclare() {
  const { default: ts } = await import('typescript');
  const checked = readConfig(ts, 'tsconfig.json');
  const emitted = readConfig(ts, 'tsconfig.types.json');
  const sourceDir = emitted.options.rootDir;
  const outDir = emitted.options.outDir;
  const options = {
    ...checked.options,
    noEmit: false,
    declaration: emitted.options.declaration,
    emitDeclarationOnly: emitted.options.emitDeclarationOnly,
    declarationMap: emitted.options.declarationMap,
    // Emitted as rootDir ROOT (test files are in the program too), moved to out/types below.
    rootDir: ROOT,
    outDir,
  };
  const program = ts.createProgram({
    rootNames: checked.fileNames,
    options,
    projectReferences: checked.projectReferences,
    configFileParsingDiagnostics: [
      ...ts.getConfigFileParsingDiagnostics(checked),
      ...ts.getConfigFileParsingDiagnostics(emitted),
    ],
  });
  const inSources = (file) => !relative(sourceDir, file.fileName).startsWith('..');
  const sources = new Set(emitted.fileNames);
  const declared = program.getSourceFiles().filter((f) => sources.has(f.fileName));
  if (declared.length !== sources.size || !declared.every(inSources)) {
    throw new Error('tsconfig.types.json must emit a subset of tsconfig.json under its rootDir');
  }
  const diagnostics = [
    ...program.getConfigFileParsingDiagnostics(),
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...program.getSemanticDiagnostics(),
    ...declared.flatMap((f) => program.getDeclarationDiagnostics(f)),
  ];
  const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (diagnostics.length > 0) {
    process.stderr.write(
      ts.formatDiagnostics(diagnostics, {
        getCanonicalFileName: (f) => f,
        getCurrentDirectory: () => ROOT,
        getNewLine: () => '\n',
      }),
    );
  }
  if (errors.length > 0) {
    console.error(`\nFound ${errors.length} error${errors.length === 1 ? '' : 's'}.`);
    return errors.length;
  }
  // out/types/src/x.d.ts (rootDir ROOT) → out/types/x.d.ts, as tsconfig.types.json writes it.
  const inOut = `${outDir}/${relative(ROOT, sourceDir)}/`;
  const write = (file, text) => {
    if (!file.startsWith(inOut)) throw new Error(`unexpected declaration file ${file}`);
    const target = `${outDir}/${file.slice(inOut.length)}`;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  };
  for (const file of declared) {
    const emit = program.emit(file, write, undefined, true);
    if (emit.emitSkipped) throw new Error(`no declarations written for ${file.fileName}`);
  }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(`${ROOT}out/types`, { recursive: true, force: true });
  if (process.argv.includes('--typecheck')) {
    if ((await typecheckAndDeclare()) > 0) process.exit(1);
  } else run('typescript', 'tsc', ['-p', 'tsconfig.types.json']);
  run('tsup', 'tsup', []);
  tidyChunkNames(DIST);
}
