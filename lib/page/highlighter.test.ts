// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_TERMS } from '../../tests/fixtures/matching/load';
import { createHighlighter, detectHighlightApi, highlightName, type Highlighter } from './highlighter';
import { ALL_CATEGORIES, categoryBit, compileMatcher } from '../matching/matcher';
import { OWN_UI_ATTRIBUTE, collectBlocks } from './text-blocks';
import { paintEverywhere, type PaintWindowFactory } from './paint-window';
import { placeTree } from './quzhou-page';
import { markingRivers } from '../matching/river-mentions';

/**
 * A faithful stand-in for the CSS Custom Highlight API, which happy-dom lacks: `Highlight` is a
 * set of ranges, `CSS.highlights` a name → Highlight map.
 */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

const matcher = compileMatcher(TEST_TERMS);
const entryOf = (term: string) => TEST_TERMS.findIndex((t) => t.term === term);

/** Matches every block of the body (or `root`) into the highlighter. */
function highlightBody(highlighter: Highlighter, root: Node = document.body, using = matcher) {
  for (const block of collectBlocks(root)) highlighter.setBlock(block, using.findAll(block.text));
}

/** Installs the stand-in Highlight API; returns its registry. Undo with vi.unstubAllGlobals(). */
function stubHighlightApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
  return registry;
}

const rangeText = (range: AbstractRange) => (range as Range).toString();

describe('highlightName', () => {
  it('names one highlight per category', () => {
    expect(['place', 'program', 'slogan', 'organization'].map((c) => highlightName(c as never))).toEqual([
      'qzg-place',
      'qzg-program',
      'qzg-slogan',
      'qzg-organization',
    ]);
  });
});

