// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadFixture, readExpected } from '../../tests/fixtures/matching/load';
import {
  BlockCollector,
  OWN_MARK,
  OWN_UI_ATTRIBUTE,
  blockContainer,
  boundaryRoots,
  collectBlocks,
  isExcluded,
  openShadowRoots,
  positionAt,
  type TextBlock,
} from './text-blocks';

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

const texts = (blocks: TextBlock[]) => blocks.map((b) => b.text.trim());

describe('collectBlocks', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('joins text across inline elements into one block', () => {
    const [block, ...others] = collectBlocks(
      html('<p>建设<b>四省边际</b>中心城市，<a href="#">廿里</a>镇</p>'),
    );
    expect(others).toEqual([]);
    expect(block!.text).toBe('建设四省边际中心城市，廿里镇');
    expect(block!.nodes.map((n) => n.data)).toEqual(['建设', '四省边际', '中心城市，', '廿里', '镇']);
    expect(block!.starts).toEqual([0, 2, 6, 11, 13]);
  });

  it('splits blocks at block elements, <br>, unknown elements and skipped elements', () => {
    const body = html(
      '<div>塔坛<div>寺村</div>后</div><p>衢江<br>区</p><p>甲<my-widget>乙</my-widget>丙</p><p>上<code>x</code>下</p>',
    );
    expect(texts(collectBlocks(body))).toEqual([
      '塔坛',
      '寺村',
      '后',
      '衢江',
      '区',
      '甲',
      '乙',
      '丙',
      '上',
      '下',
    ]);
  });

  it('ignores comments and empty or whitespace-only runs', () => {
    const body = html('<ul>\n  <li>衢州<!-- c -->有礼</li>\n  <li></li>\n</ul>');
    const blocks = collectBlocks(body);
    expect(blocks.map((b) => b.text)).toEqual(['衢州有礼']);
    expect(blocks[0]!.nodes).toHaveLength(2);
  });

  it('reads ruby base text without its annotations', () => {
    expect(texts(collectBlocks(html('<p><ruby>衢<rp>(</rp><rt>qú</rt><rp>)</rp></ruby>江区</p>')))).toEqual([
      '衢江区',
    ]);
  });

  it('never reads skipped content (fixture)', () => {
    const doc = loadFixture('article.html');
    const expected = readExpected('article.expected.json');
    const blocks = collectBlocks(doc);
    const nodes = blocks.flatMap((b) => b.nodes);
    for (const selector of expected.mustNotBeFoundInside) {
      const inside = nodes.filter((n) => n.parentElement!.closest(selector));
      expect(
        inside.map((n) => n.data),
        selector,
      ).toEqual([]);
      // And the fixture does have text there (the selector is not a typo).
      const source = (e: Element) =>
        e instanceof HTMLTemplateElement
          ? e.content.textContent
          : e.localName === 'input'
            ? e.getAttribute('value')
            : e.textContent;
      expect([...doc.querySelectorAll(selector)].map(source).join('').trim(), selector).not.toBe('');
    }
    const all = texts(blocks);
    expect(all).toContain('谱“五城”新篇看衢江区实践');
    expect(all).toContain('不可编辑的两山银行照常高亮。');
    // Hidden text is read (see SKIPPED_TAGS for why).
    expect(all).toContain('隐藏段落里的塔坛寺村仍然算数。');
  });

  it('reads nothing of a document in designMode', () => {
    html('<p>衢江区</p>');
    document.designMode = 'on';
    try {
      expect(collectBlocks(document)).toEqual([]);
      expect(isExcluded(document.body.firstChild!)).toBe(true);
    } finally {
      document.designMode = 'off';
    }
    expect(texts(collectBlocks(document))).toEqual(['衢江区']);
  });

  it('skips editable regions, except contenteditable="false"', () => {
    const body = html(
      '<div contenteditable="true">甲<p>乙</p></div><div contenteditable>丙</div>' +
        '<div contenteditable="plaintext-only">丁</div><div contenteditable="FALSE">戊</div>',
    );
    expect(texts(collectBlocks(body))).toEqual(['戊']);
  });

  it('skips the extension UI and reports open shadow roots of visited elements', () => {
    const body = html(`<div id="a">甲</div><div ${OWN_UI_ATTRIBUTE}>乙</div><span id="b">丙</span>`);
    const own = body.children[1]!.attachShadow({ mode: 'open' });
    own.innerHTML = '<p>popover</p>';
    const a = body.querySelector('#a')!.attachShadow({ mode: 'open' });
    const b = body.querySelector('#b')!.attachShadow({ mode: 'open' });
    const shadowRoots: ShadowRoot[] = [];
    expect(texts(collectBlocks(body, { shadowRoots }))).toEqual(['甲', '丙']);
    expect(shadowRoots).toEqual([a, b]);
  });

  it('reads through the fallback highlighter’s own marks, but no other own UI', () => {
    const body = html(
      `<p>衢<mark ${OWN_UI_ATTRIBUTE}="${OWN_MARK}" class="qzg-mark">江区</mark>` +
        `<span ${OWN_UI_ATTRIBUTE}="${OWN_MARK}">UI</span><mark ${OWN_UI_ATTRIBUTE}>UI</mark>的</p>`,
    );
    // Other own UI is skipped, and like any skipped element ends the block.
    expect(texts(collectBlocks(body))).toEqual(['衢江区', '的']);
    expect(isExcluded(body.querySelector('.qzg-mark')!.firstChild!)).toBe(false);
  });

  it('in shallow mode reads only the root’s own inline content', () => {
    const body = html('<div id="c">前<b>加粗</b><p>段落</p>中<section><p>深</p></section>后</div>');
    const container = body.querySelector('#c')!;
    expect(texts(collectBlocks(container, { shallow: true }))).toEqual(['前加粗', '中', '后']);
    expect(texts(collectBlocks(container))).toEqual(['前加粗', '段落', '中', '深', '后']);
  });

  it('reads a single Text node root and nothing for a skipped root', () => {
    const body = html('<p>衢江区</p><textarea>两山银行</textarea>');
    expect(texts(collectBlocks(body.querySelector('p')!.firstChild!))).toEqual(['衢江区']);
    expect(collectBlocks(body.querySelector('textarea')!)).toEqual([]);
  });

  it('reads a 2 MB page with 20k+ text nodes', () => {
    const paragraph =
      '<p>衢江区<b>廿里镇</b>工业功能区<a href="#">项目</a>建设四省边际中心城市的决心和行动。</p>';
    const count = Math.ceil(1_000_000 / paragraph.length); // 1M UTF-16 code units of markup
    const body = html(`<div>${paragraph.repeat(count)}</div>`);
    const blocks = collectBlocks(body);
    expect(blocks).toHaveLength(count);
    expect(blocks.reduce((n, b) => n + b.nodes.length, 0)).toBe(count * 5);
    expect(blocks[count - 1]!.text).toBe('衢江区廿里镇工业功能区项目建设四省边际中心城市的决心和行动。');
  });
});

