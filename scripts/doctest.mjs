// Runs README.md's TypeScript examples against the built package and checks every documented
// value: `npm run test:docs` (after `npm run build`; part of `npm test`).
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
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}out/doctest/`;
const FILES = ['README.md'];

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
  for (const candidate of [text, text.replace(/\s+\([^()]*\)\s*$/, '')]) {
    try {
      // The README is this repository's own text: evaluating its documented values is the point.
      return { ok: true, value: new Function(`return (${candidate});`)(), text: candidate };
    } catch {}
  }
  return { ok: false, text };
}

function runner(blocks) {
  return `import { inspect, isDeepStrictEqual } from 'node:util';
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

function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const all = FILES.flatMap((file) => extractBlocks(readFileSync(`${ROOT}${file}`, 'utf8'), file));
  const run = [];
  for (const [n, block] of all.entries()) {
    if (block.skip !== undefined) continue;
    const { text, checks } = instrument(block);
    const module = `${OUT}block-${String(n).padStart(2, '0')}.ts`;
    writeFileSync(module, `${text}\nexport {};\n`);
    run.push({ ...block, checks, module });
  }
  writeFileSync(`${OUT}run.mjs`, runner(run));
  const child = spawnSync(process.execPath, ['--import', 'tsx', `${OUT}run.mjs`], {
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

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
