// Runs README.md's TypeScript examples and every TSDoc `@example` in src/ against the built
// package and checks every documented value: `npm run test:docs` (after `npm run build`; part of
// `npm test`). `node scripts/doctest.mjs src/money` runs only the examples of files under a prefix.
//
// TSDoc examples are written without imports, as date-fns's are: the runner imports the names
// they use from the package (`crorecast`, then `crorecast/node`), and a module's internal helpers
// from their own source file.
//
// Each ```ts block becomes a module in out/doctest/ (inside the package, so `import … from
// 'crorecast'` resolves to the build through the package's own exports) and runs under tsx in one
// process, block after block. An expression followed by `//=> value` (on its line, or alone on the
// next line; `//` lines right after it continue the value) must equal that value: compared as
// JavaScript values (deep, strict), or as text when the expression gives a string and the value
// is not a JavaScript literal (JSON, for instance). A statement followed by `// throws Name` must
// throw an error of that class. A block preceded by `<!-- doctest: skip (reason) -->` is not run
// (counted and listed). Anything else a block prints or returns is not checked, but it must run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}out/doctest/`;
const FILES = ['README.md'];
const SOURCES = `${ROOT}src/`;

/** Every `.ts` file under a folder, sorted, as paths relative to the repository. */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) =>
      entry.isDirectory()
        ? sourceFiles(`${dir}${entry.name}/`)
        : entry.name.endsWith('.ts')
          ? [`${dir}${entry.name}`.slice(ROOT.length)]
          : [],
    );
}

/**
 * The ```ts blocks of the TSDoc `@example`s in a source file: each doc-comment line loses its
 * ` * ` so the block reads as it does on the API reference page. A doc line
 * `doctest: skip (reason)` just before the fence skips it, as `<!-- doctest: skip -->` does in
 * markdown.
 */
export function extractExamples(source, file) {
  const lines = source.split('\n').map((line) => {
    const m = /^\s*\* ?(.*)$/.exec(line);
    return m === null ? '' : (m[1] ?? '');
  });
  const raw = source.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^\s*\* ?```ts\s*$/.test(raw[i] ?? '')) continue;
    const skip = /doctest: skip(?: \((.*)\))?/.exec(lines[i - 1] ?? '');
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*\* ?```\s*$/.test(raw[end] ?? '')) end += 1;
    blocks.push({
      file,
      line: start + 1,
      code: lines.slice(start, end),
      skip: skip === null ? undefined : (skip[1] ?? 'no reason given'),
    });
    i = end;
  }
  return blocks;
}

/** The names a source file exports itself (`export function f`, `export const c`, …). */
function exportedBy(source) {
  return [
    ...source.matchAll(
      /^export (?:async )?(?:function\*?|const|let|class|enum) ([A-Za-z_$][\w$]*)/gm,
    ),
  ].map((m) => m[1]);
}

