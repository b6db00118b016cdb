/**
 * DOM → text blocks. Chinese has no spaces and pages split terms across inline elements
 * (`<b>四省边际</b>中心城市`, `<a>廿里</a>镇`), so terms are matched over the text of a *block*:
 * the consecutive Text nodes between two block boundaries, joined. A block keeps its nodes and
 * their start offsets, so a match [start, end) maps back to DOM positions with {@link positionAt},
 * even when it spans several nodes.
 *
 * Boundaries come from tag names, not from `getComputedStyle`: computing style for every element
 * of a large page forces a style recalc per element and costs far more than the matching itself.
 * The price is that an inline-styled `<div style="display:inline">` splits a term, and a
 * `<span style="display:block">` may join two; both are rare in news pages, and a split only misses
 * a term (never highlights a wrong one). Unknown tags (custom elements) count as boundaries for
 * the same reason.
 */

/** Marks the extension's own UI (e.g. the popover host): never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-quzhou-glossary-ui';

/**
 * The value of {@link OWN_UI_ATTRIBUTE} on the fallback highlighter's `<mark>`s. They wrap page
 * text, which stays page text: such a mark is read like any inline element, and a change to the
 * text inside it is the page's change.
 */
export const OWN_MARK = 'mark';

/** Phrasing elements that do not break a line by default: their text joins the block around them. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i',
  'ins', 'label', 'mark', 'nobr', 'q', 'ruby', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'time', 'tt', 'u', 'var', 'wbr',
]); // prettier-ignore

/**
 * Elements whose text is never scanned (nor anything inside them):
 * - not rendered as text: script, style, noscript, template, head/title, and embedded content
 *   (iframe, object, embed, canvas, video, audio, svg, math);
 * - form controls and their options, whose text the user types or picks: textarea, input,
 *   select, option, optgroup, button (a button label is UI, not prose);
 * - technical text: code, pre, kbd, samp. Code and preformatted listings are not news prose, and a
 *   term found in an identifier or a log line would be a false hit;
 * - ruby annotations (rt, rp): pinyin above 衢 must not be read into the base text. Unlike the
 *   others they do not end the block: `<ruby>衢<rt>qú</rt></ruby>江区` reads 衢江区.
 * Editable regions (`contenteditable` other than "false", and all inside them) and the
 * extension's own UI ({@link OWN_UI_ATTRIBUTE}) are skipped too, see {@link isSkippedElement}.
 *
 * `hidden` and `aria-hidden="true"` content is NOT skipped: pages reveal it by flipping an
 * attribute (tabs, accordions), which a childList/characterData observer never sees, and
 * aria-hidden is also put on visible decorative copies. A highlight on invisible text costs nothing.
 */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'svg', 'math', 'textarea', 'input', 'select', 'option', 'optgroup', 'button',
  'code', 'pre', 'kbd', 'samp', 'rt', 'rp',
]); // prettier-ignore

