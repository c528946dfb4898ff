// The note of a TikTok file read without an export date says why the year is what it is, in both languages.

import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/i18n';

describe('export-date-assumed note', () => {
  it('says the year is the latest one before the day the file was read, and to give the export date if the file is older', () => {
    // A file whose last row is "October 16", read on 5 December 2026 without an export date: 16 Oct 2026 is
    // the latest 16 October before 5 December 2026, so the export date is taken as 17 Oct 2026. The preview
    // card passes the days formatted like its other dates.
    const days = { lastDay: '16 okt 2026', readDay: '5 dec 2026', exportDate: '17 okt 2026' };
    expect(createI18n('nl').t('warnings.export-date-assumed', days)).toBe(
      'De datums hebben geen jaartal en er is geen exportdatum opgegeven. Daarom staan ze als opeenvolgende dagen tot en met 16 okt 2026: ' +
        'het laatste jaar waarin die dag vóór 5 dec 2026 valt, de dag waarop het bestand gelezen werd. Als exportdatum is de dag na de laatste rij genomen (17 okt 2026). ' +
        'Is het bestand ouder, vul dan de exportdatum in en lees het opnieuw.',
    );
    expect(createI18n('en').t('warnings.export-date-assumed', { lastDay: '16 Oct 2026', readDay: '5 Dec 2026', exportDate: '17 Oct 2026' })).toBe(
      'The dates have no year and no export date was given, so they are placed as consecutive days up to 16 Oct 2026: ' +
        'the latest year in which that day falls before 5 Dec 2026, the day the file was read. The export date is taken as the day after the last row (17 Oct 2026). ' +
        'If the file is older, enter its export date and read it again.',
    );
  });
});
