import { deepFreeze } from '../../core/freeze.js';
import type { PliSchemeInput } from '../scheme.js';
import { auto2021 } from './auto2021.js';
import { itHardware2021 } from './itHardware2021.js';
import { itHardware2023 } from './itHardware2023.js';
import { lsem2020 } from './lsem2020.js';
import { telecom2021 } from './telecom2021.js';

/**
 * The preset schemes as plain data (the input form: decimal strings), keyed by id. Each passes
 * the `PliScheme` schema; `getPliScheme(id)` returns the parsed, frozen form. Frozen, so no importer
 * can change what `getPliScheme` parses (on first request).
 *
 * @example
 * ```ts
 * PLI_PRESETS['lsem-2020'].categories['domestic-mobile'].thresholds.sales.incremental[0] //=> '500'
 * ```
 */
export const PLI_PRESETS = deepFreeze({
  'lsem-2020': lsem2020,
  'it-hardware-2021': itHardware2021,
  'it-hardware-2023': itHardware2023,
  'telecom-2021': telecom2021,
  'auto-2021': auto2021,
} as const satisfies Record<string, PliSchemeInput>);

/** The id of a preset scheme. */
export type PliPresetId = keyof typeof PLI_PRESETS;

/** The preset ids, in a stable order. */
export const PLI_PRESET_IDS = Object.freeze(Object.keys(PLI_PRESETS)) as readonly PliPresetId[];
