/**
 * Keeps a page's highlights in step with its text: reads blocks (lib/page/text-blocks.ts), matches them
 * (lib/matching/matcher.ts) and hands the matches to the highlighter (lib/page/highlighter.ts), in short slices.
 *
 * - Time slicing: work runs in tasks of at most `sliceMs` (default 8 ms) and yields between them,
 *   so even a 2 MB page never blocks input for long. The block walk itself is resumable.
 * - Visible text first: newly read blocks are sorted into "in or near the viewport" and "the rest"
 *   with one `getBoundingClientRect` per block (on the parent element of its first Text node), and
 *   visible ones are matched first. Rects are read in chunks before any highlighting work, and the
 *   Highlight API changes no layout, so the reads stay cheap (no forced relayout between them). An
 *   IntersectionObserver would answer only a frame later, for every element, and then need a
 *   second round trip to start the work; the synchronous read lets the first slice highlight what
 *   the reader sees.
 * - Dynamic pages: one MutationObserver (childList, characterData, subtree) on the document and on
 *   every open shadow root. A batch of records is handled at the start of the next slice: removed
 *   nodes lose their matches, and only the affected blocks are re-read (the changed node's block
 *   container, shallowly, plus any block-level elements that were added). SPA navigations and
 *   infinite scroll are just mutations.
 * - Own work: the Highlight API path changes no DOM. The fallback path does; its mutations are
 *   dropped with `takeRecords()` at the end of each slice, after the page's pending records were
 *   taken in at its start, so the observer never reacts to them.
 * - In fallback mode a dirty container is released (marks removed) and re-read whole, in one go.
 * - Late shadow roots: attaching a shadow root to an element already in the page (a custom element
 *   upgraded when its definition loads, as comment widgets do) produces no mutation record, and a
 *   content script cannot hook `attachShadow` in the page's world. A sweep looks for such roots on
 *   a backoff timer (1 s, 3 s, 10 s, 30 s) that starts again whenever the page changes; the walk
 *   itself is sliced too.
 */
import type { Highlighter, PageCounts, PageMatch } from './highlighter';
import type { CategoryMask, Matcher } from '../matching/matcher';
import { placeTree } from './quzhou-page';
import {
  BlockCollector,
  OWN_MARK,
  OWN_UI_ATTRIBUTE,
  blockContainer,
  boundaryRoots,
  isExcluded,
  type TextBlock,
} from './text-blocks';

export interface Scheduler {
  /** Runs `task` later, in a separate task. */
  post(task: () => void): void;
  /** Milliseconds, monotonic (`performance.now()`). */
  now(): number;
}

/**
 * `scheduler.postTask` where present (no clamping, priority-aware), else a MessageChannel (no 4 ms
 * clamp of nested timers), else `setTimeout(0)`.
 */
export function defaultScheduler(): Scheduler {
  const now = () => performance.now();
  const native = (globalThis as { scheduler?: { postTask?: (task: () => void) => Promise<unknown> } })
    .scheduler;
  if (typeof native?.postTask === 'function') {
    return { post: (task) => void native.postTask!(task), now };
  }
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    const tasks: (() => void)[] = [];
    channel.port1.onmessage = () => tasks.shift()?.();
    return {
      post: (task) => {
        tasks.push(task);
        channel.port2.postMessage(null);
      },
      now,
    };
  }
  return { post: (task) => setTimeout(task, 0), now };
}

export interface PageScannerOptions {
  root: Document;
  matcher: Matcher;
  highlighter: Highlighter;
  schedule?: Scheduler;
  /** Work budget per task, ms. Default 8. */
  sliceMs?: number;
  /** Whether a block's element is in or near the viewport. Default: its rect against the window. */
  isVisible?: (element: Element) => boolean;
  /** Called after a slice that changed the highlights. */
  onUpdate?: () => void;
  /** Called once for each open shadow root the scanner starts to follow (e.g. to adopt styles). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Delays between sweeps for late shadow roots, restarted by page changes. Default 1 s … 30 s. */
  sweepDelaysMs?: readonly number[];
}

