// The cell-by-cell checks of a workspace's observation chunks (src/db/workspace-schema.ts): every index
// inside its dictionary, finite values, periods in order.

import { describe, expect, it } from 'vitest';
import { packObservations } from '../../../src/db/observation-chunks';
import { checkChunkColumns, WorkspaceInvalidError } from '../../../src/db/workspace-schema';
import type { WorkspaceFieldProblem } from '../../../src/db/workspace-schema';

/** A chunk of 4 rows: views and reach (metricDict ['views', 'reach']), rows 0 and 2 with age band 13-17. */
function chunk() {
  const period = { start: '2025-09-01', end: '2025-09-30' };
  return packObservations('imp-1', [
    { metric: 'views', period, value: 10, unit: 'count', ageBand: '13-17' },
    { metric: 'reach', period, value: 20, unit: 'count' },
    { metric: 'views', period, value: 30, unit: 'count', ageBand: '13-17' },
    { metric: 'reach', period: null, value: 40, unit: 'count' },
  ])[0]!;
}

function problemOf(run: () => void): WorkspaceFieldProblem {
  try {
    run();
  } catch (e) {
    if (e instanceof WorkspaceInvalidError) return e.problem;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('checkChunkColumns', () => {
  it('accepts a chunk as packed', () => {
    expect(() => checkChunkColumns(1, chunk())).not.toThrow();
  });

  it('refuses a metric index outside its dictionary', () => {
    const c = chunk();
    c.metric[3] = 5; // metricDict has 2 entries: indexes 0 and 1
    expect(problemOf(() => checkChunkColumns(2, c))).toEqual({
      table: 'observationChunks', row: 2, field: 'metric[3]', expected: 'index', detail: '1', found: '5',
    });
  });

  it('refuses an age-band index past its dictionary (0 = none, 1 = 13-17)', () => {
    const c = chunk();
    c.ageBand[1] = 2;
    expect(problemOf(() => checkChunkColumns(1, c))).toMatchObject({ field: 'ageBand[1]', expected: 'index', detail: '1', found: '2' });
  });

  it('refuses a value that is not a finite number', () => {
    const c = chunk();
    c.values[2] = Number.NaN;
    expect(problemOf(() => checkChunkColumns(1, c))).toMatchObject({ field: 'values[2]', expected: 'number', found: 'NaN' });
  });

  it('refuses a period whose end lies before its start, and half a period', () => {
    const c = chunk();
    c.endDays[0] = c.startDays[0]! - 1; // 2025-08-31 before 2025-09-01
    expect(problemOf(() => checkChunkColumns(1, c))).toMatchObject({ field: 'endDays[0]', expected: 'periodOrder' });
    const d = chunk();
    d.startDays[3] = 20_000; // row 3 has no period: its end is still NO_PERIOD_DAY
    expect(problemOf(() => checkChunkColumns(1, d))).toMatchObject({ field: 'endDays[3]', expected: 'periodOrder' });
  });
});
