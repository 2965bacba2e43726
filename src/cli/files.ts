// The CLI's file access: reading a scenario (with JSON errors at line:column) and writing outputs
// (errors naming the file and the option). The only I/O besides the console.

/** The file operations the CLI needs; the real ones in `nodeIo`, fakes in tests. */
export interface FileAccess {
  readonly readFile: (path: string) => Promise<string>;
  /** Writes a file, creating its directory when needed. */
  readonly writeFile: (path: string, data: string) => Promise<void>;
  /** Writes a binary file (the workbook), creating its directory when needed. */
  readonly writeBytes: (path: string, data: Uint8Array) => Promise<void>;
}

/** A file that cannot be read or parsed (exit 2). */
export class InputError extends Error {}

/** A file longer than the CLI reads (`MAX_SCENARIO_BYTES`); reading stops at the limit. */
export class FileTooLargeError extends Error {}

/** An output file that cannot be written (exit 1), naming the file and the option. */
export class OutputError extends Error {}

export async function loadScenarioFile(path: string, io: FileAccess): Promise<unknown> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    if (error instanceof FileTooLargeError) throw new InputError(error.message);
    const reason =
      (error as { code?: string }).code ?? (error instanceof Error ? error.message : '');
    throw new InputError(`cannot read scenario file ${path}${reason === '' ? '' : ` (${reason})`}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(jsonErrorMessage(path, text, error));
  }
}

/**
 * Where JSON.parse stopped, as `file:line:column`, with V8's reason without its position
 * (`broken.json:3:5: invalid JSON: Expected property name or '}'`).
 */
export function jsonErrorMessage(path: string, text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  const offset = at === null ? text.length : Number(at[1]);
  const before = text.slice(0, offset).split('\n');
  const line = before.length;
  const column = [...(before[before.length - 1] ?? '')].length + 1;
  const reason = message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/^Unexpected end of JSON input$/, 'the file ends too early');
  return `${path}:${line}:${column}: invalid JSON: ${reason}`;
}

export async function writeOutput(
  io: FileAccess,
  path: string,
  option: string,
  data: string | Uint8Array,
): Promise<void> {
  try {
    await (typeof data === 'string' ? io.writeFile(path, data) : io.writeBytes(path, data));
  } catch (error) {
    throw new OutputError(`cannot write ${path} (${option}): ${systemReason(error)}`);
  }
}

// Node's message already starts with its code ("EEXIST: file already exists, mkdir 'out'"); say
// the code once.
export function systemReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code !== 'string' || message.startsWith(`${code}:`) || message.startsWith(code)) {
    return message;
  }
  return `${code}: ${message}`;
}
