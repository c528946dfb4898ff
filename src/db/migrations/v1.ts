// Schema version 1 (docs/architecture.md#migrations): entities, accounts, source files, imports, packed observation chunks. FROZEN.

import type { SchemaMigration } from './schema-migration';

/** Version 1, the first schema shipped. Never edit: databases in users' browsers were created with it. */
export const schemaV1: SchemaMigration = {
  version: 1,
  stores: {
    entities: 'id, &nameKey',
    accounts: 'id, entityId, [entityId+platform]',
    sourceFiles: 'id, &sha256',
    imports: 'id, sourceFileId, accountId, entityId',
    observationChunks: '[importId+seq]',
  },
};
