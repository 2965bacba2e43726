// How a failed command ends: one clear message on standard error (no stack trace for an
// expected failure) and an exit code saying whose problem it was: the user's (2) or the run's (1).
import { CrorecastError, ValidationError } from '../core/errors.js';
import { WorkbookDependencyError } from '../report/workbook/scenarioWorkbook.js';
import type { CliIo } from './cliIo.js';
import { USAGE, UsageError } from './commandLine.js';
import { InputError, OutputError, systemReason } from './files.js';
import { ChartDependencyError } from './renderSvg.js';

/** The exit codes of `main`. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Prints what went wrong and returns the exit code. */
export function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr(`crorecast: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (error instanceof InputError) {
    io.stderr(`crorecast: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof ValidationError) {
    io.stderr(`crorecast: ${error.message.replace(/^\[crorecast\] /, '')}\n`);
    return EXIT.usage;
  }
  if (
    error instanceof ChartDependencyError ||
    error instanceof WorkbookDependencyError ||
    error instanceof OutputError
  ) {
    io.stderr(`crorecast: ${error.message.replace(/^\[crorecast\] /, '')}\n`);
    return EXIT.failed;
  }
  if (error instanceof CrorecastError) {
    io.stderr(
      `crorecast: the scenario could not be run: ${error.message.replace(/^\[crorecast\] /, '')}\n`,
    );
    return EXIT.failed;
  }
  io.stderr(`crorecast: ${systemReason(error)}\n`);
  return EXIT.failed;
}