const IDENTIFIER = /(?<![.\w$'"`])[A-Za-z_$][\w$]*/g;

/**
 * The import lines an example needs: every name the package exports (root first, then the
 * Node entry) that the example uses and does not import itself. TSDoc examples are written
 * without imports, as date-fns's are; the reference page says where each name comes from.
 */
export function importsFor(code, exported) {
  const text = code.join('\n');
  // Names the example imports itself are left to it.
  const own = new Set(
    [...text.matchAll(/^\s*import\s+(.*?)\s+from\s/gm)].flatMap((m) =>
      (m[1] ?? '')
        .replace(/[{}*]/g, ' ')
        .split(/[\s,]+/)
        .filter((w) => w !== '' && w !== 'as'),
    ),
  );
  const code0 = text.replace(/^\s*import\s.*$/gm, '');
  const used = new Set(code0.replace(/(['"])(?:\\.|(?!\1).)*\1/g, "''").match(IDENTIFIER) ?? []);
  for (const name of own) used.delete(name);
  const lines = [];
  for (const [entry, names] of exported) {
    const wanted = names.filter(
      (name) => used.has(name) && !lines.some((l) => l.names.includes(name)),
    );
    if (wanted.length > 0) lines.push({ entry, names: wanted });
  }
  return lines.map((l) => `import { ${l.names.join(', ')} } from '${l.entry}';`).join('\n');
}

/** The ```ts blocks of a markdown file, with their first line number and skip reason. */
export function extractBlocks(markdown, file) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^```ts\s*$/.test(lines[i] ?? '')) continue;
    const skip =
      /<!-- doctest: skip(?: \((.*)\))? -->/.exec(lines[i - 1] ?? '') ??
      /<!-- doctest: skip(?: \((.*)\))? -->/.exec(lines[i - 2] ?? '');
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end] ?? '')) end += 1;
    blocks.push({
      file,
      line: start + 1,
      code: lines.slice(start, end),
      skip: skip === null ? undefined : (skip[1] ?? 'no reason given'),
    });
    i = end;
  }
  return blocks;
}

const CONTINUES_AFTER = /([([{,=+\-*/?:]|=>|&&|\|\|)$/;
const CONTINUES_BEFORE = /^[.)\]}?:]/;

// The code of a line without a trailing `// comment` (strings with `//` in them are not split).
function codeOf(line) {
  let quote = null;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quote !== null) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/')
      return { code: line.slice(0, i), comment: line.slice(i) };
  }
  return { code: line, comment: '' };
}

/**
 * Rewrites a block into a module: every `expr //=> value` becomes a check of expr against value,
 * every `stmt // throws Name` a check that it throws. Returns the module text and the checks.
 */
export function instrument(block) {
  const out = [];
  const checks = [];
  // Start index (in out) of each output line's statement, to find where an expression began.
  const lines = block.code;
  let statementStart = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    const { code, comment } = codeOf(raw);
    const trimmed = code.trim();
    const previous = out.length === 0 ? '' : codeOf(out[out.length - 1] ?? '').code.trim();
    const continues =
      trimmed !== '' &&
      out.length > 0 &&
      previous !== '' &&
      !trimmed.startsWith(';') &&
      (CONTINUES_AFTER.test(previous) || CONTINUES_BEFORE.test(trimmed));
    if (trimmed !== '' && !continues) statementStart = out.length;
    const expected = /^\/\/=>\s?(.*)$/.exec(comment.trim());
    const throws = /^\/\/ throws (\w+)/.exec(comment.trim());
    if (expected === null && throws === null) {
      out.push(raw);
      continue;
    }
    let value = expected?.[1] ?? '';
    // `//` lines right after a `//=>` continue its value.
    while (
      expected !== null &&
      /^\s*\/\/\s+\S/.test(lines[i + 1] ?? '') &&
      !/^\s*\/\/=>/.test(lines[i + 1] ?? '')
    ) {
      value += ` ${(lines[i + 1] ?? '').trim().replace(/^\/\/\s+/, '')}`;
      i += 1;
    }
    const lineNo = block.line + i;
    // The expression: this line's code, or (for a `//=>` line of its own) the statement before.
    let from = statementStart;
    if (trimmed === '') {
      from = statementStart;
      while (from > 0 && out[from - 1]?.trim() === '') from -= 1;
    } else out.push(code);
    const statement = out
      .splice(from)
      .map((l) => codeOf(l).code)
      .join('\n')
      .trim()
      .replace(/^;/, '')
      .replace(/;\s*$/, '');
    const id = checks.length;
    if (throws !== null) {
      checks.push({ line: lineNo, kind: 'throws', expected: throws[1] });
      out.push(`await __doctest.throws(${id}, async () => { ${statement}; });`);
    } else {
      checks.push({ line: lineNo, kind: 'value', expected: value.trim() });
      out.push(`await __doctest.check(${id}, async () => (${statement}));`);
    }
    statementStart = out.length;
  }
  return { text: out.join('\n'), checks };
}

// Evaluates the documented value as a JavaScript literal, if it is one. A trailing remark in
// parentheses after the value (`'-0.021245' (Excel: -2.12%)`) is not part of it.
function literal(text) {
  // The remark may hold parentheses of its own: find the one that opens the final group.
  let cut = text;
  if (text.endsWith(')')) {
    let depth = 0;
    for (let i = text.length - 1; i >= 0; i -= 1) {
      if (text[i] === ')') depth += 1;
      else if (text[i] === '(') depth -= 1;
      if (depth === 0) {
        if (/\s/.test(text[i - 1] ?? '')) cut = text.slice(0, i).trimEnd();
        break;
      }
    }
  }
  for (const candidate of [text, cut]) {
    try {
      // The README is this repository's own text: evaluating its documented values is the point.
      return { ok: true, value: new Function(`return (${candidate});`)(), text: candidate };
    } catch {}
  }
  return { ok: false, text };
}

function runner(blocks) {
  return `import { inspect, isDeepStrictEqual } from 'node:util';
import { register } from 'tsx/esm/api';
register();
const blocks = ${JSON.stringify(blocks.map((b) => ({ file: b.file, line: b.line, checks: b.checks, module: b.module })))};
const results = { passed: 0, failed: 0, failures: [] };
const literal = ${literal.toString()};
let current;
globalThis.__doctest = {
  async check(id, run) {
    const check = current.checks[id];
    const where = \`\${current.file}:\${check.line}\`;
    let actual;
    try { actual = await run(); } catch (error) {
      results.failed += 1; results.failures.push(\`\${where}: threw \${error?.stack ?? error}\`); return;
    }
    const expected = literal(check.expected);
    const same = expected.ok && isDeepStrictEqual(actual, expected.value)
      || (typeof actual === 'string' && !(expected.ok && typeof expected.value === 'string') && actual === expected.text);
    if (same) results.passed += 1;
    else {
      results.failed += 1;
      results.failures.push(\`\${where}: documented \${check.expected}\\n    but got \${inspect(actual, { depth: 6, breakLength: 100 })}\${expected.ok ? '' : ' (the documented value is not a JavaScript value)'}\`);
    }
  },
  async throws(id, run) {
    const check = current.checks[id];
    const where = \`\${current.file}:\${check.line}\`;
    try { await run(); } catch (error) {
      if (error?.constructor?.name === check.expected || error?.name === check.expected) { results.passed += 1; return; }
      results.failed += 1; results.failures.push(\`\${where}: documented a \${check.expected} but threw \${error?.name}: \${error?.message}\`); return;
    }
    results.failed += 1; results.failures.push(\`\${where}: documented a \${check.expected} but nothing was thrown\`);
  },
};
for (const block of blocks) {
  current = block;
  try { await import(block.module); } catch (error) {
    results.failed += 1; results.failures.push(\`\${block.file}:\${block.line}: the block failed: \${error?.stack ?? error}\`);
  }
}
console.log(JSON.stringify(results));
`;
}

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const only = process.argv.slice(2);
  const readme = FILES.flatMap((file) =>
    extractBlocks(readFileSync(`${ROOT}${file}`, 'utf8'), file),
  );
  const examples = sourceFiles(SOURCES).flatMap((file) =>
    extractExamples(readFileSync(`${ROOT}${file}`, 'utf8'), file),
  );
  const all = [...readme, ...examples].filter(
    (block) => only.length === 0 || only.some((prefix) => block.file.startsWith(prefix)),
  );
  const exported = [];
  for (const entry of ['crorecast', 'crorecast/node']) {
    exported.push([entry, Object.keys(await import(entry)).filter((name) => name !== 'default')]);
  }
  const run = [];
  for (const [n, block] of all.entries()) {
    if (block.skip !== undefined) continue;
    const { text, checks } = instrument(block);
    const module = `${OUT}block-${String(n).padStart(3, '0')}.ts`;
    // An example of a module's internal helper imports it from its own source file.
    const own = block.file.endsWith('.ts')
      ? [[`../../${block.file}`, exportedBy(readFileSync(`${ROOT}${block.file}`, 'utf8'))]]
      : [];
    const imports = block.file.endsWith('.ts') ? importsFor(block.code, [...exported, ...own]) : '';
    const header = imports === '' ? '' : `${imports}\n`;
    // Line numbers of checks stay those of the source: the import line is prepended on line 0.
    writeFileSync(module, `${header}${text}\nexport {};\n`);
    run.push({ ...block, checks, module });
  }
  writeFileSync(`${OUT}run.mjs`, runner(run));
  // tsx registered by the runner itself, not `--import tsx`: worker threads inherit the command
  // line, and the built package's workers (the `simulateParallel` examples) then each loaded tsx
  // and started a thread for its hooks — ~1 s of CPU a worker, for JavaScript (issue 14 item 9).
  // Workers that load the TypeScript source register tsx themselves (src/node/workerThreads.ts).
  const child = spawnSync(process.execPath, [`${OUT}run.mjs`], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  let results;
  try {
    results = JSON.parse(last);
  } catch {
    console.error(`doctest: the runner failed (exit ${child.status})\n${child.stderr}`);
    process.exit(1);
  }
  const skipped = all.filter((b) => b.skip !== undefined);
  for (const failure of results.failures) console.error(`✗ ${failure}`);
  console.log(
    `doctest: ${run.length} blocks run, ${results.passed} of ${results.passed + results.failed} documented values match` +
      (skipped.length === 0
        ? ''
        : `; ${skipped.length} block${skipped.length === 1 ? '' : 's'} not run (${skipped.map((b) => `${b.file}:${b.line}: ${b.skip}`).join('; ')})`),
  );
  if (results.failed > 0) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
