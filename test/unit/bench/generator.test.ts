// Smoke test of the bench's generator (test/bench/generate-government.mjs): one entity's files, one year,
// are read by the app's format registry, each as the format meant, with the counts worked out by hand.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateEntity } from '../../bench/generate-government.mjs';
import { parseSourceFile } from '../../../src/core/formats/parse-source-file';
import { observationCount } from '../../../src/core/formats/observation-columns';

const dir = mkdtempSync(path.join(tmpdir(), 'youth-reach-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bench generator', () => {
  it('writes 5 files for one year that the importer reads with the counts expected', () => {
    // 2023 has 365 days; 2 videos.
    const generated = generateEntity(dir, 0, { firstYear: 2023, years: 1, videos: 2 });
    expect(generated.entity).toBe('Agentschap Natuur en Bos 1');
    const read = generated.files.map((file) => {
      const parsed = parseSourceFile({ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) });
      return [path.relative(dir, file), parsed.format, parsed.platform, observationCount(parsed), parsed.period?.start ?? null, parsed.period?.end ?? null];
    });
    expect(read).toEqual([
      // 2 videos × 365 days = 730
      ['001/youtube/2023/Chart data.csv', 'youtube-studio-chart-data', 'youtube', 730, '2023-01-01', '2023-12-31'],
      // 7 bands × 4 figures = 28, no period
      ['001/youtube/Table data.csv', 'youtube-studio-viewer-age', 'youtube', 28, null, null],
      // 10 metrics × 365 days = 3650
      ['001/x/2023/account_overview_analytics.csv', 'x-account-overview', 'x', 3650, '2023-01-01', '2023-12-31'],
      // one value a day: 365 each
      ['001/facebook/Follows.csv', 'meta-bs-page-metric', 'facebook', 365, '2023-01-01', '2023-12-31'],
      ['001/facebook/Views.csv', 'meta-bs-page-metric', 'facebook', 365, '2023-01-01', '2023-12-31'],
    ]);
    // 730 + 28 + 3650 + 365 + 365 = 5138, what the generator says it wrote
    expect(generated.observations).toBe(5138);
  });
});
