import { describe, expect, it, vi } from 'vitest';
import {
  createHoverController,
  DEFAULT_HIDE_GRACE_MS,
  HoverIntent,
  type HoverClock,
  type HoverStep,
} from './hover-intent';

const DELAY = 250;
const GRACE = DEFAULT_HIDE_GRACE_MS;

/** Slow enough to count as resting: 1 px per 16 ms. */
function rest(
  m: HoverIntent,
  key: string | null,
  from: number,
  to: number,
  x = 100,
  y = 100,
): HoverStep<string> {
  let step: HoverStep<string> = {};
  for (let t = from, dx = 0; t <= to; t += 16, dx++) step = m.onPointer(x + dx, y, t, key, false);
  return step;
}

describe('HoverIntent: showing', () => {
  it('shows after the pointer rests on a term for delayMs', () => {
    const m = new HoverIntent({ delayMs: DELAY });
    const step = m.onPointer(100, 100, 1000, 'wu-cheng', false);
    expect(step).toEqual({ wakeAt: 1000 + DELAY });
    expect(m.tick(1000 + DELAY - 1).command).toBeUndefined();
    expect(m.tick(1000 + DELAY)).toEqual({ command: { type: 'show', key: 'wu-cheng' } });
    expect(m.shownKey).toBe('wu-cheng');
  });

  it('shows with no delay at once when delayMs is 0 and the pointer is slow', () => {
    const m = new HoverIntent({ delayMs: 0 });
    expect(m.onPointer(100, 100, 1000, 'a', false).command).toEqual({ type: 'show', key: 'a' });
  });

  it('keeps counting from entering while the pointer drifts slowly over the term', () => {
    const m = new HoverIntent({ delayMs: DELAY });
    const step = rest(m, 'a', 1000, 1200);
    expect(step.command).toBeUndefined();
    expect(step.wakeAt).toBe(1000 + DELAY);
    expect(m.tick(1250).command).toEqual({ type: 'show', key: 'a' });
  });

  it('does not show the same term twice', () => {
    const m = new HoverIntent({ delayMs: DELAY });
    m.onPointer(100, 100, 0, 'a', false);
    expect(m.tick(DELAY).command?.type).toBe('show');
    const later = rest(m, 'a', DELAY + 16, 2000);
    expect(later).toEqual({});
    expect(m.tick(3000)).toEqual({});
  });

  it('does not show a term left before the delay', () => {
    const m = new HoverIntent({ delayMs: DELAY });
    m.onPointer(100, 100, 0, 'a', false);
    expect(m.onPointer(101, 100, 100, null, false)).toEqual({});
    expect(m.tick(DELAY)).toEqual({});
  });

  it('follows a delay change for a pending show', () => {
    const m = new HoverIntent({ delayMs: 1000 });
    m.onPointer(100, 100, 0, 'a', false);
    expect(m.setDelay(100, 50)).toEqual({ wakeAt: 100 });
    expect(m.tick(100).command).toEqual({ type: 'show', key: 'a' });
  });
});

