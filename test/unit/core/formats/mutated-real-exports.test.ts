// Property tests on the real exports: any mix of line endings, and any stray quote, either reads exactly
// the numbers of the original or is refused; never stored with different numbers (fast-check, fixed seed).

import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { decodeText } from '../../../../src/core/formats/sniff';
import type { Observation } from '../../../../src/core/model/observation';
import { filesOfParts, ImportError } from '../../../../src/core/model/parsed-file';
import { describeRealExports, readRealExport } from '../../real-exports';
import { utf8 } from './test-input';

/** The text exports (the two large legacy Facebook files have their own, shorter runs below). */
const FILES: readonly [string, string][] = [
  ['youtube', 'viewer-age_table-data.csv'],
  ['youtube', 'viewer-gender_table-data.csv'],
  ['youtube', 'geography_table-data.csv'],
  ['youtube', 'subscription-status_table-data.csv'],
  ['youtube', 'content_table-data_basic.csv'],
  ['youtube', 'content_table-data_shorts-columns.csv'],
  ['youtube', 'subscription-status_chart-data.csv'],
  ['facebook', 'mbs_page-metric_follows_utf16le.csv'],
  ['facebook', 'mbs_page-metric_views_utf16le.csv'],
  ['facebook', 'mbs_posts_Sep-01-2025_Sep-30-2025.csv'],
  ['facebook-2024', 'Audience.csv'],
  ['tiktok', 'FollowerGender.csv'],
  ['tiktok', 'FollowerTopTerritories.csv'],
  ['tiktok', 'FollowerHistory.csv'],
  ['tiktok', 'Viewers.csv'],
  ['tiktok-year-long', 'Overview.csv'],
  ['tiktok-spanish', 'Overview.csv'],
  ['x', 'account_overview_analytics.csv'],
  ['x', 'legacy_daily_tweet_activity_metrics_en.csv'],
];

// One export day for every file: TikTok's yearless dates are then placed the same way in both readings.
const OPTIONS = { exportDate: '2026-03-01' };

function key(o: Observation): string {
  return [o.metric, o.period?.start ?? '', o.period?.end ?? '', o.ageBand ?? '', o.gender ?? '', o.segment ?? '', o.unit, o.value.toPrecision(12)].join('|');
}

/** Every number a file yields, per platform part, as sorted keys; or 'refused' for an ImportError. */
function reading(name: string, text: string): string {
  try {
    const parsed = parseSourceFile({ name, bytes: utf8(text, true) }, OPTIONS);
    return JSON.stringify(filesOfParts(parsed).map((p) => [p.platform, p.basis, p.period, p.observations.map(key).sort()]));
  } catch (e) {
    if (e instanceof ImportError) return 'refused';
    throw e;
  }
}

/** Line break positions of `text` (index of each `\n`, the text having LF line ends only). */
function breaks(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}

