import { describe, expect, it } from 'vitest';
import shipped from '../../data/glossary.json';
import {
  categoryCounts,
  filterBrowse,
  LETTERS,
  letterCounts,
  letterOf,
  placeTree,
  prepareBrowse,
  type BrowseItem,
} from './browse';
import type { Glossary, GlossaryEntry, AnyEntry, UserEntry } from '../glossary/glossary';

const glossary = shipped as Glossary;

function entry(term: string, pinyin: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id:
      pinyin
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'x',
    term,
    aliases: [],
    category: 'place',
    pinyin,
    summary: `${term}。`,
    sources: [],
    origin: 'extracted',
    ...extra,
  };
}

const mine: UserEntry = {
  ...entry('柯城', 'kē chéng', { id: 'user-ke-cheng', category: 'place' }),
  origin: 'user',
  updatedAt: 1,
};

describe('letterOf and prepareBrowse', () => {
  it('files pinyin under its first letter and digits or Latin-less keys under #', () => {
    expect(letterOf('sishengbianji')).toBe('S');
    expect(letterOf('1433')).toBe('#');
    expect(letterOf('')).toBe('#');
    expect(LETTERS).toHaveLength(27);
  });

  it('sorts by toneless pinyin, then term, ignoring tones and spaces', () => {
    const items = prepareBrowse([
      entry('五城', 'wǔ chéng'),
      entry('3+X', '3+X', { id: 'x3' }),
      entry('衢江区', 'qú jiāng qū'),
      entry('吴城', 'wú chéng', { id: 'wu-cheng-2' }),
      entry('阿', 'ā'),
    ]);
    expect(items.map((i) => i.entry.term)).toEqual(['3+X', '阿', '衢江区', '五城', '吴城']);
    expect(items.map((i) => i.letter)).toEqual(['#', 'A', 'Q', 'W', 'W']);
  });

  it('keeps the shipped glossary in its own (pinyin) order', () => {
    const items = prepareBrowse(glossary.entries);
    const keys = items.map((i) => i.key);
    expect(keys).toEqual([...keys].sort());
    expect(items).toHaveLength(glossary.entries.length);
  });
});

describe('filters and counts', () => {
  const items: BrowseItem<AnyEntry>[] = prepareBrowse<AnyEntry>([
    entry('五城', 'wǔ chéng', { category: 'slogan' }),
    entry('衢江区', 'qú jiāng qū'),
    entry('廿里镇', 'niàn lǐ zhèn', { parent: '衢江区' }),
    entry('两山银行', 'liǎng shān yín háng', { category: 'program' }),
    mine,
  ]);
  const hidden = new Set(['liang-shan-yin-hang']);

  it('filters by category, letter, own entries and hidden entries', () => {
    const terms = (
      category: Parameters<typeof filterBrowse>[2]['category'],
      letter: 'Q' | 'W' | null = null,
    ) => filterBrowse(items, hidden, { category, letter }).map((i) => i.entry.term);
    expect(terms('all')).toEqual(['柯城', '廿里镇', '衢江区', '五城']);
    expect(terms('place')).toEqual(['柯城', '廿里镇', '衢江区']);
    expect(terms('place', 'Q')).toEqual(['衢江区']);
    expect(terms('all', 'W')).toEqual(['五城']);
    expect(terms('program')).toEqual([]); // hidden entries leave the category lists…
    expect(terms('hidden')).toEqual(['两山银行']); // …and are listed here
    expect(terms('mine')).toEqual(['柯城']);
  });

  it('counts every filter and letter', () => {
    expect(categoryCounts(items, hidden)).toEqual({
      all: 4,
      place: 3,
      program: 0,
      slogan: 1,
      organization: 0,
      mine: 1,
      hidden: 1,
    });
    const letters = letterCounts(items, hidden, 'place');
    expect(letters.K).toBe(1);
    expect(letters.N).toBe(1);
    expect(letters.Q).toBe(1);
    expect(letters.W).toBe(0);
    expect(letterCounts(items, hidden, 'hidden').L).toBe(1);
  });
});

