/**
 * Shows matches with the CSS Custom Highlight API: one `Highlight` per category, registered in
 * `CSS.highlights` as `qzg-<category>` (the content-script CSS styles `::highlight(qzg-place)`…).
 * The page DOM is not touched. Every match is kept, whether its category is on or not, in an index
 * from each Text node to the matches over it: hover hit-testing is a Map lookup plus a scan of a
 * few entries, and switching a category on or off only adds or removes ranges, with no re-matching.
 * Only the matches of blocks near the viewport are in the registered Highlights (lib/page/paint-window.ts
 * says why and which): each block's container element is watched, and its ranges are added when it
 * comes near and dropped when it leaves.
 *
 * Where the API is missing, a small fallback wraps matched text in
 * `<mark data-quzhou-glossary-ui="mark" class="qzg-mark qzg-<category>">`, splitting Text nodes; it
 * remembers every split so that `clear()` (or removing a match) restores the original Text nodes,
 * same objects, same data. Matches keep the original nodes and offsets in both modes; use
 * {@link Highlighter.rangeOf} for a Range valid in the current DOM.
 */
import { CATEGORIES, type Category } from '../glossary/glossary';
import { ALL_CATEGORIES, type CategoryMask, type Match } from '../matching/matcher';
import { paintEverywhere, viewportWindow, type PaintWindowFactory } from './paint-window';
import {
  isDivision,
  meantPlace,
  namesQuzhou,
  pageSense,
  showsContextual,
  type PageSense,
  type PlaceTree,
} from './quzhou-page';
import { OWN_MARK, OWN_UI_ATTRIBUTE, blockContainer, positionAt, type TextBlock } from './text-blocks';

/** Name registered in `CSS.highlights` for a category; highlight-styles.ts styles these names. */
export function highlightName(category: Category): string {
  return `qzg-${category}`;
}

/** Class of every fallback `<mark>`; a second class names its category. */
export const MARK_CLASS = 'qzg-mark';

export function markClasses(category: Category): string {
  return `${MARK_CLASS} qzg-${category}`;
}

/** A highlighted term occurrence. Positions are those of the matched text (see the file comment). */
export interface PageMatch {
  readonly entry: number;
  readonly category: Category;
  /** The form may mean something else: shown only while the frame is about Quzhou. */
  readonly contextual: boolean;
  /** Written as a river's name (lib/matching/river-mentions.ts): names no Quzhou division. */
  readonly river?: boolean;
  readonly startNode: Text;
  readonly startOffset: number;
  readonly endNode: Text;
  readonly endOffset: number;
}

export interface PageCounts {
  total: number;
  byCategory: Record<Category, number>;
  /** Occurrences per entry index (index into the matcher's terms). */
  byEntry: Map<number, number>;
}

/** The parts of the Highlight API used here, so tests can supply a stand-in. */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  clear(): void;
}

export interface HighlightApi {
  registry: {
    set(name: string, highlight: HighlightLike): unknown;
    get(name: string): unknown;
    delete(name: string): unknown;
  };
  create(): HighlightLike;
}

export function detectHighlightApi(): HighlightApi | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight !== 'function') return null;
  return { registry: CSS.highlights, create: () => new Highlight() };
}

