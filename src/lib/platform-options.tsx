// The options of a platform select (import card, column mapping, audience screen): one empty choice, then the platforms.

import { PLATFORM_LABELS, PLATFORMS } from '../core/model/platform';
import type { Platform } from '../core/model/platform';

/**
 * An empty first option (`value=""`, text `placeholder`, e.g. "Kies een platform"), then one option per
 * platform of `platforms` (all platforms by default, in their fixed order): value the platform id, text
 * its label (`PLATFORM_LABELS`).
 */
export function PlatformOptions({ placeholder, platforms = PLATFORMS }: { placeholder: string; platforms?: readonly Platform[] }) {
  return (
    <>
      <option value="">{placeholder}</option>
      {platforms.map((p) => (
        <option key={p} value={p}>
          {PLATFORM_LABELS[p]}
        </option>
      ))}
    </>
  );
}
