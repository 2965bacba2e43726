import { parsePeriod } from '../../time/parsePeriod.js';
import type { Period } from '../../time/period.js';
import type { PeriodInput } from '../types.js';

/** A period given by value or by label, as a value. */
export const toPeriod = (p: PeriodInput): Period => (typeof p === 'string' ? parsePeriod(p) : p);
