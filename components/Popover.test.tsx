// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../public/_locales/en/messages.json';
import zh from '../public/_locales/zh_CN/messages.json';
import { CATEGORIES, type GlossaryEntry, type AnyEntry, type Scope } from '../lib/glossary/glossary';
import { formatMessage, type Catalog } from '../lib/ui/i18n';
import { CATEGORY_COLORS, HIGHLIGHT_CSS, TINT_ALPHA_DARK, TINT_ALPHA_LIGHT } from './highlight-styles';
import { sourceArticles, summaryText } from '../lib/glossary/entry-text';
import { Popover } from './Popover';

// tests/setup/i18n.ts gives the fake browser the English catalogue; a test may switch to Chinese.
const english = fakeBrowser.i18n.getMessage;
afterEach(() => {
  cleanup();
  fakeBrowser.i18n.getMessage = english;
});

type Locale = 'en' | 'zh_CN';
function useCatalog(locale: Locale): void {
  const catalog = (locale === 'en' ? en : zh) as Catalog;
  fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | (string | number)[]) =>
    formatMessage(
      catalog,
      key,
      typeof substitutions === 'object' ? substitutions.map(String) : substitutions,
    );
}

/** An entry with a scope: the field is optional on GlossaryEntry and absent from most entries. */
function scoped(entry: GlossaryEntry, scope: Scope | string): GlossaryEntry {
  return { ...entry, scope } as GlossaryEntry;
}

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

const HE_TIAN_CUN: GlossaryEntry = {
  id: 'he-tian-cun',
  term: '贺田村',
  aliases: [],
  category: 'place',
  pinyin: 'hè tián cūn',
  summary: '贺田村：龙游县大街乡的行政村。',
  parent: '大街乡',
  division: {
    code: '330825211207',
    kind: '行政村',
    chain: ['大街乡', '龙游县', '衢州市', '浙江省'],
    english: 'Hetian Village',
    englishChain: ['Dajie Township', 'Longyou County', 'Quzhou', 'Zhejiang Province'],
  },
  sources: [{ file: '009.txt', excerpt: '大街乡贺田村', title: '龙游新闻' }],
  origin: 'register',
};

function renderPopover(
  entry: AnyEntry,
  extra: {
    id?: string;
    maxHeight?: number;
    autoFocus?: boolean;
    onResize?: () => void;
    written?: string;
    homonyms?: AnyEntry[];
  } = {},
) {
  const onMore = vi.fn();
  const onDismiss = vi.fn();
  const result = render(<Popover entry={entry} onMore={onMore} onDismiss={onDismiss} {...extra} />);
  return { ...result, onMore, onDismiss, dialog: screen.getByRole('dialog') };
}

const text = (dialog: HTMLElement, selector: string) => dialog.querySelector(selector)?.textContent;

/** What each locale shows; written out, not read from the catalogue, so a wrong key fails. */
const LOCALES: Record<
  Locale,
  {
    lang: string;
    slogan: string;
    place: string;
    zhejiang: string;
    national: string;
    in: string;
    standsFor: string;
    fullName: string;
    note: string;
    sources5: string;
    sources1: string;
    more: string;
    /** Label text must be in this script only (no bilingual "出处 Sources"). */
    foreign: RegExp;
  }
> = {
  en: {
    lang: 'en',
    slogan: 'Slogan',
    place: 'Place',
    zhejiang: 'Zhejiang-wide',
    national: 'National',
    in: 'In',
    standsFor: 'Stands for',
    fullName: 'Full name',
    note: 'Your note',
    sources5: '5 sources',
    sources1: '1 source',
    more: 'more',
    foreign: /\p{Script=Han}/u,
  },
  zh_CN: {
    lang: 'zh-CN',
    slogan: '提法',
    place: '地名',
    zhejiang: '浙江省',
    national: '全国',
    in: '属于',
    standsFor: '指',
    fullName: '全称',
    note: '笔记',
    sources5: '5 篇出处',
    sources1: '1 篇出处',
    more: '详情',
    foreign: /[A-Za-z]/,
  },
};

