import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Glossary, GlossaryEntry } from '../glossary/glossary';
import {
  buildSearchIndex,
  normalizeText,
  plainPinyin,
  queryPinyin,
  search,
  suggest,
  warmSearchIndex,
  type SearchableEntry,
} from './search';

function entry(term: string, pinyin: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id: plainPinyin(pinyin).slice(0, 40) || 'x',
    term,
    aliases: [],
    category: 'place',
    pinyin,
    summary: `${term}：测试条目。`,
    sources: [],
    origin: 'extracted',
    ...extra,
  };
}

const ENTRIES: GlossaryEntry[] = [
  entry('四省边际中心城市', 'sì shěng biān jì zhōng xīn chéng shì', {
    id: 'si-sheng-bian-ji-zhong-xin-cheng-shi',
  }),
  entry('四省边际枢纽港', 'sì shěng biān jì shū niǔ gǎng', { id: 'si-sheng-bian-ji-shu-niu-gang' }),
  entry('加快建设四省边际中心城市', 'jiā kuài jiàn shè sì shěng biān jì zhōng xīn chéng shì', {
    id: 'jia-kuai',
  }),
  entry('衢江区', 'qú jiāng qū', { id: 'qu-jiang-qu', aliases: ['衢江'] }),
  entry('衢州市', 'qú zhōu shì', { id: 'qu-zhou-shi', aliases: ['衢州'] }),
  entry('衢江港区', 'qú jiāng gǎng qū', { id: 'qu-jiang-gang-qu' }),
  entry('廿里镇', 'niàn lǐ zhèn', { id: 'nian-li-zhen', aliases: ['廿里'], summary: '廿里镇：衢江区的镇。' }),
  entry('廿里片区', 'niàn lǐ piàn qū', { id: 'nian-li-pian-qu' }),
  entry('绿水青山大联动', 'lǜ shuǐ qīng shān dà lián dòng', { id: 'lv-shui' }),
  entry('3+X', '3+X', { id: '3-x', category: 'slogan', summary: '3+X：扶持政策，Policy Support。' }),
  entry('六禾港盟', 'liù hé gǎng méng', {
    id: 'liu-he-gang-meng',
    category: 'organization',
    fullName: '衢州市六禾港盟城乡发展服务有限公司',
    summary: '六禾港盟：辖区6个行政村共同出资设立的公司。',
  }),
  entry('五城', 'wǔ chéng', {
    id: 'wu-cheng',
    expansion: ['枢纽之城', '康养之城'],
    summary: '五城：五个城市定位。',
  }),
];

const index = buildSearchIndex(ENTRIES);
const terms = (query: string, limit?: number) => search(index, query, limit).map((r) => r.entry.term);
const first = (query: string) => search(index, query)[0];

describe('normalisation', () => {
  it('folds width and case, trims and collapses spaces', () => {
    expect(normalizeText('  ＳＳＢＪ　衢江  ')).toBe('ssbj 衢江');
    expect(normalizeText('三通一智（治）')).toBe('三通一智(治)');
  });

  it('makes toneless pinyin keys with ü as v', () => {
    expect(plainPinyin('sì shěng biān jì')).toBe('sishengbianji');
    expect(plainPinyin('lǜ shuǐ')).toBe('lvshui');
    expect(plainPinyin('LÜ')).toBe('lv');
    expect(plainPinyin('lu\u0308 shui')).toBe('lvshui'); // decomposed ü
  });

  it('drops tone digits and spaces from typed pinyin, keeping other digits', () => {
    expect(queryPinyin('si4 sheng3')).toBe('sisheng');
    expect(queryPinyin('sì shěng')).toBe('sisheng');
    expect(queryPinyin('lu:4')).toBe('lv');
    expect(queryPinyin('lü')).toBe('lv');
    expect(queryPinyin('g60')).toBe('g60');
    expect(queryPinyin('1433')).toBe('1433');
  });
});

