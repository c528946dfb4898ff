// Bad files get a specific ImportError each (empty, binary, truncated, wrong platform, 200 MB of noise, a
// zip bomb, formulas and HTML kept as text), and fast-check feeds random and mutated real exports to
// parseSourceFile: a result or an ImportError, never anything else, within a bounded time.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../../src/core/formats/parse-source-file';
import { ImportError } from '../../../../src/core/model/parsed-file';
import { describeRealExports, readRealExport } from '../../real-exports';
import { importErrorOf, source, utf8, zipBytes } from './test-input';

describe('bad files', () => {
  it('empty, binary (PNG), truncated quoted field: each its own code', () => {
    expect(importErrorOf(() => parseSourceFile(source('a.csv', new Uint8Array()))).code).toBe('empty');
    const png = importErrorOf(() => parseSourceFile(source('a.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))));
    expect(png.code).toBe('binary');
    expect(png.message).toContain('PNG image');
    const cut = importErrorOf(() => parseSourceFile(source('Table data.csv', 'Content,Video title,Views\nvid1,"Een titel, afgebroken')));
    expect(cut.code).toBe('malformed');
    expect(cut.line).toBe(2);
  });

  it('a file of another platform\'s shape that no format knows: unknown-format quoting its first cells', () => {
    const e = importErrorOf(() => parseSourceFile(source('snap.csv', 'Story,Views,Screenshots\nA,1,2\n')));
    expect(e.code).toBe('unknown-format');
    expect(e.params.firstCells).toBe('"Story", "Views", "Screenshots"');
  });

  it('200 MB of noise is refused as too-large before anything is decoded (fast)', () => {
    const noise = new Uint8Array(200 * 1024 * 1024).fill(0x41);
    const t0 = performance.now();
    const e = importErrorOf(() => parseSourceFile(source('noise.csv', noise)));
    const ms = performance.now() - t0;
    expect(e.code).toBe('too-large');
    expect(e.params).toEqual({ bytes: 200 * 1024 * 1024, limit: 50 * 1024 * 1024 });
    expect(ms).toBeLessThan(100);
  });

  it('2 MB without a line break is an unknown format (no line-length limit: real headers reach 90 KB)', () => {
    const e = importErrorOf(() => parseSourceFile(source('noise.csv', new Uint8Array(2 * 1024 * 1024).fill(0x41))));
    expect(e.code).toBe('unknown-format');
    expect(e.line).toBe(1);
  });

  it('a zip bomb (60 MB of zeros in a TikTok member) is refused as too-large without unpacking', () => {
    const bomb = zipBytes({ 'Overview.csv': new Uint8Array(60 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const e = importErrorOf(() => parseSourceFile({ name: 'Overview_2025-01-01_1760659200_x.zip', bytes: bomb }));
    expect(e.code).toBe('too-large');
  });

  it('formulas and HTML in cells are kept as text, never interpreted, with a warning each', () => {
    const csv = 'Post ID,Publish time,Page name,Reach\n1,09/01/2025 10:00,"=HYPERLINK(""http://x"")",5\n2,09/02/2025 10:00,<script>alert(1)</script>,6\n';
    const p = parseSourceFile(source('posts.csv', csv));
    expect(p.accountName).toBe('=HYPERLINK("http://x")');
    expect(p.warnings.map((w) => w.code).filter((c) => c !== 'reach-summed-from-posts')).toEqual(['formula-like-cells', 'html-like-cells']);
    // a formula where a number belongs is a malformed number, with its line
    const bad = importErrorOf(() => parseSourceFile(source('posts.csv', 'Post ID,Publish time,Page name,Reach\n1,09/01/2025 10:00,P,=1+1\n')));
    expect(bad.code).toBe('malformed');
    expect(bad.line).toBe(2);
  });
});

/** Runs parseSourceFile and checks the contract: a ParsedFile or an ImportError that is not an internal bug. */
function contractHolds(name: string, bytes: Uint8Array, exportDate?: string): boolean {
  try {
    const p = parseSourceFile({ name, bytes }, exportDate ? { exportDate } : {});
    return typeof p.format === 'string' && Array.isArray(p.observations) && p.observations.every((o) => Number.isFinite(o.value));
  } catch (e) {
    if (!(e instanceof ImportError)) return false;
    // `params.internal` marks a parser bug (an unexpected exception turned into `malformed`).
    if (e.params.internal !== undefined) throw new Error(`internal error in ${name}: ${String(e.params.internal)}`);
    return true;
  }
}

const REAL = [
  ['youtube', 'viewer-age_table-data.csv'],
  ['youtube', 'geography_table-data.csv'],
  ['youtube', 'content_table-data_basic.csv'],
  ['facebook', 'mbs_page-metric_follows_utf16le.csv'],
  ['facebook', 'mbs_posts_Sep-01-2025_Sep-30-2025.csv'],
  ['tiktok', 'FollowerHistory.csv'],
  ['tiktok', 'Viewers.csv'],
  ['x', 'legacy_daily_tweet_activity_metrics_en.csv'],
] as const;

/** A mutation of a file's bytes: flip a byte, truncate, insert a delimiter/quote/BOM/newline, shuffle lines. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(',', ';', '\t', '"', '\uFEFF', '\n', '\r\n', '""', 'undefined', '-', '=1+1') }),
  fc.record({ kind: fc.constant('shuffle' as const), seed: fc.nat() }),
);

/** One mutation as `mutation` generates it. */
interface Mutation {
  kind: string;
  at?: number;
  value?: number;
  text?: string;
  seed?: number;
}

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = bytes.length === 0 ? 0 : (m.at ?? 0) % bytes.length;
  if (m.kind === 'flip') {
    const out = bytes.slice();
    out[at] = m.value ?? 0;
    return out;
  }
  if (m.kind === 'truncate') return bytes.slice(0, at);
  if (m.kind === 'insert') {
    const ins = utf8(m.text ?? '');
    const out = new Uint8Array(bytes.length + ins.length);
    out.set(bytes.subarray(0, at));
    out.set(ins, at);
    out.set(bytes.subarray(at), at + ins.length);
    return out;
  }
  const lines = new TextDecoder().decode(bytes).split('\n');
  let s = m.seed ?? 1;
  for (let i = lines.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
  }
  return utf8(lines.join('\n'));
}

describe('property: random bytes', () => {
  it('random byte strings and random CSV-ish text give a ParsedFile or an ImportError, never anything else', () => {
    const t0 = performance.now();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('a.csv', 'Table data.csv', 'x.zip', 'b.xlsx'), (bytes, name) => contractHolds(name, bytes)),
      { seed: 20251017, numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('Date', 'Views', 'Total', '13-17', '18–24 years', '"a,b"', '1,5', 'August 19', 'undefined', '', '=A1', '<b>'), { maxLength: 6 }), { maxLength: 20 }),
        fc.constantFrom(',', ';', '\t'),
        (rows, delimiter) => contractHolds('t.csv', utf8(rows.map((r) => r.join(delimiter)).join('\n')), '2025-10-19'),
      ),
      { seed: 7, numRuns: 300 },
    );
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});

describeRealExports('property: mutated real exports', () => {
  it('byte flips, truncation, inserted delimiters/quotes/BOMs and shuffled lines: a result or an ImportError', () => {
    const files = REAL.map(([dir, file]) => ({ name: file, bytes: readRealExport(dir, file) }));
    const t0 = performance.now();
    fc.assert(
      fc.property(fc.nat({ max: files.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (k, ms) => {
        const file = files[k] ?? files[0];
        if (file === undefined) return true;
        let bytes = file.bytes;
        for (const m of ms) bytes = mutate(bytes, m);
        const start = performance.now();
        const ok = contractHolds(file.name, bytes, '2025-10-19');
        return ok && performance.now() - start < 1000;
      }),
      { seed: 424242, numRuns: 250 },
    );
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});
