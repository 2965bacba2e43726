import * as z from 'zod';
import { lazySchema } from '../../core/lazySchema.js';
import { isUnsafeKey } from '../../core/structure.js';
import { PliConfidence } from '../schemeSource.js';
import { PLI_ID_MESSAGE, PLI_ID_PATTERN } from './pliId.js';

// Every figure group carries its confidence, an optional note and the ids of its sources.
export const figureMeta = lazySchema(() => ({
  confidence: PliConfidence,
  note: z.string().min(1).optional(),
  sources: z.array(z.string().min(1)).readonly().optional(),
}));

// Ids that become object keys (a scheme's, its categories', its versions') also refuse the
// names that would reach an object's prototype.
export const idSchema = lazySchema(() =>
  z
    .string()
    .regex(PLI_ID_PATTERN, `${PLI_ID_MESSAGE} (e.g. "lsem-2020")`)
    .refine((id) => !isUnsafeKey(id), { message: 'is a reserved name (constructor, prototype)' }),
);
