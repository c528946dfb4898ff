// The whole answer on sample-data/: verdicts per entity and overall worked out by hand from sample-data/README.md's table.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountFromFiles } from '../../../../src/core/answer/account-from-files';
import { answerQuestion3 } from '../../../../src/core/answer/answer';
import type { Answer, AnswerEntity } from '../../../../src/core/answer/answer-types';
import { describe as describeMessage } from '../../../../src/core/answer/messages';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import type { Platform } from '../../../../src/core/model/platform';
import { DEFAULT_REFERENCE_SET } from '../../../../src/core/reference/reference-set';
import { DEFAULT_THRESHOLDS } from '../../../../src/core/reference/thresholds';

const DIR = path.resolve(process.cwd(), 'sample-data');
const manifest = JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as {
  files: { file: string; entity: string; platform: Platform }[];
  presence: { entity: string; platform: Platform; presence: 'has-account' | 'no-account' }[];
};

/** The manifest's (fictitious) presence list as answer presence per entity name. */
function manifestPresence(): Record<string, AnswerEntity['presence']> {
  const out: Record<string, AnswerEntity['presence']> = {};
  for (const p of manifest.presence) out[p.entity] = { ...out[p.entity], [p.platform]: p.presence };
  return out;
}

/** The sample data as answer entities (one account per file; presence as given). */
function sampleEntities(presence: Record<string, AnswerEntity['presence']> = {}): AnswerEntity[] {
  const byName = new Map<string, AnswerEntity>();
  for (const f of manifest.files) {
    const parsed = parseSourceFile({ name: f.file, bytes: new Uint8Array(readFileSync(path.join(DIR, f.file))) });
    let e = byName.get(f.entity);
    if (!e) {
      e = { entityId: f.entity, name: f.entity, accounts: [], presence: presence[f.entity] ?? {} };
      byName.set(f.entity, e);
    }
    e.accounts.push(accountFromFiles({ accountId: `${f.entity}/${f.platform}`, platform: f.platform, files: [{ parsed, importId: `import:${f.file}`, fileId: `file:${f.file}` }] }));
  }
  return [...byName.values()];
}

const answerOf = (entities: AnswerEntity[]): Answer => answerQuestion3({ entities, reference: DEFAULT_REFERENCE_SET, thresholds: DEFAULT_THRESHOLDS });
const entityOf = (a: Answer, name: string) => a.entities.find((e) => e.name === name)!;

/*
 * By hand, from sample-data/README.md (reference 15.23 % of 13+, 9.50 % of 18+; no file gives reach or
 * followers, so every weighted index uses equal weights):
 *   Ketnet  youtube   60.1 / 15.23 × 100 = 394.62   instagram 54.1 / 15.23 × 100 = 355.22   facebook: no age data
 *           mean (394.62 + 355.22) / 2 = 374.92 ≥ 80; with data on youtube + instagram (2 youth platforms) → sufficient
 *   VDAB    youtube   16.3 / 15.23 × 100 = 107.03   facebook (18+) 9.6 / 9.50 × 100 = 101.05
 *           mean (107.03 + 101.05) / 2 = 104.04 ≥ 80; youtube + facebook → sufficient
 *   De Lijn instagram (34.9 / 99.9) / 0.1523 × 100 = 0.349349 / 0.1523 × 100 = 229.38   facebook: no age data
 *           229.38 ≥ 80 but data on 1 youth platform only → partly sufficient
 *   OVAM    youtube (4.1 / 99.99) / 0.1523 × 100 = 0.041004 / 0.1523 × 100 = 26.92
 *           facebook (18+) (3.2 / 100.1) / 0.095 × 100 = 0.031968 / 0.095 × 100 = 33.65; both < 80 → insufficient
 *   Overall mean of the 7 indexes: (394.62 + 355.22 + 107.03 + 101.05 + 229.38 + 26.92 + 33.65) / 7
 *           = 1247.87 / 7 = 178.27 ≥ 80; youtube, instagram, facebook have data → sufficient
 */
