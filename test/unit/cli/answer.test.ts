// The headless answer command on the sample data: one JSON document whose verdicts and figures are those
// worked out by hand in sample-data/README.md (the same core code as the answer screen).

import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../../../src/cli/run-answer';
import type { AnswerJson } from '../../../src/cli/run-answer';

const DIR = path.resolve(process.cwd(), 'sample-data');
const manifest = JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as { files: { file: string; entity: string; platform: string }[] };

/** `--entity E --platform P file …` for every manifest file, grouped by entity. */
function sampleArgs(): string[] {
  const args: string[] = [];
  for (const entity of [...new Set(manifest.files.map((f) => f.entity))]) {
    args.push('--entity', entity);
    for (const f of manifest.files.filter((x) => x.entity === entity)) args.push('--platform', f.platform, path.join(DIR, f.file));
  }
  return args;
}

async function run(args: string[]): Promise<{ code: number; json: AnswerJson | null; stderr: string }> {
  let out = '';
  let err = '';
  const code = await runAnswer(args, { readFile: async (p) => new Uint8Array(await readFile(p)), stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, json: out.startsWith('{') ? (JSON.parse(out) as AnswerJson) : null, stderr: err };
}

describe('npm run answer', () => {
  it('answers on the sample data (no presence given: no platform gaps) with the hand-worked figures', async () => {
    const { code, json } = await run(sampleArgs());
    expect(code).toBe(0);
    const e = (name: string) => json!.entities.find((x) => x.entity === name)!;
    // Without presence De Lijn has no gaps: composition 191.5 ≥ 80 and 14,000 ÷ 871,814 = 1.6 % ≥ 1 % → sufficient
    expect(json!.entities.map((x) => [x.entity, x.verdict])).toEqual([
      ['Ketnet', 'sufficient'],
      ['VDAB', 'insufficient'],
      ['De Lijn', 'sufficient'],
      ['OVAM', 'insufficient'],
    ]);
    expect(json!.overall).toMatchObject({ verdict: 'partly-sufficient', rule: 'entities-mixed', entities: { sufficient: 2, insufficient: 2 } });
    const yt = e('Ketnet').accounts.find((a) => a.platform === 'youtube')!;
    // 180,000 views × 0.601 = 108,180 views by young people; views are not people
    expect(yt).toMatchObject({ provenance: 'file', basis: 'views', ageFloor: 13, youthShare: 0.601, representationIndex: 394.6, audienceSize: 180000, youthViews: 108180, youthPeopleReached: null });
    const tiktok = e('Ketnet').accounts.find((a) => a.platform === 'tiktok')!;
    expect(tiktok).toMatchObject({ provenance: 'typed', account: '@ketnet', basis: 'followers', ageFloor: 18, youthShare: 0.44, representationIndex: 463.2, audienceSize: 85000, youthPeopleReached: 37400 });
    expect(e('Ketnet').pooled).toEqual([
      { basis: 'followers', ageFloor: 13, youthBand: '13-24', youthShare: 0.541, representationIndex: 355.2, audienceSize: 52000, upperBound: false, accounts: 1 },
      { basis: 'followers', ageFloor: 18, youthBand: '18-24', youthShare: 0.44, representationIndex: 463.2, audienceSize: 85000, upperBound: false, accounts: 1 },
      { basis: 'views', ageFloor: 13, youthBand: '13-24', youthShare: 0.601, representationIndex: 394.6, audienceSize: 180000, upperBound: false, accounts: 1 },
    ]);
  });

  it('takes a period: the De Lijn Facebook totals of 1-30 September sum only those days', async () => {
    const { json } = await run(['--from', '2025-09-01', '--to', '2025-09-30', '--entity', 'De Lijn', '--platform', 'facebook', path.join(DIR, 'de-lijn_facebook_page-metric_views.csv'), path.join(DIR, 'de-lijn_facebook_insights-export.csv')]);
    const fb = json!.entities[0]!.accounts[0]!;
    // views of September: 245,425 (sample-data/README.md); data for all 30 days
    expect(fb.totals.views).toBe(245425);
    expect(fb.coverage).toEqual({ days: 30, of: 30 });
    // the reach split of 24-30 September is the one inside the period
    expect(fb.youthShare).toBeCloseTo(14000 / 48000, 6);
  });

  it('adds series per week when asked, gaps as null', async () => {
    const { json } = await run(['--from', '2025-09-01', '--to', '2025-09-14', '--series', 'week', '--entity', 'De Lijn', '--platform', 'facebook', path.join(DIR, 'de-lijn_facebook_page-metric_views.csv')]);
    const views = json!.entities[0]!.accounts[0]!.series!.views!;
    // 1-7 Sep = 57,458, 8-14 Sep = 56,267 (sample-data/README.md, week by week; 1 Sep 2025 is a Monday)
    expect(views.map((b) => [b.start, b.end, b.value])).toEqual([
      ['2025-09-01', '2025-09-07', 57458],
      ['2025-09-08', '2025-09-14', 56267],
    ]);
  });

  it('reads Meta’s 2024 audience file as two accounts with their follower counts (a real export)', async () => {
    const file = path.resolve(process.cwd(), '..', 'shared', 'real-exports', 'facebook-2024', 'Audience.csv');
    const { code, json } = await run(['--entity', 'Org', file]);
    expect(code).toBe(0);
    const [fb, ig] = json!.entities[0]!.accounts;
    // Facebook 18-24: women 2.5 % + men 0.3 % = 2.8 % of 30,222 followers = 846.2 young followers (floor 18)
    expect(fb).toMatchObject({ platform: 'facebook', basis: 'followers', ageFloor: 18, youthShare: 0.028, audienceSize: 30222 });
    expect(fb!.youthPeopleReached).toBeCloseTo(846.216, 3);
    // Instagram 18-24: 12.1 % + 1.7 % = 13.8 % of 3,098 followers = 427.5
    expect(ig).toMatchObject({ platform: 'instagram', basis: 'followers', ageFloor: 18, youthShare: 0.138, audienceSize: 3098 });
    expect(ig!.youthPeopleReached).toBeCloseTo(427.524, 3);
    // pooled 18+: (846.216 + 427.524) / (30,222 + 3,098) = 1,273.74 / 33,320 = 3.82 %, index 40.2 < 80
    expect(json!.entities[0]!.pooled[0]).toMatchObject({ basis: 'followers', ageFloor: 18, audienceSize: 33320, representationIndex: 40.2 });
    expect(json!.entities[0]!.verdict).toBe('insufficient');
    // Both counts are of followers: 846 (largest account) to 846.216 + 427.524 = 1,273.7 young followers, 18-24
    // (every split starts at 18), of 509,224 residents aged 18-24: 0.17 % to 0.25 %, said as followers, never "reached"
    expect(json!.entities[0]!.youthReach).toMatchObject({ low: 846, high: 1274, bases: ['followers'], audience: 'followers' });
    const reasons = json!.entities[0]!.reasons.join(' ');
    expect(reasons).toContain('Young followers: between 846 and 1,274 (0.2% to 0.3% of Flemish residents aged 18-24): below the threshold of 1.0% even if no one were counted twice.');
    expect(reasons).not.toContain('reached:');
  });

  it('refuses bad usage with exit 2 and reports an unreadable file with exit 1', async () => {
    expect((await run(['--from', '2025-09-01', '--entity', 'X', 'a.csv'])).code).toBe(2);
    expect((await run(['file-before-entity.csv'])).code).toBe(2);
    const missing = await run(['--entity', 'X', path.join(DIR, 'no-such-file.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('file not found');
    expect(missing.json!.overall.verdict).toBe('insufficient-data');
  });
});
