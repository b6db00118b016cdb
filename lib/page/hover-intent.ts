/**
 * When to show and hide the term popover: a pure state machine with no DOM and no timers of its
 * own. Events go in with their timestamps (ms, e.g. `event.timeStamp` or `performance.now()`);
 * every call returns a {@link HoverStep}: at most one command to carry out now, and the time at
 * which the machine wants {@link HoverIntent.tick} to be called next (the caller keeps one timer).
 * {@link createHoverController} does that timer bookkeeping with an injected clock.
 *
 * Rules:
 * - show a term once the pointer has rested on it for `delayMs`; a pointermove faster than
 *   `maxSpeed` restarts that wait, so skimming across a page never flashes popovers (after a fast
 *   move the wait is at least `settleMs`, so this holds even with `delayMs = 0`);
 * - moving from one term to another shows the new one after the same wait (no instant switching:
 *   on the way to its popover the pointer may cross other terms);
 * - leaving the shown term hides it after `hideGraceMs`, unless the pointer gets onto the popover
 *   (or back onto the term) first; leaving the popover works the same way;
 * - `dismiss()` (Escape, scroll, click elsewhere) hides at once and keeps the term under the
 *   pointer from reopening until the pointer leaves it;
 * - `open()` (keyboard focus on a term) shows at once; such a popover stays until dismissed or
 *   replaced, since the pointer has nothing to do with it.
 */

export interface HoverIntentOptions {
  /** Rest time before showing (the user's `hoverDelayMs`). */
  delayMs: number;
  /** How long the popover stays after the pointer leaves the term or the popover. Default 300. */
  hideGraceMs?: number;
  /** Pointer speed (px/ms) above which the pointer counts as skimming. Default 0.5 (500 px/s). */
  maxSpeed?: number;
  /** Window of recent pointermove samples the speed is measured over. Default 80 ms. */
  speedWindowMs?: number;
  /** Minimum quiet time after a fast move before showing, whatever `delayMs` is. Default 80 ms. */
  settleMs?: number;
}

export const DEFAULT_HIDE_GRACE_MS = 300;
export const DEFAULT_MAX_SPEED = 0.5;
export const DEFAULT_SPEED_WINDOW_MS = 80;
export const DEFAULT_SETTLE_MS = 80;

export type HoverCommand<K> = { type: 'show'; key: K } | { type: 'hide' };

export interface HoverStep<K> {
  /** Carry this out now. A `show` while another term is shown replaces it. */
  command?: HoverCommand<K>;
  /** Call `tick(t)` at this time (absolute, same clock as the inputs); absent: no timer needed. */
  wakeAt?: number;
}

interface Sample {
  x: number;
  y: number;
  t: number;
}

export class HoverIntent<K = string> {
  private delayMs: number;
  private readonly hideGraceMs: number;
  private readonly maxSpeed: number;
  private readonly speedWindowMs: number;
  private readonly settleMs: number;

  private samples: Sample[] = [];
  /** The term under the pointer, if any. */
  private candidate: K | null = null;
  private enteredAt = 0;
  private lastFastAt = -Infinity;
  /** The term whose popover is open. */
  private shown: K | null = null;
  /** Opened by `open()`: pointer movement does not hide it. */
  private pinned = false;
  /** When the pointer left the shown term and its popover; hide at this + grace. */
  private leftAt: number | null = null;
  /** The term that was dismissed while under the pointer: not shown again until left. */
  private suppressed: K | null = null;

  constructor(options: HoverIntentOptions) {
    this.delayMs = Math.max(0, options.delayMs);
    this.hideGraceMs = Math.max(0, options.hideGraceMs ?? DEFAULT_HIDE_GRACE_MS);
    this.maxSpeed = options.maxSpeed ?? DEFAULT_MAX_SPEED;
    this.speedWindowMs = Math.max(1, options.speedWindowMs ?? DEFAULT_SPEED_WINDOW_MS);
    this.settleMs = Math.max(0, options.settleMs ?? DEFAULT_SETTLE_MS);
  }

  /** The term whose popover should currently be open. */
  get shownKey(): K | null {
    return this.shown;
  }

  /** Follows a settings change; a pending show is rescheduled with the new delay. */
  setDelay(delayMs: number, t: number): HoverStep<K> {
    this.delayMs = Math.max(0, delayMs);
    return this.tick(t);
  }

  /**
   * A pointermove (or pointerover/out): position, time, the term under the pointer (`null` for
   * none) and whether the pointer is over the popover.
   */
  onPointer(x: number, y: number, t: number, key: K | null, overPopover: boolean): HoverStep<K> {
    const fast = this.recordSample({ x, y, t }) > this.maxSpeed;
    const over = overPopover ? null : key;

    if (over !== this.suppressed) this.suppressed = null;
    if (over !== this.candidate) {
      this.candidate = over;
      this.enteredAt = t;
      this.lastFastAt = -Infinity;
    }
    if (fast && over !== null) this.lastFastAt = t;

    const onShown = this.shown !== null && (overPopover || over === this.shown);
    if (onShown) {
      this.leftAt = null;
    } else if (this.shown !== null && !this.pinned && this.leftAt === null) {
      this.leftAt = t;
    }
    return this.tick(t);
  }

