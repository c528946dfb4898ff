// Schema version 2 (docs/architecture.md#migrations): settings, reference overrides, presence, saved formats; imports gain
// provenance and an indexed status (pending → complete).

import type { SchemaMigration } from './schema-migration';

/**
 * Version 2. New tables:
 * - `settings`: `key` → `{ key, value }` (JSON value: thresholds and other choices);
 * - `referenceOverrides`: `id` → a reference figure the user changed or added (JSON);
 * - `presence`: `[entityId+platform]` → `'has-account' | 'no-account'` set by the user (absent = not set);
 * - `savedFormats`: `id` → a named mapping of the generic CSV path.
 * `imports` gains the `status` index (`pending` | `complete`, for the clean-up of interrupted imports) and
 * every row gets `provenance` (`export` for rows of version 1, which all came from platform files) and
 * `status` `complete` (version 1 wrote each import in one transaction, so a stored row is complete).
 */
export const schemaV2: SchemaMigration = {
  version: 2,
  stores: {
    entities: 'id, &nameKey',
    accounts: 'id, entityId, [entityId+platform]',
    sourceFiles: 'id, &sha256',
    imports: 'id, sourceFileId, accountId, entityId, status',
    observationChunks: '[importId+seq]',
    settings: 'key',
    referenceOverrides: 'id',
    presence: '[entityId+platform], entityId',
    savedFormats: 'id',
  },
  async upgrade(tx) {
    await tx
      .table('imports')
      .toCollection()
      .modify((row: { provenance?: unknown; status?: unknown }) => {
        if (row.provenance !== 'export' && row.provenance !== 'manual') row.provenance = 'export';
        if (row.status !== 'pending' && row.status !== 'complete') row.status = 'complete';
      });
  },
};
