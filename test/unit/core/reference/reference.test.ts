// Tests of the reference figures: the shipped values against docs/reference-figures.md, overrides, and the lookups.

import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../../src/core/model/platform';
import { DEFAULT_REFERENCE_FIGURES } from '../../../../src/core/reference/default-figures';
import {
  isYouthRelevantPlatform,
  platformYouthShare,
  populationCount,
  populationYouthShare,
  youthPlatformUse,
  youthRelevance,
} from '../../../../src/core/reference/lookups';
import { POPULATION_YOUTH_SHARE } from '../../../../src/core/reference/population';
import { applyOverrides } from '../../../../src/core/reference/reference-figure';
import { DEFAULT_REFERENCE_SET, referenceSetWith } from '../../../../src/core/reference/reference-set';
import { DEFAULT_THRESHOLDS, validateThresholds } from '../../../../src/core/reference/thresholds';

describe('default reference figures', () => {
  it('has unique ids, and every figure has a source text, a unit and a confidence', () => {
    const ids = DEFAULT_REFERENCE_FIGURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of DEFAULT_REFERENCE_FIGURES) {
      expect(f.source.text.length).toBeGreaterThan(10);
      expect(['high', 'medium', 'low']).toContain(f.confidence);
      if (f.value !== null && f.unit === 'share') expect(f.value).toBeGreaterThan(0); // unknown is null, never 0
    }
  });

  it('gives the Flemish youth share at each age floor (Statbel, 1 January 2021)', () => {
    // 871,814 / 5,725,665 = 0.152264 → 15.23 %; 509,224 / 5,363,075 = 0.094950 → 9.50 %
    expect(populationYouthShare(DEFAULT_REFERENCE_SET, 13)?.value).toBe(0.1523);
    expect(populationYouthShare(DEFAULT_REFERENCE_SET, 18)?.value).toBe(0.095);
    expect(populationYouthShare(DEFAULT_REFERENCE_SET, 13, 'belgium')?.value).toBe(0.1596);
    expect(populationYouthShare(DEFAULT_REFERENCE_SET, 18, 'belgium')?.value).toBe(0.1002);
    // the overview's constant keeps the same values
    expect(POPULATION_YOUTH_SHARE[13].value).toBe(0.1523);
    expect(POPULATION_YOUTH_SHARE[18].value).toBe(0.095);
  });

  it('gives counts that add up: 13-24 = 13-17 + 18-24, 18+ = 13+ − 13-17', () => {
    const c = (band: string, region: 'flanders' | 'belgium' = 'flanders'): number | null | undefined => populationCount(DEFAULT_REFERENCE_SET, band, region)?.value;
    // 362,590 + 509,224 = 871,814
    expect(c('13-24')).toBe(871_814);
    expect((c('13-17') ?? 0) + (c('18-24') ?? 0)).toBe(c('13-24'));
    // 5,725,665 − 362,590 = 5,363,075
    expect(c('18+')).toBe(5_363_075);
    // Belgium: 650,390 + 922,803 = 1,573,193
    expect(c('13-24', 'belgium')).toBe(1_573_193);
    // survey band 16-24: 9.77 % × 6,653,062 = 650,003.2 → 650,004 is within ± 333 of the rounded share
    expect(Math.abs((c('16-24') ?? 0) - 0.0977 * 6_653_062)).toBeLessThan(1);
    expect(c('25-34')).toBeUndefined(); // no exact count shipped for it: no figure, not 0
  });

  it('the 13+ band shares sum to 100 % (rounded to 0.01 %)', () => {
    const bands = ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'];
    const sum = bands.reduce((s, b) => s + (DEFAULT_REFERENCE_SET.byId[`population.flanders.share-13plus.${b}`]?.value ?? NaN), 0);
    // 6.33 + 8.89 + 14.30 + 14.81 + 15.46 + 16.16 + 24.04 = 99.99
    expect(sum).toBeCloseTo(0.9999, 6);
  });

  it('gives young people’s daily use (SMI 2025) and platforms’ youth shares, null where unknown', () => {
    expect(youthPlatformUse(DEFAULT_REFERENCE_SET, 'instagram')?.value).toBe(0.834);
    expect(youthPlatformUse(DEFAULT_REFERENCE_SET, 'tiktok')?.value).toBe(0.72);
    expect(youthPlatformUse(DEFAULT_REFERENCE_SET, 'snapchat')?.value).toBe(0.707);
    expect(youthPlatformUse(DEFAULT_REFERENCE_SET, 'facebook')?.value).toBe(0.43);
    // YouTube: SMI 2024 gives it by sex only (women 51.6 %, men 77.2 %): the lower one, a lower bound
    expect(youthPlatformUse(DEFAULT_REFERENCE_SET, 'youtube')?.value).toBe(0.516);
    expect(youthPlatformUse(DEFAULT_REFERENCE_SET, 'youtube')?.year).toBe(2024);
    for (const p of ['x', 'linkedin'] as const) expect(youthPlatformUse(DEFAULT_REFERENCE_SET, p)?.value).toBeNull();
    expect(platformYouthShare(DEFAULT_REFERENCE_SET, 'facebook')?.value).toBe(0.2);
    expect(platformYouthShare(DEFAULT_REFERENCE_SET, 'instagram')?.value).toBe(0.33);
    // published: "45.5% of TikTok users are between 15 and 24"
    expect(platformYouthShare(DEFAULT_REFERENCE_SET, 'tiktok')?.value).toBe(0.455);
    expect(platformYouthShare(DEFAULT_REFERENCE_SET, 'tiktok')?.confidence).toBe('low');
    for (const p of ['snapchat', 'youtube', 'x', 'linkedin'] as const) expect(platformYouthShare(DEFAULT_REFERENCE_SET, p)?.value).toBeNull();
  });

  it('marks youth platforms by daily use, else the VRT KPI 14 list (which names Facebook Watch, not Facebook, and did not ask about X or LinkedIn)', () => {
    const relevant = PLATFORMS.filter((p) => isYouthRelevantPlatform(DEFAULT_REFERENCE_SET, p));
    expect(relevant.sort()).toEqual(['facebook', 'instagram', 'snapchat', 'tiktok', 'youtube']);
    // Facebook: 43 % use it daily ≥ 10 %; the KPI 14 list does not decide it (not asked)
    expect(youthRelevance(DEFAULT_REFERENCE_SET, 'facebook').decidedBy).toBe('daily-use');
    expect(DEFAULT_REFERENCE_SET.byId['youth-relevance.vrt-kpi14.facebook']!.value).toBeNull();
    // X and LinkedIn: not known (not "under 10 %")
    expect(youthRelevance(DEFAULT_REFERENCE_SET, 'x')).toMatchObject({ relevant: false, decidedBy: 'unknown' });
    expect(youthRelevance(DEFAULT_REFERENCE_SET, 'linkedin')).toMatchObject({ relevant: false, decidedBy: 'unknown' });
  });
});