describe('HoverIntent: fast movement', () => {
  it('never shows a term the pointer skims across', () => {
    const m = new HoverIntent({ delayMs: DELAY });
    // 2 px/ms across the page, crossing three terms 60 px wide.
    const shown: string[] = [];
    for (let t = 0; t <= 600; t += 8) {
      const x = t * 2;
      const key = x % 400 < 60 ? `term-${Math.floor(x / 400)}` : null;
      const step = m.onPointer(x, 300, t, key, false);
      if (step.command?.type === 'show') shown.push(step.command.key);
      if (step.wakeAt !== undefined && step.wakeAt <= t + 8) {
        const tick = m.tick(step.wakeAt);
        if (tick.command?.type === 'show') shown.push(tick.command.key);
      }
    }
    expect(shown).toEqual([]);
  });

  it('never flashes with delayMs 0 either', () => {
    const m = new HoverIntent({ delayMs: 0 });
    m.onPointer(0, 300, 0, null, false);
    // Onto a term at 2 px/ms, across it in 30 ms, off again.
    for (let t = 8; t <= 32; t += 8) expect(m.onPointer(t * 2, 300, t, 'a', false).command).toBeUndefined();
    expect(m.onPointer(80, 300, 40, null, false)).toEqual({});
  });

  it('shows once the pointer stops after a fast move onto the term, delayMs after the last fast sample', () => {
    const m = new HoverIntent({ delayMs: DELAY });
    m.onPointer(0, 300, 0, null, false);
    m.onPointer(40, 300, 16, null, false);
    m.onPointer(80, 300, 32, 'a', false); // 2.5 px/ms: fast
    const step = m.onPointer(120, 300, 48, 'a', false); // still fast
    expect(step.wakeAt).toBe(48 + DELAY);
    expect(m.tick(48 + DELAY - 1).command).toBeUndefined();
    expect(m.tick(48 + DELAY).command).toEqual({ type: 'show', key: 'a' });
  });

  it('waits at least settleMs after a fast move when delayMs is 0', () => {
    const m = new HoverIntent({ delayMs: 0, settleMs: 80 });
    m.onPointer(0, 300, 0, null, false);
    const step = m.onPointer(60, 300, 20, 'a', false); // 3 px/ms
    expect(step).toEqual({ wakeAt: 100 });
    expect(m.tick(100).command).toEqual({ type: 'show', key: 'a' });
  });

  it('measures speed over the recent window only', () => {
    const m = new HoverIntent({ delayMs: DELAY, speedWindowMs: 80 });
    m.onPointer(0, 300, 0, null, false);
    m.onPointer(400, 300, 100, null, false); // 4 px/ms long ago
    // 1 s of stillness, then a slow step onto a term: resting, the fast move is forgotten.
    expect(m.onPointer(402, 300, 1100, 'a', false)).toEqual({ wakeAt: 1100 + DELAY });
  });

  it('counts speed just above the threshold as fast and just below as resting', () => {
    const run = (dx: number): number | undefined => {
      const m = new HoverIntent({ delayMs: DELAY, maxSpeed: 0.5, speedWindowMs: 80 });
      m.onPointer(0, 0, 0, null, false);
      m.onPointer(0, 0, 100, 'a', false); // entered at rest
      return m.onPointer(dx, 0, 200, 'a', false).wakeAt; // speed dx / 100 px/ms
    };
    expect(run(51)).toBe(200 + DELAY); // 0.51 px/ms: the wait restarts
    expect(run(49)).toBe(100 + DELAY); // 0.49 px/ms: still resting since entering
  });

  it('restarts the wait when a fast move happens on a term while waiting', () => {
    const m = new HoverIntent({ delayMs: DELAY });
    m.onPointer(100, 100, 0, 'a', false);
    rest(m, 'a', 16, 160);
    // A flick within a long term.
    const step = m.onPointer(220, 100, 176, 'a', false);
    expect(step.wakeAt).toBe(176 + DELAY);
    expect(m.tick(DELAY).command).toBeUndefined();
  });
});