describe('with the Highlight API', () => {
  let registry: Map<string, FakeHighlight>;
  let highlighter: Highlighter;

  beforeEach(() => {
    registry = stubHighlightApi();
    highlighter = createHighlighter({ document, paintWindow: paintEverywhere });
    document.body.innerHTML =
      '<p id="p1">建设<b>四省边际</b>中心城市，<a>廿里</a>镇工业功能区。</p>' +
      '<p id="p2">两山银行和<i>邻礼通</i>，衢江区。</p>' +
      '<p id="p3">又见衢江区与四省边际中心城市。</p>';
  });
  afterEach(() => vi.unstubAllGlobals());

  const texts = (category: string) => [...registry.get(`qzg-${category}`)!].map(rangeText);

  it('registers one Highlight per category with the matched ranges, without touching the DOM', () => {
    const before = document.body.innerHTML;
    expect(highlighter.mode).toBe('highlight-api');
    expect(highlighter.mutatesDom).toBe(false);
    highlightBody(highlighter);
    expect([...registry.keys()].sort()).toEqual([
      'qzg-organization',
      'qzg-place',
      'qzg-program',
      'qzg-slogan',
    ]);
    expect(texts('place')).toEqual(['廿里镇工业功能区', '衢江区', '衢江区']);
    expect(texts('slogan')).toEqual(['四省边际中心城市', '四省边际中心城市']);
    expect(texts('program')).toEqual(['两山银行', '邻礼通']);
    expect(texts('organization')).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
  });

  it('answers matchAt from any node of a match, end exclusive', () => {
    highlightBody(highlighter);
    const p1 = document.querySelector('#p1')!;
    const [lead, bold, tail] = [
      p1.firstChild as Text,
      p1.querySelector('b')!.firstChild as Text,
      p1.childNodes[2] as Text,
    ];
    expect(highlighter.matchAt(lead, 1)).toBeUndefined();
    const slogan = highlighter.matchAt(bold, 0)!;
    expect(slogan.entry).toBe(entryOf('四省边际中心城市'));
    expect([slogan.startNode, slogan.startOffset, slogan.endNode, slogan.endOffset]).toEqual([
      bold,
      0,
      tail,
      4,
    ]);
    expect(highlighter.matchAt(bold, 3)).toBe(slogan);
    expect(highlighter.matchAt(tail, 3)).toBe(slogan);
    expect(highlighter.matchAt(tail, 4)).toBeUndefined(); // the ，
    expect(highlighter.rangeOf(slogan).toString()).toBe('四省边际中心城市');
    expect(highlighter.matchAt(p1, 0)).toBeUndefined();
    expect(highlighter.matchAt(p1.querySelector('a')!.firstChild!, 0)!.category).toBe('place');
  });

  it('switches categories by moving ranges, keeping every match', () => {
    highlightBody(highlighter);
    const placeRanges = [...registry.get('qzg-place')!];
    highlighter.setEnabledCategories(ALL_CATEGORIES & ~categoryBit('place'));
    expect(registry.get('qzg-place')!.size).toBe(0);
    expect(texts('slogan')).toHaveLength(2);
    const lead = document.querySelector('#p1 a')!.firstChild!;
    expect(highlighter.matchAt(lead, 0)).toBeUndefined();
    expect(highlighter.counts().byCategory.place).toBe(0);
    expect(highlighter.counts({ includeDisabled: true }).byCategory.place).toBe(3);
    highlighter.setEnabledCategories(ALL_CATEGORIES);
    // The same Range objects come back: nothing was matched again.
    expect([...registry.get('qzg-place')!]).toEqual(expect.arrayContaining(placeRanges));
    expect(registry.get('qzg-place')!.size).toBe(3);
    expect(highlighter.matchAt(lead, 0)!.category).toBe('place');
  });

  it('counts per category and per entry', () => {
    highlightBody(highlighter);
    const counts = highlighter.counts();
    expect(counts.total).toBe(7);
    expect(counts.byCategory).toEqual({ place: 3, program: 2, slogan: 2, organization: 0 });
    expect(counts.byEntry.get(entryOf('衢江区'))).toBe(2);
    expect(counts.byEntry.get(entryOf('邻礼通'))).toBe(1);
    expect(counts.byEntry.has(entryOf('廿里镇'))).toBe(false);
  });

  it('gives the first occurrence in document order, whatever order blocks came in', () => {
    const blocks = collectBlocks(document.body).reverse();
    for (const block of blocks) highlighter.setBlock(block, matcher.findAll(block.text));
    const range = highlighter.firstRangeOf(entryOf('衢江区'))!;
    expect(range.toString()).toBe('衢江区');
    expect(document.querySelector('#p2')!.contains(range.startContainer)).toBe(true);
    expect(highlighter.firstRangeOf(entryOf('廿里镇'))).toBeUndefined();
  });

  it('replaces a block’s matches when it is set again', () => {
    const [block] = collectBlocks(document.querySelector('#p3')!);
    highlighter.setBlock(block!, matcher.findAll(block!.text));
    highlighter.setBlock(block!, matcher.findAll(block!.text));
    expect(highlighter.counts().total).toBe(2);
    highlighter.setBlock(block!, []);
    expect(highlighter.counts().total).toBe(0);
    expect(texts('place')).toEqual([]);
  });

  it('drops the matches of removed nodes, including matches that only partly lie in them', () => {
    highlightBody(highlighter);
    const bold = document.querySelector('#p1 b')!;
    bold.remove();
    highlighter.removeNodes([bold]);
    expect(texts('slogan')).toEqual(['四省边际中心城市']);
    expect(highlighter.matchesIn(document.querySelector('#p1')!).map((m) => m.category)).toEqual(['place']);
    const p2 = document.querySelector('#p2')!;
    p2.remove();
    highlighter.removeNodes([p2]);
    expect(texts('program')).toEqual([]);
    expect(highlighter.counts().total).toBe(3);
  });

  it('drops matches inside the open shadow roots of removed hosts', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>衢江区</p>';
    highlightBody(highlighter, shadow);
    expect(highlighter.matchesIn(shadow)).toHaveLength(1);
    host.remove();
    highlighter.removeNodes([host]);
    expect(highlighter.matchesIn(shadow)).toHaveLength(0);
  });

  it('clear() empties and unregisters its highlights', () => {
    highlightBody(highlighter);
    const place = registry.get('qzg-place')!;
    highlighter.clear();
    expect(place.size).toBe(0);
    expect(registry.size).toBe(0);
    expect(highlighter.counts().total).toBe(0);
    highlightBody(highlighter);
    expect(registry.get('qzg-place')!.size).toBe(3);
  });
});

