import type { ValidationIssue } from '../../core/errors.js';
import type { Horizon } from './horizon.js';

/**
 * What compiling one part of a projection input needs: the horizon, a parameter's slot by its
 * input path, a month's index by its label, a currency's index (-1 for INR), and the issues
 * found so far (all reported together once the whole input is compiled).
 */
export interface CompileContext {
  readonly horizon: Horizon;
  readonly slot: (path: string) => number;
  readonly month: (label: string) => number;
  readonly currencyIndex: (code: string) => number;
  readonly issues: ValidationIssue[];
}
