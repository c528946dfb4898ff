// Tests of the verdict rules (DESIGN.md §5), one per rule, with hand-worked indexes against Statbel 2021 (13+: 15.23 %, 18+: 9.50 %).

import { describe, expect, it } from 'vitest';
import { answerQuestion3 } from '../../../../src/core/answer/answer';
import { describe as describeMessage } from '../../../../src/core/answer/messages';
import { DEFAULT_REFERENCE_SET } from '../../../../src/core/reference/reference-set';
import { DEFAULT_THRESHOLDS } from '../../../../src/core/reference/thresholds';
import type { Thresholds } from '../../../../src/core/reference/thresholds';
import { account, entity } from './helpers';
import type { AnswerEntity } from '../../../../src/core/answer/answer-types';

const run = (entities: AnswerEntity[], thresholds: Thresholds = DEFAULT_THRESHOLDS) =>
  answerQuestion3({ entities, reference: DEFAULT_REFERENCE_SET, thresholds });

describe('verdict rules', () => {
  it('verdict-unknown: no account with age data (and nothing at all) is unknown, with its reason', () => {
    const a = run([entity('A', [account('a1', 'facebook', null, { views: 1000 })]), entity('B', [])]);
    expect(a.entities[0]?.verdict).toBe('unknown');
    expect(a.entities[0]?.rule).toBe('verdict-unknown');
    expect(a.entities[0]?.reasons[0]?.key).toBe('answer.reason.noAgeData');
    expect(a.entities[1]?.verdict).toBe('unknown');
    expect(a.overall.verdict).toBe('unknown');
  });

  it('verdict-unknown: an account whose youth bands reached fewer than 100 is left out (insufficient data)', () => {
    // youth count 60 < 100 → not judged → unknown
    const a = run([entity('A', [account('a1', 'youtube', 0.3, { youthCount: 60, basis: 'reach' })])]);
    expect(a.entities[0]?.verdict).toBe('unknown');
    expect(a.entities[0]?.reasons.map((r) => r.rule)).toContain('insufficient-data');
  });

  it('verdict-insufficient: every account with age data has index < 80', () => {
    // youtube 0.10 / 0.1523 × 100 = 65.66; facebook (18+) 0.07 / 0.095 × 100 = 73.68 — both < 80
    const a = run([entity('A', [account('a1', 'youtube', 0.1), account('a2', 'facebook', 0.07, { floor: 18 }), account('a3', 'tiktok', null)])]);
    const e = a.entities[0]!;
    expect(e.verdict).toBe('insufficient');
    expect(e.reasons[0]?.rule).toBe('verdict-insufficient');
    expect(e.reasons[0]?.params.highestIndex).toBeCloseTo(73.684, 3);
  });

  it('verdict-sufficient: weighted index ≥ 80 and present with data on two youth platforms', () => {
    // youtube 0.12 / 0.1523 × 100 = 78.79 (reach 30,000); instagram 0.2 / 0.1523 × 100 = 131.32 (reach 10,000)
    // weighted: (78.79 × 30,000 + 131.32 × 10,000) / 40,000 = (2,363,756 + 1,313,198) / 40,000 = 91.92 ≥ 80
    const a = run([entity('A', [account('a1', 'youtube', 0.12, { reach: 30_000 }), account('a2', 'instagram', 0.2, { reach: 10_000 })])]);
    const e = a.entities[0]!;
    expect(e.weightedIndex?.weighting).toBe('audience');
    expect(e.weightedIndex?.value).toBeCloseTo(91.92, 2);
    expect(e.youthPlatformsWithData).toEqual(['instagram', 'youtube']);
    expect(e.verdict).toBe('sufficient');
    expect(e.rule).toBe('verdict-sufficient');
  });

  it('verdict-partly-sufficient: weighted index ≥ 80 but data on only one youth platform', () => {
    // instagram 0.3 / 0.1523 × 100 = 196.98 ≥ 80; LinkedIn is not a youth platform, so 1 < 2
    const a = run([entity('A', [account('a1', 'instagram', 0.3), account('a2', 'linkedin', 0.3)])]);
    expect(a.entities[0]?.youthPlatformsWithData).toEqual(['instagram']);
    expect(a.entities[0]?.verdict).toBe('partly-sufficient');
    expect(a.entities[0]?.reasons.find((r) => r.rule === 'youth-platforms-with-data')?.key).toBe('answer.reason.youthPlatformsNotMet');
  });

  it('verdict-partly-sufficient: one account ≥ 80 but the weighted index < 80', () => {
    // youtube 0.05 / 0.1523 × 100 = 32.83 (reach 90,000); instagram 0.2 → 131.32 (reach 10,000)
    // weighted: (32.83 × 90,000 + 131.32 × 10,000) / 100,000 = (2,954,695 + 1,313,198) / 100,000 = 42.68 < 80
    const a = run([entity('A', [account('a1', 'youtube', 0.05, { reach: 90_000 }), account('a2', 'instagram', 0.2, { reach: 10_000 })])]);
    expect(a.entities[0]?.weightedIndex?.value).toBeCloseTo(42.68, 2);
    expect(a.entities[0]?.verdict).toBe('partly-sufficient');
  });

  it('the thresholds are parameters: under = 30 turns the previous case sufficient', () => {
    // 42.68 ≥ 30 and two youth platforms with data
    const a = run([entity('A', [account('a1', 'youtube', 0.05, { reach: 90_000 }), account('a2', 'instagram', 0.2, { reach: 10_000 })])], { ...DEFAULT_THRESHOLDS, underIndex: 30 });
    expect(a.entities[0]?.verdict).toBe('sufficient');
  });

  it('overall applies the same rules to all entities together', () => {
    // A: instagram only (partly); B: youtube only (partly). Together: instagram 131.32 + youtube 98.49 (0.15 / 0.1523 × 100)
    // equal weights (no reach): (131.32 + 98.49) / 2 = 114.90 ≥ 80, two youth platforms with data → sufficient
    const a = run([entity('A', [account('a1', 'instagram', 0.2)]), entity('B', [account('b1', 'youtube', 0.15)])]);
    expect(a.entities.map((e) => e.verdict)).toEqual(['partly-sufficient', 'partly-sufficient']);
    expect(a.overall.weightedIndex?.value).toBeCloseTo(114.9, 1);
    expect(a.overall.verdict).toBe('sufficient');
  });

  it('reasons carry numbers and traces, and describe() writes them in English', () => {
    const a = run([entity('A', [account('a1', 'instagram', 0.2)])]);
    const r = a.entities[0]!.reasons.find((x) => x.rule === 'account-index')!;
    expect(r.traces[0]?.fileIds).toEqual(['file-a1']);
    expect(r.traces[0]?.referenceIds).toEqual(['population.flanders.share-13plus.13-24']);
    // 0.2 / 0.1523 × 100 = 131.32 → "131.3"
    expect(describeMessage(r)).toBe('instagram: youth share 20.0% (age floor 13, of views) against 15.23% of the population: index 131.3 (over).');
  });
});
