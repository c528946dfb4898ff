// Charts with many rows: which rows are drawn first (the highest N, in the screen's order), how labels
// are cut, and how many characters fit a label's width (no measuring in the page).

import { describe, expect, it } from 'vitest';
import { charsThatFit, niceTicks, shareAxisTicks, spreadTicks, tickDecimals, topIndexes, truncateLabel, wrapLabel } from '../../../src/charts/chart-scale';

describe('topIndexes', () => {
  it('keeps the n highest in their original order; null ranks last; ties keep the earlier item', () => {
    // scores:  0:5  1:null  2:9  3:5  4:1  5:12
    // sorted high → low: 12 (5), 9 (2), 5 (0), 5 (3), 1 (4), null (1); the top 3 are 5, 2, 0 → in order 0, 2, 5
    expect(topIndexes([5, null, 9, 5, 1, 12], 3)).toEqual([0, 2, 5]);
    // top 4 adds the later 5 (index 3), not index 4 (1) or the null
    expect(topIndexes([5, null, 9, 5, 1, 12], 4)).toEqual([0, 2, 3, 5]);
  });

  it('negative values rank by value (a drop of -3 below +1), and everything when n covers it', () => {
    expect(topIndexes([-3, 1, -1], 2)).toEqual([1, 2]);
    expect(topIndexes([-3, 1, -1], 3)).toEqual([0, 1, 2]);
    expect(topIndexes([], 15)).toEqual([]);
  });
});

describe('truncateLabel', () => {
  it('cuts to max characters with the last one an ellipsis, and leaves short labels alone', () => {
    // "Agentschap Natuur en Bos" is 24 characters; 10 → the first 9 ("Agentscha") + "…"
    expect(truncateLabel('Agentschap Natuur en Bos', 10)).toBe('Agentscha…');
    expect(truncateLabel('VDAB', 10)).toBe('VDAB');
    expect(truncateLabel('Ketnet', 6)).toBe('Ketnet');
  });

  it('counts code points, so an accented or astral letter is never split', () => {
    // "Één café 😀 x" : É é n ␠ c a f é ␠ 😀 ␠ x = 12 code points; 11 → 10 + "…"
    expect(truncateLabel('Één café 😀 x', 11)).toBe('Één café 😀…');
    expect(truncateLabel('abc', 0)).toBe('…');
  });
});

describe('charsThatFit', () => {
  it('takes a glyph as 0.6 em: 190 px at 13 px → floor(190 / 7.8) = 24 characters', () => {
    expect(charsThatFit(190, 13)).toBe(24);
    // 110 px at 11 px → floor(110 / 6.6) = 16
    expect(charsThatFit(110, 11)).toBe(16);
    expect(charsThatFit(0, 13)).toBe(1);
  });
});

describe('wrapLabel', () => {
  it('breaks a label between words on up to two lines, the separator at the end of the first', () => {
    // 16 characters a line (charsThatFit(110, 11) = floor(110 / 6.6) = 16, the age profile on a phone).
    expect(charsThatFit(110, 11)).toBe(16);
    expect(wrapLabel('De Lijn · Facebook', 16, 2)).toEqual(['De Lijn ·', 'Facebook']);
    // "Vlaamse bevolking" is 17 characters: "Vlaamse" alone, then "bevolking 13+" (13).
    expect(wrapLabel('Vlaamse bevolking 13+', 16, 2)).toEqual(['Vlaamse', 'bevolking 13+']);
    expect(wrapLabel('OVAM', 16, 2)).toEqual(['OVAM']);
    // What does not fit on the last line is cut: "en Verkeer · Instagram" (22) → 15 characters and "…".
    expect(wrapLabel('Agentschap Wegen en Verkeer · Instagram', 16, 2)).toEqual(['Agentschap Wegen', 'en Verkeer · In…']);
  });
});

describe('spreadTicks', () => {
  const days = Array.from({ length: 10 }, (_, i) => `2025-09-${String(i + 1).padStart(2, '0')}`);
  it('labels as many values as fit, evenly spread, always the first and the last', () => {
    // 400 px for 100 px labels, ticks at least 150 px apart: 1 + floor(400 / 150) = 3 labels, at indexes
    // 0, round(4.5) = 5 and 9
    expect(spreadTicks(days, 400, 100)).toEqual(['2025-09-01', '2025-09-06', '2025-09-10']);
    // 900 px: 1 + 6 = 7 labels, at 0, round(1.5) = 2, 3, round(4.5) = 5, 6, round(7.5) = 8, 9
    expect(spreadTicks(days, 900, 100)).toEqual(['2025-09-01', '2025-09-03', '2025-09-04', '2025-09-06', '2025-09-07', '2025-09-09', '2025-09-10']);
    // 1500 px of room: all ten
    expect(spreadTicks(days, 1500, 100)).toHaveLength(10);
    // too narrow for even two: still the first and the last
    expect(spreadTicks(days, 50, 100)).toEqual(['2025-09-01', '2025-09-10']);
    expect(spreadTicks(['2025-Q3'], 50, 100)).toEqual(['2025-Q3']);
  });
});

describe('shareAxisTicks', () => {
  it('gives whole percentages: every 5 points up to 20 %, else every 10', () => {
    // the tester's chart: shares up to 30 % read "0 8 15 23 30" with automatic ticks
    expect(shareAxisTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(shareAxisTicks(0.27)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(shareAxisTicks(0.152)).toEqual([0, 0.05, 0.1, 0.15, 0.2]);
    expect(shareAxisTicks(0)).toEqual([0, 0.05]);
  });
});

describe('niceTicks', () => {
  it('steps by 1, 2, 2,5 or 5 × 10^k from 0 to at least the highest value', () => {
    // The tester's compare chart: Instagram 13,8 % (12,1 + 1,7) is the highest bar. 0,138 / 4 = 0,0345 →
    // the next nice step is 0,05 (2,5 % is below 3,45 %): 0, 5, 10, 15 %, and 15 % ≥ 13,8 %.
    expect(niceTicks(0.138)).toEqual([0, 0.05, 0.1, 0.15]);
    // Facebook 2,8 % alone: 0,028 / 4 = 0,007 → 0,01: 0, 1, 2, 3 %.
    expect(niceTicks(0.028)).toEqual([0, 0.01, 0.02, 0.03]);
    // An index of 394,6: 98,65 → 100: 0 … 400.
    expect(niceTicks(394.6)).toEqual([0, 100, 200, 300, 400]);
    // 9: 2,25 → 2,5: 0, 2,5, 5, 7,5, 10.
    expect(niceTicks(9)).toEqual([0, 2.5, 5, 7.5, 10]);
    // 0,3 in 3 steps: exactly 0,1 (not 0,2 by a rounding error).
    expect(niceTicks(0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(Number.NaN)).toEqual([0, 1]);
  });
});

describe('tickDecimals', () => {
  it('gives the fraction digits that show every tick exactly', () => {
    expect(tickDecimals([0, 0.05, 0.1, 0.15], 100)).toBe(0);
    expect(tickDecimals([0, 0.025, 0.05], 100)).toBe(1);
    expect(tickDecimals([0, 2.5, 5, 7.5, 10])).toBe(1);
    expect(tickDecimals([0, 100, 200])).toBe(0);
  });
});
