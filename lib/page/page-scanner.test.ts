// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_TERMS, loadFixture, readExpected } from '../../tests/fixtures/matching/load';
import { CATEGORIES, type Category, type Glossary } from '../glossary/glossary';
import { createHighlighter, type Highlighter, type PageMatch } from './highlighter';
import { ALL_CATEGORIES, categoryBit, compileMatcher, type MatcherTerm } from '../matching/matcher';
import { createPageScanner, type PageScanner, type PageScannerOptions, type Scheduler } from './page-scanner';
import { OWN_UI_ATTRIBUTE } from './text-blocks';
import { paintEverywhere } from './paint-window';

/** A faithful stand-in for the CSS Custom Highlight API (happy-dom has none). */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

let registry: Map<string, FakeHighlight>;

function installHighlightApi() {
  registry = new Map();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
}

const timeoutScheduler: Scheduler = { post: (task) => setTimeout(task, 0), now: () => performance.now() };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

type Mode = 'highlight-api' | 'fallback';

interface Setup {
  scanner: PageScanner;
  highlighter: Highlighter;
  terms: readonly MatcherTerm[];
}

let current: Setup | undefined;

function setup(
  mode: Mode,
  extra: Partial<PageScannerOptions> = {},
  terms: readonly MatcherTerm[] = TEST_TERMS,
): Setup {
  if (mode === 'highlight-api') installHighlightApi();
  const highlighter = createHighlighter({
    document,
    api: mode === 'highlight-api' ? undefined : null,
    paintWindow: paintEverywhere,
  });
  expect(highlighter.mode).toBe(mode);
  const scanner = createPageScanner({
    root: document,
    matcher: compileMatcher(terms),
    highlighter,
    schedule: timeoutScheduler,
    ...extra,
  });
  current = { scanner, highlighter, terms };
  return current;
}

/** Lets the observer deliver and the scanner finish, until nothing moves any more. */
async function settle(scanner: PageScanner) {
  for (let i = 0; i < 3; i++) {
    await tick();
    await scanner.idle();
  }
}

