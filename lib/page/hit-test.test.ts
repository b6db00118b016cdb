import { describe, expect, it } from 'vitest';
import { candidateOffsets, pointInRects } from './hit-test';

describe('pointInRects', () => {
  const line1 = { left: 100, top: 10, right: 300, bottom: 30 };
  const line2 = { left: 0, top: 30, right: 50, bottom: 50 };

  it('finds a point inside any line box of a wrapped term', () => {
    expect(pointInRects(150, 20, [line1, line2])).toBe(true);
    expect(pointInRects(25, 40, [line1, line2])).toBe(true);
  });

  it('rejects points past the end of a line, where the caret snaps back onto the term', () => {
    expect(pointInRects(320, 20, [line1, line2])).toBe(false);
    expect(pointInRects(75, 40, [line1, line2])).toBe(false);
    expect(pointInRects(150, 20, [])).toBe(false);
  });

  it('tolerates a pixel of slop at the edges only', () => {
    expect(pointInRects(300.5, 20, [line1])).toBe(true);
    expect(pointInRects(302, 20, [line1])).toBe(false);
    expect(pointInRects(302, 20, [line1], 3)).toBe(true);
  });
});

describe('candidateOffsets', () => {
  it('tries the character after and before the caret', () => {
    expect(candidateOffsets(3)).toEqual([3, 2]);
    expect(candidateOffsets(0)).toEqual([0]);
  });
});