export interface PageScanner {
  start(): void;
  /** Disconnects the observer, drops pending work and clears every highlight. */
  stop(): void;
  /** Forgets everything and reads the whole page again. */
  rescan(): void;
  /** Matches with a new automaton (the reader's entries changed) and reads the page again. */
  setMatcher(matcher: Matcher): void;
  /** Shows only these categories; no re-matching. */
  setCategories(mask: CategoryMask): void;
  /** Resolves once no work is pending. */
  idle(): Promise<void>;
  readonly running: boolean;
  /** Counters for tests and diagnostics. */
  readonly stats: Readonly<{ slices: number; mutationBatches: number; blocksMatched: number }>;
  counts(options?: { includeDisabled?: boolean }): PageCounts;
  meantPlace(candidates: readonly number[]): number;
  firstRangeOf(entry: number): Range | undefined;
  matchAt(node: Node, offset: number): PageMatch | undefined;
  rangeOf(match: PageMatch): Range;
  /** The open shadow roots being followed whose hosts are still in the page. */
  shadowRoots(): ShadowRoot[];
}

/** A FIFO without Array#shift's O(n) copying on long queues. */
class Queue<T> {
  private items: T[] = [];
  private head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  push(item: T): void {
    this.items.push(item);
  }
  take(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head++];
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
  clear(): void {
    this.items = [];
    this.head = 0;
  }
}

const OBSERVE: MutationObserverInit = { childList: true, characterData: true, subtree: true };
const CLASSIFY_CHUNK = 64;
const COLLECT_CHUNK = 128;

function viewportTest(doc: Document): (element: Element) => boolean {
  return (element) => {
    const view = doc.defaultView;
    const height = view?.innerHeight ?? 0;
    const width = view?.innerWidth ?? 0;
    const rect = element.getBoundingClientRect();
    // Half a screen of margin: text just below the fold is ready when the reader scrolls.
    return (
      (rect.width > 0 || rect.height > 0) &&
      rect.bottom >= -height / 2 &&
      rect.top <= height * 1.5 &&
      rect.right >= 0 &&
      rect.left <= width
    );
  };
}

/**
 * The extension's own UI (the popover host). Not the fallback marks: they hold page text, and a
 * page removing one removes that text (the marks' own comings and goings never get here).
 */
function isOwnUi(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const own = (node as Element).getAttribute(OWN_UI_ATTRIBUTE);
  return own !== null && own !== OWN_MARK;
}

/** Whether `node` has a (non-inclusive) ancestor in `roots`, within its own tree. */
function insideAny(node: Node, roots: ReadonlySet<Node>): boolean {
  for (let n = node.parentNode; n; n = n.parentNode) if (roots.has(n)) return true;
  return false;
}

