import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A Decimal converted from the kernel must look to V8 like decimal.js's own: small-integer digit
// words and exponent. A float64 word gives its digit array double elements — another map for
// every decimal.js method the model runs on it: wrong-map deopts and TurboFan recompiles that
// cost a cold `runScenario` with variants ~15 % of its instructions (issue 15, 2 Dec 2026). The
// digits are the same either way, so no digest sees it; V8's own shape test does, and needs
// `--allow-natives-syntax`, hence a child process.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const PROBE = `
import { bigFromDecimal, bigToDecimal } from './src/core/bigDecimalConvert.ts';
import { bigProduct, bigQuotient, bigSum } from './src/core/bigDecimal.ts';
import { Decimal } from './src/core/decimal.ts';
const inputs = ['0', '-0', '1', '0.1', '123.456', '-98765.4321', '1e-30', '12345678901234567890',
  '3.141592653589793238462643383279502884197', '-2.5e25', '999999999999999.99', '7e16'];
const values = inputs.map((t) => bigFromDecimal(new Decimal(t)));
const results = [];
for (const a of values) for (const b of values) {
  results.push(bigSum(a, b), bigProduct(a, b));
  if (b.c !== 0n) results.push(bigQuotient(a, b));
}
const bad = [];
for (const x of results) {
  const d = bigToDecimal(x);
  const words = d.d;
  if (!%HasSmiElements(words) || %HasHoleyElements(words) || !%IsSmi(d.e)) bad.push(d.toString());
}
process.stdout.write(JSON.stringify({ checked: results.length, bad }));
`;

// The shared constants' digits, and decimal.js's copies of them (it copies every operand it
// keeps: \`new Ctor(x)\` slices \`x.d\`), must be packed small-integer arrays too: V8 copies a
// frozen array into a holey one, and those holey copies in the model's sums deoptimised
// decimal.js's division and rounding (a cold \`crorecast run\` of the seed: +7.5 % instructions).
const CONSTANTS = `
import { Decimal, HUNDRED, ONE, ZERO } from './src/core/decimal.ts';
import { NEGATIVE_ZERO } from './src/core/decimalArithmetic.ts';
const bad = [];
const values = [];
for (const c of [ZERO, ONE, HUNDRED, NEGATIVE_ZERO]) {
  values.push(c, new Decimal(c), c.plus(ZERO), ZERO.plus(c), c.minus(ZERO), c.abs(), c.negated(),
    c.toDecimalPlaces(2), Decimal.max(c, -1), Decimal.min(c, 1000));
}
for (const x of values) {
  const words = x.d;
  if (!%HasSmiElements(words) || %HasHoleyElements(words) || !%IsSmi(x.e)) bad.push(x.toString());
}
process.stdout.write(JSON.stringify({ checked: values.length, bad }));
`;

function probe(code: string): { checked: number; bad: string[] } {
  const run = spawnSync(
    process.execPath,
    ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', code],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { checked: number; bad: string[] };
}

describe('bigToDecimal', () => {
  it("builds Decimals with decimal.js's small-integer words and exponent", () => {
    const { checked, bad } = probe(PROBE);
    expect(checked).toBeGreaterThan(300);
    expect(bad).toEqual([]);
  }, 30_000);
});

describe('the shared Decimal constants', () => {
  it('have packed small-integer digits, and so do the copies decimal.js makes of them', () => {
    const { checked, bad } = probe(CONSTANTS);
    expect(checked).toBe(40);
    expect(bad).toEqual([]);
  }, 30_000);
});
