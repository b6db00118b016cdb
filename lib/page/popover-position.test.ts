import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GAP,
  DEFAULT_MARGIN,
  getPopoverPosition,
  type PopoverPosition,
  type PopoverPositionInput,
  type Rect,
} from './popover-position';

const VIEWPORT = { width: 1280, height: 800 };
const POPOVER = { width: 320, height: 200 };

function rect(left: number, top: number, width: number, height = 20): Rect {
  return { left, top, right: left + width, bottom: top + height };
}

/** The box the popover occupies, given the position and its natural size. */
function box(p: PopoverPosition, size: { width: number; height: number }): Rect {
  const width = p.maxWidth ?? size.width;
  const height = p.maxHeight ?? size.height;
  return { left: p.x, top: p.y, right: p.x + width, bottom: p.y + height };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Every placement must satisfy these, whatever the input. */
function expectSane(input: PopoverPositionInput, p: PopoverPosition): void {
  const b = box(p, input.popover);
  for (const r of input.target) {
    if (r.right > r.left && r.bottom > r.top)
      expect(overlaps(b, r), `covers ${JSON.stringify(r)}`).toBe(false);
  }
  const margin = input.margin ?? DEFAULT_MARGIN;
  if (b.right - b.left <= input.viewport.width - 2 * margin) {
    expect(b.left).toBeGreaterThanOrEqual(margin);
    expect(b.right).toBeLessThanOrEqual(input.viewport.width - margin);
  }
  if (p.maxHeight !== undefined) expect(p.maxHeight).toBeLessThan(input.popover.height);
}

function place(input: PopoverPositionInput): PopoverPosition {
  const p = getPopoverPosition(input);
  expectSane(input, p);
  return p;
}

describe('getPopoverPosition: one-line terms', () => {
  it('goes below the term, left-aligned with it, `gap` under it', () => {
    const term = rect(100, 100, 60);
    const p = place({ target: [term], popover: POPOVER, viewport: VIEWPORT });
    expect(p).toEqual({ x: 100, y: 120 + DEFAULT_GAP, placement: 'below' });
  });

  it('honours custom margin and gap', () => {
    const p = place({
      target: [rect(2, 100, 60)],
      popover: POPOVER,
      viewport: VIEWPORT,
      margin: 20,
      gap: 10,
    });
    expect(p).toEqual({ x: 20, y: 130, placement: 'below' });
  });

  it('flips above when there is no room below (term at the bottom edge)', () => {
    const term = rect(100, 760, 60);
    const p = place({ target: [term], popover: POPOVER, viewport: VIEWPORT });
    expect(p).toEqual({ x: 100, y: 760 - DEFAULT_GAP - 200, placement: 'above' });
  });

  it('stays below when it fits exactly', () => {
    // below starts at 580 + 20 + 4 = 604; 604 + 188 = 792 = 800 - margin.
    const p = place({
      target: [rect(100, 580, 60)],
      popover: { width: 320, height: 188 },
      viewport: VIEWPORT,
    });
    expect(p.placement).toBe('below');
    expect(p.maxHeight).toBeUndefined();
  });

  it('flips above one pixel past the fit', () => {
    const p = place({
      target: [rect(100, 580, 60)],
      popover: { width: 320, height: 189 },
      viewport: VIEWPORT,
    });
    expect(p.placement).toBe('above');
  });

  it('goes below a term at the top edge', () => {
    const p = place({ target: [rect(100, 0, 60)], popover: POPOVER, viewport: VIEWPORT });
    expect(p).toEqual({ x: 100, y: 24, placement: 'below' });
  });

  it('goes below a term partly scrolled out at the top', () => {
    const p = place({ target: [rect(100, -10, 60)], popover: POPOVER, viewport: VIEWPORT });
    expect(p).toEqual({ x: 100, y: 14, placement: 'below' });
  });

  it('shifts left to stay inside a term at the right edge', () => {
    const p = place({ target: [rect(1240, 100, 40)], popover: POPOVER, viewport: VIEWPORT });
    expect(p.x).toBe(1280 - DEFAULT_MARGIN - 320);
    expect(p.placement).toBe('below');
  });

  it('keeps the margin for a term at (or past) the left edge', () => {
    expect(place({ target: [rect(0, 100, 40)], popover: POPOVER, viewport: VIEWPORT }).x).toBe(
      DEFAULT_MARGIN,
    );
    expect(place({ target: [rect(-30, 100, 40)], popover: POPOVER, viewport: VIEWPORT }).x).toBe(
      DEFAULT_MARGIN,
    );
  });

  it('term in the bottom-right corner: above and shifted left', () => {
    const p = place({ target: [rect(1250, 775, 30)], popover: POPOVER, viewport: VIEWPORT });
    expect(p).toEqual({ x: 952, y: 775 - 4 - 200, placement: 'above' });
  });
});

describe('getPopoverPosition: not enough room', () => {
  it('uses the larger side with a maxHeight when neither side fits (more room below)', () => {
    const viewport = { width: 800, height: 300 };
    const p = place({ target: [rect(100, 100, 60)], popover: { width: 320, height: 400 }, viewport });
    // below: 124 .. 292; above: 8 .. 96
    expect(p).toEqual({ x: 100, y: 124, placement: 'below', maxHeight: 168 });
  });

  it('uses the larger side with a maxHeight when neither side fits (more room above)', () => {
    const viewport = { width: 800, height: 300 };
    const p = place({ target: [rect(100, 200, 60)], popover: { width: 320, height: 400 }, viewport });
    // above: 8 .. 196 (188 px); below: 224 .. 292 (68 px)
    expect(p).toEqual({ x: 100, y: 8, placement: 'above', maxHeight: 188 });
  });

  it('goes beside the term when a tiny viewport leaves no useful room above or below', () => {
    const viewport = { width: 600, height: 60 };
    const input = { target: [rect(100, 20, 40)], popover: { width: 200, height: 150 }, viewport };
    const p = place(input);
    expect(p.placement).toBe('right');
    expect(p.x).toBe(140 + DEFAULT_GAP);
    expect(p.y).toBe(DEFAULT_MARGIN);
    expect(p.maxHeight).toBe(60 - 2 * DEFAULT_MARGIN);
  });

  it('goes left of the term when only the left has room', () => {
    const viewport = { width: 600, height: 60 };
    const p = place({ target: [rect(500, 20, 40)], popover: { width: 200, height: 150 }, viewport });
    expect(p.placement).toBe('left');
    expect(p.x).toBe(500 - DEFAULT_GAP - 200);
  });

  it('falls back to the larger vertical side when nothing else fits, still not covering the term', () => {
    const viewport = { width: 200, height: 60 };
    const p = place({ target: [rect(20, 20, 160)], popover: { width: 180, height: 150 }, viewport });
    expect(p.placement).toBe('below');
    expect(p.y).toBe(44);
    expect(p.maxHeight).toBe(8);
  });

  it('never returns a negative maxHeight for a term taller than the viewport', () => {
    const viewport = { width: 300, height: 100 };
    const p = place({ target: [rect(10, -50, 280, 200)], popover: { width: 250, height: 80 }, viewport });
    expect(p.maxHeight).toBe(0);
  });

  it('narrows a popover wider than the viewport to the viewport minus margins', () => {
    const viewport = { width: 300, height: 800 };
    const p = place({ target: [rect(200, 100, 40)], popover: { width: 448, height: 200 }, viewport });
    expect(p).toEqual({ x: 8, y: 124, placement: 'below', maxWidth: 284 });
  });

  it('uses the full width when the viewport is narrower than both margins', () => {
    const viewport = { width: 12, height: 800 };
    const p = getPopoverPosition({
      target: [rect(2, 100, 8)],
      popover: { width: 300, height: 100 },
      viewport,
    });
    expect(p).toEqual({ x: 0, y: 124, placement: 'below', maxWidth: 12 });
  });
});

describe('getPopoverPosition: 200% zoom', () => {
  // At 200 % a 1280×800 window is 640×400 CSS px; the popover (in rem/em) keeps its CSS size.
  const zoomed = { width: 640, height: 400 };

  it('still fits below a term in the upper half', () => {
    const p = place({
      target: [rect(300, 50, 60, 40)],
      popover: { width: 448, height: 260 },
      viewport: zoomed,
    });
    expect(p).toEqual({ x: 640 - 8 - 448, y: 94, placement: 'below' });
  });

  it('flips above a term in the lower half', () => {
    const p = place({
      target: [rect(300, 300, 60, 40)],
      popover: { width: 448, height: 260 },
      viewport: zoomed,
    });
    expect(p).toEqual({ x: 184, y: 36, placement: 'above' });
  });

  it('scrolls when the popover is taller than either side', () => {
    const p = place({
      target: [rect(40, 180, 60, 40)],
      popover: { width: 448, height: 500 },
      viewport: zoomed,
    });
    expect(p.placement).toBe('below');
    expect(p.maxHeight).toBe(400 - 8 - 224);
  });
});

describe('getPopoverPosition: terms wrapped over lines', () => {
  // 四省边际中心城市 split at the end of one line: the tail at the start of the next.
  const head = rect(1100, 100, 170, 22);
  const tail = rect(20, 124, 60, 22);

  it('anchors on the line the pointer is on (second line)', () => {
    const p = place({
      target: [head, tail],
      pointer: { x: 40, y: 130 },
      popover: POPOVER,
      viewport: VIEWPORT,
    });
    expect(p).toEqual({ x: 20, y: 146 + DEFAULT_GAP, placement: 'below' });
  });

  it('anchors on the line the pointer is on (first line)', () => {
    const p = place({
      target: [head, tail],
      pointer: { x: 1150, y: 110 },
      popover: POPOVER,
      viewport: VIEWPORT,
    });
    // Left-aligned with the head, shifted inside: the tail is in other columns, so right under the head.
    expect(p).toEqual({ x: 952, y: 122 + DEFAULT_GAP, placement: 'below' });
  });

  it('uses the nearest line when the pointer is between lines', () => {
    const p = place({
      target: [head, tail],
      pointer: { x: 50, y: 150 },
      popover: POPOVER,
      viewport: VIEWPORT,
    });
    expect(p.x).toBe(20);
  });

  it('uses the first line without a pointer', () => {
    const p = place({ target: [head, tail], popover: POPOVER, viewport: VIEWPORT });
    expect(p.y).toBe(126);
  });

  it('goes below the later fragment when it lies in the popover columns', () => {
    // A narrow column: the head ends the first line, the tail starts the next, same columns.
    const h = rect(200, 100, 100, 22);
    const t = rect(100, 124, 150, 22);
    const p = place({ target: [h, t], pointer: { x: 250, y: 110 }, popover: POPOVER, viewport: VIEWPORT });
    expect(p).toEqual({ x: 200, y: 146 + DEFAULT_GAP, placement: 'below' });
  });

  it('goes above the earlier fragment when flipping from a later line', () => {
    const h = rect(200, 700, 100, 22);
    const t = rect(100, 724, 150, 22);
    const p = place({ target: [h, t], pointer: { x: 120, y: 730 }, popover: POPOVER, viewport: VIEWPORT });
    expect(p).toEqual({ x: 100, y: 700 - DEFAULT_GAP - 200, placement: 'above' });
  });

  it('ignores zero-size rects from line breaks', () => {
    const p = place({
      target: [rect(500, 300, 0, 0), rect(30, 100, 50)],
      pointer: { x: 500, y: 300 },
      popover: POPOVER,
      viewport: VIEWPORT,
    });
    expect(p.x).toBe(30);
  });

  it('never covers any fragment over many random layouts', () => {
    let seed = 12345;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 2000; i++) {
      const viewport = { width: 200 + Math.floor(random() * 1200), height: 100 + Math.floor(random() * 800) };
      const lines = 1 + Math.floor(random() * 3);
      const lineHeight = 16 + Math.floor(random() * 20);
      const top = -lineHeight + random() * (viewport.height + lineHeight);
      const target: Rect[] = [];
      for (let l = 0; l < lines; l++) {
        const left = l === 0 ? random() * viewport.width : 0;
        const right = l === lines - 1 ? left + 10 + random() * (viewport.width - left) : viewport.width;
        target.push({ left, top: top + l * lineHeight, right, bottom: top + (l + 1) * lineHeight - 2 });
      }
      const line = target[Math.floor(random() * lines)] as Rect;
      const input = {
        target,
        pointer: { x: (line.left + line.right) / 2, y: (line.top + line.bottom) / 2 },
        popover: { width: 100 + random() * 500, height: 50 + random() * 500 },
        viewport,
      };
      place(input);
    }
  });
});

describe('getPopoverPosition: degenerate input', () => {
  it('places at the pointer when the term has no rects', () => {
    const p = place({ target: [], pointer: { x: 200, y: 100 }, popover: POPOVER, viewport: VIEWPORT });
    expect(p).toEqual({ x: 200, y: 104, placement: 'below' });
  });

  it('uses zero-size rects when there is nothing else', () => {
    const p = place({ target: [rect(300, 100, 0)], popover: POPOVER, viewport: VIEWPORT });
    expect(p).toEqual({ x: 300, y: 124, placement: 'below' });
  });
});