export function createPageScanner(options: PageScannerOptions): PageScanner {
  const { root: doc, highlighter } = options;
  let matcher = options.matcher;
  highlighter.setPlaces(placeTree(matcher.terms));
  const sweepDelays = options.sweepDelaysMs ?? [1000, 3000, 10000, 30000];
  let sweepStep = 0;
  let sweepTimer: ReturnType<typeof setTimeout> | undefined;
  /** The sweep in progress: one element walker per root still to finish. */
  let sweepWalkers: TreeWalker[] = [];
  let sweepFound = false;
  const view = doc.defaultView ?? globalThis;
  const schedule = options.schedule ?? defaultScheduler();
  const sliceMs = options.sliceMs ?? 8;
  const isVisible = options.isVisible ?? viewportTest(doc);
  const fallback = highlighter.mutatesDom;
  const stats = { slices: 0, mutationBatches: 0, blocksMatched: 0 };
  let running = false;
  let scheduled = false;
  let changed = false;
  let pendingRecords: MutationRecord[] = [];
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new Observer((records) => {
    stats.mutationBatches++;
    for (const record of records) pendingRecords.push(record);
    scheduleSlice();
    sweepStep = 0;
    armSweep();
  });
  let knownRoots = new WeakSet<Node>();
  const followedShadowRoots = new Set<ShadowRoot>();
  let latestBlock = new WeakMap<Text, TextBlock>();
  const collectors = new Queue<BlockCollector>();
  const foundShadowRoots: ShadowRoot[] = [];
  const unclassified = new Queue<TextBlock>();
  const visible = new Queue<TextBlock>();
  const rest = new Queue<TextBlock>();
  let waiters: (() => void)[] = [];

  function hasWork(): boolean {
    return pendingRecords.length + collectors.size + unclassified.size + visible.size + rest.size > 0;
  }

  function scheduleSlice() {
    if (scheduled || !running) return;
    scheduled = true;
    schedule.post(slice);
  }

  function settle() {
    if (hasWork() && running) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  }

  function observeRoot(root: Document | ShadowRoot) {
    if (knownRoots.has(root)) return;
    knownRoots.add(root);
    observer.observe(root, OBSERVE);
    if (root !== doc) {
      followedShadowRoots.add(root as ShadowRoot);
      options.onShadowRoot?.(root as ShadowRoot);
    }
    enqueueCollector(root, false);
  }

  function armSweep() {
    if (!running || sweepTimer !== undefined || sweepStep >= sweepDelays.length) return;
    sweepTimer = view.setTimeout(sweepShadowRoots, sweepDelays[sweepStep++]);
  }

  function disarmSweep() {
    if (sweepTimer !== undefined) view.clearTimeout(sweepTimer);
    sweepTimer = undefined;
    sweepStep = 0;
    sweepWalkers = [];
  }

  /**
   * Follows open shadow roots that appeared without a mutation record (see the header). The walk
   * visits every element, which on a 2 MB page (40,000 elements, read from the content script's
   * isolated world) took over 100 ms in one go: it runs in slices like the rest of the work.
   */
  function sweepShadowRoots() {
    sweepTimer = undefined;
    if (!running) return;
    sweepWalkers = [doc, ...followedShadowRoots].map((root) => doc.createTreeWalker(root, 1 /* elements */));
    sweepFound = false;
    schedule.post(sweepSlice);
  }

  function sweepSlice() {
    if (!running) return;
    const deadline = schedule.now() + sliceMs;
    let visited = 0;
    while (sweepWalkers.length > 0) {
      const walker = sweepWalkers[0]!;
      let element = walker.nextNode() as Element | null;
      for (; element; element = walker.nextNode() as Element | null) {
        const shadow = element.shadowRoot;
        if (shadow && !knownRoots.has(shadow) && !isOwnUi(element) && !isExcluded(element)) {
          observeRoot(shadow);
          sweepFound = true;
        }
        if (++visited % 256 === 0 && schedule.now() >= deadline) break;
      }
      if (!element) {
        sweepWalkers.shift();
        continue;
      }
      // Out of time: let the matching work and the page run, then go on where the walk stopped.
      if (sweepFound) scheduleSlice();
      schedule.post(sweepSlice);
      return;
    }
    if (sweepFound) scheduleSlice();
    armSweep();
  }

  function enqueueCollector(root: Node, shallow: boolean) {
    if (fallback) {
      // Take the marks out and re-read the container whole: a shallow read would skip nested
      // blocks whose marks were just released. The slice runs such collectors before highlighting
      // anything, so no mark can appear in the container before it is read.
      highlighter.release(root);
      shallow = false;
    }
    collectors.push(new BlockCollector(root, { shallow, shadowRoots: foundShadowRoots }));
  }

  function runCollector(deadline: number) {
    const collector = collectors.take()!;
    const out: TextBlock[] = [];
    const done = fallback
      ? collector.collect(out)
      : collector.collect(out, deadline, COLLECT_CHUNK, () => schedule.now());
    for (const block of out) {
      for (const node of block.nodes) latestBlock.set(node, block);
      unclassified.push(block);
    }
    if (!done) collectors.push(collector);
    for (const shadowRoot of foundShadowRoots.splice(0)) observeRoot(shadowRoot);
  }

  function processRecords() {
    const records = pendingRecords;
    pendingRecords = [];
    if (records.length === 0) return;
    const removed: Node[] = [];
    const deep = new Set<Node>();
    const shallow = new Set<Node>();
    for (const record of records) {
      const target = record.target;
      if (record.type === 'characterData') {
        if (target.isConnected && !isExcluded(target)) shallow.add(blockContainer(target));
        continue;
      }
      if (record.type !== 'childList') continue;
      const added = [...record.addedNodes];
      const gone = [...record.removedNodes];
      // The extension's own UI coming and going (the popover host) changes no page text.
      if ([...added, ...gone].every(isOwnUi) || isExcluded(target)) continue;
      removed.push(...gone);
      if (!target.isConnected) continue;
      shallow.add(blockContainer(target));
      for (const node of added) {
        if (node.parentNode !== target) continue; // moved on or removed again since
        for (const element of boundaryRoots(node)) deep.add(element);
      }
    }
    if (removed.length > 0) {
      highlighter.removeNodes(removed);
      changed = true;
    }
    for (const node of deep) if (!insideAny(node, deep)) enqueueCollector(node, false);
    for (const node of shallow) if (!deep.has(node) && !insideAny(node, deep)) enqueueCollector(node, true);
  }

  function classify(count: number) {
    for (let i = 0; i < count; i++) {
      const block = unclassified.take();
      if (!block) return;
      const first = block.nodes[0]!;
      const element = first.parentElement ?? (first.getRootNode() as ShadowRoot).host ?? null;
      (element && isVisible(element) ? visible : rest).push(block);
    }
  }

  function processBlock(block: TextBlock) {
    const { nodes, starts, text } = block;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const length = (i + 1 < nodes.length ? starts[i + 1]! : text.length) - starts[i]!;
      // Superseded by a newer reading of the same node, removed, or changed since it was read.
      if (latestBlock.get(node) !== block || !node.isConnected || node.data.length !== length) return;
    }
    highlighter.setBlock(block, matcher.findAll(text));
    stats.blocksMatched++;
    changed = true;
  }

  function slice() {
    scheduled = false;
    if (!running) return;
    stats.slices++;
    const deadline = schedule.now() + sliceMs;
    pendingRecords.push(...observer.takeRecords());
    processRecords();
    while (schedule.now() < deadline) {
      if (fallback && collectors.size > 0) {
        runCollector(Infinity);
        continue;
      }
      const block = visible.take();
      if (block) processBlock(block);
      else if (unclassified.size > 0) classify(CLASSIFY_CHUNK);
      else if (collectors.size > 0) runCollector(deadline);
      else {
        const other = rest.take();
        if (!other) break;
        processBlock(other);
      }
    }
    if (fallback) observer.takeRecords();
    if (changed) {
      changed = false;
      options.onUpdate?.();
    }
    if (hasWork()) scheduleSlice();
    else settle();
  }

  /** Runs DOM-changing highlighter work outside a slice without the observer seeing it. */
  function ownWork(work: () => void) {
    if (!fallback || !running) return work();
    pendingRecords.push(...observer.takeRecords());
    work();
    observer.takeRecords();
    if (pendingRecords.length > 0) scheduleSlice();
  }

  function reset() {
    pendingRecords = [];
    collectors.clear();
    unclassified.clear();
    visible.clear();
    rest.clear();
    foundShadowRoots.length = 0;
    knownRoots = new WeakSet();
    followedShadowRoots.clear();
    latestBlock = new WeakMap();
  }

  return {
    get running() {
      return running;
    },
    stats,

    start() {
      if (running) return;
      running = true;
      reset();
      observeRoot(doc);
      scheduleSlice();
      armSweep();
    },

    stop() {
      if (!running) return;
      running = false;
      disarmSweep();
      observer.disconnect();
      reset();
      highlighter.clear();
      settle();
    },

    rescan() {
      if (!running) return;
      ownWork(() => highlighter.clear());
      reset();
      observeRoot(doc);
      scheduleSlice();
    },

    setMatcher(next) {
      matcher = next;
      this.rescan();
      // After the rescan has cleared the old matches (a stopped scanner has none), whose entry
      // indices are the old terms'; the new ones are read in later slices.
      ownWork(() => highlighter.setPlaces(placeTree(next.terms)));
    },

    setCategories(mask) {
      ownWork(() => highlighter.setEnabledCategories(mask));
      options.onUpdate?.();
    },

    idle() {
      if (!running || (!hasWork() && !scheduled)) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },

    counts: (countOptions) => highlighter.counts(countOptions),
    meantPlace: (candidates) => highlighter.meantPlace(candidates),
    firstRangeOf: (entry) => highlighter.firstRangeOf(entry),
    matchAt: (node, offset) => highlighter.matchAt(node, offset),
    rangeOf: (match) => highlighter.rangeOf(match),
    shadowRoots() {
      for (const root of followedShadowRoots) if (!root.host.isConnected) followedShadowRoots.delete(root);
      return [...followedShadowRoots];
    },
  };
}