describe('placeTree', () => {
  it('links a parent by term or alias and lists the places under it in pinyin order', () => {
    const items = prepareBrowse([
      entry('衢江区', 'qú jiāng qū', { aliases: ['衢江'] }),
      entry('廿里镇', 'niàn lǐ zhèn', { parent: '衢江区' }),
      entry('樟潭街道', 'zhāng tán jiē dào', { parent: '衢江' }),
      entry('塔坛寺村', 'tǎ tán sì cūn', { parent: '不在词典' }),
    ]);
    const tree = placeTree(items);
    expect(tree.byName.get('衢江区')?.id).toBe('qu-jiang-qu');
    expect(tree.byName.get('衢江')?.id).toBe('qu-jiang-qu');
    expect(tree.byName.get('不在词典')).toBeUndefined();
    expect(tree.children.get('qu-jiang-qu')?.map((e) => e.term)).toEqual(['廿里镇', '樟潭街道']);
  });

  it('finds 衢江区 above 廿里镇 in the shipped glossary', () => {
    const tree = placeTree(prepareBrowse(glossary.entries));
    const parent = tree.byName.get('衢江区');
    expect(parent?.term).toBe('衢江区');
    expect(tree.children.get(parent!.id)?.map((e) => e.term)).toContain('廿里镇');
  });

  it('places register divisions by their codes, homonyms each under their own town, places only', () => {
    const division = (code: string) => ({
      division: { code, kind: '', chain: [], english: '', englishChain: [] },
    });
    const items = prepareBrowse([
      entry('横山镇', 'héng shān zhèn', division('330825105')),
      entry('凤林镇', 'fèng lín zhèn', division('330881101')),
      {
        ...entry('白沙村', 'bái shā cūn', { parent: '横山镇', ...division('330825105201') }),
        id: 'bai-sha-1',
      },
      {
        ...entry('白沙村', 'bái shā cūn', { parent: '凤林镇', ...division('330881101201') }),
        id: 'bai-sha-2',
      },
      entry('共富工坊', 'gòng fù gōng fāng', { category: 'program', parent: '横山镇' }),
    ]);
    const tree = placeTree(items);
    expect(tree.children.get('heng-shan-zhen')?.map((e) => e.id)).toEqual(['bai-sha-1']);
    expect(tree.children.get('feng-lin-zhen')?.map((e) => e.id)).toEqual(['bai-sha-2']);
    expect(tree.parentOf.get('bai-sha-2')?.term).toBe('凤林镇');
    // A programme links to the town it names but is not one of its places.
    expect(tree.parentOf.get('gong-fu-gong-fang')?.term).toBe('横山镇');
  });

  it('lists under a place only places, and the other entries naming it apart', () => {
    const items = prepareBrowse([
      entry('衢江区', 'qú jiāng qū', { aliases: ['衢江'] }),
      entry('廿里镇', 'niàn lǐ zhèn', { parent: '衢江区' }),
      entry('廿里镇工业功能区', 'niàn lǐ zhèn gōng yè gōng néng qū', { parent: '衢江' }),
      entry('省市县长工程', 'shěng shì xiàn zhǎng gōng chéng', { category: 'program', parent: '衢江区' }),
      entry('衢江区融媒体中心', 'qú jiāng qū róng méi tǐ zhōng xīn', {
        category: 'organization',
        parent: '衢江',
      }),
      entry('衢江山农', 'qú jiāng shān nóng', { category: 'slogan' }),
    ]);
    const tree = placeTree(items);
    expect(tree.children.get('qu-jiang-qu')?.map((e) => e.term)).toEqual(['廿里镇', '廿里镇工业功能区']);
    // In browsing order; an entry that only mentions the place in its name (衢江山农) is not one.
    expect(tree.located.get('qu-jiang-qu')?.map((e) => e.term)).toEqual(['衢江区融媒体中心', '省市县长工程']);
    expect(tree.located.get('nian-li-zhen')).toBeUndefined();
  });

  it("lists no programme or organisation among the shipped glossary's places under a place", () => {
    const tree = placeTree(prepareBrowse(glossary.entries));
    const listed = [...tree.children.values()].flat();
    expect(listed.length).toBeGreaterThan(1000);
    expect(listed.filter((e) => e.category !== 'place')).toEqual([]);
    const qu = tree.byName.get('衢江区')!;
    const located = tree.located.get(qu.id) ?? [];
    const naming = glossary.entries.filter((e) => e.parent === '衢江区' && e.category !== 'place');
    expect(new Set(located.map((e) => e.id))).toEqual(new Set(naming.map((e) => e.id)));
  });

  it('gives every county of the shipped glossary its towns, and every town its villages', () => {
    const tree = placeTree(prepareBrowse(glossary.entries));
    const county = tree.byName.get('龙游县')!;
    const towns = tree.children.get(county.id) ?? [];
    expect(towns.length).toBeGreaterThan(10);
    expect(towns.every((t) => 'division' in t && t.division?.code.length === 9)).toBe(true);
    const dajie = towns.find((t) => t.term === '大街乡')!;
    expect(tree.children.get(dajie.id)?.map((v) => v.term)).toContain('贺田村');
  });
});