describe('applyOverrides', () => {
  it('changes a value, keeps the default beside it, and a reset (no overrides) restores it', () => {
    const set = referenceSetWith([{ id: 'platform-use.daily-16-24.tiktok', value: 0.75, year: 2026, source: { text: 'SMI 2026', url: null } }]);
    const f = set.byId['platform-use.daily-16-24.tiktok']!;
    expect(f.value).toBe(0.75);
    expect(f.year).toBe(2026);
    expect(f.origin).toBe('overridden');
    expect(f.defaultFigure?.value).toBe(0.72);
    expect(f.unit).toBe('share'); // untouched fields stay
    expect(referenceSetWith([]).byId['platform-use.daily-16-24.tiktok']!.value).toBe(0.72);
    expect(DEFAULT_REFERENCE_SET.byId['platform-use.daily-16-24.tiktok']!.origin).toBe('default');
  });

  it('adds a new figure at the end and can mark a known figure unknown', () => {
    const set = applyOverrides(DEFAULT_REFERENCE_FIGURES, [
      { id: 'custom.leef-zonder-filter', value: 0.65, unit: 'share', source: { text: 'VRT NWS 2018', url: null }, year: 2018 },
      { id: 'platform-youth-share.facebook', value: null },
    ]);
    expect(set.figures.at(-1)?.id).toBe('custom.leef-zonder-filter');
    expect(set.byId['custom.leef-zonder-filter']?.origin).toBe('added');
    expect(set.byId['custom.leef-zonder-filter']?.group).toBe('other');
    expect(set.figures.length).toBe(DEFAULT_REFERENCE_FIGURES.length + 1);
    expect(platformYouthShare(set, 'facebook')?.value).toBeNull();
  });

  it('lets a weekly-use figure decide youth relevance against the threshold', () => {
    // LinkedIn is not on the KPI 14 list; a weekly use of 12 % ≥ 10 % makes it relevant, 8 % does not
    expect(isYouthRelevantPlatform(referenceSetWith([{ id: 'platform-use.weekly-12-24.linkedin', value: 0.12 }]), 'linkedin', 0.1)).toBe(true);
    expect(isYouthRelevantPlatform(referenceSetWith([{ id: 'platform-use.weekly-12-24.facebook', value: 0.08 }]), 'facebook', 0.1)).toBe(false);
  });

  it('refuses a new figure without value/unit/source and values out of range', () => {
    expect(() => referenceSetWith([{ id: 'custom.x', value: 1 }])).toThrow(/needs value, unit and source/);
    expect(() => referenceSetWith([{ id: 'platform-use.daily-16-24.tiktok', value: 72 }])).toThrow(/within 0..1/);
    expect(() => referenceSetWith([{ id: 'population.flanders.count.13-24', value: -1 }])).toThrow(/negative/);
    expect(() => referenceSetWith([{ id: 'youth-relevance.vrt-kpi14.x', value: 0.5 }])).toThrow(/flag/);
  });
});

describe('thresholds', () => {
  it('has the documented defaults and refuses inconsistent ones', () => {
    expect(DEFAULT_THRESHOLDS).toMatchObject({ underIndex: 80, overIndex: 120, minReachedPerBand: 100, relevantPlatformWeeklyUse: 0.1, minYouthCoverage: 0.01 });
    expect(() => validateThresholds({ ...DEFAULT_THRESHOLDS, underIndex: 130 })).toThrow(/underIndex/);
    expect(() => validateThresholds({ ...DEFAULT_THRESHOLDS, concentrationShare: 80 })).toThrow(/0..1/);
  });
});