describe.each(Object.keys(LOCALES) as Locale[])('Popover labels (%s)', (locale) => {
  const L = LOCALES[locale];

  it('labels everything in one language, each UI string marked with its lang', () => {
    useCatalog(locale);
    const mine: AnyEntry = {
      ...HE_TIAN_CUN,
      summary: '贺田村：一个村。',
      expansion: ['甲', '乙'],
      fullName: '龙游县大街乡贺田村',
      origin: 'user',
      note: '去过。',
      updatedAt: 1,
    };
    const { dialog } = renderPopover(mine);
    const labels = [...dialog.querySelectorAll('.qzg-label, .qzg-badge, button')];
    expect(labels.map((e) => e.textContent)).toEqual([
      L.place,
      L.in,
      L.standsFor,
      L.fullName,
      L.note,
      L.sources1,
      L.more,
    ]);
    for (const label of labels) {
      expect(label.closest('[lang]')?.getAttribute('lang'), label.textContent ?? '').toBe(L.lang);
      expect(label.textContent, label.textContent ?? '').not.toMatch(L.foreign);
    }
    // The glossary's own text stays Chinese, in the zh-CN dialog.
    expect(dialog.getAttribute('lang')).toBe('zh-CN');
    expect(dialog.querySelector('.qzg-summary')?.closest('[lang]')?.getAttribute('lang')).toBe('zh-CN');
  });

  it('names the category in the singular, alone', () => {
    useCatalog(locale);
    expect(text(renderPopover(WU_CHENG).dialog, '.qzg-badge')).toBe(L.slogan);
  });

  it('counts the distinct source articles and opens the glossary from "more"', () => {
    useCatalog(locale);
    const { dialog, onMore } = renderPopover(WU_CHENG);
    const foot = dialog.querySelector('.qzg-foot');
    expect(foot?.textContent).toBe(`${L.sources5}·${L.more}`);
    fireEvent.click(screen.getByRole('button', { name: L.more }));
    expect(onMore).toHaveBeenCalledExactlyOnceWith('wu-cheng');
  });

  it('shows a scope badge beside the category when the entry has one', () => {
    useCatalog(locale);
    for (const [scope, label] of [
      ['zhejiang', L.zhejiang],
      ['national', L.national],
    ] as const) {
      const { dialog, unmount } = renderPopover(scoped(WU_CHENG, scope));
      const badges = [...dialog.querySelectorAll('.qzg-badge')];
      expect(badges.map((b) => b.textContent)).toEqual([L.slogan, label]);
      expect(badges[1]?.getAttribute('data-scope')).toBe(scope);
      expect(badges[1]?.getAttribute('title')).toMatch(locale === 'en' ? /Quzhou/ : /衢州/);
      expect(badges[1]?.getAttribute('lang')).toBe(L.lang);
      unmount();
    }
  });
});