describe('the answer on the sample data', () => {
  const a = answerOf(sampleEntities());

  it('gives each entity’s verdict', () => {
    expect(a.entities.map((e) => [e.name, e.verdict])).toEqual([
      ['Ketnet', 'sufficient'],
      ['VDAB', 'sufficient'],
      ['De Lijn', 'partly-sufficient'],
      ['OVAM', 'insufficient'],
    ]);
    expect(a.overall.verdict).toBe('sufficient');
  });

  it('gives the indexes and weighted indexes worked out by hand', () => {
    const idx = (name: string, platform: Platform) => entityOf(a, name).accounts.find((m) => m.platform === platform)?.index?.value;
    expect(idx('Ketnet', 'youtube')).toBeCloseTo(394.62, 2);
    expect(idx('Ketnet', 'instagram')).toBeCloseTo(355.22, 2);
    expect(idx('VDAB', 'facebook')).toBeCloseTo(101.05, 2);
    expect(idx('De Lijn', 'instagram')).toBeCloseTo(229.38, 2);
    expect(idx('OVAM', 'youtube')).toBeCloseTo(26.92, 2);
    expect(idx('OVAM', 'facebook')).toBeCloseTo(33.65, 2);
    expect(entityOf(a, 'Ketnet').weightedIndex?.value).toBeCloseTo(374.92, 2);
    expect(entityOf(a, 'Ketnet').weightedIndex?.weighting).toBe('equal');
    expect(entityOf(a, 'VDAB').weightedIndex?.value).toBeCloseTo(104.04, 2);
    expect(a.overall.weightedIndex?.value).toBeCloseTo(178.27, 2);
    expect(a.overall.youthPlatformsWithData).toEqual(['facebook', 'instagram', 'youtube']);
  });

  it('traces an index back to its source file and reference figure', () => {
    const m = entityOf(a, 'Ketnet').accounts.find((x) => x.platform === 'youtube')!;
    expect(m.index?.trace.fileIds).toEqual(['file:ketnet_youtube_viewer-age_table-data.csv']);
    expect(m.index?.trace.importIds).toEqual(['import:ketnet_youtube_viewer-age_table-data.csv']);
    expect(m.index?.trace.referenceIds).toEqual(['population.flanders.share-13plus.13-24']);
  });

  it('with nothing set, platforms without accounts are unknown, so there is no platform gap', () => {
    expect(entityOf(a, 'De Lijn').presence.tiktok.presence).toBe('unknown');
    expect(entityOf(a, 'De Lijn').presence.facebook.presence).toBe('account-without-data');
    expect(a.improvements.some((i) => i.rule === 'youth-platform-absent')).toBe(false);
  });

  it('lists the improvements the rules give', () => {
    const list = a.improvements.map((i) => `${i.rule} ${i.entityName} ${i.platform ?? ''}`);
    expect(list).toEqual([
      // OVAM's two accounts are under 80
      'under-represented-platform OVAM youtube',
      'under-represented-platform OVAM facebook',
      // Ketnet and De Lijn have a Facebook file without age data
      'age-data-missing Ketnet facebook',
      'age-data-missing De Lijn facebook',
      // every Meta audience file is of followers
      'followers-only Ketnet instagram',
      'followers-only VDAB facebook',
      'followers-only De Lijn instagram',
      'followers-only OVAM facebook',
    ]);
    // De Lijn Facebook: 245,425 views × Facebook youth share 0.20 = 49,085 (modelled)
    expect(a.improvements.find((i) => i.rule === 'age-data-missing' && i.entityName === 'De Lijn')?.estimate?.value).toBeCloseTo(49_085, 6);
  });

  it('writes the method note, flagging the 18+ floors and followers', () => {
    const notes = Object.fromEntries(a.methodNotes.map((n) => [n.id, n]));
    expect(notes['floor18']?.params.accounts).toBe('VDAB facebook, OVAM facebook');
    expect(notes['under13Invisible']?.params.entities).toBe('Ketnet'); // 60.1 % and 54.1 % ≥ 50 % at floor 13
    expect(notes['youtubeSignedIn']?.applies).toBe(true);
    expect(notes['viewsNotPeople']?.applies).toBe(false);
    for (const n of a.methodNotes) expect(describeMessage(n)).not.toBe(n.key);
  });

  it('with De Lijn TikTok set to no-account: a platform gap with its evidence, verdicts unchanged', () => {
    const b = answerOf(sampleEntities({ 'De Lijn': { tiktok: 'no-account' } }));
    expect(b.entities.map((e) => e.verdict)).toEqual(['sufficient', 'sufficient', 'partly-sufficient', 'insufficient']);
    expect(b.overall.verdict).toBe('sufficient');
    const gap = b.improvements.find((i) => i.rule === 'youth-platform-absent')!;
    expect(gap.entityName).toBe('De Lijn');
    expect(gap.platform).toBe('tiktok');
    expect(describeMessage(gap)).toBe('72.0% of Belgians aged 16-24 use tiktok daily (2025); De Lijn has no tiktok account.');
    // no account of De Lijn has reach or followers: the typical audience is unknown, so the estimate is null
    expect(gap.estimate?.value).toBeNull();
    expect(gap.estimate?.provenance).toBe('modelled');
  });

  /*
   * With the manifest's fictitious presence (what "Voorbeeldgegevens laden" stores), by hand:
   * youth-relevant platforms (VRT KPI 14 list; no weekly-use figure is known): facebook, instagram,
   * youtube, tiktok, snapchat. A gap is a youth-relevant platform set to no-account, listed per entity
   * (Ketnet, VDAB, De Lijn, OVAM) in platform order (facebook, instagram, youtube, tiktok, …, snapchat):
   *   Ketnet snapchat; VDAB tiktok; De Lijn youtube, tiktok, snapchat; OVAM instagram, tiktok, snapchat → 8.
   * has-account without a file (VDAB instagram, Ketnet tiktok) is an account without data → two more
   * age-data-missing improvements (Ketnet tiktok after Ketnet facebook; VDAB instagram).
   * Verdicts: the rules count only platforms with an account with age data, and presence "unknown" only
   * adds a reason, so every verdict stays (Ketnet, VDAB sufficient; De Lijn partly; OVAM insufficient;
   * overall sufficient).
   */
  it('with the manifest’s presence: eight platform gaps, two more accounts without data, verdicts unchanged', () => {
    const presence = manifestPresence();
    expect(presence['De Lijn']).toEqual({ tiktok: 'no-account', snapchat: 'no-account', youtube: 'no-account' });
    const b = answerOf(sampleEntities(presence));
    expect(b.entities.map((e) => [e.name, e.verdict])).toEqual([
      ['Ketnet', 'sufficient'],
      ['VDAB', 'sufficient'],
      ['De Lijn', 'partly-sufficient'],
      ['OVAM', 'insufficient'],
    ]);
    expect(b.overall.verdict).toBe('sufficient');
    expect(b.overall.weightedIndex?.value).toBeCloseTo(178.27, 2);
    expect(b.improvements.map((i) => `${i.rule} ${i.entityName} ${i.platform ?? ''}`)).toEqual([
      'youth-platform-absent Ketnet snapchat',
      'youth-platform-absent VDAB tiktok',
      'youth-platform-absent De Lijn youtube',
      'youth-platform-absent De Lijn tiktok',
      'youth-platform-absent De Lijn snapchat',
      'youth-platform-absent OVAM instagram',
      'youth-platform-absent OVAM tiktok',
      'youth-platform-absent OVAM snapchat',
      'under-represented-platform OVAM youtube',
      'under-represented-platform OVAM facebook',
      'age-data-missing Ketnet facebook',
      'age-data-missing Ketnet tiktok',
      'age-data-missing VDAB instagram',
      'age-data-missing De Lijn facebook',
      'followers-only Ketnet instagram',
      'followers-only VDAB facebook',
      'followers-only De Lijn instagram',
      'followers-only OVAM facebook',
    ]);
    expect(entityOf(b, 'VDAB').presence.instagram.presence).toBe('account-without-data');
    expect(entityOf(b, 'OVAM').presence.instagram.presence).toBe('no-account');
    expect(entityOf(b, 'Ketnet').presence.x.presence).toBe('unknown');
  });
});
