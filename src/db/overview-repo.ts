// The overview query: one chart-sized row per account with its youth share (DESIGN.md §4, §8).

import type { AgeBand } from '../core/model/age-band';
import type { Basis, Period } from '../core/model/observation';
import { PLATFORMS } from '../core/model/platform';
import type { Platform } from '../core/model/platform';
import { db as defaultDb } from './database';
import type { YouthReachDb } from './database';
import { ageCompositionOfChunks } from './chunk-aggregates';
import type { ImportRecord } from './schema';

/**
 * One account in the overview.
 * - `youthShare` 0..1, `youthAgeFloor` 13 | 18, `basis`, `ageShares` (shares 0..1 of the bands with known age,
 *   youngest first): from the account's most recent import with an age split; all null when it has none
 *   (the interface then shows "geen leeftijdsgegevens", never 0).
 * - `period`: the period of that import, or of the account's most recent import when it has no age data.
 * - `importCount`: how many imports the account has.
 * - `provenance`: of the import the age data comes from (`manual` = typed in, shown as such); `export`
 *   when the account has no age data.
 */
export interface OverviewRow {
  accountId: string;
  entityId: string;
  entityName: string;
  platform: Platform;
  accountName: string | null;
  youthShare: number | null;
  youthAgeFloor: 13 | 18 | null;
  basis: Basis | null;
  period: Period | null;
  ageShares: Record<AgeBand, number> | null;
  importCount: number;
  provenance: 'export' | 'manual';
}

/** Most recent first: latest period end (no period counts as oldest), then latest import time. */
function newestFirst(a: ImportRecord, b: ImportRecord): number {
  const ea = a.period?.end ?? '';
  const eb = b.period?.end ?? '';
  if (ea !== eb) return ea < eb ? 1 : -1;
  return a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : 0;
}

/**
 * One row per account, sorted by entity name (Dutch collation, case-insensitive) then platform order
 * (`PLATFORMS`), then account name. Age data comes from the account's most recent import that has an age
 * split (latest period end, then latest import time): its chunks are aggregated on their columns
 * (`ageCompositionOfChunks`: the basis metric's rows with an age band, no Observation per row) with the
 * import's `basis`. An import whose split
 * sums to 0 is skipped for the next one.
 */
export async function loadOverviewRows(database: YouthReachDb = defaultDb): Promise<OverviewRow[]> {
  return database.transaction('r', [database.entities, database.accounts, database.imports, database.observationChunks], async () => {
    const [entities, accounts, imports] = await Promise.all([
      database.entities.toArray(),
      database.accounts.toArray(),
      database.imports.toArray(),
    ]);
    const entityName = new Map(entities.map((e) => [e.id, e.name]));
    const importsByAccount = new Map<string, ImportRecord[]>();
    for (const imp of imports) {
      const list = importsByAccount.get(imp.accountId);
      if (list) list.push(imp);
      else importsByAccount.set(imp.accountId, [imp]);
    }

    const rows: OverviewRow[] = [];
    for (const account of accounts) {
      const own = (importsByAccount.get(account.id) ?? []).sort(newestFirst);
      const row: OverviewRow = {
        accountId: account.id,
        entityId: account.entityId,
        entityName: entityName.get(account.entityId) ?? '',
        platform: account.platform,
        accountName: account.name,
        youthShare: null,
        youthAgeFloor: null,
        basis: null,
        period: own[0]?.period ?? null,
        ageShares: null,
        importCount: own.length,
        provenance: 'export',
      };
      for (const imp of own) {
        if (imp.basis === null) continue;
        const chunks = await database.observationChunks
          .where('[importId+seq]')
          .between([imp.id, 0], [imp.id, Number.MAX_SAFE_INTEGER], true, true)
          .toArray();
        const composition = ageCompositionOfChunks(chunks, imp.basis);
        if (!composition) continue;
        row.youthShare = composition.youthShare;
        row.youthAgeFloor = composition.youthAgeFloor;
        row.basis = imp.basis;
        row.period = imp.period;
        row.ageShares = composition.shares;
        row.provenance = imp.provenance ?? 'export';
        break;
      }
      rows.push(row);
    }
    return rows.sort(
      (a, b) =>
        a.entityName.localeCompare(b.entityName, 'nl', { sensitivity: 'base' }) ||
        PLATFORMS.indexOf(a.platform) - PLATFORMS.indexOf(b.platform) ||
        (a.accountName ?? '').localeCompare(b.accountName ?? '', 'nl', { sensitivity: 'base' }) ||
        a.accountId.localeCompare(b.accountId),
    );
  });
}
