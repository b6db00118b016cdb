/**
 * Content script: wires the pure core (matcher, scanner, hover intent, placement) to the page.
 * Runs in every frame (same-origin iframes included) of http(s) pages.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { FLASH_HIGHLIGHT, HIGHLIGHT_CSS } from '../../components/highlight-styles';
import matchIndexData from '../../data/match-index.json';
import type { AnyEntry } from '../../lib/glossary/glossary';
import { createHighlighter, type PageMatch } from '../../lib/page/highlighter';
import { candidateOffsets, pointInRects } from '../../lib/page/hit-test';
import { createHoverController } from '../../lib/page/hover-intent';
import { decodeAutomaton } from '../../lib/matching/automaton-data';
import { categoryMask, compileMatcher, matcherOver, type Matcher } from '../../lib/matching/matcher';
import {
  indexEntries,
  userPageEntry,
  type MatchIndex,
  type PageEntry,
} from '../../lib/matching/page-entries';
import { readingPages } from '../../lib/matching/reading-aids';
import {
  parseContentRequest,
  parseEntryDetailsReply,
  type PageTerm,
  type PageTermsReply,
} from '../../lib/glossary/messages';
import { createPageScanner } from '../../lib/page/page-scanner';
import { isActiveOn, loadSettings, watchSettings, type Settings } from '../../lib/storage/settings';
import type { UserForms } from '../../lib/storage/user-forms';
import { loadUserForms, visibleEntries, watchUserForms } from '../../lib/storage/user-overlay';
import { createPopoverUi } from './popover-ui';

// Only forms, categories and context flags: summaries and sources come from the background when
// a popover opens, so what every frame parses does not grow with them.
const matchIndex = matchIndexData as unknown as MatchIndex;
const builtIn = indexEntries(matchIndex);
const builtInById = new Map(builtIn.map((e) => [e.id, e]));

/** The built-in entries with the reader's own applied and hidden ones left out. */
function pageEntries(forms: UserForms): PageEntry[] {
  // The built-in list itself when the reader has nothing of their own: its automaton is shipped.
  if (forms.entries.length === 0 && forms.hidden.length === 0) return builtIn;
  const own = new Set<object>(forms.entries);
  return visibleEntries(builtIn, forms).map((e) =>
    own.has(e) ? userPageEntry(e, builtInById.get(e.id)) : e,
  );
}

/**
 * The built-in entries' automaton is compiled at build time and loaded here (a base64 decode
 * instead of 15–20 ms of compiling per frame, npm run bench:startup); the reader's own entries
 * change it, so with them it is compiled in the frame.
 */
function pageMatcher(entries: readonly PageEntry[]): Matcher {
  let matcher: Matcher | undefined;
  if (entries === builtIn) {
    try {
      matcher = matcherOver(entries, decodeAutomaton(matchIndex.automaton));
    } catch {
      // Data of another version: compile instead.
    }
  }
  matcher ??= compileMatcher(entries, { blockers: matchIndex.blockers });
  return readingPages(matcher, matchIndex);
}

/**
 * Entries' details, asked of the background once per entry and frame (forgotten when the reader's
 * entries change).
 */