export interface Highlighter {
  readonly mode: 'highlight-api' | 'fallback';
  /** True where highlighting changes the DOM (fallback): the scanner must ignore those mutations. */
  readonly mutatesDom: boolean;
  /** Replaces every match over the block's nodes by `matches` (offsets into `block.text`). */
  setBlock(block: TextBlock, matches: readonly Match[]): void;
  /** The painted match (enabled category, near the viewport) over this caret position (`offset` < end). */
  matchAt(node: Node, offset: number): PageMatch | undefined;
  /** Matches that start or end inside `root`. */
  matchesIn(root: Node): PageMatch[];
  /** Forgets matches over these nodes or any Text node in their subtrees (open shadow roots too). */
  removeNodes(nodes: Iterable<Node>): void;
  /** Fallback: removes matches under `root` and restores its original Text nodes, to re-read it. */
  release(root: Node): void;
  setEnabledCategories(mask: CategoryMask): void;
  readonly enabledCategories: CategoryMask;
  /**
   * What the frame's unambiguous Quzhou names (衢州, 龙游县, 廿里镇) say about it
   * (lib/page/quzhou-page.ts). A contextual match (江山, 白沙村) the sense does not show is kept but
   * neither painted, hit-tested nor counted; it appears, without re-reading the page, when enough
   * names, or its town or county, have arrived, and goes again if the page drops them.
   */
  readonly sense: PageSense;
  /** The divisions among the matcher's terms, which place a contextual match on a page naming Quzhou in passing. */
  setPlaces(tree: PlaceTree): void;
  /**
   * Occurrences on the page; only enabled categories unless `includeDisabled`. Contextual matches
   * count only while the frame's sense shows them, whatever the options.
   */
  counts(options?: { includeDisabled?: boolean }): PageCounts;
  /**
   * Of the Quzhou places one form names (花园村 of three counties), the one the page means: the one
   * whose town or county it shows ({@link meantPlace}, with the tree of {@link setPlaces}).
   */
  meantPlace(candidates: readonly number[]): number;
  /** A live Range over the entry's first occurrence in document order. */
  firstRangeOf(entry: number): Range | undefined;
  rangeOf(match: PageMatch): Range;
  clear(): void;
}

interface Hit extends PageMatch {
  readonly bit: number;
  readonly nodes: readonly Text[];
  /** The range registered in a Highlight (API mode only). */
  readonly range: AbstractRange | null;
  /** The element whose nearness to the viewport decides whether the range is registered; null: always. */
  readonly anchor: Element | null;
}

interface Segment {
  hit: Hit;
  from: number;
  to: number;
}

/** How the fallback split one original Text node: `pieces[0]` is the original itself. */
interface Wrap {
  pieces: Text[];
  bases: number[];
  marks: HTMLElement[];
}

export interface HighlighterOptions {
  document: Document;
  /** The Highlight API to use; `null` forces the fallback. Default: detected. */
  api?: HighlightApi | null;
  /** Which blocks get their ranges registered (API mode). Default: near the viewport, where supported. */
  paintWindow?: PaintWindowFactory;
}

/** The element standing for a block's position: its container (a shadow root's host); null: the document. */
function anchorOf(block: TextBlock): Element | null {
  const container = blockContainer(block.nodes[0]!);
  if (container.nodeType === 1) return container as Element;
  return (container as Partial<ShadowRoot>).host ?? null;
}