describe('BlockCollector', () => {
  it('resumes where it stopped and yields the same blocks', () => {
    const body = html(Array.from({ length: 300 }, (_, i) => `<p>第${i}段<b>衢江区</b>文字</p>`).join(''));
    const collector = new BlockCollector(body);
    const out: TextBlock[] = [];
    let rounds = 0;
    while (!collector.collect(out, Infinity, 10)) rounds++;
    expect(rounds).toBeGreaterThan(10);
    expect(collector.finished).toBe(true);
    expect(texts(out)).toEqual(texts(collectBlocks(body)));
  });

  it('stops at its deadline and starts over if the page removed its resume point', () => {
    const body = html(Array.from({ length: 300 }, (_, i) => `<p>第${i}段</p>`).join(''));
    const collector = new BlockCollector(body);
    const out: TextBlock[] = [];
    expect(collector.collect(out, -1)).toBe(false); // deadline already passed: one chunk only
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThan(300);
    // Remove everything after the first paragraph, including where the walk stopped.
    while (body.children.length > 1) body.lastElementChild!.remove();
    body.append(Object.assign(document.createElement('p'), { textContent: '新段' }));
    expect(collector.collect(out)).toBe(true);
    expect(texts(out).slice(-2)).toEqual(['第0段', '新段']);
  });
});

