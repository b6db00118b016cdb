/**
 * Which parts of the page have their highlights painted.
 *
 * Chromium recomputes the markers of every range of every registered `Highlight` whenever any of
 * them changes: on a 2 MB page with 16,800 ranges registered, adding or deleting one range made
 * the next frame take 126 ms, all of it rendering (Chromium 156, measured with long-animation-frame
 * entries); with only the ~80 ranges near the viewport registered no frame took 50 ms, while
 * scrolling either. So the highlighter keeps every match in its own index but registers in
 * `CSS.highlights` only the ranges of blocks near the viewport, adding and dropping them as the
 * reader scrolls. Scrolling itself is cheap either way: the cost is in changing the sets.
 *
 * A window reports, for each watched element (a block's container), whether it is near the
 * viewport, asynchronously and only on change.
 */

export interface PaintWindow {
  /** Starts reporting on `element`; the first report comes once its position is known. */
  watch(element: Element): void;
  unwatch(element: Element): void;
}

export type PaintWindowFactory = (onChange: (element: Element, near: boolean) => void) => PaintWindow;

/**
 * Every element is "near" at once: the window used where nothing can report positions (no
 * IntersectionObserver) and with the DOM-wrapping fallback, which has no per-update cost to save.
 */
export const paintEverywhere: PaintWindowFactory = (onChange) => ({
  watch: (element) => onChange(element, true),
  unwatch: () => undefined,
});

/**
 * One screen of margin above and below the viewport: text is painted before it scrolls into view
 * at reading speed. A jump (End key, scrollbar drag) shows the new screen unpainted for the frame
 * or two the observer takes. The margin does not extend nested scrollers (overflow: auto boxes,
 * iframes): text scrolled out of such a box is painted as it scrolls back in, a frame late.
 * `scrollMargin` would extend them, but Chromium 156 applies it to the root scroller as well, on
 * top of `rootMargin` (and a percentage there came out at about four screens), so it is not used.
 */
const MARGIN = '100% 0px';

export function viewportWindow(view: Window & typeof globalThis): PaintWindowFactory | null {
  const Observer = view.IntersectionObserver;
  if (typeof Observer !== 'function') return null;
  return (onChange) => {
    const observer = new Observer(
      (entries) => {
        for (const entry of entries) {
          const { target } = entry;
          let near = entry.isIntersecting;
          // An element without a box of its own (display: contents) never intersects, though its
          // children show; paint such a block always rather than never. display: none also has no
          // box, and is checked here once per report (its text is hidden, so it stays unpainted).
          if (!near && entry.boundingClientRect.width === 0 && entry.boundingClientRect.height === 0)
            near = view.getComputedStyle(target).display === 'contents';
          onChange(target, near);
        }
      },
      { rootMargin: MARGIN },
    );
    return {
      watch: (element) => observer.observe(element),
      unwatch: (element) => observer.unobserve(element),
    };
  };
}