  /** Escape, scroll, a click elsewhere: hide now, and do not reopen the term under the pointer. */
  dismiss(): HoverStep<K> {
    this.suppressed = this.candidate;
    this.candidate = null;
    this.leftAt = null;
    this.pinned = false;
    if (this.shown === null) return {};
    this.shown = null;
    return { command: { type: 'hide' } };
  }

  /** Show a term now, e.g. when it gets keyboard focus. It stays until dismissed or replaced. */
  open(key: K): HoverStep<K> {
    this.suppressed = null;
    this.leftAt = null;
    this.pinned = true;
    if (this.shown === key) return {};
    this.shown = key;
    return { command: { type: 'show', key } };
  }

  /** Timer callback (or any time): carries out whatever is due at `t`. */
  tick(t: number): HoverStep<K> {
    let command: HoverCommand<K> | undefined;
    const showAt = this.showDueAt();
    if (showAt !== undefined && t >= showAt && this.candidate !== null) {
      this.shown = this.candidate;
      this.pinned = false;
      this.leftAt = null;
      command = { type: 'show', key: this.candidate };
    } else if (this.leftAt !== null && t >= this.leftAt + this.hideGraceMs) {
      this.shown = null;
      this.leftAt = null;
      command = { type: 'hide' };
    }
    const wakes = [this.showDueAt(), this.leftAt === null ? undefined : this.leftAt + this.hideGraceMs];
    const pending = wakes.filter((w): w is number => w !== undefined);
    const step: HoverStep<K> = {};
    if (command) step.command = command;
    if (pending.length > 0) step.wakeAt = Math.min(...pending);
    return step;
  }

  /** When the candidate term is due to show, if it is waiting to. */
  private showDueAt(): number | undefined {
    const key = this.candidate;
    if (key === null || key === this.shown || key === this.suppressed) return undefined;
    return Math.max(this.enteredAt + this.delayMs, this.lastFastAt + Math.max(this.delayMs, this.settleMs));
  }

  /** Adds a sample and returns the pointer's speed (px/ms) over the recent window. */
  private recordSample(sample: Sample): number {
    const since = sample.t - this.speedWindowMs;
    // Keep the samples in the window plus the last one before it, as the starting point.
    let firstInWindow = this.samples.findIndex((s) => s.t >= since);
    if (firstInWindow === -1) firstInWindow = this.samples.length;
    this.samples = this.samples.slice(Math.max(0, firstInWindow - 1));
    this.samples.push(sample);
    const start = this.samples[0] as Sample;
    if (this.samples.length < 2) return 0;
    let path = 0;
    for (let i = 1; i < this.samples.length; i++) {
      const a = this.samples[i - 1] as Sample;
      const b = this.samples[i] as Sample;
      path += Math.hypot(b.x - a.x, b.y - a.y);
    }
    return path / Math.max(1, sample.t - start.t);
  }
}

/** The clock and timers the controller uses; `window` and `performance` in the content script. */
export interface HoverClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface HoverController<K> {
  pointer(x: number, y: number, key: K | null, overPopover: boolean): void;
  dismiss(): void;
  open(key: K): void;
  setDelay(delayMs: number): void;
  /** Cancels the pending timer; the controller does nothing afterwards. */
  destroy(): void;
}

/**
 * {@link HoverIntent} wired to a clock and one timer: calls `onShow`/`onHide` as the machine
 * decides. Timestamps come from `clock.now()`, so inputs need no time argument.
 */
export function createHoverController<K>(
  options: HoverIntentOptions & {
    clock: HoverClock;
    onShow(key: K): void;
    onHide(): void;
  },
): HoverController<K> {
  const { clock, onShow, onHide } = options;
  const machine = new HoverIntent<K>(options);
  let timer: unknown;
  let hasTimer = false;
  let destroyed = false;

  const apply = (step: HoverStep<K>): void => {
    if (destroyed) return;
    if (hasTimer) {
      clock.clearTimeout(timer);
      hasTimer = false;
    }
    if (step.wakeAt !== undefined) {
      timer = clock.setTimeout(
        () => {
          hasTimer = false;
          apply(machine.tick(clock.now()));
        },
        Math.max(0, step.wakeAt - clock.now()),
      );
      hasTimer = true;
    }
    if (step.command?.type === 'show') onShow(step.command.key);
    else if (step.command?.type === 'hide') onHide();
  };

  return {
    pointer: (x, y, key, overPopover) => apply(machine.onPointer(x, y, clock.now(), key, overPopover)),
    dismiss: () => apply(machine.dismiss()),
    open: (key) => apply(machine.open(key)),
    setDelay: (delayMs) => apply(machine.setDelay(delayMs, clock.now())),
    destroy: () => {
      if (hasTimer) clock.clearTimeout(timer);
      hasTimer = false;
      destroyed = true;
    },
  };
}
