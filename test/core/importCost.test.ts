import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOURCE_BUNDLES } from '../_lib/sourceBundles.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * zod sets its default (English) locale when its first schema is constructed, so a fresh process
 * that has imported crorecast and still has no locale set built no schema at import: every schema
 * of the library is a `lazySchema`, built on first use (issue 14: import cost). A fresh process,
 * because this one's zod has long since built schemas for other tests; it imports the sources
 * bundled when the run starts (test/_lib/sourceBundles.ts; zod from node_modules, the same zod
 * as the probe's), not through tsx, which took ~2.5 s of CPU to compile them.
 */
const PROBE = `import * as z from 'zod';
const built = () => z.config().localeError !== undefined;
const { parseScenario } = await import('${SOURCE_BUNDLES}index.js');
await import('${SOURCE_BUNDLES}node.js');
await import('${SOURCE_BUNDLES}cli.js');
const atImport = built();
try { parseScenario({}); } catch {}
console.log(JSON.stringify({ atImport, afterParse: built() }));`;

describe('import cost', () => {
  it('importing crorecast, crorecast/node and the CLI builds no zod schema; a parse does', () => {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const probe = JSON.parse(output.trim().split('\n').at(-1) ?? '') as Record<string, boolean>;
    // The probe can fail: once something parses, the locale is set.
    expect(probe).toEqual({ atImport: false, afterParse: true });
  });
});
