// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATEGORIES, type GlossaryEntry, type AnyEntry } from '../lib/glossary/glossary';
import { CATEGORY_COLORS, HIGHLIGHT_CSS, TINT_ALPHA_DARK, TINT_ALPHA_LIGHT } from './highlight-styles';
import { CATEGORY_LABELS } from './labels';
import { sourceArticles, summaryText } from '../lib/glossary/entry-text';
import { MAX_SOURCES, Popover } from './Popover';

afterEach(cleanup);

const WU_CHENG: GlossaryEntry = {
  id: 'wu-cheng',
  term: '五城',
  aliases: [],
  category: 'slogan',
  pinyin: 'wǔ chéng',
  summary: '五城：指枢纽之城、康养之城、活力之城、幸福之城、智治之城。',
  expansion: ['枢纽之城', '康养之城', '活力之城', '幸福之城', '智治之城'],
  sources: [
    {
      file: '001.txt',
      excerpt: '为衢江区的“五城”建设贡献廿里力量。',
      title: '廿里镇：紧盯目标抓项目',
      date: '2023-03-21',
    },
    { file: '003.txt', excerpt: '谱“五城”新篇看衢江实践', title: '谱“五城”新篇看衢江实践' },
    { file: '003.txt', excerpt: '衢江区聚焦“五城”建设', title: '清障打造一流营商环境' },
    { file: '004.txt', excerpt: '聚力枢纽之城…“五城”建设', title: '提升衢江颜值' },
    { file: '005.txt', excerpt: '“五城”', title: '第五篇' },
  ],
  origin: 'extracted',
};

const NIAN_LI_ZHEN: GlossaryEntry = {
  id: 'nian-li-zhen',
  term: '廿里镇',
  aliases: ['廿里'],
  category: 'place',
  pinyin: 'niàn lǐ zhèn',
  summary: '廿里镇：衢江区的镇。',
  parent: '衢江区',
  sources: [
    {
      file: '001.txt',
      excerpt: '樟潭街道、廿里镇围绕…',
      title: '全区现代社区建设工作汇报会召开',
      date: '2023-03-21',
    },
    {
      file: '001.txt',
      excerpt: '廿里镇：紧盯目标',
      title: '廿里镇：紧盯目标抓项目壮大产业提能级',
      date: '2023-03-21',
    },
    {
      file: '001.txt',
      excerpt: '绘制了廿里镇项目攻坚图',
      title: '廿里镇：紧盯目标抓项目壮大产业提能级',
      date: '2023-03-21',
    },
  ],
  origin: 'extracted',
};

const LIU_HE_GANG_MENG: GlossaryEntry = {
  id: 'liu-he-gang-meng',
  term: '六禾港盟',
  aliases: ['衢州市六禾港盟城乡发展服务有限公司'],
  category: 'organization',
  pinyin: 'liù hé gǎng méng',
  summary: '六禾港盟：衢州市六禾港盟城乡发展服务有限公司的简称。',
  fullName: '衢州市六禾港盟城乡发展服务有限公司',
  sources: [{ file: '002.txt', excerpt: '将辖区6个行政村共同出资设立的强村公司引入双港片区' }],
  origin: 'extracted',
};

const BARE: GlossaryEntry = {
  id: 'liang-shan-yin-hang',
  term: '两山银行',
  aliases: [],
  category: 'program',
  pinyin: 'liǎng shān yín háng',
  summary: '生态资源转化平台。',
  sources: [],
  origin: 'curated',
};

function renderPopover(
  entry: AnyEntry,
  extra: { id?: string; maxHeight?: number; autoFocus?: boolean } = {},
) {
  const onMore = vi.fn();
  const onDismiss = vi.fn();
  const result = render(<Popover entry={entry} onMore={onMore} onDismiss={onDismiss} {...extra} />);
  return { ...result, onMore, onDismiss, dialog: screen.getByRole('dialog') };
}