describe('positionAt', () => {
  const body = () => html('<p>建设<b>四省边际</b>中心城市</p>');

  it('maps offsets to nodes, biased to the next node at starts and the previous at ends', () => {
    const [block] = collectBlocks(body());
    const [a, b, c] = block!.nodes;
    expect(positionAt(block!, 0)).toEqual({ node: a, offset: 0 });
    expect(positionAt(block!, 1)).toEqual({ node: a, offset: 1 });
    expect(positionAt(block!, 2)).toEqual({ node: b, offset: 0 });
    expect(positionAt(block!, 2, 'end')).toEqual({ node: a, offset: 2 });
    expect(positionAt(block!, 6, 'end')).toEqual({ node: b, offset: 4 });
    expect(positionAt(block!, 6, 'start')).toEqual({ node: c, offset: 0 });
    expect(positionAt(block!, 10, 'end')).toEqual({ node: c, offset: 4 });
    expect(positionAt(block!, 0, 'end')).toEqual({ node: a, offset: 0 });
  });

  it('gives Range boundaries whose text is the match, across nodes', () => {
    const [block] = collectBlocks(body());
    const start = positionAt(block!, 2, 'start');
    const end = positionAt(block!, 10, 'end');
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    expect(range.toString()).toBe('四省边际中心城市');
  });

  it('binary-searches long node lists', () => {
    const body = html(`<p>${Array.from({ length: 500 }, (_, i) => `<b>${i % 10}</b>`).join('')}</p>`);
    const [block] = collectBlocks(body);
    for (const offset of [0, 1, 77, 250, 499]) {
      const position = positionAt(block!, offset);
      expect(position.node).toBe(block!.nodes[offset]);
      expect(position.offset).toBe(0);
    }
  });
});

describe('helpers', () => {
  it('isExcluded looks through ancestors and shadow hosts', () => {
    const body = html(
      `<div contenteditable><p><b>甲</b></p></div><div ${OWN_UI_ATTRIBUTE}><span>乙</span></div><p>丙</p>`,
    );
    expect(isExcluded(body.querySelector('b')!.firstChild!)).toBe(true);
    expect(isExcluded(body.querySelector('span')!)).toBe(true);
    expect(isExcluded(body.lastElementChild!.firstChild!)).toBe(false);
    const shadow = body.querySelector('span')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>丁</p>';
    expect(isExcluded(shadow.querySelector('p')!)).toBe(true);
  });

  it('blockContainer finds the nearest block boundary (or the shadow root)', () => {
    const body = html('<div><p>甲<b><i>乙</i></b></p><span>丙</span></div>');
    expect(blockContainer(body.querySelector('i')!.firstChild!)).toBe(body.querySelector('p'));
    expect(blockContainer(body.querySelector('span')!)).toBe(body.querySelector('div'));
    const shadow = body.querySelector('span')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<b>丁</b>';
    expect(blockContainer(shadow.querySelector('b')!.firstChild!)).toBe(shadow);
  });

  it('boundaryRoots finds the outermost block elements inside inline content', () => {
    const body = html('<a><div>标题<p>内</p></div><span><p>摘要</p></span><code><p>x</p></code></a>');
    expect(boundaryRoots(body.querySelector('a')!).map((e) => e.textContent)).toEqual(['标题内', '摘要']);
    expect(boundaryRoots(body.querySelector('div')!)).toEqual([body.querySelector('div')]);
    expect(boundaryRoots(document.createTextNode('文字'))).toEqual([]);
  });

  it('openShadowRoots finds nested roots and skips the extension UI', () => {
    const body = html(`<div id="outer"></div><div ${OWN_UI_ATTRIBUTE}></div>`);
    const outer = body.querySelector('#outer')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<section><span id="inner"></span></section>';
    const inner = outer.querySelector('#inner')!.attachShadow({ mode: 'open' });
    body.querySelector(`[${OWN_UI_ATTRIBUTE}]`)!.attachShadow({ mode: 'open' });
    expect(openShadowRoots(document)).toEqual([outer, inner]);
    expect(openShadowRoots(body.querySelector('#outer')!)).toEqual([outer, inner]);
  });
});
