import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

// OOXMLRecalcMode 0 = "always recalculate" on load. Without it LibreOffice keeps the cached
// values of an .xlsx, and a test of the formulas would only read back what crorecast wrote.
const RECALCULATE_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The LibreOffice binary (Debian's `libreoffice-calc`; `scripts/ensure-libreoffice.sh`). */
export const SOFFICE = process.env.SOFFICE ?? 'soffice';

/**
 * Opens each workbook in headless LibreOffice Calc with a fresh profile that recalculates every
 * formula on load, and saves it again as .xlsx (`convert-to`), or another format LibreOffice
 * can write (`png` renders the first sheet). Returns the converted files' bytes by input name.
 */
export async function convertWithLibreOffice(
  inputs: Readonly<Record<string, Uint8Array>>,
  format = 'xlsx',
): Promise<Record<string, Uint8Array>> {
  const dir = await mkdtemp(join(tmpdir(), 'crorecast-lo-'));
  try {
    await mkdir(join(dir, 'profile', 'user'), { recursive: true });
    await mkdir(join(dir, 'in'));
    await writeFile(join(dir, 'profile', 'user', 'registrymodifications.xcu'), RECALCULATE_ALWAYS);
    const names = Object.keys(inputs);
    for (const name of names)
      await writeFile(join(dir, 'in', name), inputs[name] ?? new Uint8Array());
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        join(dir, 'out'),
        ...names.map((n) => join(dir, 'in', n)),
      ],
      { timeout: 240_000 },
    );
    const out: Record<string, Uint8Array> = {};
    for (const name of names) {
      out[name] = new Uint8Array(
        await readFile(join(dir, 'out', name.replace(/\.[^.]+$/, `.${format}`))),
      );
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
