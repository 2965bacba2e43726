// Everything the CLI reads and writes goes through one `CliIo`, so its tests run it in-process
// with fakes; `nodeIo` is the real file system and console.
import { mkdir, open, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { runScenario } from '../model/runScenario.js';
import type { Scenario } from '../model/scenario.js';
import type { VegaLiteSpec } from '../report/charts.js';
import type { ZipSync } from '../report/workbook/scenarioWorkbook.js';
import { type FileAccess, FileTooLargeError } from './files.js';
import { loadChartRenderer } from './renderSvg.js';

/** What the CLI does I/O through, so tests can run it in-process with fakes. */
export interface CliIo extends FileAccess {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Loads vega and vega-lite and returns a renderer of Vega-Lite specs to SVG; rejects with
   * {@link ChartDependencyError} when they are not installed.
   */
  readonly loadChartRenderer: () => Promise<(spec: VegaLiteSpec) => Promise<string>>;
  /**
   * Loads the workbook's zip writer (default: the optional package fflate); rejects with
   * `WorkbookDependencyError` when it is not installed.
   */
  readonly loadWorkbookZip?: () => Promise<ZipSync>;
  /** Whether standard error is a terminal: `simulate` prints its progress there only then. */
  readonly stderrIsTTY?: boolean;
  /**
   * Runs a parsed scenario for `run` (default: `runScenario`). The CLI runs each scenario once;
   * its tests pass a runner that shares one run of the seed between their many calls.
   */
  readonly runScenario?: (scenario: Scenario) => ReturnType<typeof runScenario>;
}

/**
 * The largest scenario file the CLI reads: 10 MB. The seed is 33 KB; the cap keeps a wrong path
 * (`/dev/zero`, a log file) from filling memory before the JSON parser can object.
 */
export const MAX_SCENARIO_BYTES = 10 * 1024 * 1024;

/**
 * Reads a UTF-8 file, at most `limit` bytes: one byte more means the file is too large, and
 * reading stops there (a device such as `/dev/zero` never ends).
 */
export async function readFileCapped(path: string, limit = MAX_SCENARIO_BYTES): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    while (length <= limit) {
      const { bytesRead } = await handle.read(buffer, length, limit + 1 - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) {
      throw new FileTooLargeError(
        `${path} is larger than ${limit / 1024 / 1024} MB, the limit for a scenario file`,
      );
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    await handle.close();
  }
}

/** The real file system and console. */
export const nodeIo: CliIo = {
  readFile: (path) => readFileCapped(path),
  writeFile: async (path, data) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data, 'utf8');
  },
  writeBytes: async (path, data) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  },
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  loadChartRenderer: () => loadChartRenderer(),
  stderrIsTTY: process.stderr.isTTY === true,
};