describe('with the Highlight API: only blocks near the viewport are registered', () => {
  let registry: Map<string, FakeHighlight>;
  /** A window the test moves by hand: which elements are watched, and a way to report on them. */
  let watched: Set<Element>;
  let report: (element: Element, near: boolean) => void;
  const testWindow: PaintWindowFactory = (onChange) => {
    report = onChange;
    return {
      watch: (element) => watched.add(element),
      unwatch: (element) => watched.delete(element),
    };
  };
  let highlighter: Highlighter;
  const $ = (selector: string) => document.querySelector(selector)!;
  const painted = () => [...registry.values()].flatMap((highlight) => [...highlight].map(rangeText)).sort();

  beforeEach(() => {
    registry = stubHighlightApi();
    watched = new Set();
    document.body.innerHTML =
      '<div id="top"><p id="p1">建设<b>四省边际</b>中心城市。</p></div>' +
      '<div id="far"><p id="p2">两山银行和<i>邻礼通</i>。</p>衢江区</div>';
    highlighter = createHighlighter({ document, paintWindow: testWindow });
    highlightBody(highlighter);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('watches each block container (not inline elements) and registers nothing before a report', () => {
    expect(watched).toEqual(new Set([$('#p1'), $('#p2'), $('#far')]));
    expect(painted()).toEqual([]);
    // Every match is known all the same: counts and the popup's page terms do not depend on scrolling.
    expect(highlighter.counts().total).toBe(4);
  });

  it('adds a block’s ranges when it comes near and drops them when it leaves', () => {
    report($('#p1'), true);
    expect(painted()).toEqual(['四省边际中心城市']);
    report($('#p2'), true);
    report($('#far'), true);
    expect(painted()).toEqual(['两山银行', '四省边际中心城市', '衢江区', '邻礼通']);
    report($('#p1'), false);
    expect(painted()).toEqual(['两山银行', '衢江区', '邻礼通']);
  });

  it('hit-tests only what is painted', () => {
    const bold = $('#p1 b').firstChild!;
    expect(highlighter.matchAt(bold, 0)).toBeUndefined();
    report($('#p1'), true);
    expect(highlighter.matchAt(bold, 0)?.category).toBe('slogan');
  });

  it('category switches register only near blocks', () => {
    report($('#p2'), true);
    highlighter.setEnabledCategories(ALL_CATEGORIES & ~categoryBit('program'));
    expect(painted()).toEqual([]);
    highlighter.setEnabledCategories(ALL_CATEGORIES);
    expect(painted()).toEqual(['两山银行', '邻礼通']);
    // A block that comes near while its category is off stays unpainted, then shows when it is on.
    highlighter.setEnabledCategories(ALL_CATEGORIES & ~categoryBit('slogan'));
    report($('#p1'), true);
    expect(painted()).toEqual(['两山银行', '邻礼通']);
    highlighter.setEnabledCategories(ALL_CATEGORIES);
    expect(painted()).toEqual(['两山银行', '四省边际中心城市', '邻礼通']);
  });

  it('stops watching a container whose matches are all gone, and forgets it on clear()', () => {
    report($('#p2'), true);
    const p2 = $('#p2');
    p2.remove();
    highlighter.removeNodes([p2]);
    expect(watched.has(p2)).toBe(false);
    expect(painted()).toEqual([]);
    const [block] = collectBlocks($('#p1'));
    highlighter.setBlock(block!, []);
    expect(watched.has($('#p1'))).toBe(false);
    highlighter.clear();
    expect(watched.size).toBe(0);
    // A report arriving late for a forgotten element changes nothing.
    report($('#far'), true);
    expect(painted()).toEqual([]);
  });

  it('a block read again after its text was replaced stays painted until the next report', () => {
    report($('#p2'), true);
    const p2 = $('#p2');
    const old = [...p2.childNodes];
    p2.replaceChildren('两山银行和邻礼通。');
    highlighter.removeNodes(old);
    expect(watched.has(p2)).toBe(false);
    highlightBody(highlighter, p2);
    expect(watched.has(p2)).toBe(true);
    expect(painted()).toEqual(['两山银行', '邻礼通']);
    // The observer's first report on the re-watched element decides.
    report(p2, false);
    expect(painted()).toEqual([]);
  });

  it('in a shadow root, a block directly under the root is watched through its host', () => {
    const host = document.createElement('section');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append('衢江区');
    highlightBody(highlighter, shadow);
    expect(watched.has(host)).toBe(true);
    report(host, true);
    expect(painted()).toEqual(['衢江区']);
  });
});

describe('fallback without the Highlight API', () => {
  const markup =
    '<p id="p1">建设<b>四省边际</b>中心城市，<a>廿里</a>镇工业功能区。</p>' +
    '<p id="p2">衢江区两山银行和<i>邻礼通</i>，衢江区</p>';
  let highlighter: Highlighter;

  beforeEach(() => {
    document.body.innerHTML = markup;
    highlighter = createHighlighter({ document, api: null });
  });

  const marks = () => [...document.querySelectorAll('mark')].map((m) => [m.className, m.textContent]);

  it('is chosen when CSS.highlights or Highlight is missing', () => {
    expect(detectHighlightApi()).toBeNull();
    expect(createHighlighter({ document }).mode).toBe('fallback');
    expect(highlighter.mutatesDom).toBe(true);
  });

  it('wraps each match (each node of it) in a marked element, text unchanged', () => {
    const text = document.body.textContent;
    highlightBody(highlighter);
    expect(document.body.textContent).toBe(text);
    expect(marks()).toEqual([
      ['qzg-mark qzg-slogan', '四省边际'],
      ['qzg-mark qzg-slogan', '中心城市'],
      ['qzg-mark qzg-place', '廿里'],
      ['qzg-mark qzg-place', '镇工业功能区'],
      ['qzg-mark qzg-place', '衢江区'],
      ['qzg-mark qzg-program', '两山银行'],
      ['qzg-mark qzg-program', '邻礼通'],
      ['qzg-mark qzg-place', '衢江区'],
    ]);
    expect(document.querySelectorAll(`mark[${OWN_UI_ATTRIBUTE}]`)).toHaveLength(8);
  });

  it('hit-tests the split pieces and gives ranges in the current DOM', () => {
    highlightBody(highlighter);
    const piece = document.querySelectorAll('mark')[1]!.firstChild!; // 中心城市
    const match = highlighter.matchAt(piece, 2)!;
    expect(match.category).toBe('slogan');
    expect(highlighter.rangeOf(match).toString()).toBe('四省边际中心城市');
    const last = document.querySelector('#p2')!.lastChild!.firstChild!; // the second 衢江区's piece
    expect(highlighter.matchAt(last, 0)!.entry).toBe(entryOf('衢江区'));
    expect(highlighter.firstRangeOf(entryOf('衢江区'))!.toString()).toBe('衢江区');
    expect(highlighter.matchAt(document.querySelector('#p1')!.lastChild!, 0)).toBeUndefined();
  });

  it('unwraps a switched-off category and wraps it again', () => {
    highlightBody(highlighter);
    highlighter.setEnabledCategories(categoryBit('program'));
    expect(marks()).toEqual([
      ['qzg-mark qzg-program', '两山银行'],
      ['qzg-mark qzg-program', '邻礼通'],
    ]);
    expect(highlighter.counts({ includeDisabled: true }).total).toBe(6);
    highlighter.setEnabledCategories(ALL_CATEGORIES);
    expect(marks()).toHaveLength(8);
    expect(
      highlighter
        .rangeOf(highlighter.matchAt(document.querySelector('#p1 a mark')!.firstChild!, 0)!)
        .toString(),
    ).toBe('廿里镇工业功能区');
  });

  it('clear() restores the original Text nodes, same objects and data', () => {
    const originals = collectBlocks(document.body).flatMap((b) => b.nodes);
    const data = originals.map((n) => n.data);
    highlightBody(highlighter);
    highlighter.clear();
    expect(document.body.innerHTML).toBe(markup);
    expect(collectBlocks(document.body).flatMap((b) => b.nodes)).toEqual(originals);
    expect(originals.map((n) => n.data)).toEqual(data);
    expect(highlighter.counts().total).toBe(0);
  });

  it('release() and removeNodes() restore text and forget the matches', () => {
    highlightBody(highlighter);
    const p1 = document.querySelector('#p1')!;
    highlighter.release(p1);
    expect(p1.outerHTML).toBe(markup.slice(0, markup.indexOf('<p id="p2">')));
    expect(highlighter.counts().byCategory).toEqual({ place: 2, program: 2, slogan: 0, organization: 0 });
    const p2 = document.querySelector('#p2')!;
    p2.remove();
    highlighter.removeNodes([p2]);
    expect(p2.querySelectorAll('mark')).toHaveLength(0);
    expect(p2.textContent).toBe('衢江区两山银行和邻礼通，衢江区');
    expect(highlighter.counts().total).toBe(0);
  });
});

describe('contextual matches wait for a page about Quzhou', () => {
  // 江山 may be 江山市 or "the country"; 衢州 means only the city.
  const terms = [
    {
      id: 'js',
      term: '江山市',
      aliases: ['江山'],
      category: 'place' as const,
      contextual: ['江山'],
      within: 'qz',
    },
    {
      id: 'bs',
      term: '白沙村',
      aliases: [],
      category: 'place' as const,
      contextual: ['白沙村'],
      within: 'fl',
    },
    { id: 'qz', term: '衢州市', aliases: ['衢州'], category: 'place' as const },
    { id: 'bb', term: '八八战略', aliases: [], category: 'slogan' as const },
    { id: 'fl', term: '凤林镇', aliases: [], category: 'place' as const, within: 'js' },
    { id: 'kc', term: '柯城区', aliases: [], category: 'place' as const, within: 'qz' },
    { id: 'hjq', term: '杭金衢高速', aliases: [], category: 'place' as const },
  ];
  const contextMatcher = compileMatcher(terms);
  const setBody = (highlighter: Highlighter, root: Node = document.body) =>
    highlightBody(highlighter, root, contextMatcher);

  describe('with the Highlight API', () => {
    let registry: Map<string, FakeHighlight>;
    let highlighter: Highlighter;
    beforeEach(() => {
      registry = stubHighlightApi();
      highlighter = createHighlighter({ document, paintWindow: paintEverywhere });
      // As the scanner does before its first scan: only the tree's divisions name Quzhou.
      highlighter.setPlaces(placeTree(terms));
    });
    afterEach(() => vi.unstubAllGlobals());
    const painted = () => [...(registry.get('qzg-place') ?? [])].map(rangeText).sort();

    it('keeps them unpainted, unhit and uncounted on a page about somewhere else', () => {
      document.body.innerHTML = '<p id="a">湖南的白沙村，江山如此多娇。</p>';
      setBody(highlighter);
      expect(highlighter.sense).toBe('elsewhere');
      expect(painted()).toEqual([]);
      expect(highlighter.counts().total).toBe(0);
      expect(highlighter.counts({ includeDisabled: true }).total).toBe(0);
      expect(highlighter.matchAt(document.querySelector('#a')!.firstChild!, 3)).toBeUndefined();
      expect(highlighter.firstRangeOf(1)).toBeUndefined();
    });

    it('is not about Quzhou for an unambiguous slogan alone: it may be all of Zhejiang’s', () => {
      document.body.innerHTML = '<p>坚持八八战略，白沙村的村民去了江山。</p>';
      setBody(highlighter);
      expect(highlighter.sense).toBe('elsewhere');
      expect([...(registry.get('qzg-slogan') ?? [])].map(rangeText)).toEqual(['八八战略']);
      expect(painted()).toEqual([]);
    });

    it('is not about Quzhou for one unambiguous name in passing: a neighbour’s page may name 衢州 once', () => {
      document.body.innerHTML = '<p>白沙村的村民去了江山。</p><p>来自杭州、衢州市的游客。</p>';
      setBody(highlighter);
      expect(highlighter.sense).toBe('elsewhere');
      expect(painted()).toEqual(['衢州市']);
    });

    it('shows what was already read once unambiguous names arrive, and hides it again when they go', () => {
      document.body.innerHTML = '<p id="a">白沙村的村民去了江山。</p>';
      setBody(highlighter);
      expect(painted()).toEqual([]);
      const more = document.createElement('p');
      more.textContent = '衢州市召开会议，柯城区、衢州各地响应，柯城区先行。';
      document.body.append(more);
      setBody(highlighter, more);
      expect(highlighter.sense).toBe('quzhou');
      expect(painted()).toEqual(['柯城区', '柯城区', '江山', '白沙村', '衢州', '衢州市']);
      expect(highlighter.counts().byEntry.get(1)).toBe(1);
      expect(highlighter.matchAt(document.querySelector('#a')!.firstChild!, 1)?.entry).toBe(1);
      highlighter.removeNodes([more]);
      expect(highlighter.sense).toBe('elsewhere');
      expect(painted()).toEqual([]);
    });

    it('counts only divisions as naming Quzhou: a road through other cities is none', () => {
      document.body.innerHTML = '<p>杭金衢高速旁的白沙村，货车从衢州开上杭金衢高速，衢州市的企业。</p>';
      setBody(highlighter);
      // Two names of one place: in passing, where 白沙村 needs its town. Counting the road made
      // four names of two places, a page about Quzhou showing 金华's 白沙村 as Quzhou's.
      expect(highlighter.sense).toBe('passing');
      expect(painted()).toEqual(['杭金衢高速', '杭金衢高速', '衢州', '衢州市']);
      // Before the scanner hands it the tree, nothing names Quzhou.
      highlighter.setPlaces(placeTree([]));
      expect(highlighter.sense).toBe('elsewhere');
    });

    it('counts no division written as the river it shares, and still paints it (衢江北岸)', () => {
      const withRiver = [
        ...terms,
        { id: 'qj', term: '衢江区', aliases: ['衢江'], category: 'place' as const, within: 'qz' },
      ];
      highlighter.setPlaces(placeTree(withRiver));
      document.body.innerHTML = '<p>白沙村地处衢江北岸，衢江两岸，沿衢江而下。</p><p>来自衢州的游客。</p>';
      highlightBody(highlighter, document.body, markingRivers(compileMatcher(withRiver)));
      // 兰溪's page of its own 白沙村 names the river three times: counted as 衢江区, they made
      // four names of two places, a page about Quzhou showing the village as Quzhou's.
      expect(highlighter.sense).toBe('elsewhere');
      expect(painted()).toEqual(['衢州', '衢江', '衢江', '衢江']);
    });

    it('says which of the places one form names the page means: the one whose town it shows', () => {
      const homonyms = [
        ...terms,
        { id: 'xx', term: '新新街道', aliases: [], category: 'place' as const, within: 'kc' },
        { id: 'bs2', term: '白沙村', aliases: [], category: 'place' as const, within: 'xx' },
      ];
      const [bs, bs2] = [1, homonyms.length - 1];
      highlighter.setPlaces(placeTree(homonyms));
      document.body.innerHTML = '<p>衢州市江山市凤林镇的白沙村，柯城区、开化县也来学习。</p>';
      highlightBody(highlighter, document.body, compileMatcher(homonyms));
      expect(highlighter.meantPlace([bs2, bs])).toBe(bs);
      document.body.innerHTML = '<p>衢州市柯城区新新街道的白沙村，江山市、开化县也来学习。</p>';
      highlighter.clear();
      highlightBody(highlighter, document.body, compileMatcher(homonyms));
      expect(highlighter.meantPlace([bs, bs2])).toBe(bs2);
    });

    it('on a page naming Quzhou in passing, shows a contextual village only while its town is named', () => {
      highlighter.setPlaces(placeTree(terms));
      document.body.innerHTML = '<p id="a">白沙村的村民去了江山。</p><p>来自衢州的游客，衢州市的企业。</p>';
      setBody(highlighter);
      expect(highlighter.sense).toBe('passing');
      // 江山 is placed by 衢州, the city it lies in; 白沙村 by nothing on the page.
      expect(painted()).toEqual(['江山', '衢州', '衢州市']);
      expect(highlighter.counts().byEntry.get(1)).toBeUndefined();
      expect(highlighter.matchAt(document.querySelector('#a')!.firstChild!, 1)).toBeUndefined();
      const town = document.createElement('p');
      town.textContent = '凤林镇';
      document.body.append(town);
      setBody(highlighter, town);
      expect(painted()).toEqual(['凤林镇', '江山', '白沙村', '衢州', '衢州市']);
      expect(highlighter.matchAt(document.querySelector('#a')!.firstChild!, 1)?.entry).toBe(1);
      highlighter.removeNodes([town]);
      expect(painted()).toEqual(['江山', '衢州', '衢州市']);
    });
  });

  it('does the same with <mark> elements in the fallback', () => {
    const highlighter = createHighlighter({ document, api: null });
    highlighter.setPlaces(placeTree(terms));
    document.body.innerHTML = '<p>白沙村的村民去了江山。</p>';
    setBody(highlighter);
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    const more = document.createElement('p');
    more.textContent = '衢州的新闻，柯城区、衢州市发布，柯城区先行。';
    document.body.append(more);
    setBody(highlighter, more);
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      '白沙村',
      '江山',
      '衢州',
      '柯城区',
      '衢州市',
      '柯城区',
    ]);
    highlighter.clear();
    expect(document.body.textContent).toBe(
      '白沙村的村民去了江山。衢州的新闻，柯城区、衢州市发布，柯城区先行。',
    );
  });
});
