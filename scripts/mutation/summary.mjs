#!/usr/bin/env node
// `node scripts/mutation/summary.mjs [area...] [--survivors]`: the counts and score of each area's
// last mutation run (reports/mutation/<area>.json), optionally listing the surviving mutants.
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const listSurvivors = args.includes('--survivors');
const areas = args.filter((a) => !a.startsWith('--'));

for (const area of areas.length > 0 ? areas : ['money', 'finance', 'pli', 'sharing']) {
  const file = `reports/mutation/${area}.json`;
  if (!existsSync(file)) {
    console.log(`${area}: no report (run npm run mutation -- ${area})`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const count = {};
  const survivors = [];
  for (const [path, { source, mutants }] of Object.entries(report.files)) {
    const lines = source.split('\n');
    for (const m of mutants) {
      count[m.status] = (count[m.status] ?? 0) + 1;
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        const { line, column } = m.location.start;
        const code = (lines[line - 1] ?? '').trim().slice(0, 110);
        survivors.push(
          `  ${m.status} ${path}:${line}:${column} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? '')?.slice(0, 60)}\n      ${code}`,
        );
      }
    }
  }
  const n = (s) => count[s] ?? 0;
  const detected = n('Killed') + n('Timeout');
  const valid = detected + n('Survived') + n('NoCoverage');
  const score = valid === 0 ? 0 : (100 * detected) / valid;
  console.log(
    `${area}: killed ${n('Killed')}, timeout ${n('Timeout')}, survived ${n('Survived')}, ` +
      `no coverage ${n('NoCoverage')}, ignored ${n('Ignored')}, errors ${n('CompileError') + n('RuntimeError')}; ` +
      `score ${score.toFixed(2)}%`,
  );
  if (listSurvivors) console.log(survivors.join('\n'));
}
