/**
 * Where to put the term popover: a pure function of the term's client rects, the pointer, the
 * popover's measured size and the viewport, all in CSS pixels in viewport (client) coordinates,
 * so the caller positions the popover with `position: fixed; left: x; top: y`.
 *
 * Rules, in order:
 * - anchor on the line of the term the pointer is on (a wrapped term has one rect per line);
 * - left-align with that line, shifted horizontally to stay `margin` inside the viewport;
 * - below the line if the popover fits there, else above, else on the larger of the two sides with
 *   a `maxHeight` so the popover scrolls instead of overflowing;
 * - never overlap any of the term's rects: "below" starts under every fragment of the term that
 *   sits on or after the anchor line within the popover's columns ("above" mirrors this);
 * - when neither side has even a few lines of room (a very short viewport), beside the line.
 */

/** A client rect; `DOMRect` fits. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Placement = 'below' | 'above' | 'right' | 'left';

export interface PopoverPositionInput {
  /** `Range.getClientRects()` / `Element.getClientRects()` of the term: one rect per line. */
  target: readonly Rect[];
  /** The pointer, to pick the line it is on; without it the first line is used. */
  pointer?: { x: number; y: number };
  /** The popover's rendered size. */
  popover: Size;
  /** `innerWidth`/`innerHeight` (or `documentElement.clientWidth/Height`) in CSS px. */
  viewport: Size;
  /** Minimum distance kept from the viewport edges. Default 8 (the popover's CSS assumes 8). */
  margin?: number;
  /** Space between the term and the popover. Default 4. */
  gap?: number;
}

export interface PopoverPosition {
  x: number;
  y: number;
  placement: Placement;
  /** Set when the popover must be shorter than its natural height; make its body scroll. */
  maxHeight?: number;
  /** Set when the popover is wider than the room available; the caller should re-measure. */
  maxWidth?: number;
}

export const DEFAULT_MARGIN = 8;
export const DEFAULT_GAP = 4;
/** Below this much room above and below, the popover goes beside the term if it fits there. */
export const MIN_USEFUL_HEIGHT = 48;

function isEmpty(r: Rect): boolean {
  return !(r.right > r.left && r.bottom > r.top);
}

function distanceToRect(r: Rect, x: number, y: number): number {
  const dx = x < r.left ? r.left - x : x > r.right ? x - r.right : 0;
  const dy = y < r.top ? r.top - y : y > r.bottom ? y - r.bottom : 0;
  return Math.hypot(dx, dy);
}

/** The line the pointer is on: the rect that contains it, else the nearest one, else the first. */
function pickAnchor(rects: readonly Rect[], pointer: { x: number; y: number } | undefined): Rect {
  let best = rects[0] as Rect;
  if (!pointer) return best;
  let bestDistance = Infinity;
  for (const r of rects) {
    const d = distanceToRect(r, pointer.x, pointer.y);
    if (d < bestDistance) {
      best = r;
      bestDistance = d;
    }
  }
  return best;
}

function overlapsColumns(r: Rect, left: number, right: number): boolean {
  return r.right > left && r.left < right;
}

export function getPopoverPosition(input: PopoverPositionInput): PopoverPosition {
  const margin = Math.max(0, input.margin ?? DEFAULT_MARGIN);
  const gap = Math.max(0, input.gap ?? DEFAULT_GAP);
  const vw = Math.max(0, input.viewport.width);
  const vh = Math.max(0, input.viewport.height);
  const height = Math.max(0, input.popover.height);

  // Zero-size rects (line-break artefacts) only count when there is nothing else.
  let rects = input.target.filter((r) => !isEmpty(r));
  if (rects.length === 0) rects = [...input.target];
  if (rects.length === 0) {
    const p = input.pointer ?? { x: margin, y: margin };
    rects = [{ left: p.x, top: p.y, right: p.x, bottom: p.y }];
  }
  const anchor = pickAnchor(rects, input.pointer);

  // Horizontal: left-aligned with the anchor line, kept inside the viewport.
  const room = Math.max(0, vw - 2 * margin);
  let width = Math.max(0, input.popover.width);
  let maxWidth: number | undefined;
  let sideMargin = margin;
  if (width > room) {
    // Wider than the viewport allows: take all of it (the whole viewport if even the margins
    // do not leave a positive width).
    if (room > 0) {
      maxWidth = room;
    } else {
      maxWidth = vw;
      sideMargin = 0;
    }
    width = maxWidth;
  }
  const x = Math.min(Math.max(anchor.left, sideMargin), vw - sideMargin - width);
  const columnsLeft = x;
  const columnsRight = x + width;

  // Vertical: the popover's columns must clear every fragment of the term on the anchor line or
  // below it (for "below"), or on the anchor line or above it (for "above").
  const inColumns = rects.filter((r) => overlapsColumns(r, columnsLeft, columnsRight));
  let clearBelow = anchor.bottom;
  let clearAbove = anchor.top;
  for (const r of inColumns) {
    if (r.bottom > anchor.top) clearBelow = Math.max(clearBelow, r.bottom);
    if (r.top < anchor.bottom) clearAbove = Math.min(clearAbove, r.top);
  }
  const belowTop = clearBelow + gap;
  const aboveBottom = clearAbove - gap;
  const spaceBelow = vh - margin - belowTop;
  const spaceAbove = aboveBottom - margin;

  const withWidth = (p: PopoverPosition): PopoverPosition =>
    maxWidth === undefined ? p : { ...p, maxWidth };

  if (height <= spaceBelow) return withWidth({ x, y: belowTop, placement: 'below' });
  if (height <= spaceAbove) return withWidth({ x, y: aboveBottom - height, placement: 'above' });

  const usefulHeight = Math.min(height, MIN_USEFUL_HEIGHT);
  if (Math.max(spaceBelow, spaceAbove) < usefulHeight) {
    const beside = placeBeside(anchor, rects, width, height, vw, vh, margin, gap);
    if (beside) return beside;
  }

  if (spaceBelow >= spaceAbove) {
    return withWidth({ x, y: belowTop, placement: 'below', maxHeight: Math.max(0, spaceBelow) });
  }
  const maxHeight = Math.max(0, spaceAbove);
  return withWidth({ x, y: aboveBottom - maxHeight, placement: 'above', maxHeight });
}

/**
 * Right of the anchor line (else left of it), vertically centred on it and kept in the viewport.
 * Only when the popover's full width fits beside every fragment of the term it would sit next to.
 */
function placeBeside(
  anchor: Rect,
  rects: readonly Rect[],
  width: number,
  height: number,
  vw: number,
  vh: number,
  margin: number,
  gap: number,
): PopoverPosition | undefined {
  const available = Math.max(0, vh - 2 * margin);
  const h = Math.min(height, available);
  const centre = (anchor.top + anchor.bottom) / 2;
  const y = Math.min(Math.max(centre - h / 2, margin), vh - margin - h);
  const rows = rects.filter((r) => r.bottom > y && r.top < y + h);
  const rightOf = Math.max(...rows.map((r) => r.right), anchor.right) + gap;
  const leftOf = Math.min(...rows.map((r) => r.left), anchor.left) - gap;
  const maxHeight = h < height ? { maxHeight: h } : {};
  if (vw - margin - rightOf >= width) return { x: rightOf, y, placement: 'right', ...maxHeight };
  if (leftOf - margin >= width) return { x: leftOf - width, y, placement: 'left', ...maxHeight };
  return undefined;
}
