import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CliIo,
  EXIT,
  FileTooLargeError,
  loadChartRenderer,
  MAX_SCENARIO_BYTES,
  main,
  readFileCapped,
  VERSION,
} from '../../src/cli.js';
import { WorkbookDependencyError } from '../../src/report/workbook/scenarioWorkbook.js';
import { runSharingSeed } from '../_lib/seedResults.js';
import { SOURCE_BUNDLES } from '../_lib/sourceBundles.js';

const SEED = 'seeds/optiemus-wistron-2021.json';

/** An in-memory CLI environment: files to read, files written, captured stdout and stderr. */
function fakeIo(files: Record<string, string> = {}, overrides: Partial<CliIo> = {}) {
  const written: Record<string, string> = {};
  const bytes: Record<string, Uint8Array> = {};
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async (path) => {
      if (path in files) return files[path] as string;
      if (path === SEED) return readFileSync(SEED, 'utf8');
      throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
    },
    writeFile: async (path, data) => {
      written[path] = data;
    },
    writeBytes: async (path, data) => {
      bytes[path] = data;
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    loadChartRenderer: () => loadChartRenderer(),
    runScenario: runSharingSeed,
    ...overrides,
  };
  return { io, written, bytes, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('crorecast CLI: usage', () => {
  it('prints the version from package.json', async () => {
    const env = fakeIo();
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    for (const flag of ['--version', '-v']) {
      expect(await main([flag], env.io)).toBe(EXIT.ok);
    }
    expect(env.stdout()).toBe(`crorecast ${pkg.version}\ncrorecast ${pkg.version}\n`);
  });

  it('prints help and exits 0', async () => {
    const env = fakeIo();
    expect(await main(['--help'], env.io)).toBe(EXIT.ok);
    expect(env.stdout()).toContain('crorecast run <scenario.json>');
  });

  it.each([
    [[], 'no command given'],
    [['explode', SEED], 'unknown command "explode"'],
    [['run'], 'run: no scenario file given'],
    [['run', SEED, 'extra.json'], 'unexpected argument "extra.json"'],
    [['run', SEED, '--colour'], "Unknown option '--colour'"],
    [['run', SEED, '--format', 'pdf'], 'unknown format "pdf" (use table, markdown, csv, json)'],
    [['validate', SEED, '--chart', 'x.svg'], 'validate does not take --chart'],
  ])('%j → exit 2: %s, then the usage', async (argv, message) => {
    const env = fakeIo();
    expect(await main(argv, env.io)).toBe(EXIT.usage);
    expect(env.stderr()).toContain(message);
    expect(env.stderr()).toContain('Usage:');
    expect(env.stdout()).toBe('');
  });
});

describe('crorecast validate', () => {
  it('accepts the seed', async () => {
    const env = fakeIo();
    expect(await main(['validate', SEED], env.io)).toBe(EXIT.ok);
    expect(env.stdout()).toMatch(/valid scenario "Optiemus Electronics/);
  });

  it('says when a file cannot be read (exit 2)', async () => {
    const env = fakeIo();
    expect(await main(['validate', 'missing.json'], env.io)).toBe(EXIT.usage);
    expect(env.stderr()).toBe('crorecast: cannot read scenario file missing.json (ENOENT)\n');
  });

  it('says when a file is not JSON (exit 2)', async () => {
    const env = fakeIo({ 'bad.json': '{ "meta": ' });
    expect(await main(['validate', 'bad.json'], env.io)).toBe(EXIT.usage);
    expect(env.stderr()).toBe('crorecast: bad.json:1:11: invalid JSON: the file ends too early\n');
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const env = fakeIo({ 'bad.json': '{\n  "meta": {\n    "id": "x",\n  }\n}\n' });
    expect(await main(['validate', 'bad.json'], env.io)).toBe(EXIT.usage);
    expect(env.stderr()).toMatch(/^crorecast: bad\.json:4:3: invalid JSON: \S/);
    expect(env.stderr()).not.toContain('position');
  });

  it('warns of the deprecated pli.sharing.appliesTo, still valid (exit 0)', async () => {
    const seed = JSON.parse(readFileSync(SEED, 'utf8'));
    seed.pli.sharing.appliesTo = seed.pli.sharing.scope.enrolments;
    delete seed.pli.sharing.scope.enrolments;
    const env = fakeIo({ 'old.json': JSON.stringify(seed) });
    expect(await main(['validate', 'old.json'], env.io)).toBe(EXIT.ok);
    expect(env.stderr()).toBe(
      'warning: pli.sharing.appliesTo: deprecated: write `scope: { "enrolments": [...] }` instead (same meaning); `appliesTo` will be removed in the next major version\n',
    );
    // The seed itself, in the current spelling, prints no warning.
    const clean = fakeIo();
    expect(await main(['validate', SEED], clean.io)).toBe(EXIT.ok);
    expect(clean.stderr()).toBe('');
  });

  it("words zod's own problems in crorecast's style", async () => {
    const seed = JSON.parse(readFileSync(SEED, 'utf8'));
    seed.finance.yeras = 5;
    seed.horizon.years = 'five';
    const env = fakeIo({ 'typo.json': JSON.stringify(seed) });
    expect(await main(['validate', 'typo.json'], env.io)).toBe(EXIT.usage);
    const text = env.stderr();
    expect(text).toContain('finance: unknown key "yeras"');
    expect(text).toContain('horizon.years: expected a number, got "five"');
    expect(text).not.toMatch(/Unrecognized|Invalid input|Too (small|big)/);
  });

  it('lists every problem with its field path, without a stack trace (exit 2)', async () => {
    const seed = JSON.parse(readFileSync(SEED, 'utf8'));
    seed.segments[2].price.perUnit = { amount: '-1', currency: 'INR' };
    seed.finance.taxRate = '25.17';
    const env = fakeIo({ 'broken.json': JSON.stringify(seed) });
    expect(await main(['validate', 'broken.json'], env.io)).toBe(EXIT.usage);
    const err = env.stderr();
    expect(err).toContain('crorecast: invalid scenario:');
    expect(err).toContain('  - segments[2].price.perUnit: must be greater than zero');
    expect(err).toContain('  - finance.taxRate: must be a fraction between 0 and 1');
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('crorecast run', () => {
  it('prints the markdown report, its totals recomputed from its own rows', async () => {
    const env = fakeIo();
    expect(await main(['run', SEED, '--format', 'markdown'], env.io)).toBe(EXIT.ok);
    const md = env.stdout();
    const row = (label: string) => {
      const line = md
        .split('\n')
        .find((l) => l.startsWith(`| ${label} |`) || l.startsWith(`| **${label}** |`));
      return (line ?? '')
        .split('|')
        .slice(2, -1)
        .map((c) => Number(c.replace(/[*,₹ crore]/g, '').trim()));
    };
    // The P&L: each amount's total is the sum of its years (to the rounding of the printed
    // figures), and the margin's total is total EBITDA ÷ total revenue — not a sum of margins.
    const revenue = row('Revenue');
    const ebitda = row('EBITDA');
    const margin = row('EBITDA margin (%)');
    const sumOf = (xs: number[]) => xs.slice(0, -1).reduce((a, b) => a + b, 0);
    expect(Math.abs(sumOf(revenue) - (revenue.at(-1) ?? 0))).toBeLessThanOrEqual(3);
    expect(Math.abs(sumOf(ebitda) - (ebitda.at(-1) ?? 0))).toBeLessThanOrEqual(3);
    const ratio = ((ebitda.at(-1) ?? 0) / (revenue.at(-1) ?? 1)) * 100;
    expect(Math.abs((margin.at(-1) ?? 0) - ratio)).toBeLessThan(0.06);
    expect(margin.at(-1)).toBeLessThan(Math.max(...margin.slice(0, -1)));
    for (const heading of ['## What the plan answers', '## Valuation', '## Targets'])
      expect(md).toContain(heading);
  });

  it('prints a fixed-width table by default', async () => {
    const env = fakeIo();
    expect(await main(['run', SEED], env.io)).toBe(EXIT.ok);
    const text = env.stdout();
    expect(text).toContain('What the plan answers\n---------------------');
    expect(text).toMatch(/Revenue by segment \(₹ crore\)\nSegment +FY2021-22/);
    const widest = Math.max(...text.split('\n').map((line) => [...line].length));
    expect(widest).toBeLessThanOrEqual(120);
    // The assumptions table wraps its long cells instead of reaching hundreds of columns.
    expect(text).toContain('Assumptions');
  });

  it('runs a ten-year plan (120 months) whose report still fits 120 columns', async () => {
    // The seed stretched to ten fiscal years: its last demand anchors hold to FY2030-31.
    const seed = JSON.parse(readFileSync(SEED, 'utf8')) as Record<string, unknown>;
    seed.horizon = { start: 'FY2021-22', months: 120 };
    // The CLI's own runner (no `runScenario` in the environment), as a user's `crorecast run`.
    const env = fakeIo({ 'ten.json': JSON.stringify(seed) }, { runScenario: undefined });
    expect(await main(['run', 'ten.json'], env.io)).toBe(EXIT.ok);
    const text = env.stdout();
    const widest = Math.max(...text.split('\n').map((line) => [...line].length));
    expect(widest).toBeLessThanOrEqual(120);
    // The P&L pages its ten years and the total: every year is printed once as a column head.
    const pnl = text.slice(text.indexOf('P&L by fiscal year'));
    expect(pnl).toContain(
      'P&L by fiscal year (₹ crore; unlevered, PLI accrued when earned) (continued)',
    );
    for (const year of ['FY2021-22', 'FY2025-26', 'FY2030-31']) expect(pnl).toContain(year);
  }, 60_000);

  it('writes CSV with one block per table', async () => {
    const env = fakeIo();
    expect(await main(['run', SEED, '-f', 'csv', '--out', 'out/seed.csv'], env.io)).toBe(EXIT.ok);
    const csv = env.written['out/seed.csv'] ?? '';
    expect(csv.split('\n')[0]).toBe('Revenue — Revenue by segment (₹ crore)');
    expect(csv.split('\n')[1]).toBe(
      'Segment,FY2021-22,FY2022-23,FY2023-24,FY2024-25,FY2025-26,Total',
    );
    expect(env.stdout()).toBe('');
    expect(env.stderr()).toBe('report written to out/seed.csv\n');
  });

  it('prints JSON whose numbers are exact decimal strings', async () => {
    const env = fakeIo();
    expect(await main(['run', SEED, '--format', 'json'], env.io)).toBe(EXIT.ok);
    const json = JSON.parse(env.stdout());
    const revenue = json.sections[1].tables[0];
    expect(revenue.title).toBe('Revenue by segment (₹ crore)');
    for (const row of revenue.rows) {
      for (const cell of Object.values(row.cells)) expect(typeof cell).toBe('string');
    }
  });

  it('adds the key figures in US dollars with --usd', async () => {
    const env = fakeIo();
    expect(await main(['run', SEED, '--usd', '-f', 'markdown'], env.io)).toBe(EXIT.ok);
    const md = env.stdout();
    expect(md).toContain(
      "**Key figures in US dollars (US$ million, at each year's average revenue rate)**",
    );
    // FY2021-22: the rupee at 74.5 all year, so ₹3,712.03 crore is US$498 million.
    expect(md).toMatch(/\| USD\/INR \(average\) \| 74\.50 \| 75\.99 \|/);
    expect(md).toMatch(/\| Revenue \| 498 \| 1,445 \|/);
  });

  it('writes the chart as SVG showing the segments and the headcount', async () => {
    const env = fakeIo();
    expect(await main(['run', SEED, '--chart', 'out/chart.svg', '--out', 'out/r.md'], env.io)).toBe(
      EXIT.ok,
    );
    const svg = env.written['out/chart.svg'] ?? '';
    expect(svg.startsWith('<svg')).toBe(true);
    for (const name of [
      'Smartphones (invoice &lt; ₹15,000)',
      'Laptops',
      'Automotive-EV products',
      'Headcount at year end',
      'FY2025-26',
    ]) {
      expect(svg).toContain(name);
    }
    expect(svg).toContain('Stated target ₹38,000 crore');
  }, 30_000);

  it('explains a missing chart package and exits 1', async () => {
    const missing = async (): Promise<never> => {
      throw new Error("Cannot find package 'vega'");
    };
    const env = fakeIo({}, { loadChartRenderer: () => loadChartRenderer({ load: missing }) });
    expect(await main(['run', SEED, '--chart', 'c.svg', '--out', 'r.txt'], env.io)).toBe(
      EXIT.failed,
    );
    expect(env.stderr()).toBe(
      'crorecast: --chart needs the optional packages vega and vega-lite: npm install vega vega-lite\n',
    );
    expect(env.written['c.svg']).toBeUndefined();
  });

  it('fails for a missing chart package before printing the report', async () => {
    const missing = async (): Promise<never> => {
      throw new Error("Cannot find package 'vega'");
    };
    const env = fakeIo({}, { loadChartRenderer: () => loadChartRenderer({ load: missing }) });
    expect(await main(['run', SEED, '--chart', 'c.svg'], env.io)).toBe(EXIT.failed);
    expect(env.stdout()).toBe('');
    expect(env.stderr()).toMatch(/^crorecast: --chart needs the optional packages/);
  });

  it('fails for a missing workbook package before printing the report', async () => {
    const env = fakeIo(
      {},
      {
        loadWorkbookZip: async () => {
          throw new WorkbookDependencyError(new Error("Cannot find package 'fflate'"));
        },
      },
    );
    expect(await main(['run', SEED, '--xlsx', 'w.xlsx'], env.io)).toBe(EXIT.failed);
    expect(env.stdout()).toBe('');
    expect(env.stderr()).toMatch(/fflate/);
    expect(env.bytes['w.xlsx']).toBeUndefined();
  });

  it('names the file and the option when an output cannot be written, saying the code once', async () => {
    const env = fakeIo(
      {},
      {
        writeFile: async (path) => {
          throw Object.assign(new Error(`EEXIST: file already exists, mkdir '${path}'`), {
            code: 'EEXIST',
          });
        },
      },
    );
    expect(await main(['run', SEED, '--out', 'out/r.md'], env.io)).toBe(EXIT.failed);
    expect(env.stderr()).toBe(
      "crorecast: cannot write out/r.md (--out): EEXIST: file already exists, mkdir 'out/r.md'\n",
    );
    const chart = fakeIo(
      {},
      {
        writeFile: async (path) => {
          if (path === 'c.svg') throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        },
        loadChartRenderer: async () => async () => '<svg/>',
      },
    );
    expect(await main(['run', SEED, '--out', 'r.md', '--chart', 'c.svg'], chart.io)).toBe(
      EXIT.failed,
    );
    expect(chart.stderr()).toContain(
      'crorecast: cannot write c.svg (--chart): ENOSPC: disk full\n',
    );
  });

  it('reports a failure to write the output (exit 1)', async () => {
    const env = fakeIo(
      {},
      {
        writeFile: async () => {
          throw Object.assign(new Error("EACCES: permission denied, open '/root/x'"), {
            code: 'EACCES',
          });
        },
      },
    );
    expect(await main(['run', SEED, '--out', '/root/x'], env.io)).toBe(EXIT.failed);
    expect(env.stderr()).toContain('EACCES');
  });
});

describe('crorecast CLI: workbook and HTML report', () => {
  it('writes the workbook with --xlsx and the HTML page (with its chart) with --html', async () => {
    const env = fakeIo();
    const code = await main(
      ['run', SEED, '--out', 'r.txt', '--xlsx', 'out/seed.xlsx', '--html', 'out/seed.html'],
      env.io,
    );
    expect(code).toBe(EXIT.ok);
    expect([...(env.bytes['out/seed.xlsx'] ?? new Uint8Array()).subarray(0, 2)]).toEqual([
      0x50, 0x4b,
    ]);
    const html = env.written['out/seed.html'] ?? '';
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<figure role="group"');
    expect(env.stderr()).toContain('workbook written to out/seed.xlsx');
    expect(env.stderr()).toContain('HTML report written to out/seed.html');
  }, 60_000);

  it('writes the HTML page without the chart when vega is missing, and says so', async () => {
    const missing = async (): Promise<never> => {
      throw new Error("Cannot find package 'vega'");
    };
    const env = fakeIo({}, { loadChartRenderer: () => loadChartRenderer({ load: missing }) });
    expect(await main(['run', SEED, '--out', 'r.txt', '--html', 'p.html'], env.io)).toBe(EXIT.ok);
    expect(env.written['p.html']).not.toContain('<figure');
    expect(env.stderr()).toContain('the HTML report has no chart (install vega and vega-lite');
  }, 30_000);

  it('rejects --xlsx and --html on validate', async () => {
    for (const flag of ['--xlsx', '--html']) {
      const env = fakeIo();
      expect(await main(['validate', SEED, flag, 'x'], env.io)).toBe(EXIT.usage);
      expect(env.stderr()).toContain(`validate does not take ${flag}`);
    }
  });
});

describe('crorecast as a process', () => {
  // The CLI bundled from the sources when the run starts (test/_lib/sourceBundles.ts): tsx took
  // ~2.5 s of CPU a process to compile them.
  const cli = [`${SOURCE_BUNDLES}cli.js`];
  it('exits 0 for a valid scenario and 2 for a missing one', () => {
    const ok = spawnSync(process.execPath, [...cli, 'validate', SEED], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('valid scenario');
    const missing = spawnSync(process.execPath, [...cli, 'validate', 'no/such.json'], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('crorecast: cannot read scenario file no/such.json (ENOENT)\n');
  }, 60_000);
});

describe('crorecast: input size cap (issue 11 item 15)', () => {
  it('readFileCapped stops at the limit on an endless device (/dev/zero), fast', async () => {
    const started = performance.now();
    await expect(readFileCapped('/dev/zero', 1024)).rejects.toThrow(
      '/dev/zero is larger than 0.0009765625 MB',
    );
    await expect(readFileCapped('/dev/zero')).rejects.toThrow(FileTooLargeError);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('reads a file within the limit whole', async () => {
    const text = await readFileCapped(SEED);
    expect(text).toBe(readFileSync(SEED, 'utf8'));
  });

  it('validate /dev/zero: exit 2 with the file and the 10 MB limit named', async () => {
    const env = fakeIo({}, { readFile: (path) => readFileCapped(path) });
    expect(await main(['validate', '/dev/zero'], env.io)).toBe(EXIT.usage);
    expect(env.stderr()).toBe(
      'crorecast: /dev/zero is larger than 10 MB, the limit for a scenario file\n',
    );
    expect(MAX_SCENARIO_BYTES).toBe(10 * 1024 * 1024);
  });
});
