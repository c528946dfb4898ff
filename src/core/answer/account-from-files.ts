// Builds the read model's account input from parsed files (for the CLI, tests, and any caller holding
// ParsedFiles rather than stored imports): one summary per file, stitched into one history.

import type { ParsedFile } from '../model/parsed-file';
import type { Platform } from '../model/platform';
import { stitchHistory } from '../read-model/account-history';
import type { HistoryImport } from '../read-model/account-history';
import type { AccountInput } from '../read-model/account-figures';
import { summariseObservations } from '../read-model/import-summary';

/** One file of an account: its parse and, when stored, its import and source-file ids; `exportDate` when known (ISO). */
export interface AccountFile {
  parsed: ParsedFile;
  importId?: string;
  fileId?: string;
  exportDate?: string | null;
}

/**
 * The history import of one parsed file: its summary, its period and provenance; ids default to
 * `file-<index>` when the file is not stored, the import time to the index (so later files are newer).
 */
export function historyImportOf(f: AccountFile, index: number): HistoryImport {
  return {
    importId: f.importId ?? `file-${index + 1}`,
    fileId: f.fileId ?? f.importId ?? `file-${index + 1}`,
    fileName: f.parsed.fileName,
    importedAt: String(index).padStart(8, '0'),
    exportDate: f.exportDate ?? null,
    period: f.parsed.period,
    provenance: f.parsed.provenance ?? 'export',
    summary: summariseObservations(f.parsed.observations),
  };
}

/**
 * The read model's input for one account from its parsed files (any order: they are stitched by recency,
 * see `stitchHistory`). The name defaults to the first file's account name. Never throws.
 */
export function accountFromFiles(args: { accountId: string; entityId: string; entityName: string; platform: Platform; name?: string | null; files: readonly AccountFile[] }): AccountInput {
  return {
    accountId: args.accountId,
    entityId: args.entityId,
    entityName: args.entityName,
    platform: args.platform,
    name: args.name ?? args.files.find((f) => f.parsed.accountName)?.parsed.accountName ?? null,
    history: stitchHistory(args.files.map(historyImportOf)),
  };
}