describe('search: what matches', () => {
  it('finds Chinese substrings of terms', () => {
    expect(terms('边际中心')).toEqual(['四省边际中心城市', '加快建设四省边际中心城市']);
    expect(terms('港区')).toEqual(['衢江港区']);
  });

  it('finds aliases and full names, reporting which one matched', () => {
    const hit = search(index, '六禾港盟城乡').find((r) => r.entry.id === 'liu-he-gang-meng');
    expect(hit).toMatchObject({ kind: 'alias', alias: '衢州市六禾港盟城乡发展服务有限公司' });
    expect(first('衢江')).toMatchObject({ kind: 'prefix' }); // term prefix beats alias exact
    expect(search(index, '衢江').find((r) => r.entry.id === 'qu-jiang-qu')?.kind).toBe('prefix');
  });

  it('finds full pinyin with or without tones, spaces and tone digits', () => {
    for (const q of [
      'sishengbianji',
      'si sheng bian ji',
      'sì shěng biān jì',
      'si4 sheng3 bian1 ji4',
      'SISHENG',
    ]) {
      expect(terms(q).slice(0, 2), q).toEqual(['四省边际枢纽港', '四省边际中心城市']);
    }
    expect(first('qujiangqu')).toMatchObject({ kind: 'pinyin', rank: 6, entry: { term: '衢江区' } });
  });

  it('finds pinyin from a later syllable, below pinyin prefixes', () => {
    const hits = search(index, 'bianji');
    expect(hits.map((r) => r.entry.term)).toContain('加快建设四省边际中心城市');
    expect(hits.every((r) => r.kind === 'pinyin')).toBe(true);
    expect(terms('anji')).toEqual([]); // inside a syllable: no match
  });

  it('matches ü written as v or u', () => {
    expect(terms('lvshui')).toEqual(['绿水青山大联动']);
    expect(terms('lushui')).toEqual(['绿水青山大联动']);
    expect(terms('lǜ')).toEqual(['绿水青山大联动']);
  });

  it('finds pinyin initials and their prefixes', () => {
    expect(first('ssbj')).toMatchObject({ kind: 'initials', entry: { term: '四省边际枢纽港' } });
    expect(terms('ssbjzxcs')).toEqual(['四省边际中心城市']);
    expect(search(index, 'ssbjzxcs')[0]?.rank).toBe(9); // exact initials
    expect(terms('nlz')).toEqual(['廿里镇']);
  });

  it('uses the local readings carried by the entries (衢 qú, 廿 niàn)', () => {
    expect(terms('qz')).toEqual(['衢州市']);
    expect(terms('nianli')).toEqual(['廿里镇', '廿里片区']);
  });

  it('builds summary keys on first use, or when warmed', () => {
    const fresh = buildSearchIndex(ENTRIES);
    expect(fresh.summaries).toBeUndefined();
    warmSearchIndex(fresh);
    const lines = fresh.summaries?.text.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(ENTRIES.length);
    expect(lines).toContain('五城：五个城市定位。 枢纽之城 康养之城');
  });

  it('finds summary and expansion words, Latin case-insensitively', () => {
    expect(first('扶持政策')).toMatchObject({ kind: 'summary', entry: { term: '3+X' } });
    expect(terms('policy support')).toEqual(['3+X']);
    expect(terms('ＰＯＬＩＣＹ')).toEqual(['3+X']);
    expect(terms('康养之城')).toEqual(['五城']);
  });

  it('ignores spaces typed between Chinese characters', () => {
    expect(first('衢 江')).toMatchObject({ kind: 'prefix', entry: { term: '衢江区' } });
  });

  it('matches Latin terms', () => {
    expect(first('3+x')).toMatchObject({ kind: 'exact', entry: { term: '3+X' } });
    expect(first('３＋Ｘ')).toMatchObject({ kind: 'exact' });
  });

  it('gives nothing for empty, blank or unmatched queries', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'zzzz')).toEqual([]);
    expect(search(index, '火星')).toEqual([]);
    expect(search(index, '衢', 0)).toEqual([]);
  });
});