function documentOrder(a: PageMatch, b: PageMatch): number {
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  return a.startNode.compareDocumentPosition(b.startNode) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Matches under `root` (enabled categories only), in document order. */
function matches({ highlighter }: Setup, root: Node = document): PageMatch[] {
  const enabled = highlighter.enabledCategories;
  return highlighter
    .matchesIn(root)
    .filter((m) => enabled & categoryBit(m.category))
    .sort(documentOrder);
}

/** A range's text as read: without ruby annotations, which a range over 衢<rt>qú</rt>江区 contains. */
function readText(range: Range): string {
  const contents = range.cloneContents();
  for (const annotation of contents.querySelectorAll('rt, rp')) annotation.remove();
  return contents.textContent ?? '';
}

function foundByCategory(setup: Setup, root: Node = document): Record<Category, string[]> {
  const found = Object.fromEntries(CATEGORIES.map((c) => [c, [] as string[]])) as Record<Category, string[]>;
  for (const m of matches(setup, root)) found[m.category].push(readText(setup.highlighter.rangeOf(m)));
  return found;
}

const surfaces = (setup: Setup, root: Node = document) =>
  matches(setup, root).map((m) => readText(setup.highlighter.rangeOf(m)));

/** The ranges registered for a category, as text in document order (API mode). */
function registered(category: Category): string[] {
  return [...(registry.get(`qzg-${category}`) ?? [])]
    .map((r) => r as Range)
    .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
    .map(readText);
}

afterEach(() => {
  current?.scanner.stop();
  current = undefined;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe.each<Mode>(['highlight-api', 'fallback'])('%s', (mode) => {
  it('finds the fixture’s terms and nothing in skipped content', async () => {
    loadFixture('article.html');
    const expected = readExpected('article.expected.json');
    const s = setup(mode);
    s.scanner.start();
    await settle(s.scanner);
    expect(foundByCategory(s)).toEqual(expected.found);
    const all = surfaces(s);
    for (const surface of expected.mustNotBeFound) expect(all, surface).not.toContain(surface);
    // (In fallback mode a matched node's parent is our own <mark>: look from outside it.)
    const outside = (node: Node) =>
      node.parentElement!.closest('mark.qzg-mark')?.parentElement ?? node.parentElement!;
    for (const selector of expected.mustNotBeFoundInside) {
      const inside = matches(s).filter((m) => outside(m.startNode).closest(selector));
      expect(inside, selector).toEqual([]);
    }
    if (mode === 'highlight-api') {
      for (const category of CATEGORIES) expect(registered(category)).toEqual(expected.found[category]);
    } else {
      expect(document.querySelector(`[contenteditable=true] mark, textarea mark, code mark`)).toBeNull();
    }
    const counts = s.scanner.counts();
    expect(counts.total).toBe(Object.values(expected.found).flat().length);
    expect(counts.byEntry.get(TEST_TERMS.findIndex((t) => t.term === '两山银行'))).toBe(3);
  });

  it('finds real glossary terms across inline elements', async () => {
    loadFixture('real-article.html');
    const glossary = JSON.parse(readFileSync('data/glossary.json', 'utf8')) as Glossary;
    const expected = JSON.parse(
      readFileSync('tests/fixtures/matching/real-article.expected.json', 'utf8'),
    ) as {
      found: { covers: string; id?: string }[];
    };
    const s = setup(mode, {}, glossary.entries);
    s.scanner.start();
    await settle(s.scanner);
    const found = matches(s).map((m) => ({
      surface: s.highlighter.rangeOf(m).toString(),
      id: glossary.entries[m.entry]!.id,
    }));
    expect(found).toHaveLength(expected.found.length);
    expected.found.forEach((want, i) => {
      expect(found[i]!.surface).toContain(want.covers);
      if (want.id) expect(found[i]!.id).toBe(want.id);
    });
    // The textarea, input and pre repeat three of the terms: not found there.
    expect(matches(s).filter((m) => m.startNode.parentElement!.closest('form, pre'))).toEqual([]);
  });

  it('scans open shadow roots, nested and attached later, and follows their changes', async () => {
    document.body.innerHTML = '<div id="host"></div><p>两山银行</p>';
    const outer = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>衢江区<b>廿里</b>镇</p><span id="inner"></span>';
    const inner = outer.querySelector('#inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>邻礼通</p>';
    // Held from the start, as page scripts do (in fallback mode it ends up inside a <mark>).
    const innerText = inner.querySelector('p')!.firstChild as Text;
    const announced: ShadowRoot[] = [];
    const s = setup(mode, { onShadowRoot: (root) => announced.push(root) });
    s.scanner.start();
    await settle(s.scanner);
    expect(announced).toEqual([outer, inner]);
    expect(s.scanner.shadowRoots()).toEqual([outer, inner]);
    expect(surfaces(s, document)).toEqual(['两山银行']);
    expect(surfaces(s, outer)).toEqual(['衢江区', '廿里镇']);
    expect(surfaces(s, inner)).toEqual(['邻礼通']);

    // A host added later, its shadow root already populated (custom elements do this).
    const late = document.createElement('section');
    const lateRoot = late.attachShadow({ mode: 'open' });
    lateRoot.innerHTML = '<p>塔坛寺村</p>';
    document.body.append(late);
    // Changes inside a known shadow root.
    outer.querySelector('p')!.append('，五城');
    innerText.data = '邻礼通与两山合作社';
    await settle(s.scanner);
    expect(surfaces(s, lateRoot)).toEqual(['塔坛寺村']);
    expect(announced).toEqual([outer, inner, lateRoot]);
    expect(surfaces(s, outer)).toEqual(['衢江区', '廿里镇', '五城']);
    expect(surfaces(s, inner)).toEqual(['邻礼通', '两山合作社']);

    document.querySelector('#host')!.remove();
    await settle(s.scanner);
    expect(s.highlighter.matchesIn(outer)).toEqual([]);
    expect(s.highlighter.matchesIn(inner)).toEqual([]);
    expect(s.scanner.counts().total).toBe(2);
    expect(s.scanner.shadowRoots()).toEqual([lateRoot]);
  });

  it('finds a shadow root attached later to an element already in the page', async () => {
    // A custom element upgraded after its definition loads: attachShadow causes no mutation record.
    document.body.innerHTML = '<comment-widget id="w"></comment-widget><p>两山银行</p>';
    const s = setup(mode, { sweepDelaysMs: [5, 5, 5] });
    s.scanner.start();
    await settle(s.scanner);
    const root = document.querySelector('#w')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>邻礼通</p>';
    await new Promise((resolve) => setTimeout(resolve, 30));
    await settle(s.scanner);
    expect(surfaces(s, root)).toEqual(['邻礼通']);
    expect(s.scanner.shadowRoots()).toEqual([root]);
  });

  it('matches again with a new automaton (the reader added a term)', async () => {
    document.body.innerHTML = '<p>衢江区有个读者词</p>';
    const s = setup(mode);
    s.scanner.start();
    await settle(s.scanner);
    expect(surfaces(s)).toEqual(['衢江区']);
    s.scanner.setMatcher(
      compileMatcher([
        ...TEST_TERMS,
        { id: 'user-du-zhe-ci', term: '读者词', aliases: [], category: 'program' },
      ]),
    );
    await settle(s.scanner);
    expect(surfaces(s)).toEqual(['衢江区', '读者词']);
  });

  it('follows added, removed and changed text without reacting to its own work', async () => {
    document.body.innerHTML = '<main><p id="a">衢江区</p><p id="b">两山银行</p></main>';
    // Held from the start, as page scripts do (in fallback mode it ends up inside a <mark>).
    const text = document.querySelector('#b')!.firstChild as Text;
    const s = setup(mode);
    s.scanner.start();
    await settle(s.scanner);
    expect(surfaces(s)).toEqual(['衢江区', '两山银行']);
    // Own work (fallback marks) never reaches the observer callback.
    expect(s.scanner.stats.mutationBatches).toBe(0);

    // Added text, in a new block and inside an existing one, completing a cross-element term.
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<p id="c">建设<b>四省边际</b></p>');
    document.querySelector('#a')!.append(document.createElement('i'));
    document.querySelector('#a i')!.append('廿里镇');
    await settle(s.scanner);
    expect(surfaces(s)).toEqual(['衢江区', '廿里镇', '两山银行', '四省边际']);
    document.querySelector('#c')!.append('中心城市');
    await settle(s.scanner);
    expect(surfaces(s)).toEqual(['衢江区', '廿里镇', '两山银行', '四省边际中心城市']);

    // Changed text re-matches.
    text.data = '邻礼通上线';
    await settle(s.scanner);
    expect(surfaces(s)).toEqual(['衢江区', '廿里镇', '邻礼通', '四省边际中心城市']);

    // Removed nodes leave nothing behind (in fallback mode, also when the page removes a mark).
    document.querySelector('#a')!.remove();
    await settle(s.scanner);
    expect(surfaces(s)).toEqual(['邻礼通', '四省边际中心城市']);
    const b = document.querySelector('#b')!;
    b.firstChild!.remove();
    await settle(s.scanner);
    expect(b.textContent).toBe(mode === 'fallback' ? '上线' : ''); // (a fallback mark held 邻礼通)
    expect(surfaces(s)).toEqual(['四省边际中心城市']);
    b.prepend(text);
    if (mode === 'highlight-api') expect(registered('place')).toEqual([]);
    expect(s.scanner.counts().byCategory.place).toBe(0);

    // The observer settles: six page changes above, each one batch, and nothing after.
    await settle(s.scanner);
    expect(surfaces(s)).toEqual(['邻礼通', '四省边际中心城市']);
    const batches = s.scanner.stats.mutationBatches;
    expect(batches).toBeGreaterThanOrEqual(6);
    expect(batches).toBeLessThanOrEqual(8);
    const slices = s.scanner.stats.slices;
    for (let i = 0; i < 5; i++) await tick();
    expect(s.scanner.stats.mutationBatches).toBe(batches);
    expect(s.scanner.stats.slices).toBe(slices);
  });

  it('handles infinite scroll by reading only the new items', async () => {
    document.body.innerHTML = `<ul>${'<li>衢江区新闻</li>'.repeat(50)}</ul>`;
    const s = setup(mode);
    s.scanner.start();
    await settle(s.scanner);
    expect(s.scanner.counts().total).toBe(50);
    const matched = s.scanner.stats.blocksMatched;
    const list = document.querySelector('ul')!;
    for (let i = 0; i < 10; i++)
      list.insertAdjacentHTML('beforeend', '<li><a href="#"><div>两山银行</div></a></li>');
    await settle(s.scanner);
    expect(s.scanner.counts().byCategory).toMatchObject({ place: 50, program: 10 });
    if (mode === 'highlight-api') expect(s.scanner.stats.blocksMatched - matched).toBe(10);
  });

  it('ignores its own UI and editable regions', async () => {
    document.body.innerHTML = '<p>衢江区</p><div contenteditable="true">草稿</div>';
    const s = setup(mode);
    s.scanner.start();
    await settle(s.scanner);
    const matched = s.scanner.stats.blocksMatched;
    const popover = document.createElement('qzg-popover');
    popover.setAttribute(OWN_UI_ATTRIBUTE, '');
    popover.textContent = '两山银行';
    document.body.append(popover);
    const editor = document.querySelector('[contenteditable]')!;
    (editor.firstChild as Text).data = '草稿：两山银行';
    editor.append(document.createElement('p'));
    await settle(s.scanner);
    popover.remove();
    await settle(s.scanner);
    expect(s.scanner.stats.blocksMatched).toBe(matched);
    expect(surfaces(s)).toEqual(['衢江区']);
  });

  it('switches categories without matching again', async () => {
    loadFixture('article.html');
    const expected = readExpected('article.expected.json');
    const s = setup(mode);
    s.scanner.start();
    await settle(s.scanner);
    const matched = s.scanner.stats.blocksMatched;
    s.scanner.setCategories(ALL_CATEGORIES & ~categoryBit('place') & ~categoryBit('slogan'));
    await settle(s.scanner);
    expect(foundByCategory(s)).toEqual({
      place: [],
      program: expected.found.program,
      slogan: [],
      organization: expected.found.organization,
    });
    expect(s.scanner.counts().byCategory).toEqual({ place: 0, program: 4, slogan: 0, organization: 2 });
    if (mode === 'highlight-api') expect(registry.get('qzg-place')!.size).toBe(0);
    else expect(document.querySelectorAll('mark.qzg-place, mark.qzg-slogan')).toHaveLength(0);
    // 廿里镇 and 功能区 inside the switched-off 廿里镇工业功能区 stay unmatched.
    expect(surfaces(s)).not.toContain('功能区');
    s.scanner.setCategories(ALL_CATEGORIES);
    await settle(s.scanner);
    expect(foundByCategory(s)).toEqual(expected.found);
    expect(s.scanner.stats.blocksMatched).toBe(matched);
    expect(s.scanner.stats.mutationBatches).toBe(0);
  });

  it('stops cleanly, and starts and rescans again', async () => {
    document.body.innerHTML = '<p>衢江区<b>廿里</b>镇</p>';
    const before = document.body.innerHTML;
    const s = setup(mode);
    s.scanner.start();
    await settle(s.scanner);
    expect(s.scanner.counts().total).toBe(2);
    s.scanner.stop();
    expect(s.scanner.running).toBe(false);
    expect(s.scanner.counts().total).toBe(0);
    expect(document.body.innerHTML).toBe(before);
    if (mode === 'highlight-api') expect(registry.size).toBe(0);
    document.body.append('两山银行');
    await settle(s.scanner);
    expect(s.scanner.counts().total).toBe(0);
    s.scanner.start();
    await settle(s.scanner);
    expect(surfaces(s)).toEqual(['衢江区', '廿里镇', '两山银行']);
    s.scanner.rescan();
    await settle(s.scanner);
    expect(surfaces(s)).toEqual(['衢江区', '廿里镇', '两山银行']);
    const first = s.scanner.firstRangeOf(TEST_TERMS.findIndex((t) => t.term === '廿里镇'))!;
    expect(first.toString()).toBe('廿里镇');
    const hovered = s.scanner.matchAt(first.startContainer, first.startOffset)!;
    expect(s.scanner.rangeOf(hovered).toString()).toBe('廿里镇');
  });
});

describe('scheduling', () => {
  beforeEach(() => installHighlightApi());

  it('matches visible blocks first', async () => {
    document.body.innerHTML = Array.from({ length: 400 }, (_, i) => `<p id="p${i}">第${i}段衢江区</p>`).join(
      '',
    );
    const s = setup('highlight-api', {
      isVisible: (element) => element.id === 'p350' || element.id === 'p351',
    });
    const order: string[] = [];
    const setBlock = s.highlighter.setBlock.bind(s.highlighter);
    vi.spyOn(s.highlighter, 'setBlock').mockImplementation((block, found) => {
      order.push(block.nodes[0]!.parentElement!.id);
      setBlock(block, found);
    });
    s.scanner.start();
    await settle(s.scanner);
    expect(order.slice(0, 3)).toEqual(['p350', 'p351', 'p0']);
    expect(order).toHaveLength(400);
  });

  it('uses the viewport by default', async () => {
    document.body.innerHTML = '<p id="above">衢江区</p><p id="shown">两山银行</p><p id="below">邻礼通</p>';
    const top: Record<string, number> = { above: -5000, shown: 100, below: 5000 };
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const y = top[this.id] ?? 0;
      return { x: 0, y, top: y, bottom: y + 20, left: 0, right: 300, width: 300, height: 20 } as DOMRect;
    });
    const s = setup('highlight-api');
    const order: string[] = [];
    const setBlock = s.highlighter.setBlock.bind(s.highlighter);
    vi.spyOn(s.highlighter, 'setBlock').mockImplementation((block, found) => {
      order.push(block.nodes[0]!.parentElement!.id);
      setBlock(block, found);
    });
    s.scanner.start();
    await settle(s.scanner);
    expect(order).toEqual(['shown', 'above', 'below']);
  });

  it('slices the work by its clock and yields between slices', async () => {
    document.body.innerHTML = Array.from({ length: 300 }, (_, i) => `<p>第${i}段<b>衢江</b>区</p>`).join('');
    // A clock that advances 1 ms per reading: each slice may do about `sliceMs` units of work.
    let clock = 0;
    const perSlice: number[] = [];
    let s: Setup | undefined = undefined;
    const schedule: Scheduler = {
      now: () => ++clock,
      post: (task) =>
        setTimeout(() => {
          const before = s!.scanner.stats.blocksMatched;
          task();
          perSlice.push(s!.scanner.stats.blocksMatched - before);
        }, 0),
    };
    s = setup('highlight-api', { schedule, sliceMs: 20 });
    s.scanner.start();
    await settle(s.scanner);
    expect(s.scanner.counts().total).toBe(300);
    expect(perSlice.length).toBeGreaterThan(15);
    expect(Math.max(...perSlice)).toBeLessThanOrEqual(20);
  });
});
