// The import card counts what a person counts in the file: the real Meta Audience.csv of March 2024
// (../shared/real-exports/facebook-2024, read in place) holds a Facebook and an Instagram part.

import { expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { fileObservationsText, observationsText } from '../../../../src/features/import/observation-text';
import { createI18n } from '../../../../src/i18n/i18n';
import { summarise } from '../../../../src/workers/import-service';
import { describeRealExports, readRealExport } from '../../../unit/real-exports';

describeRealExports('import card count of facebook-2024/Audience.csv', () => {
  it('counts per platform by kind and the whole file as the sum of its parts', () => {
    const summary = summarise(parseSourceFile({ name: 'Audience.csv', bytes: readRealExport('facebook-2024', 'Audience.csv') }));
    const [fb, ig] = summary.parts!;
    // Counted by hand in the file: Facebook = 1 follower count ("30222") + 6 age rows × 2 (Women, Men) = 12
    // cells + 10 top cities + 10 top countries = 33; Instagram = 1 ("3098") + 12 + 5 cities + 5 countries = 23.
    expect(fb!.observationKinds).toEqual({ ageCells: 12, byGender: true, segmentValues: 20, otherValues: 1 });
    expect(ig!.observationKinds).toEqual({ ageCells: 12, byGender: true, segmentValues: 10, otherValues: 1 });
    const { t } = createI18n('nl');
    expect(observationsText(fb!, t)).toBe('33 cijfers gelezen (12 cellen leeftijd × geslacht, 20 waarden per stad, land of video, 1 aantal of dagwaarde)');
    expect(observationsText(ig!, t)).toBe('23 cijfers gelezen (12 cellen leeftijd × geslacht, 10 waarden per stad, land of video, 1 aantal of dagwaarde)');
    // The whole file: 33 + 23 = 56, never the first part's 33 alone.
    expect(fileObservationsText(summary, t, new Intl.ListFormat('nl-BE', { type: 'conjunction' }))).toBe('56 cijfers gelezen, over Facebook 33 en Instagram 23');
    const english = createI18n('en').t;
    expect(fileObservationsText(summary, english, new Intl.ListFormat('en', { type: 'conjunction' }))).toBe('56 figures read, over Facebook 33 and Instagram 23');
  });
});