describeRealExports('mutated real exports: read exactly or refused', () => {
  const originals = FILES.map(([dir, file]) => {
    const text = decodeText({ name: file, bytes: readRealExport(dir, file) }).text.replace(/\r\n?/g, '\n');
    return { file, text, expected: reading(file, text) };
  });

  it('every original reads (the baseline of the properties below)', () => {
    for (const o of originals) expect(o.expected, o.file).not.toBe('refused');
  });

  it('any mix of CRLF, LF and CR line ends reads exactly as the original', () => {
    fc.assert(
      fc.property(fc.nat({ max: originals.length - 1 }), fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 64 }), (index, ends) => {
        const o = originals[index]!;
        let k = 0;
        let previous = '';
        // line i gets ends[i mod n]: e.g. an LF header and CRLF rows, or CR every third line. A CR end
        // followed by an empty line ending in LF would read as one CRLF (one break, not two): the empty
        // line then ends in CRLF instead, as any editor would write it.
        const mixed = o.text.replace(/\n/g, (_m, offset: number) => {
          let end = ends[k++ % ends.length] ?? '\n';
          if (end === '\n' && previous === '\r' && o.text[offset - 1] === '\n') end = '\r\n';
          previous = end;
          return end;
        });
        expect(reading(o.file, mixed), o.file).toBe(o.expected);
      }),
      { seed: 20261205, numRuns: 120 },
    );
  });

  it('a stray quote anywhere is refused or changes no number', () => {
    fc.assert(
      fc.property(fc.nat({ max: originals.length - 1 }), fc.nat(), fc.boolean(), (index, at, atLineStart) => {
        const o = originals[index]!;
        // at a random character, or at the start of a random line (where it opens a field)
        const lineStarts = [0, ...breaks(o.text).map((b) => b + 1)];
        const pos = atLineStart ? (lineStarts[at % lineStarts.length] ?? 0) : at % (o.text.length + 1);
        const mutated = `${o.text.slice(0, pos)}"${o.text.slice(pos)}`;
        const result = reading(o.file, mutated);
        if (result !== 'refused') expect(result, `${o.file}: quote at ${String(pos)}`).toBe(o.expected);
      }),
      { seed: 20261205, numRuns: 400 },
    );
  });

  it('a stray quote at the start of a field (after a delimiter) is refused or changes no number', () => {
    fc.assert(
      fc.property(fc.nat({ max: originals.length - 1 }), fc.nat(), (index, at) => {
        const o = originals[index]!;
        const commas: number[] = [];
        for (let i = o.text.indexOf(','); i !== -1; i = o.text.indexOf(',', i + 1)) commas.push(i);
        if (commas.length === 0) return;
        const pos = (commas[at % commas.length] ?? 0) + 1;
        const mutated = `${o.text.slice(0, pos)}"${o.text.slice(pos)}`;
        const result = reading(o.file, mutated);
        if (result !== 'refused') expect(result, `${o.file}: quote at ${String(pos)}`).toBe(o.expected);
      }),
      { seed: 20261205, numRuns: 400 },
    );
  });
});

/** The two large legacy Facebook exports (1.738 and 644 columns): the same properties, fewer runs (each read is slow). */
const LEGACY: readonly [string, string][] = [
  ['facebook-legacy', 'Facebook Insights Data Export - Midwest Taiwanese Biotechnology Association - MTBA - 2018-07-25.csv'],
  ['facebook-legacy', 'Facebook Insights Data Export - Visualization Studio VIC - 2014-01-01 - 2014-02-27.csv'],
];

describeRealExports('mutated legacy Facebook exports: read exactly or refused', () => {
  const originals = LEGACY.map(([dir, file]) => {
    const text = decodeText({ name: file, bytes: readRealExport(dir, file) }).text.replace(/\r\n?/g, '\n');
    return { file, text, expected: reading(file, text) };
  });

  it('an LF header with CRLF rows, and CR every other line, read exactly as the original', { timeout: 120_000 }, () => {
    for (const o of originals) {
      expect(o.expected, o.file).not.toBe('refused');
      const [header, ...rows] = o.text.split('\n');
      expect(reading(o.file, `${header ?? ''}\n${rows.join('\r\n')}`), o.file).toBe(o.expected);
      let k = 0;
      expect(reading(o.file, o.text.replace(/\n/g, () => (k++ % 2 === 0 ? '\r' : '\n'))), o.file).toBe(o.expected);
    }
  });

  it('a stray quote at the start of a line or of a field is refused or changes no number', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.nat({ max: originals.length - 1 }), fc.nat(), fc.boolean(), (index, at, atLineStart) => {
        const o = originals[index]!;
        const starts = atLineStart ? [0, ...breaks(o.text).map((b) => b + 1)] : [...o.text.matchAll(/,/g)].map((m) => m.index + 1);
        const pos = starts[at % starts.length] ?? 0;
        const result = reading(o.file, `${o.text.slice(0, pos)}"${o.text.slice(pos)}`);
        if (result !== 'refused') expect(result, `${o.file}: quote at ${String(pos)}`).toBe(o.expected);
      }),
      { seed: 20261205, numRuns: 24 },
    );
  });
});
