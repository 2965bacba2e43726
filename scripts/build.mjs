// `npm run build`: the package in dist/ — code and bundled type declarations.
//
//   1. tsc (tsconfig.types.json) writes one .d.ts per source file to out/types, and fails the
//      build on any type error in src, as tsup's own declaration step did;
//   2. tsup builds the code (tsup.config.ts) and bundles those declarations per entry;
//   3. the declaration chunks get the names tsup gives chunks built from the sources.
//
// Bundling the declarations from the sources (tsup's default) cost ~55 s of CPU on this 2-core
// machine; tsc and a bundle of its output ~31 s, for the same files byte for byte (issue 14
// item 9).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${ROOT}dist/`;

function run(command, args) {
  const r = spawnSync(process.execPath, [`${ROOT}node_modules/${command}`, ...args], {
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(`${ROOT}out/types`, { recursive: true, force: true });
  run('typescript/bin/tsc', ['-p', 'tsconfig.types.json']);
  run('tsup/dist/cli-default.js', []);
  tidyChunkNames(DIST);
}