describe('HoverIntent: hiding', () => {
  function shownOn(key: string, delayMs = DELAY): HoverIntent {
    const m = new HoverIntent({ delayMs });
    m.onPointer(100, 100, 0, key, false);
    expect(m.tick(delayMs).command).toEqual({ type: 'show', key });
    return m;
  }

  it('hides hideGraceMs after the pointer leaves the term', () => {
    const m = shownOn('a');
    expect(m.onPointer(101, 130, 1000, null, false)).toEqual({ wakeAt: 1000 + GRACE });
    expect(m.tick(1000 + GRACE - 1)).toEqual({ wakeAt: 1000 + GRACE });
    expect(m.tick(1000 + GRACE)).toEqual({ command: { type: 'hide' } });
    expect(m.shownKey).toBeNull();
  });

  it('stays open when the pointer reaches the popover within the grace period', () => {
    const m = shownOn('a');
    m.onPointer(101, 130, 1000, null, false);
    expect(m.onPointer(101, 140, 1100, null, true)).toEqual({});
    expect(m.tick(5000)).toEqual({});
    expect(m.shownKey).toBe('a');
  });

  it('stays open when the pointer comes back to the term within the grace period', () => {
    const m = shownOn('a');
    m.onPointer(101, 130, 1000, null, false);
    expect(m.onPointer(101, 100, 1200, 'a', false)).toEqual({});
    expect(m.tick(5000)).toEqual({});
  });

  it('hides after the grace period once the pointer leaves the popover', () => {
    const m = shownOn('a');
    m.onPointer(101, 140, 1000, null, true);
    expect(m.onPointer(400, 400, 2000, null, false)).toEqual({ wakeAt: 2000 + GRACE });
    expect(m.tick(2000 + GRACE).command).toEqual({ type: 'hide' });
  });

  it('does not restart the grace period on every move off the term', () => {
    const m = shownOn('a');
    m.onPointer(101, 130, 1000, null, false);
    expect(m.onPointer(101, 131, 1100, null, false).wakeAt).toBe(1000 + GRACE);
    expect(m.onPointer(101, 132, 1200, null, false).wakeAt).toBe(1000 + GRACE);
  });

  it('switches to another term after the delay when that comes before the hide', () => {
    const m = shownOn('a');
    expect(m.onPointer(101, 100, 1000, 'b', false)).toEqual({ wakeAt: 1000 + DELAY });
    expect(m.tick(1000 + DELAY)).toEqual({ command: { type: 'show', key: 'b' } });
    expect(m.shownKey).toBe('b');
    expect(m.tick(1000 + GRACE)).toEqual({});
  });

  it('hides the old term first when the new one is still waiting (long delay)', () => {
    const m = shownOn('a', 500);
    expect(m.onPointer(101, 100, 1000, 'b', false)).toEqual({ wakeAt: 1000 + GRACE });
    expect(m.tick(1000 + GRACE)).toEqual({ command: { type: 'hide' }, wakeAt: 1500 });
    expect(m.tick(1500)).toEqual({ command: { type: 'show', key: 'b' } });
  });

  it('does not switch when the pointer only crosses another term on its way to the popover', () => {
    const m = shownOn('a');
    m.onPointer(100, 120, 1000, null, false);
    m.onPointer(100, 125, 1030, 'b', false);
    m.onPointer(100, 130, 1060, null, false);
    expect(m.onPointer(100, 140, 1090, null, true)).toEqual({});
    expect(m.tick(3000)).toEqual({});
    expect(m.shownKey).toBe('a');
  });
});

describe('HoverIntent: dismiss and open', () => {
  it('dismiss hides at once and cancels the pending hide', () => {
    const m = new HoverIntent({ delayMs: DELAY });
    m.onPointer(100, 100, 0, 'a', false);
    m.tick(DELAY);
    m.onPointer(100, 130, 1000, null, false);
    expect(m.dismiss()).toEqual({ command: { type: 'hide' } });
    expect(m.tick(1000 + GRACE)).toEqual({});
    expect(m.shownKey).toBeNull();
  });

  it('dismiss cancels a pending show', () => {
    const m = new HoverIntent({ delayMs: DELAY });
    m.onPointer(100, 100, 0, 'a', false);
    expect(m.dismiss()).toEqual({});
    expect(m.tick(DELAY)).toEqual({});
  });

  it('does not reopen the dismissed term while the pointer stays on it, but does after leaving', () => {
    const m = new HoverIntent({ delayMs: DELAY });
    m.onPointer(100, 100, 0, 'a', false);
    m.tick(DELAY);
    m.dismiss();
    expect(rest(m, 'a', 400, 1400)).toEqual({});
    expect(m.tick(2000)).toEqual({});
    m.onPointer(100, 200, 2000, null, false);
    expect(m.onPointer(100, 100, 3000, 'a', false)).toEqual({ wakeAt: 3000 + DELAY });
  });

  it('a dismissed term does not block another term', () => {
    const m = new HoverIntent({ delayMs: DELAY });
    m.onPointer(100, 100, 0, 'a', false);
    m.dismiss();
    expect(m.onPointer(101, 100, 500, 'b', false)).toEqual({ wakeAt: 500 + DELAY });
  });

  it('open shows at once and is not hidden by the pointer', () => {
    const m = new HoverIntent({ delayMs: DELAY });
    expect(m.open('a')).toEqual({ command: { type: 'show', key: 'a' } });
    expect(m.open('a')).toEqual({});
    expect(m.onPointer(500, 500, 1000, null, false)).toEqual({});
    expect(m.tick(5000)).toEqual({});
    expect(m.shownKey).toBe('a');
    expect(m.dismiss()).toEqual({ command: { type: 'hide' } });
  });

  it('an opened popover is replaced by a hovered term', () => {
    const m = new HoverIntent({ delayMs: DELAY });
    m.open('a');
    m.onPointer(100, 100, 1000, 'b', false);
    expect(m.tick(1000 + DELAY).command).toEqual({ type: 'show', key: 'b' });
    // Hovered now: leaving hides again.
    expect(m.onPointer(100, 200, 2000, null, false).wakeAt).toBe(2000 + GRACE);
  });

  it('works with object keys (term occurrences) by identity', () => {
    const first = { id: 'a' };
    const second = { id: 'a' };
    const m = new HoverIntent<{ id: string }>({ delayMs: DELAY });
    m.onPointer(100, 100, 0, first, false);
    expect(m.tick(DELAY).command).toEqual({ type: 'show', key: first });
    expect(m.onPointer(100, 100, 1000, second, false).wakeAt).toBe(1000 + DELAY);
  });
});