describe('Popover content', () => {
  it('shows term, pinyin, category badge and summary', () => {
    const { dialog } = renderPopover(WU_CHENG);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('五城');
    expect(text(dialog, '.qzg-pinyin')).toBe('wǔ chéng');
    expect(text(dialog, '.qzg-summary')).toBe('指枢纽之城、康养之城、活力之城、幸福之城、智治之城。');
    expect(dialog.classList.contains('qzg-slogan')).toBe(true);
  });

  it('titles a term the page wrote in Traditional characters as written, the Simplified form beside it', () => {
    renderPopover(HE_TIAN_CUN, { written: '賀田村' });
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('賀田村 贺田村');
    expect(heading.querySelector('[lang="zh-Hant"]')?.textContent).toBe('賀田村');
    expect(heading.querySelector('.qzg-simplified')?.textContent).toBe('贺田村');
  });

  it('titles a term the page wrote in Simplified characters (or a short form) with the entry’s term only', () => {
    renderPopover(HE_TIAN_CUN, { written: '贺田村' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('贺田村');
  });

  it('names the other places of the same name by where they lie, a few and then a count', () => {
    const elsewhere = (id: string, chain: string[]): AnyEntry => ({
      ...HE_TIAN_CUN,
      id,
      division: { ...HE_TIAN_CUN.division!, chain },
    });
    const others = [
      elsewhere('b', ['凤林镇', '江山市', '衢州市', '浙江省']),
      elsewhere('c', ['马金镇', '开化县', '衢州市', '浙江省']),
      elsewhere('d', ['长台镇', '江山市', '衢州市', '浙江省']),
      elsewhere('e', ['湖南镇', '衢江区', '衢州市', '浙江省']),
    ];
    const { dialog } = renderPopover(HE_TIAN_CUN, { homonyms: [HE_TIAN_CUN, ...others] });
    const line = dialog.querySelector('.qzg-homonyms')!.textContent!;
    expect(line).toContain('江山市 › 凤林镇；开化县 › 马金镇；江山市 › 长台镇');
    expect(line).not.toContain('衢江区');
    expect(line).not.toContain('大街乡'); // the entry itself is not its own namesake
    expect(line).toMatch(/1/);
  });

  it('shows no same-name line without homonyms', () => {
    expect(renderPopover(HE_TIAN_CUN).dialog.querySelector('.qzg-homonyms')).toBeNull();
  });

  it('writes the expansion once: not again when the summary names every item', () => {
    expect(renderPopover(WU_CHENG).dialog.querySelector('.qzg-expansion')).toBeNull();
    cleanup();
    const { dialog } = renderPopover({ ...WU_CHENG, summary: '五城：衢江区的五个目标。' });
    expect(text(dialog, '.qzg-expansion')).toBe(
      'Stands for 枢纽之城、康养之城、活力之城、幸福之城、智治之城',
    );
    cleanup();
    // One item missing from the summary: the whole list is shown.
    const partial = renderPopover({
      ...WU_CHENG,
      summary: '五城：枢纽之城、康养之城、活力之城、幸福之城等。',
    });
    expect(text(partial.dialog, '.qzg-expansion-items')).toBe(WU_CHENG.expansion?.join('、'));
  });

  it('shows a division’s chain, and its English form only under the English UI', () => {
    const { dialog } = renderPopover(HE_TIAN_CUN);
    expect(text(dialog, '.qzg-chain')).toBe('浙江省 › 衢州市 › 龙游县 › 大街乡');
    const englishForm = dialog.querySelector('.qzg-english');
    expect(englishForm?.textContent).toBe('Hetian Village, Dajie Township, Longyou County, Quzhou');
    expect(englishForm?.getAttribute('lang')).toBe('en');
    cleanup();
    // A city: the province is all its chain has, and is kept.
    const city = renderPopover({
      ...HE_TIAN_CUN,
      term: '衢州市',
      division: {
        code: '3308',
        kind: '地级市',
        chain: ['浙江省'],
        english: 'Quzhou',
        englishChain: ['Zhejiang Province'],
      },
    }).dialog;
    expect(text(city, '.qzg-chain')).toBe('浙江省');
    expect(text(city, '.qzg-english')).toBe('Quzhou, Zhejiang Province');
    cleanup();
    useCatalog('zh_CN');
    const zhDialog = renderPopover(HE_TIAN_CUN).dialog;
    expect(text(zhDialog, '.qzg-where')).toBe('属于 浙江省 › 衢州市 › 龙游县 › 大街乡');
    expect(zhDialog.querySelector('.qzg-english')).toBeNull();
  });

  it('shows the parent place the text gives when the entry is no division', () => {
    useCatalog('zh_CN');
    expect(text(renderPopover(NIAN_LI_ZHEN).dialog, '.qzg-where')).toBe('属于 衢江区');
  });

  it('shows the full name, unless the summary already says it', () => {
    useCatalog('zh_CN');
    expect(renderPopover(LIU_HE_GANG_MENG).dialog.querySelector('.qzg-fullname')).toBeNull();
    cleanup();
    const { dialog } = renderPopover({ ...LIU_HE_GANG_MENG, summary: '六禾港盟：强村公司。' });
    expect(text(dialog, '.qzg-fullname')).toBe('全称 衢州市六禾港盟城乡发展服务有限公司');
  });

  it('shows the reader’s note on their own entry', () => {
    const mine: AnyEntry = { ...BARE, origin: 'user', note: '上周去过。', updatedAt: 1 };
    expect(text(renderPopover(mine).dialog, '.qzg-note')).toBe('Your note 上周去过。');
    cleanup();
    expect(renderPopover(BARE).dialog.querySelector('.qzg-note')).toBeNull();
  });

  it('hides absent optional fields; with no sources the line is just "more"', () => {
    const { dialog } = renderPopover(BARE);
    for (const selector of ['.qzg-expansion', '.qzg-fullname', '.qzg-where', '.qzg-sources', '.qzg-scope']) {
      expect(dialog.querySelector(selector), selector).toBeNull();
    }
    expect(text(dialog, '.qzg-summary')).toBe('生态资源转化平台。');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['more']);
    expect(text(dialog, '.qzg-foot')).toBe('more');
  });

  it('shows no scope badge for an unknown scope or a reader’s entry', () => {
    expect(renderPopover(scoped(WU_CHENG, 'global')).dialog.querySelector('.qzg-scope')).toBeNull();
    cleanup();
    const mine = { ...scoped(WU_CHENG, 'national'), origin: 'user', updatedAt: 1 } as AnyEntry;
    expect(renderPopover(mine).dialog.querySelector('.qzg-scope')).toBeNull();
  });

  it('gives every category its own class and label', () => {
    const singular = { place: 'Place', program: 'Program', slogan: 'Slogan', organization: 'Organization' };
    for (const category of CATEGORIES) {
      const { dialog, unmount } = renderPopover({ ...BARE, category });
      expect(dialog.classList.contains(`qzg-${category}`)).toBe(true);
      expect(text(dialog, '.qzg-badge')).toBe(singular[category]);
      unmount();
    }
  });
});

describe('Popover sources', () => {
  it('are folded by default: one line with the count, no list', () => {
    const { dialog } = renderPopover(WU_CHENG);
    expect(dialog.querySelector('.qzg-sources')).toBeNull();
    expect(dialog.textContent).not.toContain('紧盯目标');
    const toggle = screen.getByRole('button', { name: '5 sources' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('type')).toBe('button');
  });

  it('unfold and fold again from their button, which controls the list', () => {
    const onResize = vi.fn();
    const { dialog } = renderPopover(WU_CHENG, { onResize });
    const toggle = screen.getByRole('button', { name: '5 sources' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = dialog.querySelector('.qzg-sources');
    expect(list?.id).toBe(toggle.getAttribute('aria-controls'));
    expect(list?.getAttribute('aria-labelledby')).toBe(toggle.id);
    const items = [...(list?.querySelectorAll('li') ?? [])];
    expect(items.map((li) => li.querySelector('.qzg-source-title')?.textContent)).toEqual([
      '廿里镇：紧盯目标抓项目',
      '谱“五城”新篇看衢江实践',
      '清障打造一流营商环境',
      '提升衢江颜值',
      '第五篇',
    ]);
    expect(items[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2023-03-21');
    expect(items[1]?.querySelector('time')).toBeNull();
    expect(onResize).toHaveBeenCalledTimes(1);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(dialog.querySelector('.qzg-sources')).toBeNull();
    expect(onResize).toHaveBeenCalledTimes(2);
  });

  it('are counted once per article, however many excerpts come from it', () => {
    renderPopover(NIAN_LI_ZHEN);
    fireEvent.click(screen.getByRole('button', { name: '2 sources' }));
    const titles = [...document.querySelectorAll('.qzg-source-title')].map((e) => e.textContent);
    expect(titles).toEqual(['全区现代社区建设工作汇报会召开', '廿里镇：紧盯目标抓项目壮大产业提能级']);
  });

  it('quote the excerpt of an article without a title', () => {
    renderPopover(LIU_HE_GANG_MENG);
    fireEvent.click(screen.getByRole('button', { name: '1 source' }));
    expect(document.querySelector('.qzg-source-title')?.textContent).toBe(
      '“将辖区6个行政村共同出资设立的强村公司引入双港…”',
    );
  });

  it('fold again when the popover shows another entry', () => {
    const props = { onMore: vi.fn(), onDismiss: vi.fn() };
    const { rerender } = render(<Popover entry={WU_CHENG} {...props} />);
    fireEvent.click(screen.getByRole('button', { name: '5 sources' }));
    expect(document.querySelector('.qzg-sources')).not.toBeNull();
    rerender(<Popover entry={NIAN_LI_ZHEN} {...props} />);
    expect(document.querySelector('.qzg-sources')).toBeNull();
    expect(screen.getByRole('button', { name: '2 sources' }).getAttribute('aria-expanded')).toBe('false');
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
      expansion: [PAYLOAD, '二'],
      fullName: PAYLOAD,
      parent: PAYLOAD,
      sources: [{ file: 'x.txt', excerpt: PAYLOAD, title: PAYLOAD, date: PAYLOAD }],
    });
    fireEvent.click(screen.getByRole('button', { name: '1 source' }));
    expect(dialog.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(PAYLOAD);
    expect(text(dialog, '.qzg-summary')).toBe(`摘要${PAYLOAD}`);
    expect(text(dialog, '.qzg-expansion-items')).toBe(`${PAYLOAD}、二`);
    expect(text(dialog, '.qzg-where')).toBe(`In ${PAYLOAD}`);
    expect(text(dialog, '.qzg-source-title')).toBe(PAYLOAD);
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

  it('puts the source toggle before "more" in the tab order, both real buttons', () => {
    renderPopover(NIAN_LI_ZHEN);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['2 sources', 'more']);
    for (const b of buttons) {
      expect(b.tagName).toBe('BUTTON');
      expect(b.getAttribute('tabindex')).toBeNull();
    }
  });

  it('calls onMore with the entry id', () => {
    const { onMore } = renderPopover(NIAN_LI_ZHEN);
    fireEvent.click(screen.getByRole('button', { name: 'more' }));
    expect(onMore).toHaveBeenCalledExactlyOnceWith('nian-li-zhen');
  });

  it('calls onDismiss on Escape, from the dialog or a button inside it', () => {
    const { dialog, onDismiss } = renderPopover(WU_CHENG);
    fireEvent.keyDown(dialog, { key: 'Enter' });
    expect(onDismiss).not.toHaveBeenCalled();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onDismiss).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByRole('button', { name: 'more' }), { key: 'Escape' });
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
