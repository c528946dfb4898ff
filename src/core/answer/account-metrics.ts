// Every metric of one account for the answer: youth share, indexes, estimated youth reach, coverage, trend.

import { estimatedYouthReach, pickReach } from '../metrics/estimated-youth-reach';
import { platformRelativeIndex } from '../metrics/platform-relative-index';
import { representationIndex } from '../metrics/representation-index';
import type { SourceRef } from '../metrics/trace';
import { youthShareTrend } from '../metrics/trend';
import { youthCoverage } from '../metrics/youth-coverage';
import { youthShareMetric } from '../metrics/youth-share';
import type { ReferenceSet } from '../reference/reference-figure';
import type { Thresholds } from '../reference/thresholds';
import type { AccountMetrics, AnswerAccount } from './answer-types';

/** The SourceRef of an account (its id, imports and files). */
export function accountSource(a: AnswerAccount): SourceRef {
  return { accountId: a.accountId, importIds: a.importIds, fileIds: a.fileIds };
}

/**
 * Computes an account's metrics: youth share (traced), representation index, platform-relative index,
 * audience size (reach, else followers: the verdict's weight), estimated youth reach (reach, else viewers,
 * else views × youth share), youth coverage, and the trend of `series` (two points or more).
 * `judged` = it has an index and that index is not `insufficient-data`. Never throws.
 */
export function accountMetrics(a: AnswerAccount, set: ReferenceSet, thresholds: Thresholds): AccountMetrics {
  const source = accountSource(a);
  const youthShare = a.youth ? youthShareMetric({ youthShare: a.youth.youthShare, youthAgeFloor: a.youth.floor, basis: a.youth.basis, youthCount: a.youth.youthCount, ...(a.youth.shares ? { shares: a.youth.shares } : {}) }, source) : null;
  const index = youthShare ? representationIndex(youthShare, set, thresholds) : null;
  const platformIndex = youthShare ? platformRelativeIndex(youthShare, a.platform, set) : null;
  const audienceSize =
    a.totals.reach !== null && a.totals.reach > 0
      ? { metric: 'reach' as const, value: a.totals.reach }
      : a.totals.followers !== null && a.totals.followers > 0
        ? { metric: 'followers' as const, value: a.totals.followers }
        : null;
  const picked = pickReach(a.totals);
  const estimate =
    youthShare && picked
      ? estimatedYouthReach({ metric: picked.metric, value: picked.value, upperBound: picked.metric !== 'views' && a.reachIsUpperBound, source }, youthShare)
      : null;
  const coverage = estimate ? youthCoverage(estimate, set) : null;
  const trend = a.series.length >= 2 ? youthShareTrend(a.series.map((p) => ({ ...p, source: p.source ?? source })), thresholds.trendTolerancePoints) : null;
  return {
    accountId: a.accountId,
    platform: a.platform,
    name: a.name,
    youthShare,
    index,
    platformIndex,
    audienceSize,
    estimatedYouthReach: estimate,
    coverage,
    trend,
    judged: index !== null && index.value !== null && index.band !== 'insufficient-data',
  };
}
