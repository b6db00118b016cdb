/**
 * The popover's host on the page: a WXT shadow-root UI (page CSS cannot reach in, ours cannot leak
 * out), mounted lazily on the first hover so pages the reader never hovers stay untouched.
 * The host is the only node the extension ever adds to a page; it carries OWN_UI_ATTRIBUTE so the
 * scanner never reads it.
 */
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Popover } from '../../components/Popover';
import type { AnyEntry } from '../../lib/glossary/glossary';
import { DEFAULT_MARGIN, getPopoverPosition, type Rect } from '../../lib/page/popover-position';
import { OWN_UI_ATTRIBUTE } from '../../lib/page/text-blocks';

export interface PopoverUi {
  show(
    entry: AnyEntry,
    target: readonly Rect[],
    pointer: { x: number; y: number } | undefined,
    focus: boolean,
    /** The term as the page wrote it (the popover shows a Traditional form beside the entry's). */
    written?: string,
    /** Other entries of the same term, named in the popover by where they lie. */
    homonyms?: readonly AnyEntry[],
  ): Promise<void>;
  hide(): void;
  /** True when the point (client coords) is over the visible popover. */
  contains(x: number, y: number): boolean;
  /** True when the event happened inside the popover. */
  isOwnEvent(event: Event): boolean;
  /** Moves keyboard focus into the visible popover (its dialog element). */
  focus(): void;
  /** True while keyboard focus is inside the popover. */
  hasFocus(): boolean;
  readonly visible: boolean;
  remove(): void;
}

export function createPopoverUi(
  ctx: ContentScriptContext,
  handlers: { onMore(id: string): void; onDismiss(): void },
): PopoverUi {
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let mounting: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let visible = false;
  let box: DOMRect | undefined;

  async function ensureMounted(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    if (ui) return ui;
    mounting ??= createShadowRootUi(ctx, {
      name: 'quzhou-glossary-popover',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        const frame = document.createElement('div');
        frame.className = 'qzg-frame';
        container.append(frame);
        return frame;
      },
    }).then((created) => {
      created.mount();
      const host = created.shadowHost;
      host.setAttribute(OWN_UI_ATTRIBUTE, '');
      // Inline styles on the host: it lives in the page's DOM, where page CSS could size or hide it.
      host.style.cssText =
        'all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; margin: 0; padding: 0; border: 0; overflow: visible; z-index: 2147483647; background: transparent;';
      ui = created;
      return created;
    });
    return mounting;
  }

  /**
   * A fullscreen element hides everything outside it (it is in the top layer). Showing the host as
   * a manual popover puts it in the top layer too, above the fullscreen element.
   */
  function raiseAboveFullscreen(host: HTMLElement): void {
    if (!document.fullscreenElement || typeof host.showPopover !== 'function') return;
    if (!host.hasAttribute('popover')) host.setAttribute('popover', 'manual');
    if (!host.matches(':popover-open')) host.showPopover();
  }

  return {
    get visible() {
      return visible;
    },
    async show(entry, target, pointer, focus, written, homonyms) {
      const mounted = await ensureMounted();
      const frame = mounted.mounted!;
      raiseAboveFullscreen(mounted.shadowHost);
      // First render hidden, measure, then place: the size depends on the entry's text.
      frame.style.cssText = 'position: fixed; left: 0; top: 0; visibility: hidden;';
      const popover = (limits: { maxHeight?: number; maxWidth?: number; autoFocus?: boolean }) => (
        <Popover
          entry={entry}
          {...(written !== undefined ? { written } : {})}
          {...(homonyms !== undefined ? { homonyms } : {})}
          onMore={handlers.onMore}
          onDismiss={handlers.onDismiss}
          onResize={() => {
            box = frame.getBoundingClientRect();
          }}
          {...limits}
        />
      );
      render(popover({}), frame);
      const size = frame.getBoundingClientRect();
      const viewport = { width: document.documentElement.clientWidth || innerWidth, height: innerHeight };
      const place = getPopoverPosition({
        target,
        ...(pointer ? { pointer } : {}),
        popover: { width: size.width, height: size.height },
        viewport,
      });
      // The popover may grow after it is placed (the reader unfolds its sources): it grows away
      // from the term, up to the viewport's edge on its side, and scrolls beyond that. So one
      // placed above is held by its bottom edge, and its height is capped by the room above.
      const height = Math.min(size.height, place.maxHeight ?? Infinity);
      const above = place.placement === 'above';
      const edge = place.y + height;
      const room = above ? edge - DEFAULT_MARGIN : viewport.height - DEFAULT_MARGIN - place.y;
      render(
        popover({
          autoFocus: focus,
          maxHeight: Math.max(room, height),
          ...(place.maxWidth !== undefined ? { maxWidth: place.maxWidth } : {}),
        }),
        frame,
      );
      // `bottom: calc(100% - …)` rather than innerHeight minus the edge: the fixed containing
      // block excludes a horizontal scrollbar, innerHeight does not.
      frame.style.cssText = above
        ? `position: fixed; left: ${place.x}px; bottom: calc(100% - ${edge}px);`
        : `position: fixed; left: ${place.x}px; top: ${place.y}px;`;
      box = frame.getBoundingClientRect();
      visible = true;
    },
    hide() {
      if (!ui?.mounted || !visible) return;
      render(null, ui.mounted);
      visible = false;
      box = undefined;
      const host = ui.shadowHost;
      if (host.matches(':popover-open')) host.hidePopover();
    },
    contains(x, y) {
      return visible && !!box && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
    },
    isOwnEvent(event) {
      return !!ui && event.composedPath().includes(ui.shadowHost);
    },
    focus() {
      if (!visible) return;
      ui?.mounted?.querySelector<HTMLElement>('[role="dialog"]')?.focus();
    },
    hasFocus() {
      // Focus inside a shadow root shows on the page as focus on the host.
      return visible && !!ui && document.activeElement === ui.shadowHost;
    },
    remove() {
      if (ui?.mounted) render(null, ui.mounted);
      ui?.remove();
      ui = undefined;
      mounting = undefined;
      visible = false;
    },
  };
}
