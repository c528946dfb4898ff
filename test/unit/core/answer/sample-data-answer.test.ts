// The whole answer on sample-data/ (with the manifest's presence), worked out by hand in sample-data/README.md.

import { describe, expect, it } from 'vitest';
import { answerQuestion3 } from '../../../../src/core/answer/answer';
import type { Answer } from '../../../../src/core/answer/answer-types';
import { describe as describeMessage } from '../../../../src/core/answer/messages';
import { sampleEntities } from './sample-entities';
import type { Platform } from '../../../../src/core/model/platform';
import { DEFAULT_REFERENCE_SET } from '../../../../src/core/reference/reference-set';
import { DEFAULT_THRESHOLDS } from '../../../../src/core/reference/thresholds';

const answer: Answer = answerQuestion3({ entities: sampleEntities(), reference: DEFAULT_REFERENCE_SET, thresholds: { ...DEFAULT_THRESHOLDS } });
const entity = (name: string) => answer.entities.find((e) => e.name === name)!;
const account = (name: string, platform: Platform) => entity(name).accounts.find((a) => a.platform === platform)!;

describe('the answer on the sample data (sample-data/README.md)', () => {
  it('gives each entity’s verdict and the government’s, which is not a mean', () => {
    expect(answer.entities.map((e) => [e.name, e.verdict, e.rule])).toEqual([
      ['De Lijn', 'partly-sufficient', 'partly-met'],
      ['Ketnet', 'sufficient', 'all-met'],
      ['OVAM', 'insufficient', 'composition-not-met'],
      ['VDAB', 'insufficient', 'reach-not-met'],
    ]);
    expect(answer.overall.counts).toEqual({ sufficient: 1, 'partly-sufficient': 1, insufficient: 2, 'insufficient-data': 0 });
    expect(answer.overall.verdict).toBe('partly-sufficient');
    expect(answer.overall.rule).toBe('entities-mixed');
  });

  it('gives each account the youth share, floor, audience size and young people or youth views worked out by hand', () => {
    const row = (name: string, platform: Platform) => {
      const a = account(name, platform);
      return [a.youthShare?.basis ?? null, a.youthShare?.ageFloor ?? null, a.youthShare ? Math.round(a.youthShare.value * 1e4) / 1e4 : null, a.audienceSize?.value ?? null, a.provenance, a.poolStatus];
    };
    expect(row('Ketnet', 'youtube')).toEqual(['views', 13, 0.601, 180_000, 'export', 'ok']);
    expect(row('Ketnet', 'instagram')).toEqual(['followers', 13, 0.541, 52_000, 'export', 'ok']);
    expect(account('Ketnet', 'instagram').audienceSize!.provenance).toBe('manual');
    expect(row('Ketnet', 'tiktok')).toEqual(['followers', 18, 0.44, 85_000, 'manual', 'ok']);
    expect(row('Ketnet', 'facebook')).toEqual([null, null, null, null, null, 'no-split']);
    expect(row('VDAB', 'youtube')).toEqual(['views', 13, 0.163, 310_000, 'export', 'ok']);
    expect(row('VDAB', 'facebook')).toEqual(['followers', 18, 0.096, 24_000, 'export', 'ok']);
    expect(row('De Lijn', 'facebook')).toEqual(['reach', 13, 0.2917, 48_000, 'export', 'ok']);
    expect(row('De Lijn', 'instagram')).toEqual(['followers', 13, 0.3493, null, 'export', 'no-size']);
    expect(row('OVAM', 'youtube')).toEqual(['views', 13, 0.041, 1_900, 'export', 'too-few']);
    expect(row('OVAM', 'facebook')).toEqual(['followers', 18, 0.032, 6_500, 'export', 'ok']);
    // 180,000 × 0.601 = 108,180 views by young people (not young people); 52,000 × 0.541 = 28,132 young followers
    expect(account('Ketnet', 'youtube').youthViews!.value).toBeCloseTo(108_180, 6);
    expect(account('Ketnet', 'youtube').youthPeople).toBeNull();
    expect(account('Ketnet', 'instagram').youthPeople!.value).toBeCloseTo(28_132, 6);
    expect(account('Ketnet', 'tiktok').youthPeople!.value).toBeCloseTo(37_400, 6);
    // De Lijn Facebook, 24-30 Sep 2025: views 9,788 + 9,402 + 8,764 + 4,315 + 3,937 + 9,681 + 10,177 = 56,064;
    // daily reach 9,100 + 9,400 + 8,800 + 5,200 + 4,900 + 9,300 + 9,600 = 56,300 (an upper bound); followers 41,800
    expect(account('De Lijn', 'facebook').period).toEqual({ start: '2025-09-24', end: '2025-09-30' });
    expect(account('De Lijn', 'facebook').totals).toEqual({ views: 56_064, impressions: null, reach: 56_300, viewers: null, followers: 41_800 });
    expect(account('De Lijn', 'facebook').totalsUpperBound.reach).toBe(true);
    expect(account('De Lijn', 'facebook').youthPeople!.value).toBe(14_000);
    // OVAM YouTube: 1,900 × 0.041004 = 77.9 views by young people < 100: left out
    expect(account('OVAM', 'youtube').youthViews!.value).toBeCloseTo(1_900 * (4.1 / 99.99), 9);
  });

  it('gives the indexes: representation against the population of the same floor, and against the platform', () => {
    const idx = (name: string, platform: Platform) => Math.round(account(name, platform).representationIndex!.value! * 10) / 10;
    expect(idx('Ketnet', 'youtube')).toBe(394.6); // 0.601 ÷ 0.1523
    expect(idx('Ketnet', 'instagram')).toBe(355.2); // 0.541 ÷ 0.1523
    expect(idx('Ketnet', 'tiktok')).toBe(463.2); // 0.44 ÷ 0.0950
    expect(idx('VDAB', 'facebook')).toBe(101.1); // 0.096 ÷ 0.0950
    expect(idx('De Lijn', 'facebook')).toBe(191.5); // 0.291667 ÷ 0.1523
    expect(idx('OVAM', 'facebook')).toBe(33.7); // 0.031968 ÷ 0.0950
    // platform-relative: Instagram 0.541 ÷ 0.33 = 163.9; Facebook (reach) 0.291667 ÷ 0.20 = 145.8; none for an 18+ split
    expect(account('Ketnet', 'instagram').platformRelativeIndex!.value).toBeCloseTo(163.94, 2);
    expect(account('De Lijn', 'facebook').platformRelativeIndex!.value).toBeCloseTo(145.83, 2);
    expect(account('Ketnet', 'tiktok').platformRelativeIndex!.value).toBeNull();
  });

  it('pools per basis and floor by audience size, for each entity and the government', () => {
    const pooled = (gs: Answer['overall']['pooled']) => gs.map((g) => [g.basis, g.ageFloor, Math.round(g.youthShare * 1e4) / 1e4, g.audienceSize, Math.round(g.representationIndex! * 10) / 10]);
    expect(pooled(entity('Ketnet').pooled)).toEqual([
      ['followers', 13, 0.541, 52_000, 355.2],
      ['followers', 18, 0.44, 85_000, 463.2],
      ['views', 13, 0.601, 180_000, 394.6],
    ]);
    // (37,400 + 2,304 + 207.792) ÷ (85,000 + 24,000 + 6,500) = 39,911.792 ÷ 115,500 = 0.345557; (108,180 + 50,530) ÷ 490,000 = 0.323898
    expect(pooled(answer.overall.pooled)).toEqual([
      ['followers', 13, 0.541, 52_000, 355.2],
      ['reach', 13, 0.2917, 48_000, 191.5],
      ['followers', 18, 0.3456, 115_500, 363.7],
      ['views', 13, 0.3239, 490_000, 212.7],
    ]);
  });

  it('gives young people reached as a range, from the largest account to the sum', () => {
    // Ketnet: 37,400 (TikTok) … 37,400 + 28,132 = 65,532 of 871,814 aged 13-24: 4.29 % … 7.52 %
    expect(entity('Ketnet').youthReach).toMatchObject({ low: 37_400, high: 65_532, band: '13-24' });
    expect(entity('Ketnet').reach).toBe('met');
    // VDAB: only 18+ followers: 2,304 of 509,224 aged 18-24 = 0.45 % < 1 %
    expect(entity('VDAB').youthReach).toMatchObject({ low: 2_304, high: 2_304, band: '18-24' });
    expect(entity('VDAB').youthReach!.lowShare).toBeCloseTo(2_304 / 509_224, 10);
    expect(entity('VDAB').reach).toBe('not-met');
    // government: 37,400 … 37,400 + 28,132 + 2,304 + 14,000 + 6,500 × (3.2 ÷ 100.1) = 82,043.79
    expect(answer.overall.youthReach!.low).toBe(37_400);
    expect(answer.overall.youthReach!.high).toBeCloseTo(82_043.792, 2);
  });

  it('names the gaps, what would flip a verdict, and the accounts left out', () => {
    expect(entity('De Lijn').gaps).toEqual(['youtube', 'tiktok', 'snapchat']);
    expect(entity('Ketnet').gaps).toEqual([]);
    expect(entity('Ketnet').flips).toEqual([
      { threshold: 'underIndex', value: 356, verdict: 'partly-sufficient' },
      { threshold: 'minYouthCoverage', value: 0.043, verdict: 'partly-sufficient' },
    ]);
    expect(entity('De Lijn').leftOut).toEqual([{ accountId: 'De Lijn/instagram', platform: 'instagram', name: null, basis: 'followers', why: 'no-size' }]);
    expect(entity('OVAM').leftOut).toEqual([{ accountId: 'OVAM/youtube', platform: 'youtube', name: null, basis: 'views', why: 'too-few' }]);
    expect(answer.overall.absentPlatforms).toEqual([]);
  });

  it('lists the improvements the rules give, in rule order', () => {
    expect(answer.improvements.map((i) => `${i.rule} ${i.entityName} ${i.platform}`)).toEqual([
      'youth-platform-absent De Lijn youtube',
      'youth-platform-absent De Lijn tiktok',
      'youth-platform-absent De Lijn snapchat',
      'youth-platform-absent OVAM instagram',
      'youth-platform-absent OVAM tiktok',
      'youth-platform-absent OVAM snapchat',
      'youth-platform-absent VDAB tiktok',
      'under-represented-platform OVAM facebook',
      'falling-youth-share Ketnet instagram',
      'age-data-missing Ketnet facebook',
      'age-data-missing Ketnet snapchat',
      'age-data-missing VDAB instagram',
      'audience-size-missing De Lijn instagram',
      'followers-only De Lijn instagram',
      'followers-only Ketnet instagram',
      'followers-only Ketnet tiktok',
      'followers-only OVAM facebook',
      'followers-only VDAB facebook',
    ]);
    // Ketnet Instagram: 54.1 − 57.0 = −2.9 points between the August and September splits
    expect(answer.improvements.find((i) => i.rule === 'falling-youth-share')!.params.changePoints).toBeCloseTo(-2.9, 9);
    // YouTube's daily use is a lower bound (women 51.6 %, men 77.2 %, no figure for both): quoted as "at least";
    // TikTok's 72 % is the figure itself.
    const youtube = answer.improvements.find((i) => i.rule === 'youth-platform-absent' && i.platform === 'youtube')!;
    expect(describeMessage(youtube)).toBe('At least 51.6% of Belgians aged 16-24 use YouTube daily (2024); De Lijn has no YouTube account.');
    const tiktok = answer.improvements.find((i) => i.rule === 'youth-platform-absent' && i.platform === 'tiktok' && i.entityName === 'De Lijn')!;
    expect(describeMessage(tiktok)).toMatch(/^72(\.0)?% of Belgians aged 16-24 use TikTok daily/);
  });

  it('with a chosen period, says the undated viewer-age tables cannot be placed in it, never "no age data"', () => {
    // The sample's YouTube viewer-age tables have no period of their own; 1 Aug – 30 Sep 2025 chosen.
    const inPeriod = answerQuestion3({ entities: sampleEntities(), reference: DEFAULT_REFERENCE_SET, thresholds: { ...DEFAULT_THRESHOLDS }, period: { start: '2025-08-01', end: '2025-09-30' } });
    const youtube = inPeriod.entities.flatMap((e) => e.accounts.filter((a) => a.platform === 'youtube').map((a) => `${e.name} ${a.poolStatus}`));
    expect(youtube).toEqual(['Ketnet undated-split', 'OVAM undated-split', 'VDAB undated-split']);
    expect(inPeriod.improvements.filter((i) => i.rule === 'age-data-missing' && i.platform === 'youtube')).toEqual([]);
    const ketnet = inPeriod.entities.find((e) => e.name === 'Ketnet')!;
    expect(ketnet.reasons.find((r) => r.rule === 'undated-split')?.params).toEqual({ count: 1, platforms: 'youtube' });
    // De Lijn Facebook's reach split is the 7 days of 24-30 September: 7 of the 61 days of 1 Aug – 30 Sep.
    const deLijnFacebook = inPeriod.entities.find((e) => e.name === 'De Lijn')!.accounts.find((a) => a.platform === 'facebook')!;
    expect([deLijnFacebook.youthShare?.period, deLijnFacebook.youthShare?.coverage]).toEqual([{ start: '2025-09-24', end: '2025-09-30' }, { days: 7, of: 61 }]);
    // Without a period (most recent split per account) the same tables are used: Ketnet YouTube views 13+ 60,1 %.
    expect(entity('Ketnet').accounts.find((a) => a.platform === 'youtube')!.poolStatus).toBe('ok');
  });

  it('traces a pooled figure back to its files and the reference figure', () => {
    const g = entity('Ketnet').pooled.find((x) => x.basis === 'views')!;
    expect(g.trace.fileIds).toEqual(expect.arrayContaining(['file:ketnet_youtube_viewer-age_table-data.csv', 'file:ketnet_youtube_content_table-data.csv']));
    expect(g.trace.referenceIds).toContain('population.flanders.share-13plus.13-24');
  });

  it('writes the method note, flagging the 18+ floors, followers and views', () => {
    const applies = Object.fromEntries(answer.methodNotes.map((n) => [n.id, n.applies]));
    expect(applies).toMatchObject({ floor18: true, followersNotReached: true, viewsNotPeople: true, signedInOnly: true, selfDeclaredAges: true, hiddenBands: true, referenceError: true });
    expect(answer.methodNotes.find((n) => n.id === 'under13Invisible')!.params.entities).toBe('Ketnet');
  });
});