export function createHighlighter(options: HighlighterOptions): Highlighter {
  const doc = options.document;
  const api = options.api === undefined ? detectHighlightApi() : options.api;
  const highlights = api ? CATEGORIES.map(() => api.create()) : [];
  let registered = false;
  let enabled = ALL_CATEGORIES;
  const segmentsOf = new Map<Text, Segment[]>();
  const hitsOfEntry = new Map<number, Set<Hit>>();
  const hitsOfCategory = CATEGORIES.map(() => new Set<Hit>());
  const contextualHits = new Set<Hit>();
  /** The contextual hits the frame's sense shows. */
  const shownContextual = new Set<Hit>();
  /** Contextual hits not judged yet; all are judged again when `rejudge` is set. */
  const unjudged = new Set<Hit>();
  let rejudge = false;
  let places: PlaceTree = { parent: [], children: [], unitNamed: [] };
  /** Hits that name Quzhou ({@link namesQuzhou}), and how many per entry: they decide the sense. */
  let anchorHits = 0;
  const anchorEntries = new Map<number, number>();
  let sense: PageSense = 'elsewhere';
  // Fallback state: splits per original node, the original behind each piece, nodes to re-wrap.
  const wraps = new Map<Text, Wrap>();
  const originalOf = new WeakMap<Text, { original: Text; base: number }>();
  const stale = new Set<Text>();
  const StaticRangeCtor = typeof StaticRange === 'function' ? StaticRange : undefined;
  // API mode: the hits of each watched block container.
  const hitsOfAnchor = new Map<Element, Set<Hit>>();
  /**
   * The last reported nearness of every container ever watched; a container not reported yet is
   * far. Kept after a container is unwatched: a block read again after a page change (its text
   * node replaced) loses its last hit and is unwatched before its new hits come, and watching it
   * again starts from here instead of "far", so its terms stay painted in the frame before the
   * observer's first report instead of flickering off (the report corrects it).
   */
  const near = new WeakMap<Element, boolean>();
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const paintWindow = ((api && (options.paintWindow ?? (view && viewportWindow(view)))) || paintEverywhere)(
    onNearChange,
  );

  /** Not a contextual match the frame's sense leaves out, whatever the options. */
  function senseShows(hit: Hit): boolean {
    return !hit.contextual || shownContextual.has(hit);
  }

  /** Enabled, and not a contextual match the frame's sense leaves out. */
  function isShown(hit: Hit): boolean {
    return (enabled & hit.bit) !== 0 && senseShows(hit);
  }

  /** Counts a hit that names Quzhou ({@link namesQuzhou}) in or out of the page's anchors. */
  function countAnchor(hit: Hit, by: 1 | -1) {
    if (!namesQuzhou(hit, places)) return;
    anchorHits += by;
    const left = (anchorEntries.get(hit.entry) ?? 0) + by;
    if (left > 0) anchorEntries.set(hit.entry, left);
    else anchorEntries.delete(hit.entry);
  }

  function isPainted(hit: Hit): boolean {
    return isShown(hit) && (hit.anchor === null || near.get(hit.anchor) === true);
  }

  function onNearChange(anchor: Element, isNear: boolean) {
    const hits = hitsOfAnchor.get(anchor);
    if (!hits || isNear === (near.get(anchor) === true)) return;
    near.set(anchor, isNear);
    for (const hit of hits) {
      if (!isShown(hit)) continue;
      const highlight = highlights[CATEGORIES.indexOf(hit.category)]!;
      if (isNear) highlight.add(hit.range!);
      else highlight.delete(hit.range!);
    }
  }

  function ensureRegistered() {
    if (!api || registered) return;
    CATEGORIES.forEach((category, i) => api.registry.set(highlightName(category), highlights[i]!));
    registered = true;
  }

  // StaticRange where possible: the browser need not update it on every DOM change, which matters
  // with thousands of ranges on a busy page. Removed nodes are dropped through removeNodes anyway.
  function makeRange(startNode: Text, startOffset: number, endNode: Text, endOffset: number): AbstractRange {
    if (StaticRangeCtor) {
      return new StaticRangeCtor({
        startContainer: startNode,
        startOffset,
        endContainer: endNode,
        endOffset,
      });
    }
    const range = doc.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  }

  function addHit(hit: Hit, segments: Segment[]) {
    segments.forEach((segment, i) => {
      const node = hit.nodes[i]!;
      const list = segmentsOf.get(node);
      if (list) list.push(segment);
      else segmentsOf.set(node, [segment]);
      if (!api) stale.add(node);
    });
    let set = hitsOfEntry.get(hit.entry);
    if (!set) hitsOfEntry.set(hit.entry, (set = new Set()));
    set.add(hit);
    // A division's first hit may place a contextual match.
    if (set.size === 1 && isDivision(places, hit.entry)) rejudge = true;
    hitsOfCategory[CATEGORIES.indexOf(hit.category)]!.add(hit);
    if (hit.contextual) {
      contextualHits.add(hit);
      unjudged.add(hit);
    }
    countAnchor(hit, 1);
    if (!api) return;
    if (hit.anchor) {
      const hits = hitsOfAnchor.get(hit.anchor);
      if (hits) hits.add(hit);
      else {
        hitsOfAnchor.set(hit.anchor, new Set([hit]));
        paintWindow.watch(hit.anchor);
      }
    }
    if (isPainted(hit)) highlights[CATEGORIES.indexOf(hit.category)]!.add(hit.range!);
  }

  function removeHit(hit: Hit) {
    const index = CATEGORIES.indexOf(hit.category);
    if (!hitsOfCategory[index]!.delete(hit)) return;
    if (hit.contextual) {
      contextualHits.delete(hit);
      shownContextual.delete(hit);
      unjudged.delete(hit);
    }
    countAnchor(hit, -1);
    for (const node of hit.nodes) {
      const list = segmentsOf.get(node)?.filter((s) => s.hit !== hit);
      if (list && list.length > 0) segmentsOf.set(node, list);
      else segmentsOf.delete(node);
      if (!api) stale.add(node);
    }
    const ofEntry = hitsOfEntry.get(hit.entry);
    if (ofEntry?.delete(hit) && ofEntry.size === 0 && isDivision(places, hit.entry)) rejudge = true;
    if (!api) return;
    highlights[index]!.delete(hit.range!);
    const hits = hit.anchor && hitsOfAnchor.get(hit.anchor);
    if (hits && hits.delete(hit) && hits.size === 0) forgetAnchor(hit.anchor!);
  }

  function forgetAnchor(anchor: Element) {
    paintWindow.unwatch(anchor);
    hitsOfAnchor.delete(anchor);
  }

  function removeHitsOver(node: Text) {
    const original = originalOf.get(node)?.original ?? node;
    for (const { hit } of segmentsOf.get(original) ?? []) removeHit(hit);
    if (!api) stale.add(original);
  }

  // --- fallback DOM work -------------------------------------------------------------------------

  function unwrap(original: Text) {
    const wrap = wraps.get(original);
    if (!wrap) return;
    wraps.delete(original);
    for (const mark of wrap.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    // Merge back the pieces still beside the original; one the page has moved away (say, it
    // removed a mark, or the original) is the page's text now and stays where it is.
    let data = original.data;
    for (const piece of wrap.pieces.slice(1)) {
      if (!piece.parentNode || piece.parentNode !== original.parentNode) continue;
      data += piece.data;
      piece.parentNode.removeChild(piece);
    }
    if (original.data !== data) original.data = data;
  }

  function wrapEnabled(original: Text) {
    const segments = (segmentsOf.get(original) ?? []).filter((s) => isShown(s.hit));
    if (segments.length === 0 || !original.parentNode) return;
    segments.sort((a, b) => a.from - b.from);
    const wrap: Wrap = { pieces: [original], bases: [0], marks: [] };
    let current = original;
    let base = 0;
    for (const { hit, from, to } of segments) {
      if (from > base) {
        current = current.splitText(from - base);
        base = from;
        wrap.pieces.push(current);
        wrap.bases.push(base);
      }
      const piece = current;
      if (to - base < current.length) {
        current = current.splitText(to - base);
        base = to;
        wrap.pieces.push(current);
        wrap.bases.push(base);
      }
      const mark = doc.createElement('mark');
      mark.setAttribute(OWN_UI_ATTRIBUTE, OWN_MARK);
      mark.className = markClasses(hit.category);
      piece.parentNode!.insertBefore(mark, piece);
      mark.appendChild(piece);
      wrap.marks.push(mark);
    }
    wrap.pieces.forEach((piece, i) => originalOf.set(piece, { original, base: wrap.bases[i]! }));
    wraps.set(original, wrap);
  }

  /**
   * Shows or hides contextual matches: the new ones, or all of them when the frame's sense has
   * changed or a division has come or gone (it may place a village or town).
   */
  function judgePage() {
    const next = pageSense(anchorHits, anchorEntries.size);
    if (next !== sense) {
      sense = next;
      rejudge = true;
    }
    const named = (entry: number) => (hitsOfEntry.get(entry)?.size ?? 0) > 0;
    for (const hit of rejudge ? contextualHits : unjudged) {
      const show = showsContextual(sense, hit.entry, places, named);
      if (show === shownContextual.has(hit)) continue;
      if (show) shownContextual.add(hit);
      else shownContextual.delete(hit);
      if (!api) for (const node of hit.nodes) stale.add(node);
      else if (isPainted(hit)) highlights[CATEGORIES.indexOf(hit.category)]!.add(hit.range!);
      else highlights[CATEGORIES.indexOf(hit.category)]!.delete(hit.range!);
    }
    rejudge = false;
    unjudged.clear();
  }

  /** Fallback: brings the DOM of every touched original node in line with its enabled matches. */
  function flush() {
    judgePage();
    if (api) return;
    for (const original of stale) {
      unwrap(original);
      if (original.isConnected) wrapEnabled(original);
    }
    stale.clear();
  }

  /** An original-node position → the current node and offset (the piece holding it). */
  function resolve(node: Text, offset: number, bias: 'start' | 'end'): [Text, number] {
    const wrap = wraps.get(node);
    if (!wrap) return [node, offset];
    for (let i = wrap.pieces.length - 1; i >= 0; i--) {
      const base = wrap.bases[i]!;
      if (base < offset || (bias === 'start' && base === offset) || i === 0)
        return [wrap.pieces[i]!, offset - base];
    }
    return [node, offset];
  }

  function rangeOf(match: PageMatch): Range {
    const range = doc.createRange();
    range.setStart(...resolve(match.startNode, match.startOffset, 'start'));
    range.setEnd(...resolve(match.endNode, match.endOffset, 'end'));
    return range;
  }

  function forEachText(root: Node, visit: (text: Text) => void) {
    if (root.nodeType === 3) visit(root as Text);
    if (root.nodeType === 1 && (root as Element).shadowRoot)
      forEachText((root as Element).shadowRoot!, visit);
    for (let c = root.firstChild; c; c = c.nextSibling) forEachText(c, visit);
  }

  function allHits(): Hit[] {
    return hitsOfCategory.flatMap((set) => [...set]);
  }

  return {
    mode: api ? 'highlight-api' : 'fallback',
    mutatesDom: !api,
    get enabledCategories() {
      return enabled;
    },
    get sense() {
      return sense;
    },

    setPlaces(tree) {
      places = tree;
      // Which hits name Quzhou depends on the tree (only divisions do): count them again.
      anchorHits = 0;
      anchorEntries.clear();
      for (const hit of allHits()) countAnchor(hit, 1);
      rejudge = true;
      flush();
    },

    setBlock(block, matches) {
      for (const node of block.nodes) removeHitsOver(node);
      const { nodes, starts, text } = block;
      const lengthAt = (i: number) => (i + 1 < starts.length ? starts[i + 1]! : text.length) - starts[i]!;
      if (matches.length > 0) ensureRegistered();
      const anchor = api && matches.length > 0 ? anchorOf(block) : null;
      for (const match of matches) {
        const start = positionAt(block, match.start, 'start');
        const end = positionAt(block, match.end, 'end');
        const first = nodes.indexOf(start.node, 0);
        const last = nodes.indexOf(end.node, first);
        const hit: Hit = {
          entry: match.entry,
          category: match.category,
          contextual: match.contextual,
          river: match.river,
          bit: 1 << CATEGORIES.indexOf(match.category),
          startNode: start.node,
          startOffset: start.offset,
          endNode: end.node,
          endOffset: end.offset,
          nodes: nodes.slice(first, last + 1),
          range: api ? makeRange(start.node, start.offset, end.node, end.offset) : null,
          anchor,
        };
        const segments: Segment[] = [];
        for (let i = first; i <= last; i++) {
          segments.push({
            hit,
            from: i === first ? start.offset : 0,
            to: i === last ? end.offset : lengthAt(i),
          });
        }
        addHit(hit, segments);
      }
      flush();
    },

    matchAt(node, offset) {
      if (node.nodeType !== 3) return undefined;
      const piece = originalOf.get(node as Text);
      const original = piece ? piece.original : (node as Text);
      const at = piece ? piece.base + offset : offset;
      for (const { hit, from, to } of segmentsOf.get(original) ?? []) {
        if (from <= at && at < to && isPainted(hit)) return hit;
      }
      return undefined;
    },

    matchesIn(root) {
      return allHits().filter((hit) => root.contains(hit.startNode) || root.contains(hit.endNode));
    },

    removeNodes(nodes) {
      for (const node of nodes) forEachText(node, removeHitsOver);
      flush();
    },

    release(root) {
      if (api) return;
      for (const hit of allHits())
        if (root.contains(hit.startNode) || root.contains(hit.endNode)) removeHit(hit);
      for (const original of [...wraps.keys()]) if (root.contains(original)) stale.add(original);
      flush();
    },

    setEnabledCategories(mask) {
      const changed = (enabled ^ mask) & ALL_CATEGORIES;
      enabled = mask & ALL_CATEGORIES;
      CATEGORIES.forEach((_, i) => {
        if (!(changed & (1 << i))) return;
        const on = enabled & (1 << i);
        if (api) {
          if (!on) highlights[i]!.clear();
          else for (const hit of hitsOfCategory[i]!) if (isPainted(hit)) highlights[i]!.add(hit.range!);
        } else for (const hit of hitsOfCategory[i]!) for (const node of hit.nodes) stale.add(node);
      });
      flush();
    },

    counts(options = {}) {
      const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
      const byEntry = new Map<number, number>();
      let total = 0;
      CATEGORIES.forEach((category, i) => {
        if (!options.includeDisabled && !(enabled & (1 << i))) return;
        for (const hit of hitsOfCategory[i]!) {
          if (!senseShows(hit)) continue;
          byEntry.set(hit.entry, (byEntry.get(hit.entry) ?? 0) + 1);
          byCategory[category]++;
          total++;
        }
      });
      return { total, byCategory, byEntry };
    },

    meantPlace(candidates) {
      // Named where the page shows a hit of it, whichever categories are on.
      const shows = (entry: number) => {
        for (const hit of hitsOfEntry.get(entry) ?? []) if (senseShows(hit)) return true;
        return false;
      };
      return meantPlace(candidates, places, shows);
    },

    firstRangeOf(entry) {
      let first: Hit | undefined;
      for (const hit of hitsOfEntry.get(entry) ?? []) {
        if (!senseShows(hit)) continue;
        if (!first) first = hit;
        else if (hit.startNode === first.startNode) {
          if (hit.startOffset < first.startOffset) first = hit;
        } else if (
          hit.startNode.compareDocumentPosition(first.startNode) & Node.DOCUMENT_POSITION_FOLLOWING
        ) {
          first = hit;
        }
      }
      return first && rangeOf(first);
    },

    rangeOf,

    clear() {
      for (const highlight of highlights) highlight.clear();
      if (api && registered) {
        CATEGORIES.forEach((category, i) => {
          if (api.registry.get(highlightName(category)) === highlights[i])
            api.registry.delete(highlightName(category));
        });
        registered = false;
      }
      for (const original of [...wraps.keys()]) unwrap(original);
      for (const anchor of [...hitsOfAnchor.keys()]) forgetAnchor(anchor);
      segmentsOf.clear();
      hitsOfEntry.clear();
      for (const set of hitsOfCategory) set.clear();
      contextualHits.clear();
      shownContextual.clear();
      unjudged.clear();
      anchorHits = 0;
      anchorEntries.clear();
      sense = 'elsewhere';
      stale.clear();
    },
  };
}
