// The assumptions of an improvement's estimate say only what is known of the reference figure they rest on.

import { describe, expect, it } from 'vitest';
import { answerText } from '../../../src/charts/answer-text';
import { answerQuestion3 } from '../../../src/core/answer/answer';
import type { Improvement } from '../../../src/core/answer/answer-types';
import { describe as describeMessage } from '../../../src/core/answer/messages';
import type { Platform } from '../../../src/core/model/platform';
import { DEFAULT_REFERENCE_SET } from '../../../src/core/reference/reference-set';
import { DEFAULT_THRESHOLDS } from '../../../src/core/reference/thresholds';
import { createI18n } from '../../../src/i18n/i18n';
import { sampleEntities } from '../../unit/core/answer/sample-entities';

const answer = answerQuestion3({ entities: sampleEntities(), reference: DEFAULT_REFERENCE_SET, thresholds: { ...DEFAULT_THRESHOLDS } });

/** The platform-share assumption of De Lijn's `youth-platform-absent` improvement on `platform`. */
function platformAssumption(platform: Platform): { key: string; params: Improvement['params'] } {
  const gap = answer.improvements.find((i) => i.rule === 'youth-platform-absent' && i.entityName === 'De Lijn' && i.platform === platform)!;
  return gap.estimate!.assumptions.find((a) => a.key.startsWith('answer.assumption.platformYouthShare'))!;
}

describe('improvement assumptions', () => {
  const nl = createI18n('nl');
  const en = createI18n('en');

  it('says "aandeel jongeren onbekend" with the confidence when the platform’s young share is not known (YouTube, Snapchat)', () => {
    // De Lijn has no YouTube and no Snapchat account (sample presence); neither platform's share of young Belgian
    // users was found (src/core/reference/default-figures.ts: value and year null, confidence low).
    for (const [platform, label] of [['youtube', 'YouTube'], ['snapchat', 'Snapchat']] as const) {
      const assumption = platformAssumption(platform);
      expect(answerText(assumption, 'nl', nl.t)).toBe(`Het publiek zou even jong zijn als de Belgische gebruikers van ${label} (aandeel jongeren onbekend; betrouwbaarheid laag).`);
      expect(answerText(assumption, 'en', en.t)).toBe(`Its audience would be as young as ${label}’s Belgian users (young share unknown; confidence low).`);
      expect(describeMessage(assumption)).toBe(`Its audience would be as young as ${label}’s Belgian users (young share unknown; confidence low).`);
    }
  });

  it('gives share, year and confidence when all are known (TikTok)', () => {
    // TikTok: 45.5 % of Belgian users aged 15-24 (Eurobarometer 2022), confidence low.
    const assumption = platformAssumption('tiktok');
    expect(answerText(assumption, 'nl', nl.t)).toBe('Het publiek zou even jong zijn als de Belgische gebruikers van TikTok (45,50% jongeren, 2022, betrouwbaarheid laag).');
  });
});
