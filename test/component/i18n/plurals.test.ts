// Counted nouns read as Dutch and English do: "1 account", "2 accounts", never "account(s)" or "jongerenplatform(en)".

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerProse } from '../../../src/charts/answer-prose';
import { answerText } from '../../../src/charts/answer-text';
import { answerQuestion3 } from '../../../src/core/answer/answer';
import { describe as describeMessage } from '../../../src/core/answer/messages';
import { DEFAULT_REFERENCE_SET } from '../../../src/core/reference/reference-set';
import { DEFAULT_THRESHOLDS } from '../../../src/core/reference/thresholds';
import { createI18n } from '../../../src/i18n/i18n';
import { traceFormulaText } from '../../../src/i18n/trace-text';
import { sampleEntities } from '../../unit/core/answer/sample-entities';

// The answer to question 3 on the sample data (sample-data/README.md has its hand-worked values).
const answer = answerQuestion3({ entities: sampleEntities(), reference: DEFAULT_REFERENCE_SET, thresholds: { ...DEFAULT_THRESHOLDS } });

describe('plurals', () => {
  it('has no "(s)", "(en)", "(ies)", "(len)" or "bestand/bestanden" left in a catalogue or the core’s English messages', () => {
    const files = [
      ...readdirSync('src/i18n', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join('src/i18n', f)),
      'src/core/answer/messages.ts',
    ];
    const found = files.flatMap((f) => (readFileSync(f, 'utf8').match(/[a-z]\((s|en|ies|len)\)|bestand\/bestanden/g) ?? []).map((m) => `${f}: ${m}`));
    expect(found).toEqual([]);
  });

  it('counts nouns in the data screen’s sentences in Dutch and English', () => {
    const i18n = createI18n('nl');
    expect(i18n.t('data.entities.counts', { accounts: 1, imports: 3 })).toBe('1 account, 3 imports');
    expect(i18n.t('data.workspace.modeMergeHint', { newImports: 1, duplicates: 2, newEntities: 0 })).toBe(
      '1 nieuwe import; 2 bestanden staan hier al en tellen één keer; 0 nieuwe entiteiten.',
    );
    expect(i18n.t('data.workspace.modeMergeHint', { newImports: 4, duplicates: 1, newEntities: 1 })).toBe(
      '4 nieuwe imports; 1 bestand staat hier al en telt één keer; 1 nieuwe entiteit.',
    );
    expect(i18n.t('data.entities.confirmText', { name: 'OVAM', accounts: 1, imports: 1, files: 1, size: '5 byte' })).toBe(
      'Dit verwijdert OVAM met 1 account, 1 import en 1 origineel bestand (5 byte). Dit kan niet ongedaan worden gemaakt.',
    );
    const english = createI18n('en');
    expect(english.t('data.workspace.summary', { entities: 1, imports: 2, files: 1, date: '5 Dec 2026' })).toBe(
      'This file holds 1 entity, 2 imports and 1 source file, made on 5 Dec 2026.',
    );
    expect(english.t('data.banner.cleanup', { imports: 1, chunks: 2, files: 0 })).toBe(
      'An interrupted import was cleaned up (1 unfinished import, 2 loose number blocks, 0 loose files). Import that file again.',
    );
  });

  it('counts youth platforms and accounts in the answer’s reasons, in the interface and in the core’s English', () => {
    const i18n = createI18n('nl');
    const one = { key: 'answer.reason.gaps', params: { count: 1, platforms: 'tiktok' } };
    const two = { key: 'answer.reason.gaps', params: { count: 2, platforms: 'tiktok, snapchat' } };
    expect(answerText(one, 'nl', i18n.t)).toBe('Geen account op 1 jongerenplatform: TikTok.');
    expect(answerText(two, 'nl', i18n.t)).toBe('Geen account op 2 jongerenplatformen: TikTok, Snapchat.');
    expect(answerText({ key: 'answer.reason.noAgeDataAccounts', params: { count: 1, platforms: 'facebook' } }, 'nl', i18n.t)).toBe(
      '1 account zonder leeftijdsverdeling voor deze periode (Facebook).',
    );
    // The core's English (CLI) names platforms by their ids.
    expect(describeMessage(one)).toBe('No account on 1 youth platform: tiktok.');
    expect(describeMessage(two)).toBe('No account on 2 youth platforms: tiktok, snapchat.');
  });

  it('says how many entities and accounts in words that agree with any count', () => {
    const nl = createI18n('nl');
    const en = createI18n('en');
    // The sample data: of 4 entities 1 voldoende (Ketnet), 1 gedeeltelijk voldoende (De Lijn), 2 onvoldoende
    // (VDAB, OVAM), 0 with too little data (sample-data/README.md, "The government").
    const counts = (entityCount: number, s: number, p: number, i: number, d: number) => ({
      key: 'answer.reason.entityCounts',
      params: { entityCount, sufficientCount: s, partlyCount: p, insufficientCount: i, noDataCount: d },
    });
    const government = answer.overall.reasons.find((r) => r.key === 'answer.reason.entityCounts')!;
    expect(answerText(government, 'nl', nl.t)).toBe('Van 4 entiteiten: 1 voldoende, 1 gedeeltelijk voldoende, 2 onvoldoende en 0 met te weinig gegevens.');
    expect(answerText(government, 'en', en.t)).toBe('Of 4 entities: 1 sufficient, 1 partly sufficient, 2 insufficient, 0 with too little data.');
    expect(describeMessage(government)).toBe('Of 4 entities: 1 sufficient, 1 partly sufficient, 2 insufficient, 0 with too little data.');
    expect(answerText(counts(1, 0, 0, 1, 0), 'nl', nl.t)).toBe('Van 1 entiteit: 0 voldoende, 0 gedeeltelijk voldoende, 1 onvoldoende en 0 met te weinig gegevens.');
    expect(describeMessage(counts(1, 0, 0, 1, 0))).toBe('Of 1 entity: 0 sufficient, 0 partly sufficient, 1 insufficient, 0 with too little data.');

    // Pooled over the government: followers from 13 come from Ketnet Instagram alone (54.1 %); followers from 18
    // from 3 accounts (Ketnet TikTok, VDAB and OVAM Facebook): 39,911.8 / 115,500 = 34.6 %.
    const prose = answerProse(answer, 'nl', nl.t).join(' ');
    expect(prose).toContain('Bij de volgers vanaf 13 jaar (1 account) is 54,1% 13-24 jaar oud');
    expect(prose).toContain('Bij de volgers vanaf 18 jaar (3 accounts) is 34,6% 18-24 jaar oud');
    expect(answerProse(answer, 'en', en.t).join(' ')).toContain('Among followers from age 18 (3 accounts), 34.6% are aged 18-24');
    const pooled18 = answer.overall.reasons.find((r) => r.key === 'answer.reason.pooledPeople' && r.params['floorAge'] === 18)!;
    expect(answerText(pooled18, 'nl', nl.t)).toContain('Bij de volgers vanaf 18 jaar (3 accounts) is 34,6% 18-24 jaar');
    expect(describeMessage(pooled18)).toContain('Among followers from age 18 (3 accounts), 34.6% are aged 18-24');
    const pooled13 = answer.overall.reasons.find((r) => r.key === 'answer.reason.pooledPeople' && r.params['floorAge'] === 13 && r.params['basis'] === 'followers')!;
    expect(describeMessage(pooled13)).toContain('Among followers from age 13 (1 account), 54.1% are aged 13-24');
  });

  it('says "1 account" in the trace of a pooled figure', () => {
    const i18n = createI18n('nl');
    const formula = (n: number) =>
      `pooled youthShare = Σ(youthShare × audienceSize) ÷ Σ(audienceSize) over ${n} ${n === 1 ? 'account' : 'accounts'} of basis followers, age floor 18; index = pooled youthShare ÷ population share of 18-24 in the 18+ population × 100`;
    expect(traceFormulaText(formula(1), i18n.t)).toContain('over 1 account, volgers, vanaf 18 jaar');
    expect(traceFormulaText(formula(3), i18n.t)).toContain('over 3 accounts, volgers, vanaf 18 jaar');
  });
});
