/**
 * Hit-testing for highlights, which (unlike elements) get no pointer events. The caret under the
 * pointer (`caretPositionFromPoint`) says which text is nearest, but it snaps to the closest
 * character even when the pointer is past the end of a line or between lines, so the candidate
 * match is confirmed against its ranges' client rects. Pure: rects in, answer out.
 */

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** True when (x, y) is within one of the rects, widened by `slop` px (sub-pixel gaps between line boxes). */
export function pointInRects(x: number, y: number, rects: Iterable<RectLike>, slop = 1): boolean {
  for (const r of rects) {
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}

/**
 * The caret offsets to look a match up at. A caret sits *between* characters: over the right half
 * of a character it is after it, so the character under the pointer is at `offset - 1`.
 */
export function candidateOffsets(offset: number): number[] {
  return offset > 0 ? [offset, offset - 1] : [offset];
}