describe('Popover content', () => {
  it('shows term, pinyin, category badge, summary and expansion', () => {
    const { dialog } = renderPopover(WU_CHENG);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('五城');
    expect(dialog.querySelector('.qzg-pinyin')?.textContent).toBe('wǔ chéng');
    expect(dialog.querySelector('.qzg-badge')?.textContent).toBe('提法 Slogan');
    expect(dialog.querySelector('.qzg-summary')?.textContent).toBe(
      '指枢纽之城、康养之城、活力之城、幸福之城、智治之城。',
    );
    const items = [...dialog.querySelectorAll('.qzg-expansion li')].map((li) => li.textContent);
    expect(items).toEqual(WU_CHENG.expansion);
    expect(dialog.classList.contains('qzg-slogan')).toBe(true);
  });

  it('shows the parent place', () => {
    const { dialog } = renderPopover(NIAN_LI_ZHEN);
    expect(dialog.querySelector('.qzg-parent')?.textContent).toBe('属于 衢江区');
    expect(dialog.querySelector('.qzg-badge')?.textContent).toBe('地名 Place');
  });

  it('shows the full name', () => {
    const { dialog } = renderPopover(LIU_HE_GANG_MENG);
    expect(dialog.querySelector('.qzg-fullname')?.textContent).toBe(
      '全称 衢州市六禾港盟城乡发展服务有限公司',
    );
    expect(dialog.querySelector('.qzg-badge')?.textContent).toBe('机构 Organization');
  });

  it('shows the reader’s note on their own entry', () => {
    const mine: AnyEntry = { ...BARE, origin: 'user', note: '上周去过。', updatedAt: 1 };
    const { dialog } = renderPopover(mine);
    expect(dialog.querySelector('.qzg-note')?.textContent).toBe('笔记 上周去过。');
    cleanup();
    expect(renderPopover(BARE).dialog.querySelector('.qzg-note')).toBeNull();
  });

  it('hides absent optional fields', () => {
    const { dialog } = renderPopover(BARE);
    for (const selector of ['.qzg-expansion', '.qzg-fullname', '.qzg-parent', '.qzg-sources']) {
      expect(dialog.querySelector(selector), selector).toBeNull();
    }
    expect(dialog.textContent).not.toContain('属于');
    expect(dialog.textContent).not.toContain('全称');
    expect(dialog.querySelector('.qzg-summary')?.textContent).toBe('生态资源转化平台。');
  });

  it('hides an empty expansion list', () => {
    const { dialog } = renderPopover({ ...BARE, expansion: [] });
    expect(dialog.querySelector('.qzg-expansion')).toBeNull();
  });

  it('lists at most three source articles, with their dates, and counts the rest', () => {
    const { dialog } = renderPopover(WU_CHENG);
    const items = [...dialog.querySelectorAll('.qzg-sources li')];
    expect(items).toHaveLength(MAX_SOURCES);
    expect(items[0]?.querySelector('.qzg-source-title')?.textContent).toBe('廿里镇：紧盯目标抓项目');
    expect(items[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2023-03-21');
    expect(items[1]?.querySelector('time')).toBeNull();
    expect(dialog.querySelector('.qzg-sources-more')?.textContent).toBe('另有 2 篇 (+2 more)');
  });

  it('lists each article once, however many excerpts come from it', () => {
    const { dialog } = renderPopover(NIAN_LI_ZHEN);
    const titles = [...dialog.querySelectorAll('.qzg-source-title')].map((e) => e.textContent);
    expect(titles).toEqual(['全区现代社区建设工作汇报会召开', '廿里镇：紧盯目标抓项目壮大产业提能级']);
    expect(dialog.querySelector('.qzg-sources-more')).toBeNull();
  });

  it('quotes the excerpt for a source without a title', () => {
    const { dialog } = renderPopover(LIU_HE_GANG_MENG);
    expect(dialog.querySelector('.qzg-source-title')?.textContent).toBe(
      '“将辖区6个行政村共同出资设立的强村公司引入双港…”',
    );
  });

  it('gives every category its own class and label', () => {
    for (const category of CATEGORIES) {
      const { dialog, unmount } = renderPopover({ ...BARE, category });
      expect(dialog.classList.contains(`qzg-${category}`)).toBe(true);
      expect(dialog.querySelector('.qzg-badge')?.textContent).toBe(
        `${CATEGORY_LABELS[category].zh} ${CATEGORY_LABELS[category].en}`,
      );
      unmount();
    }
  });
});

describe('Popover text safety', () => {
  const PAYLOAD = '<img src=x onerror=alert(1)>';

  it('renders HTML in glossary text as literal text', () => {
    const { dialog } = renderPopover({
      ...WU_CHENG,
      term: PAYLOAD,
      pinyin: PAYLOAD,
      summary: `摘要${PAYLOAD}`,
      expansion: [PAYLOAD],
      fullName: PAYLOAD,
      parent: PAYLOAD,
      sources: [{ file: 'x.txt', excerpt: PAYLOAD, title: PAYLOAD, date: PAYLOAD }],
    });
    expect(dialog.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(PAYLOAD);
    expect(dialog.querySelector('.qzg-summary')?.textContent).toBe(`摘要${PAYLOAD}`);
    expect(dialog.querySelector('.qzg-expansion li')?.textContent).toBe(PAYLOAD);
    expect(dialog.querySelector('.qzg-source-title')?.textContent).toBe(PAYLOAD);
    expect(dialog.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('Popover accessibility and actions', () => {
  it('is a labelled, described, focusable dialog', () => {
    const { dialog } = renderPopover(WU_CHENG, { id: 'qzg-pop' });
    expect(dialog.id).toBe('qzg-pop');
    expect(dialog.getAttribute('aria-labelledby')).toBe('qzg-pop-title');
    expect(dialog.getAttribute('aria-describedby')).toBe('qzg-pop-summary');
    expect(document.getElementById('qzg-pop-title')?.textContent).toBe('五城');
    expect(document.getElementById('qzg-pop-summary')?.classList.contains('qzg-summary')).toBe(true);
    expect(dialog.getAttribute('tabindex')).toBe('-1');
    expect(dialog.getAttribute('aria-modal')).toBeNull();
    expect(dialog.getAttribute('lang')).toBe('zh-CN');
  });

  it('generates unique ids when none is given', () => {
    render(<Popover entry={WU_CHENG} onMore={vi.fn()} onDismiss={vi.fn()} />);
    render(<Popover entry={NIAN_LI_ZHEN} onMore={vi.fn()} onDismiss={vi.fn()} />);
    const dialogs = screen.getAllByRole('dialog');
    const labels = dialogs.map((d) => d.getAttribute('aria-labelledby'));
    expect(new Set(labels).size).toBe(2);
    for (const d of dialogs) {
      const title = document.getElementById(d.getAttribute('aria-labelledby') ?? '');
      expect(d.contains(title)).toBe(true);
    }
  });

  it('calls onMore with the entry id from a real button', () => {
    const { onMore } = renderPopover(NIAN_LI_ZHEN);
    const button = screen.getByRole('button', { name: /详情/ });
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    fireEvent.click(button);
    expect(onMore).toHaveBeenCalledExactlyOnceWith('nian-li-zhen');
  });

  it('calls onDismiss on Escape, from the dialog or the button inside it', () => {
    const { dialog, onDismiss } = renderPopover(WU_CHENG);
    fireEvent.keyDown(dialog, { key: 'Enter' });
    expect(onDismiss).not.toHaveBeenCalled();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onDismiss).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByRole('button'), { key: 'Escape' });
    expect(onDismiss).toHaveBeenCalledTimes(2);
  });

  it('does not let Escape reach the page', () => {
    const { dialog } = renderPopover(WU_CHENG);
    const pageListener = vi.fn();
    document.body.addEventListener('keydown', pageListener);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    document.body.removeEventListener('keydown', pageListener);
    expect(pageListener).not.toHaveBeenCalled();
  });

  it('takes focus only when asked', () => {
    renderPopover(WU_CHENG);
    expect(document.activeElement?.getAttribute('role')).not.toBe('dialog');
    cleanup();
    const { dialog } = renderPopover(WU_CHENG, { autoFocus: true });
    expect(document.activeElement).toBe(dialog);
  });

  it('applies the maxHeight from the placement', () => {
    const { dialog } = renderPopover(WU_CHENG, { maxHeight: 168 });
    expect(dialog.style.maxHeight).toBe('168px');
  });
});

describe('summaryText and sourceArticles', () => {
  it('strips the leading "term：" only', () => {
    expect(summaryText({ term: '五城', summary: '五城：指五个城。' })).toBe('指五个城。');
    expect(summaryText({ term: '五城', summary: '五城: 指五个城。' })).toBe('指五个城。');
    expect(summaryText({ term: '五城', summary: '衢江区的五城。' })).toBe('衢江区的五城。');
    expect(summaryText({ term: '五城', summary: '五城：' })).toBe('五城：');
  });

  it('keeps articles in first-seen order, one per file and title', () => {
    const articles = sourceArticles([
      { file: 'b', excerpt: '1', title: 'B' },
      { file: 'a', excerpt: '2', title: 'A' },
      { file: 'b', excerpt: '3', title: 'B' },
      { file: 'b', excerpt: '4', title: 'B2' },
    ]);
    expect(articles.map((a) => `${a.file}/${a.title}`)).toEqual(['b/B', 'a/A', 'b/B2']);
  });
});

// WCAG relative luminance and contrast ratio, for the colour checks below.
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
function blend(fg: string, alpha: number, bg: string): string {
  const ch = (hex: string, i: number) => parseInt(hex.slice(i, i + 2), 16);
  return `#${[1, 3, 5]
    .map((i) => Math.round(alpha * ch(fg, i) + (1 - alpha) * ch(bg, i)))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

describe('category colours', () => {
  const css = readFileSync(join(import.meta.dirname, 'popover.css'), 'utf8');
  const declared = (name: string): string[] =>
    [...css.matchAll(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'gi'))].map((m) =>
      (m[1] as string).toLowerCase(),
    );

  it('popover.css declares the same colours as CATEGORY_COLORS, for light and dark', () => {
    for (const category of CATEGORIES) {
      const colors = CATEGORY_COLORS[category];
      expect(declared(`qzg-${category}`), category).toEqual([colors.accent]);
      expect(declared(`qzg-${category}-text`), category).toEqual([colors.textLight, colors.textDark]);
    }
  });

  it('badge text is readable (4.5:1) on its tint in both popover themes', () => {
    const light = declared('qzg-surface')[0] as string;
    const dark = declared('qzg-surface')[1] as string;
    for (const category of CATEGORIES) {
      const { accent, textLight, textDark } = CATEGORY_COLORS[category];
      expect(contrast(textLight, blend(accent, 0.16, light)), category).toBeGreaterThanOrEqual(4.5);
      expect(contrast(textDark, blend(accent, 0.24, dark)), category).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('underline accents stand out (3:1) on white and on black pages', () => {
    for (const category of CATEGORIES) {
      const { accent } = CATEGORY_COLORS[category];
      expect(contrast(accent, '#ffffff'), category).toBeGreaterThanOrEqual(3);
      expect(contrast(accent, '#000000'), category).toBeGreaterThanOrEqual(3);
    }
  });

  it('page text stays readable (7:1) on the highlight tint, light and dark', () => {
    for (const category of CATEGORIES) {
      const { accent } = CATEGORY_COLORS[category];
      const lightTint = blend(accent, parseInt(TINT_ALPHA_LIGHT, 16) / 255, '#ffffff');
      const darkTint = blend(accent, parseInt(TINT_ALPHA_DARK, 16) / 255, '#121212');
      expect(contrast('#1f2328', lightTint), category).toBeGreaterThanOrEqual(7);
      expect(contrast('#e6edf3', darkTint), category).toBeGreaterThanOrEqual(7);
    }
  });
});

describe('HIGHLIGHT_CSS', () => {
  it('has a ::highlight rule and a <mark> rule per category, in the category colour', () => {
    for (const category of CATEGORIES) {
      const { accent } = CATEGORY_COLORS[category];
      expect(HIGHLIGHT_CSS).toContain(
        `::highlight(qzg-${category}) { background-color: ${accent}${TINT_ALPHA_LIGHT};`,
      );
      expect(HIGHLIGHT_CSS).toContain(
        `mark.qzg-mark.qzg-${category} { background-color: ${accent}${TINT_ALPHA_LIGHT};`,
      );
      expect(HIGHLIGHT_CSS).toMatch(
        new RegExp(`::highlight\\(qzg-${category}\\) \\{[^}]*text-decoration-color: ${accent}`),
      );
    }
  });

  it('never lists ::highlight with another selector (a browser without it would drop the <mark> rule)', () => {
    const selectors = [...HIGHLIGHT_CSS.matchAll(/([^{}]+)\{/g)].map((m) => (m[1] as string).trim());
    const withHighlight = selectors.filter((s) => s.includes('::highlight'));
    expect(withHighlight.length).toBeGreaterThan(0);
    for (const s of withHighlight) expect(s, s).not.toContain(',');
  });

  it('keeps every <mark> rule in a parser that does not know ::highlight (happy-dom)', () => {
    const style = document.createElement('style');
    style.textContent = HIGHLIGHT_CSS;
    document.head.append(style);
    const selectors = [...(style.sheet?.cssRules ?? [])]
      .filter((rule): rule is CSSStyleRule => 'selectorText' in rule)
      .map((rule) => rule.selectorText);
    style.remove();
    for (const category of CATEGORIES) expect(selectors).toContain(`mark.qzg-mark.qzg-${category}`);
    expect(selectors).toContain('mark.qzg-mark');
  });
});