describe('createHoverController', () => {
  function fakeClock(): HoverClock & { advance(ms: number): void; pending(): number } {
    let now = 0;
    let nextId = 1;
    const timers = new Map<number, { at: number; fn: () => void }>();
    return {
      now: () => now,
      setTimeout: (fn, ms) => {
        const id = nextId++;
        timers.set(id, { at: now + ms, fn });
        return id;
      },
      clearTimeout: (handle) => void timers.delete(handle as number),
      advance(ms) {
        const end = now + ms;
        for (;;) {
          const due = [...timers.entries()]
            .filter(([, t]) => t.at <= end)
            .sort((a, b) => a[1].at - b[1].at)[0];
          if (!due) break;
          timers.delete(due[0]);
          now = due[1].at;
          due[1].fn();
        }
        now = end;
      },
      pending: () => timers.size,
    };
  }

  it('shows and hides through its timer', () => {
    const clock = fakeClock();
    const onShow = vi.fn();
    const onHide = vi.fn();
    const c = createHoverController<string>({ delayMs: DELAY, clock, onShow, onHide });
    c.pointer(100, 100, 'a', false);
    clock.advance(DELAY - 1);
    expect(onShow).not.toHaveBeenCalled();
    clock.advance(1);
    expect(onShow).toHaveBeenCalledExactlyOnceWith('a');
    c.pointer(100, 130, null, false);
    clock.advance(GRACE);
    expect(onHide).toHaveBeenCalledOnce();
    expect(clock.pending()).toBe(0);
  });

  it('keeps a single timer and cancels it on dismiss and destroy', () => {
    const clock = fakeClock();
    const onShow = vi.fn();
    const onHide = vi.fn();
    const c = createHoverController<string>({ delayMs: DELAY, clock, onShow, onHide });
    c.pointer(100, 100, 'a', false);
    clock.advance(10);
    c.pointer(101, 100, 'a', false);
    expect(clock.pending()).toBe(1);
    c.dismiss();
    expect(clock.pending()).toBe(0);
    clock.advance(1000);
    expect(onShow).not.toHaveBeenCalled();
    expect(onHide).not.toHaveBeenCalled();

    c.pointer(100, 300, null, false);
    c.pointer(100, 100, 'b', false);
    c.destroy();
    clock.advance(1000);
    expect(onShow).not.toHaveBeenCalled();
    expect(clock.pending()).toBe(0);
  });

  it('opens at once and follows setDelay', () => {
    const clock = fakeClock();
    const onShow = vi.fn();
    const c = createHoverController<string>({ delayMs: 1000, clock, onShow, onHide: vi.fn() });
    c.open('a');
    expect(onShow).toHaveBeenLastCalledWith('a');
    c.pointer(100, 100, 'b', false);
    c.setDelay(100);
    clock.advance(100);
    expect(onShow).toHaveBeenLastCalledWith('b');
  });
});
