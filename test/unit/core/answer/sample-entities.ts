// The sample data as the app stores it, for the answer tests: read from sample-data/ with the core code.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { accountFromFiles } from '../../../../src/core/answer/account-from-files';
import type { AnswerEntity } from '../../../../src/core/answer/answer-types';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import type { ParsedFile } from '../../../../src/core/model/parsed-file';
import type { Platform } from '../../../../src/core/model/platform';

const DIR = path.resolve(process.cwd(), 'sample-data');
const manifest = JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as {
  files: { file: string; entity: string; platform: Platform }[];
  presence: { entity: string; platform: Platform; presence: 'has-account' | 'no-account' }[];
};

/** The sample data as the app stores it: one account per entity, platform and account name (files in manifest order, later = newer), with the manifest's presence. */
export function sampleEntities(withPresence = true): AnswerEntity[] {
  const groups = new Map<string, { entity: string; platform: Platform; name: string | null; files: { parsed: ParsedFile; importId: string; fileId: string }[] }>();
  for (const f of manifest.files) {
    const parsed = parseSourceFile({ name: f.file, bytes: new Uint8Array(readFileSync(path.join(DIR, f.file))) });
    const key = `${f.entity}|${f.platform}|${parsed.accountName ?? ''}`;
    const g = groups.get(key) ?? { entity: f.entity, platform: f.platform, name: parsed.accountName, files: [] };
    g.files.push({ parsed, importId: `import:${f.file}`, fileId: `file:${f.file}` });
    groups.set(key, g);
  }
  const entities = new Map<string, AnswerEntity>();
  for (const g of groups.values()) {
    const e = entities.get(g.entity) ?? { entityId: g.entity, name: g.entity, accounts: [], presence: {} };
    e.accounts.push(accountFromFiles({ accountId: `${g.entity}/${g.platform}`, entityId: g.entity, entityName: g.entity, platform: g.platform, name: g.name, files: g.files }));
    entities.set(g.entity, e);
  }
  if (withPresence) for (const p of manifest.presence) entities.get(p.entity)!.presence[p.platform] = p.presence;
  return [...entities.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

