import { ArgumentError } from '../../core/errors.js';
import { isUnsafeKey } from '../../core/structure.js';

/** One step of an input path: a property name, an array index, or an array element's `id`. */
export type PathStep =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'id'; readonly id: string };

const STEP = /\.?([A-Za-z_$][\w$-]*)|\[([^\]]+)\]/gy;

/**
 * Parses `segments[0].volume.growth.rate` or `segments[mobile].price.perUnit` into steps. A
 * bracket holding digits is an index; anything else is the `id` of an array element. Keys
 * `__proto__`, `constructor` and `prototype` are refused (`INVALID_PATH`): a path never reaches
 * an inherited property.
 */
export function parsePath(path: string): readonly PathStep[] {
  const steps: PathStep[] = [];
  STEP.lastIndex = 0;
  let at = 0;
  while (at < path.length) {
    STEP.lastIndex = at;
    const m = STEP.exec(path);
    if (m === null || (steps.length === 0 && path.startsWith('.'))) {
      throw new ArgumentError('INVALID_PATH', `cannot read input path "${path}" at position ${at}`);
    }
    if (m[1] !== undefined) {
      if (isUnsafeKey(m[1])) {
        throw new ArgumentError(
          'INVALID_PATH',
          `input path "${path}": key "${m[1]}" is not allowed`,
        );
      }
      steps.push({ kind: 'key', key: m[1] });
    } else {
      const inner = (m[2] ?? '').trim();
      steps.push(
        /^\d+$/.test(inner) ? { kind: 'index', index: Number(inner) } : { kind: 'id', id: inner },
      );
    }
    at = STEP.lastIndex;
  }
  if (steps.length === 0) throw new ArgumentError('INVALID_PATH', 'input path is empty');
  return steps;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Resolves a path against a value to the canonical form with numeric indices
 * (`segments[mobile].price` → `segments[2].price`), or undefined when a step does not exist.
 */
export function canonicalPath(root: unknown, path: string): string | undefined {
  let node: unknown = root;
  let out = '';
  for (const step of parsePath(path)) {
    if (step.kind === 'key') {
      if (!isRecord(node) || !Object.hasOwn(node, step.key)) return undefined;
      node = node[step.key];
      out += out === '' ? step.key : `.${step.key}`;
    } else {
      if (!Array.isArray(node)) return undefined;
      const index =
        step.kind === 'index'
          ? step.index
          : node.findIndex((el) => isRecord(el) && el.id === step.id);
      if (index < 0 || index >= node.length) return undefined;
      node = node[index];
      out += `[${index}]`;
    }
  }
  return out;
}

/**
 * Returns a copy of `root` with the value at `path` replaced; only the objects along the path
 * are copied (the rest is shared), and `root` is never mutated.
 *
 * @throws {ArgumentError} `UNKNOWN_PATH` when a step does not exist (keys may be new only at the
 *   last step)
 */
export function setPath<T>(root: T, path: string, value: unknown): T {
  const steps = parsePath(path);
  const rebuild = (node: unknown, i: number): unknown => {
    const step = steps[i];
    if (step === undefined) return value;
    if (step.kind === 'key') {
      if (!isRecord(node) || (i < steps.length - 1 && !Object.hasOwn(node, step.key))) {
        throw new ArgumentError(
          'UNKNOWN_PATH',
          `input path "${path}" does not exist at "${step.key}"`,
        );
      }
      return { ...node, [step.key]: rebuild(node[step.key], i + 1) };
    }
    if (!Array.isArray(node)) {
      throw new ArgumentError(
        'UNKNOWN_PATH',
        `input path "${path}": not a list before [${step.kind === 'index' ? step.index : step.id}]`,
      );
    }
    const index =
      step.kind === 'index'
        ? step.index
        : node.findIndex((el) => isRecord(el) && el.id === step.id);
    if (index < 0 || index >= node.length) {
      throw new ArgumentError(
        'UNKNOWN_PATH',
        `input path "${path}": no element [${step.kind === 'index' ? step.index : step.id}]`,
      );
    }
    const copy = node.slice();
    copy[index] = rebuild(node[index], i + 1);
    return copy;
  };
  return rebuild(root, 0) as T;
}
