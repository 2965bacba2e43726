import { describe } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import { parsedScheme } from './_lib/parsedScheme.js';
import { PliError } from './errors.js';
import { PLI_PRESET_IDS, PLI_PRESETS, type PliPresetId } from './presets/index.js';
import { PliScheme } from './scheme.js';

// The presets are constants, so their parsed forms are too: each is parsed on first request and
// kept (frozen), so importing crorecast does no validation work.
const PARSED = new Map<PliPresetId, PliScheme>();

function parsedPreset(id: PliPresetId): PliScheme {
  let scheme = PARSED.get(id);
  if (scheme === undefined) {
    scheme = parsedScheme(parseInput(PliScheme, PLI_PRESETS[id], `PLI scheme preset "${id}"`));
    PARSED.set(id, scheme);
  }
  return scheme;
}

/**
 * A preset PLI scheme by id, parsed and frozen: `lsem-2020`, `it-hardware-2021`,
 * `it-hardware-2023`, `telecom-2021`, `auto-2021`. Figures flagged `confidence: 'unconfirmed'`
 * (and `null` figures, which are unknown) should be checked and overridden with `withOverrides`.
 *
 * @param id - the preset's id
 * @returns the validated scheme (amounts in ₹ crore, rates as Decimal fractions)
 * @throws {PliError} `PLI_UNKNOWN_SCHEME` for an id that is not a preset, listing the known ids
 *
 * @example
 * ```ts
 * const lsem = getPliScheme('lsem-2020');
 * lsem.categories['domestic-mobile']?.thresholds.sales?.incremental.map((x) => x?.toFixed())
 * //=> ['500', '1000', '2000', '3500', '5000']
 * getPliScheme('lsem') // throws PliError: unknown PLI scheme "lsem"; presets: lsem-2020, …
 * ```
 */
export function getPliScheme(id: PliPresetId | (string & {})): PliScheme {
  if (!Object.hasOwn(PLI_PRESETS, id)) {
    throw new PliError(
      'PLI_UNKNOWN_SCHEME',
      `unknown PLI scheme ${describe(id)}; presets: ${PLI_PRESET_IDS.join(', ')}`,
    );
  }
  return parsedPreset(id as PliPresetId);
}