const details = new Map<string, Promise<AnyEntry | undefined>>();
function entryDetails(entry: PageEntry): Promise<AnyEntry | undefined> {
  let pending = details.get(entry.id);
  if (!pending) {
    pending = browser.runtime
      .sendMessage({ type: 'entry-details', id: entry.id })
      .then((reply: unknown) => parseEntryDetailsReply(reply, entry.id)?.entry ?? undefined)
      .catch(() => undefined);
    details.set(entry.id, pending);
    // A failed or empty answer (the extension was updated) may be asked again next time.
    void pending.then((found) => found || details.delete(entry.id));
  }
  return pending;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // The shipped glossary with the reader's own entries applied and hidden ones left out. Match
    // indices point into this array, so it is replaced together with the scanner's automaton.
    let entries = pageEntries(await loadUserForms());
    let indexById = new Map(entries.map((e, i) => [e.id, i]));
    const matcher = pageMatcher(entries);
    const highlighter = createHighlighter({ document });
    const sheet = new CSSStyleSheet();
    // Adopting this sheet restyles the whole page once: its ::highlight() rules match every
    // element. On the 2 MB bench page that is one 120–220 ms frame (npm run bench:page); any rule
    // that matches the root costs about as much (a custom property on :root: ~100 ms), only rules
    // that match nothing are free. Scoping the rules to `html::highlight()` would save ~50 ms and
    // works in Chromium 156 through highlight inheritance (into shadow roots too), but a browser
    // without highlight inheritance would then colour nothing, so the rules stay universal.
    sheet.replaceSync(HIGHLIGHT_CSS);
    // Selectors do not cross shadow boundaries: each open shadow root gets the sheet too, so
    // nothing depends on highlight inheritance.
    const scanner = createPageScanner({
      root: document,
      matcher,
      highlighter,
      onShadowRoot: (root) => adoptStyles(root),
    });

    let settings: Settings = await loadSettings();
    /** The keyboard command switches the page off until reload, whatever the settings say. */
    let pausedByCommand = false;

    const shouldRun = () => !pausedByCommand && isActiveOn(settings, location.hostname);

    function adoptStyles(root: Document | ShadowRoot): void {
      // adoptedStyleSheets adds no node to the page, and constructed sheets are not subject to the
      // page's style-src CSP.
      if (!root.adoptedStyleSheets.includes(sheet))
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }

    /**
     * Starts the scanner once the page has rendered a frame. Its first slice reads block positions
     * (visible text first); right after our stylesheet was adopted (or on a page whose layout is
     * still dirty at document_idle) that first getBoundingClientRect forced a synchronous restyle
     * and layout of the whole page inside our task: 110–200 ms on a 2 MB page (npm run
     * bench:page). After a frame the reads are cheap. A hidden tab renders no frame: it starts
     * when shown.
     */
    let startPending = false;
    function startAfterFrame(): void {
      if (startPending) return;
      startPending = true;
      requestAnimationFrame(() =>
        setTimeout(() => {
          startPending = false;
          if (!shouldRun() || scanner.running) return;
          scanner.start();
        }, 0),
      );
    }

    function sync(): void {
      scanner.setCategories(categoryMask(settings.categories));
      if (shouldRun() && !scanner.running) {
        // The sheet goes in first, a frame before any position is read: adding ::highlight() rules
        // makes the browser restyle the whole document, and that must happen in its own rendering
        // step, not forced synchronously by the first slice's reads (see startAfterFrame).
        adoptStyles(document);
        startAfterFrame();
      } else if (!shouldRun() && scanner.running) {
        hover.dismiss();
        scanner.stop();
      }
    }

    // ── Popover and hover ────────────────────────────────────────────────────────────────────
    const popover = createPopoverUi(ctx, {
      onMore: (id) => {
        hover.dismiss();
        void browser.runtime.sendMessage({ type: 'open-entry', id });
      },
      onDismiss: () => hover.dismiss(),
    });
    let lastPointer: { x: number; y: number } | undefined;
    /** Counts shows and hides, so details that arrive after the hover ended show nothing. */
    let shown = 0;
    /** Where focus was before Tab took it into the popover: it goes back there on dismissal. */
    let focusBefore: Element | null = null;
    const hover = createHoverController<PageMatch>({
      delayMs: settings.hoverDelayMs,
      clock: {
        now: () => performance.now(),
        setTimeout: (fn, ms) => setTimeout(fn, ms),
        clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
      },
      onShow: (match) => {
        const reported = entries[match.entry];
        if (!reported) return;
        const token = ++shown;
        // The matcher reports one entry per form; of the places of the same name (白沙村 of two
        // counties) the popover explains the one whose town or county the page names, and names
        // the others too.
        const candidates = [match.entry];
        entries.forEach((e, i) => {
          if (e.term === reported.term && i !== match.entry) candidates.push(i);
        });
        const meant = candidates.length > 1 ? scanner.meantPlace(candidates) : match.entry;
        const entry = entries[meant]!;
        const same = candidates.filter((i) => i !== meant).map((i) => entries[i]!);
        // Usually answered already: the request went out when the pointer first reached the term.
        void Promise.all([entryDetails(entry), ...same.map(entryDetails)]).then(([full, ...others]) => {
          if (!full || token !== shown) return;
          const range = scanner.rangeOf(match);
          const rects = [...range.getClientRects()];
          const homonyms = others.filter((o): o is AnyEntry => o !== undefined);
          void popover.show(full, rects, lastPointer, false, range.toString(), homonyms);
        });
      },
      onHide: () => {
        shown++;
        const hadFocus = popover.hasFocus();
        popover.hide();
        if (hadFocus && focusBefore instanceof HTMLElement && focusBefore.isConnected) focusBefore.focus();
        focusBefore = null;
      },
    });

    function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
      // caretPositionFromPoint (Chrome 128+, Firefox) sees into open shadow roots only when told
      // about them; caretRangeFromPoint is the older WebKit/Blink form.
      if (typeof document.caretPositionFromPoint === 'function') {
        const p = document.caretPositionFromPoint(x, y, { shadowRoots: scanner.shadowRoots() });
        return p ? { node: p.offsetNode, offset: p.offset } : undefined;
      }
      const r = document.caretRangeFromPoint?.(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
    }

    function matchUnder(x: number, y: number): PageMatch | undefined {
      const caret = caretAt(x, y);
      if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
      for (const offset of candidateOffsets(caret.offset)) {
        const match = scanner.matchAt(caret.node, offset);
        if (match && pointInRects(x, y, scanner.rangeOf(match).getClientRects())) return match;
      }
      return undefined;
    }

    const onPointerMove = (event: PointerEvent) => {
      // Touch and pen have no hover; a tap is handled by the page.
      if (event.pointerType !== 'mouse' || !scanner.running) return;
      lastPointer = { x: event.clientX, y: event.clientY };
      // A popover the reader tabbed into stays open while the pointer wanders off.
      const overPopover =
        popover.hasFocus() || popover.isOwnEvent(event) || popover.contains(event.clientX, event.clientY);
      const match = overPopover ? null : (matchUnder(event.clientX, event.clientY) ?? null);
      // Ask for the details while the hover delay runs, so the popover opens on time.
      const entry = match && entries[match.entry];
      if (entry) void entryDetails(entry);
      hover.pointer(event.clientX, event.clientY, match, overPopover);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!popover.visible) return;
      if (event.key === 'Escape') {
        hover.dismiss();
      } else if (
        event.key === 'Tab' &&
        !event.altKey &&
        !event.ctrlKey &&
        !event.metaKey &&
        !popover.hasFocus()
      ) {
        // Keyboard access: the popover is not in the page's tab order (it follows the pointer), so
        // the first Tab while it is open moves focus into it; Escape there closes it and returns.
        event.preventDefault();
        event.stopPropagation();
        focusBefore = document.activeElement;
        popover.focus();
      }
    };
    const onScroll = (event: Event) => {
      if (popover.visible && !popover.isOwnEvent(event)) hover.dismiss();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (popover.visible && !popover.isOwnEvent(event)) hover.dismiss();
    };
    ctx.addEventListener(document, 'pointermove', onPointerMove, { passive: true, capture: true });
    ctx.addEventListener(document, 'keydown', onKeyDown, { capture: true });
    ctx.addEventListener(window, 'scroll', onScroll, { passive: true, capture: true });
    ctx.addEventListener(document, 'pointerdown', onPointerDown, { capture: true });

    // ── Messages from the popup and the background ──────────────────────────────────────────
    const isTop = window === window.top;
    browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
      const message = parseContentRequest(raw);
      if (!message) return undefined;
      if (message.type === 'toggle-page') {
        pausedByCommand = !pausedByCommand;
        sync();
        return undefined;
      }
      // Only the top frame answers: a tab-wide message reaches every frame and the first reply wins.
      if (!isTop) return undefined;
      if (message.type === 'page-terms') {
        const counts = scanner.counts();
        const terms: PageTerm[] = [...counts.byEntry]
          .map(([index, count]) => ({ entry: entries[index]!, count }))
          .map(({ entry, count }) => ({ id: entry.id, term: entry.term, category: entry.category, count }))
          .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term, 'zh'));
        const reply: PageTermsReply = { hostname: location.hostname, active: scanner.running, terms };
        sendResponse(reply);
        return true;
      }
      const index = indexById.get(message.id);
      const range = index === undefined ? undefined : scanner.firstRangeOf(index);
      if (range) reveal(range);
      sendResponse({ ok: !!range });
      return true;
    });

    /** Scrolls a term into view and flashes it with a highlight of its own (no DOM change). */
    function reveal(range: Range): void {
      const element = range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (typeof Highlight !== 'function' || !('highlights' in CSS)) return;
      const flash = new Highlight(range.cloneRange());
      CSS.highlights.set(FLASH_HIGHLIGHT, flash);
      setTimeout(() => {
        if (CSS.highlights.get(FLASH_HIGHLIGHT) === flash) CSS.highlights.delete(FLASH_HIGHLIGHT);
      }, 1600);
    }

    // ── Settings, live ───────────────────────────────────────────────────────────────────────
    const unwatch = watchSettings((next) => {
      settings = next;
      hover.setDelay(settings.hoverDelayMs);
      sync();
    });
    const unwatchOverlay = watchUserForms((forms) => {
      hover.dismiss();
      details.clear();
      entries = pageEntries(forms);
      indexById = new Map(entries.map((e, i) => [e.id, i]));
      scanner.setMatcher(pageMatcher(entries));
    });
    ctx.onInvalidated(() => {
      unwatch();
      unwatchOverlay();
      hover.destroy();
      scanner.stop();
      popover.remove();
    });
    sync();
  },
});