/** Skipped elements that do not end a block: ruby annotations sit inside a line of text. */
const TRANSPARENT_SKIPPED: ReadonlySet<string> = new Set(['rt', 'rp']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;

/** The text of consecutive Text nodes between two block boundaries. */
export interface TextBlock {
  /** The nodes' data, joined. */
  readonly text: string;
  /** Non-empty Text nodes, in document order. */
  readonly nodes: readonly Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`; strictly increasing. */
  readonly starts: readonly number[];
}

export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  const own = element.getAttribute(OWN_UI_ATTRIBUTE);
  if (own !== null) return own !== OWN_MARK || element.localName !== 'mark';
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Whether an element's text joins the surrounding block (inline and not skipped). */
export function isInlineElement(element: Element): boolean {
  return INLINE_TAGS.has(element.localName) && !isSkippedElement(element);
}

/** The parent across shadow boundaries: a shadow root's parent is its host. */
function composedParent(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  return node.nodeType === DOCUMENT_FRAGMENT_NODE ? ((node as ShadowRoot).host ?? null) : null;
}

/** Whether `node` is, or is inside, a skipped element (shadow hosts included), or in an editable document. */
export function isExcluded(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let n: Node | null = node; n; n = composedParent(n)) {
    if (n.nodeType === ELEMENT_NODE && isSkippedElement(n as Element)) return true;
  }
  return false;
}

/**
 * The element (or document / shadow root) whose own inline content holds `node`'s block: the
 * nearest ancestor that is a block boundary. Re-collecting it shallowly re-reads that block.
 */
export function blockContainer(node: Node): Node {
  let n: Node | null = node.nodeType === TEXT_NODE ? node.parentNode : node;
  for (; n; n = n.parentNode) {
    if (n.nodeType !== ELEMENT_NODE || !INLINE_TAGS.has((n as Element).localName)) return n;
  }
  return node.getRootNode();
}

/**
 * The outermost boundary elements in `node`'s subtree (`node` included), not descending into
 * them: when an inline element is added, its own text joins the parent's block and these start
 * blocks of their own (`<a><div>标题</div><p>摘要</p></a>` in news lists).
 */
export function boundaryRoots(node: Node): Element[] {
  const found: Element[] = [];
  const visit = (element: Element) => {
    if (isSkippedElement(element)) return;
    if (!INLINE_TAGS.has(element.localName)) found.push(element);
    else for (let c = element.firstElementChild; c; c = c.nextElementSibling) visit(c);
  };
  if (node.nodeType === ELEMENT_NODE) visit(node as Element);
  return found;
}

/** Open shadow roots in `root`'s subtree, nested ones too, outside skipped elements. */
export function openShadowRoots(root: Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (element: Element) => {
    if (isSkippedElement(element)) return;
    if (element.shadowRoot) {
      found.push(element.shadowRoot);
      for (let c = element.shadowRoot.firstElementChild; c; c = c.nextElementSibling) visit(c);
    }
    for (let c = element.firstElementChild; c; c = c.nextElementSibling) visit(c);
  };
  if (root.nodeType === ELEMENT_NODE) visit(root as Element);
  else
    for (let c = root.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) visit(c as Element);
  return found;
}

export interface CollectOptions {
  /**
   * Only the blocks of `root`'s own inline content: boundary elements inside it are not entered
   * (their blocks are unchanged when only `root`'s own text changed).
   */
  shallow?: boolean;
  /** Receives the open shadow roots of the elements visited (not of skipped ones). */
  shadowRoots?: ShadowRoot[];
}

const now = () => performance.now();

/**
 * Walks a subtree and emits its blocks, resumably: {@link BlockCollector.collect} stops at a block
 * boundary once its deadline or block budget is reached, so a 2 MB page can be read across several
 * short tasks. The walk is a plain firstChild/nextSibling traversal rather than a TreeWalker: block
 * boundaries need to know when an element is *left*, which a TreeWalker does not report, and the
 * manual walk avoids a JS filter callback per node.
 */
export class BlockCollector {
  private next: Node | null;
  private done = false;

  constructor(
    private readonly root: Node,
    private readonly options: CollectOptions = {},
  ) {
    this.next = root.nodeType === TEXT_NODE ? root : root.firstChild;
    // A document in designMode is editable as a whole.
    if (((root.ownerDocument ?? root) as Document).designMode === 'on') this.next = null;
    else if (root.nodeType === ELEMENT_NODE) {
      const element = root as Element;
      if (isSkippedElement(element)) this.next = null;
      else if (element.shadowRoot) options.shadowRoots?.push(element.shadowRoot);
    }
  }

  get finished(): boolean {
    return this.done;
  }

  /**
   * Appends blocks to `out` until the walk ends (returns true) or, at a block boundary, `deadline`
   * (a time of `clock`) has passed or `maxBlocks` blocks were added (returns false).
   */
  collect(out: TextBlock[], deadline = Infinity, maxBlocks = Infinity, clock: () => number = now): boolean {
    if (this.done) return true;
    const { root } = this;
    const shallow = this.options.shallow === true;
    const shadowOut = this.options.shadowRoots;
    // The walk resumes at a node that the page may have removed since: start over (blocks emitted
    // twice are harmless, the scanner keeps the newest block of each node).
    let node = this.next;
    if (node && node !== root && !root.contains(node)) node = root.firstChild;
    const limit = out.length + maxBlocks;
    let nodes: Text[] = [];
    let starts: number[] = [];
    let text = '';
    let visited = 0;
    const flush = () => {
      if (nodes.length === 0) return;
      if (/\S/.test(text)) out.push({ text, nodes, starts });
      nodes = [];
      starts = [];
      text = '';
    };
    while (node) {
      let descend = false;
      if (node.nodeType === TEXT_NODE) {
        const data = (node as Text).data;
        if (data.length > 0) {
          nodes.push(node as Text);
          starts.push(text.length);
          text += data;
        }
      } else if (node.nodeType === ELEMENT_NODE) {
        const element = node as Element;
        if (isSkippedElement(element)) {
          if (!TRANSPARENT_SKIPPED.has(element.localName)) flush();
        } else {
          const inline = INLINE_TAGS.has(element.localName);
          if (!inline) flush();
          if (inline || !shallow) {
            if (shadowOut && element.shadowRoot) shadowOut.push(element.shadowRoot);
            descend = element.firstChild !== null;
          }
        }
      }
      if (descend) node = node.firstChild;
      else {
        // Leave `node`, climbing out of every parent it ends; leaving a boundary ends the block.
        for (;;) {
          if (node === root) {
            node = null;
            break;
          }
          const sibling: Node | null = node.nextSibling;
          if (sibling) {
            node = sibling;
            break;
          }
          node = node.parentNode;
          if (!node) break;
          if (
            node !== root &&
            node.nodeType === ELEMENT_NODE &&
            !INLINE_TAGS.has((node as Element).localName)
          ) {
            flush();
          }
        }
      }
      if (++visited >= 64 && nodes.length === 0 && node) {
        visited = 0;
        if (out.length >= limit || clock() >= deadline) {
          this.next = node;
          return false;
        }
      }
    }
    flush();
    this.next = null;
    this.done = true;
    return true;
  }
}

/** All blocks of `root`'s subtree, in document order. */
export function collectBlocks(root: Node, options?: CollectOptions): TextBlock[] {
  const out: TextBlock[] = [];
  new BlockCollector(root, options).collect(out);
  return out;
}

/**
 * The DOM position of a block offset. At a boundary between two nodes, `'start'` gives the start
 * of the next node and `'end'` the end of the previous one, so a match's range covers exactly the
 * nodes that hold its characters.
 */
export function positionAt(
  block: TextBlock,
  offset: number,
  bias: 'start' | 'end' = 'start',
): { node: Text; offset: number } {
  const { starts, nodes } = block;
  // Last node that starts at (start bias) or before (end bias) the offset.
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = starts[mid]!;
    if (start < offset || (bias === 'start' && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo]!, offset: offset - starts[lo]! };
}