describe('search: ranking', () => {
  it('orders exact > prefix > alias > substring > pinyin > initials > summary', () => {
    const ranked: SearchableEntry[] = [
      { id: 'e', term: '江山', aliases: [], pinyin: 'jiāng shān', summary: '' },
      { id: 'p', term: '江山市', aliases: [], pinyin: 'jiāng shān shì', summary: '' },
      { id: 'a', term: '须江', aliases: ['江山老城'], pinyin: 'xū jiāng', summary: '' },
      { id: 's', term: '大江山', aliases: [], pinyin: 'dà jiāng shān', summary: '' },
      { id: 'm', term: '别处', aliases: [], pinyin: 'bié chù', summary: '在江山附近。' },
    ];
    const byKind = search(buildSearchIndex(ranked), '江山').map((r) => `${r.entry.id}:${r.kind}`);
    expect(byKind).toEqual(['e:exact', 'p:prefix', 'a:alias', 's:substring', 'm:summary']);

    const latin: SearchableEntry[] = [
      { id: 'init', term: '家居', aliases: [], pinyin: 'jiā jū', summary: '' },
      { id: 'py', term: '家具城', aliases: [], pinyin: 'jiā jù chéng', summary: '' },
      { id: 'sum', term: '别处', aliases: [], pinyin: 'bié chù', summary: 'see jj here' },
    ];
    const kinds = search(buildSearchIndex(latin), 'jj').map((r) => `${r.entry.id}:${r.kind}`);
    expect(kinds).toEqual(['init:initials', 'py:initials', 'sum:summary']);
    const pinyinFirst = search(buildSearchIndex(latin), 'jiaju').map((r) => r.entry.id);
    expect(pinyinFirst).toEqual(['init', 'py']);
  });

  it('puts the entry with more sources first among ties', () => {
    const source = { file: 'a.txt', excerpt: '…' };
    const cited: SearchableEntry[] = [
      {
        id: 'short',
        term: '四省边际港',
        aliases: [],
        pinyin: 'sì shěng biān jì gǎng',
        summary: '',
        sources: [source],
      },
      {
        id: 'cited',
        term: '四省边际中心城市',
        aliases: [],
        pinyin: 'sì shěng biān jì zhōng xīn chéng shì',
        summary: '',
        sources: [source, source, source],
      },
    ];
    expect(search(buildSearchIndex(cited), 'ssbj').map((r) => r.entry.id)).toEqual(['cited', 'short']);
  });

  it('breaks ties by shorter term, then pinyin, then term', () => {
    expect(terms('衢').slice(0, 3)).toEqual(['衢江区', '衢州市', '衢江港区']);
    const same: SearchableEntry[] = [
      { id: 'b', term: '乙乙', aliases: [], pinyin: 'yǐ yǐ', summary: '' },
      { id: 'a', term: '一一', aliases: [], pinyin: 'yī yī', summary: '' },
      { id: 'c', term: '以以', aliases: [], pinyin: 'yǐ yǐ', summary: '' },
    ];
    expect(search(buildSearchIndex(same), 'yy').map((r) => r.entry.id)).toEqual(['a', 'b', 'c']);
  });

  it('lists each entry once, under its best rank', () => {
    const hits = search(index, '廿里');
    expect(hits.map((r) => r.entry.id)).toEqual(['nian-li-zhen', 'nian-li-pian-qu']);
    expect(new Set(hits.map((r) => r.entry.id)).size).toBe(hits.length);
  });

  it('keeps the best `limit` results whatever the input order', () => {
    const many: SearchableEntry[] = [];
    for (let i = 0; i < 300; i++) {
      const term = `衢${'江'.repeat(1 + (i % 7))}${i}`;
      many.push({
        id: `e${i}`,
        term,
        aliases: [],
        pinyin: `qú ${'jiāng '.repeat(1 + (i % 7))}${i}`,
        summary: '',
      });
    }
    const expected = buildSearchIndex(many);
    const reversed = buildSearchIndex([...many].reverse());
    const top = search(expected, '衢江', 20).map((r) => r.entry.id);
    expect(search(reversed, '衢江', 20).map((r) => r.entry.id)).toEqual(top);
    expect(top).toHaveLength(20);
    // All shortest terms first.
    const lengths = search(expected, '衢江', 20).map((r) => r.entry.term.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(search(expected, 'qujiang', 300)).toHaveLength(300);
  });
});

describe('search: typos', () => {
  it('finds a term whose pinyin is one edit from the query, or from its start', () => {
    // A swap of two letters (qujaing), a letter too many (lianglvshui), one missing, one wrong.
    expect(search(index, 'qujaingqu')[0]).toMatchObject({
      kind: 'fuzzy',
      rank: 12,
      entry: { term: '衢江区' },
    });
    expect(search(index, 'qujaing').map((r) => `${r.entry.term}:${r.rank}`)).toEqual([
      '衢江区:13',
      '衢江港区:13',
    ]);
    expect(terms('lvshuiqinsgshan')).toEqual(['绿水青山大联动']);
    expect(terms('nianlizen')).toEqual(['廿里镇']);
    expect(terms('nianlizhan')).toEqual(['廿里镇']);
    expect(terms('quzhuoshi')).toEqual(['衢州市']);
  });

  it('ranks near keys below every exact and prefix match', () => {
    const near: SearchableEntry[] = [
      { id: 'typo', term: '江山', aliases: [], pinyin: 'jiāng shān', summary: '' },
      { id: 'exact', term: '两山', aliases: [], pinyin: 'liǎng shān', summary: '' },
      { id: 'prefix', term: '两山银行', aliases: [], pinyin: 'liǎng shān yín háng', summary: '' },
      { id: 'start', term: '江山市', aliases: [], pinyin: 'jiāng shān shì', summary: '' },
    ];
    // `liangshan` is exactly 两山 and starts 两山银行; jiangshan is one letter off, whole or start.
    const hits = search(buildSearchIndex(near), 'liangshan').map((r) => `${r.entry.id}:${r.kind}`);
    expect(hits).toEqual(['exact:pinyin', 'prefix:pinyin', 'typo:fuzzy', 'start:fuzzy']);
  });

  it('forgives nothing in short queries, and nothing when the query already matches plenty', () => {
    expect(terms('qij')).toEqual([]); // three letters, one edit from quj…: too short to forgive
    const many: SearchableEntry[] = Array.from({ length: 6 }, (_, i) => ({
      id: `e${i}`,
      term: `衢江${i}`,
      aliases: [],
      pinyin: `qú jiāng ${'abcdef'[i]}`,
      summary: '',
    }));
    many.push({ id: 'near', term: '齐江', aliases: [], pinyin: 'qí jiāng', summary: '' });
    const manyIndex = buildSearchIndex(many);
    // Six prefix matches: the typo ranks are not looked at, 齐江 (qijiang, one edit) stays out.
    expect(search(manyIndex, 'qujiang').map((r) => r.entry.id)).not.toContain('near');
    expect(search(manyIndex, 'qujiang').every((r) => r.kind === 'pinyin')).toBe(true);
    // Four: it is, below them.
    const few = buildSearchIndex(many.slice(2));
    expect(search(few, 'qujiang').map((r) => r.entry.id)).toEqual(['e2', 'e3', 'e4', 'e5', 'near']);
  });

  it('does not apply to Chinese queries', () => {
    expect(terms('衢州区')).toEqual([]);
  });
});

describe('suggest', () => {
  it('offers the nearest terms when the query is too far off for the results', () => {
    expect(search(index, 'qjuaingqu')).toEqual([]);
    expect(suggest(index, 'qjuaingqu').map((e) => e.term)).toEqual(['衢江区']); // two swaps
    expect(suggest(index, 'sishnegbainjishuniugagn').map((e) => e.term)).toEqual(['四省边际枢纽港']); // three
  });

  it('offers only the terms at the smallest distance found, whole keys first, at most `limit`', () => {
    expect(suggest(index, 'qujaing').map((e) => e.term)).toEqual(['衢江区', '衢江港区']);
    expect(suggest(index, 'qujaingqu').map((e) => e.term)).toEqual(['衢江区']);
    expect(suggest(index, 'qujaing', 1).map((e) => e.term)).toEqual(['衢江区']);
  });

  it('offers nothing for Chinese, short or hopeless queries', () => {
    expect(suggest(index, '衢州区')).toEqual([]);
    expect(suggest(index, 'qij')).toEqual([]);
    expect(suggest(index, 'xqxqxqxq')).toEqual([]);
    expect(suggest(index, 'qujaing', 0)).toEqual([]);
  });
});

describe('search on the real glossary', () => {
  const glossary = JSON.parse(
    readFileSync(new URL('../../data/glossary.json', import.meta.url), 'utf8'),
  ) as Glossary;
  const real = buildSearchIndex(glossary.entries);

  it('takes Traditional input: 龍游 finds 龙游县, 兩山銀行 finds 两山银行, as their Simplified forms do', () => {
    for (const [traditional, simplified, term] of [
      ['龍游', '龙游', '龙游县'],
      ['兩山銀行', '两山银行', '两山银行'],
      ['四省邊際中心城市', '四省边际中心城市', '四省边际中心城市'],
    ] as const) {
      const found = search(real, traditional).map((r) => `${r.entry.id}:${r.kind}`);
      expect(found, traditional).toEqual(search(real, simplified).map((r) => `${r.entry.id}:${r.kind}`));
      expect(search(real, traditional)[0]?.entry.term, traditional).toBe(term);
    }
  });

  it('finds the issue examples', () => {
    expect(search(real, 'ssbj').map((r) => r.entry.term)).toContain('四省边际中心城市');
    expect(search(real, 'sishengbianji').map((r) => r.entry.term)).toContain('四省边际中心城市');
    expect(search(real, '衢江')[0]?.entry.term).toBe('衢江区');
    expect(
      search(real, '廿里')
        .slice(0, 2)
        .map((r) => r.entry.term),
    ).toContain('廿里镇');
  });

  it("forgives the issue's typos", () => {
    expect(search(real, 'lianglshan')[0]?.entry.term).toBe('两山银行');
    expect(search(real, 'qujaing')[0]?.entry.term).toBe('衢江区');
    expect(suggest(real, 'kiahauxian').map((e) => e.term)).toEqual(['开化县']);
  });

  it('never returns more than the limit, and never twice the same entry', () => {
    for (const q of ['s', 'q', '衢', '区', 'a']) {
      const hits = search(real, q, 25);
      expect(hits.length).toBeLessThanOrEqual(25);
      expect(new Set(hits.map((r) => r.entry.id)).size).toBe(hits.length);
    }
  });
});
