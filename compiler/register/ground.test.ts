import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/glossary';
import { compileGlossary } from '../compile';
import { generalDictionary } from '../lexicon';
import { formContext } from './ambiguity';
import { annotateAmbiguity, whereText } from './ground';
import { buildPlaceRegister } from './places';
import type { DivisionRow } from './read-register';

// A made-up register: Quzhou with two counties, and namesakes in a made-up province elsewhere.
const ROWS: DivisionRow[] = [
  { code: '33', name: '浙江省', level: 'province' },
  { code: '3308', name: '衢州市', level: 'prefecture', parent: '33' },
  { code: '330825', name: '龙游县', level: 'county', parent: '3308' },
  { code: '330825105', name: '横山镇', level: 'town', parent: '330825' },
  { code: '330825105201', name: '贺田村村民委员会', level: 'village', parent: '330825105' },
  { code: '330825105202', name: '白沙村委会', level: 'village', parent: '330825105' },
  { code: '330825105203', name: '上门村委会', level: 'village', parent: '330825105' },
  { code: '330825105204', name: '汪村村委会', level: 'village', parent: '330825105' },
  { code: '330881', name: '江山市', level: 'county', parent: '3308' },
  { code: '330881101', name: '凤林镇', level: 'town', parent: '330881' },
  { code: '330881101201', name: '白沙村委会', level: 'village', parent: '330881101' },
  { code: '43', name: '湖南省', level: 'province' },
  { code: '4301', name: '长沙市', level: 'prefecture', parent: '43' },
  { code: '430101', name: '江山区', level: 'county', parent: '4301' },
  { code: '430101001', name: '龙游镇', level: 'town', parent: '430101' },
  { code: '430101001001', name: '白沙村村民委员会', level: 'village', parent: '430101001' },
  { code: '430101001002', name: '贺田村委会', level: 'village', parent: '430101001' },
  { code: '430101001003', name: '汪村村委会', level: 'village', parent: '430101001' },
];
const register = buildPlaceRegister(ROWS, '3308');
const DICTIONARY = new Map([
  ['江山', { freq: 1224, tag: 'ns' }],
  ['衢州', { freq: 105, tag: 'ns' }],
  ['开化', { freq: 87, tag: 'v' }],
  ['上门', { freq: 500, tag: 'ns' }],
  ['社区', { freq: 3000, tag: 'n' }],
  ['公司', { freq: 9000, tag: 'n' }],
  ['一呼百应', { freq: 5, tag: 'i' }],
  ['握', { freq: 300, tag: 'v' }],
  ['指', { freq: 900, tag: 'v' }],
  ['成', { freq: 9000, tag: 'v' }],
  ['拳', { freq: 200, tag: 'n' }],
]);

describe('formContext: why a form may mean something else', () => {
  const context = (form: string, ownNamed = 0, short = false) =>
    formContext({ form, ownNamed, short }, register, DICTIONARY);

  it('counts namesakes elsewhere in China, not the glossary’s own homonyms', () => {
    expect(context('白沙村', 2)).toEqual({ form: '白沙村', namesakes: 1 });
    expect(context('贺田村', 1)).toEqual({ form: '贺田村', namesakes: 1 });
  });

  it('counts divisions with the same stem for a form without a suffix', () => {
    // 龙游 (short for 龙游县) is also the stem of 龙游镇 elsewhere.
    expect(context('龙游', 0, true)).toEqual({ form: '龙游', namesakes: 1, short: true });
  });

  it('marks ordinary words from the dictionary, but not a place’s own name there', () => {
    expect(context('开化')).toEqual({ form: '开化', word: 87 });
    expect(context('江山', 0, true)).toEqual({ form: '江山', namesakes: 1, word: 1224, short: true });
    expect(context('衢州', 0, true)).toBeUndefined();
  });

  it('marks bare numbers and two-character numeral formulas, not names that open with 双 or 万', () => {
    expect(context('152')).toEqual({ form: '152', formula: true });
    expect(context('五城')).toEqual({ form: '五城', formula: true });
    expect(context('双港')).toBeUndefined();
    expect(context('四省边际中心城市')).toBeUndefined();
  });

  it('marks a count of one ordinary thing, with jieba’s own dictionary (一件事, 三道题, 一号工程)', () => {
    const real = (form: string) =>
      formContext({ form, ownNamed: 0, short: false }, register, generalDictionary());
    expect(real('一件事')).toEqual({ form: '一件事', formula: true });
    expect(real('三道题')).toEqual({ form: '三道题', formula: true });
    expect(real('一号工程')).toMatchObject({ form: '一号工程', formula: true });
    expect(real('三大攻坚战')).toEqual({ form: '三大攻坚战', formula: true });
    // A count before a name or a phrase of several words is not one thing counted.
    expect(real('六步议事法')).toBeUndefined();
    expect(real('一号改革工程')).not.toHaveProperty('formula');
    expect(real('百家坊社区')).toBeUndefined();
  });

  it('marks a name of two common words or more, with jieba’s own dictionary, but not a division’s', () => {
    const real = (form: string) =>
      formContext({ form, ownNamed: 0, short: false }, register, generalDictionary());
    expect(real('网格公约')).toEqual({ form: '网格公约', phrase: true });
    expect(real('智慧小区管理平台')).toEqual({ form: '智慧小区管理平台', phrase: true });
    // 浮石 is a common word too, but 浮石街道 is a division: the register's namesakes judge it.
    expect(real('浮石街道')).toBeUndefined();
    // A single character among the words keeps a one-part name its own (邻礼通, 两山银行).
    expect(real('邻礼通')).toBeUndefined();
    expect(real('两山银行')).toBeUndefined();
  });

  it('counts divisions elsewhere named as a place is before its kind, not the prefecture’s own', () => {
    const place = (form: string, stem: string, own: number) =>
      formContext({ form, ownNamed: 0, short: false, kindStem: { stem, own } }, register, DICTIONARY);
    // 龙游 is the stem of 龙游县 here and of 龙游镇 in the made-up province: that town may have a park.
    expect(place('龙游公园', '龙游', 1)).toEqual({ form: '龙游公园', namesakes: 1 });
    // 横山 is only Quzhou's 横山镇: a park named so is Quzhou's.
    expect(place('横山公园', '横山', 1)).toBeUndefined();
  });

  it('marks a place whose name before its kind is a common word (东部|新城), with jieba’s dictionary', () => {
    const place = (form: string, stem: string) =>
      formContext(
        { form, ownNamed: 0, short: false, kindStem: { stem, own: 0 } },
        register,
        generalDictionary(),
      );
    expect(place('东部新城', '东部')).toEqual({ form: '东部新城', phrase: true });
    expect(place('姑蔑古国考古遗址公园', '姑蔑古国考古遗址')).toBeUndefined();
  });

  it('marks a village named by an everyday word that is no noun (相对|村民), with jieba’s dictionary', () => {
    const real = (form: string) =>
      formContext({ form, ownNamed: 0, short: false }, register, generalDictionary());
    expect(real('相对村')).toEqual({ form: '相对村', phrase: true });
    expect(real('清廉社区')).toEqual({ form: '清廉社区', phrase: true });
    // A noun names villages everywhere (溪口村): the register's namesakes judge it.
    expect(real('溪口村')).toBeUndefined();
  });

  it('marks slogans of several parts that are each ordinary words', () => {
    expect(context('社区+公司')).toEqual({ form: '社区+公司', phrase: true });
    // 握指成拳 is four single characters: not ordinary words, so the slogan is its own.
    expect(context('一呼百应、握指成拳')).toBeUndefined();
    expect(context('邻礼通+社区')).toBeUndefined();
  });

  it('marks a hospital named by its level and kind alone, which every county or city has', () => {
    expect(context('县人民医院')).toEqual({ form: '县人民医院', levelKind: true });
    expect(context('市二院')).toEqual({ form: '市二院', levelKind: true });
    expect(context('衢州市人民医院')).toBeUndefined();
  });

  it('marks two characters ending in a division’s kind, a surname and a title as often (范村长)', () => {
    expect(context('范村')).toEqual({ form: '范村', brief: true });
    expect(context('范村村')).toBeUndefined();
  });

  it('leaves a unique name unmarked', () => {
    expect(context('横山镇', 1)).toBeUndefined();
    expect(context('邻礼通')).toBeUndefined();
  });
});

describe('annotateAmbiguity', () => {
  const entry = (
    term: string,
    category: GlossaryEntry['category'],
    scope?: 'zhejiang',
  ): Omit<GlossaryEntry, 'id'> => ({
    term,
    aliases: [],
    category,
    pinyin: '',
    summary: '',
    sources: [],
    origin: 'extracted' as const,
    ...(scope ? { scope } : {}),
  });

  it('marks a programme, slogan or body known from Quzhou’s news alone that names no Quzhou place', () => {
    const entries = [
      entry('邻礼通', 'program'),
      entry('衢州有礼', 'slogan'),
      entry('龙游发展论坛', 'program'),
      entry('八八战略', 'slogan', 'zhejiang'),
      entry('横山公园', 'place'),
    ];
    annotateAmbiguity(entries, register, DICTIONARY);
    const of = (term: string) => entries.find((e) => e.term === term)?.ambiguous;
    expect(of('邻礼通')).toEqual([{ form: '邻礼通', local: true }]);
    // 衢 or a county's name (龙游) makes the name Quzhou's on any page; a Zhejiang term means the
    // same anywhere in the province; a place is judged by its namesakes.
    expect(of('衢州有礼')).toBeUndefined();
    expect(of('龙游发展论坛')).toBeUndefined();
    expect(of('八八战略')).toBeUndefined();
    expect(of('横山公园')).toBeUndefined();
  });
});

describe('whereText', () => {
  it('says where a place lies, down from the county', () => {
    const at = (name: string) => whereText(register.places.find((p) => p.name === name)!);
    expect(at('贺田村')).toBe('龙游县横山镇');
    expect(at('横山镇')).toBe('龙游县');
    expect(at('龙游县')).toBe('衢州市');
    expect(at('衢州市')).toBe('浙江省');
  });
});

describe('compileGlossary with the register', () => {
  const seeds = [
    {
      name: 'a.txt',
      text: [
        '龙游县横山镇上门村召开村民大会，上门村党支部书记介绍了“共富工坊”的做法。',
        '横山镇白沙村的村民在文化礼堂观看演出。',
        '改走乡间小道，游客可以到达竹林深处。',
      ].join('\n'),
    },
  ];
  const glossary = compileGlossary(seeds, undefined, { register }).glossary;
  const named = (term: string) => glossary.entries.filter((e) => e.term === term);
  const one = (term: string): GlossaryEntry => {
    const found = named(term);
    expect(found, term).toHaveLength(1);
    return found[0]!;
  };

  it('makes an entry for every division of the prefecture, with kind, code and chain', () => {
    for (const name of ['衢州市', '龙游县', '横山镇', '贺田村', '江山市', '凤林镇'])
      expect(named(name).length).toBe(1);
    expect(glossary.entries.some((e) => e.term === '长沙市' || e.term === '龙游镇')).toBe(false);
    expect(one('贺田村')).toMatchObject({
      category: 'place',
      parent: '横山镇',
      summary: '龙游县横山镇的行政村。',
      origin: 'register',
      division: {
        code: '330825105201',
        kind: '行政村',
        chain: ['横山镇', '龙游县', '衢州市', '浙江省'],
        english: 'Hetian Village',
        englishChain: ['Hengshan Town', 'Longyou County', 'Quzhou', 'Zhejiang Province'],
      },
    });
    expect(one('龙游县').aliases).toEqual(['龙游']);
    expect(one('贺田村').pinyin).toBe('hè tián cūn');
  });

  it('makes an entry for every landmark of compiler/register/landmarks.json, with what and where it is', () => {
    expect(one('龙游石窟')).toMatchObject({
      aliases: [],
      category: 'place',
      summary: '地名（景区）。龙游县的古代地下人工石窟群，1992年被发现。',
      sources: [],
      origin: 'register',
    });
    expect(one('钱江源').aliases).toEqual(['钱江源头']);
  });

  it('leaves a landmark the seeds mention to the entry made from them', () => {
    const seen = compileGlossary(
      [{ name: 'b.txt', text: '游客登上江郎山。江郎山是世界自然遗产。' }],
      undefined,
      {
        register,
      },
    ).glossary.entries.filter((e) => e.term === '江郎山');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.origin).toBe('extracted');
    expect(seen[0]!.sources.length).toBeGreaterThan(0);
  });

  it('merges a place the seeds mention with its register entry: evidence from the text, kind from the register', () => {
    const shangmen = one('上门村');
    expect(shangmen.origin).toBe('extracted');
    expect(shangmen.division?.code).toBe('330825105203');
    expect(shangmen.parent).toBe('横山镇');
    expect(shangmen.summary.startsWith('龙游县横山镇的行政村。')).toBe(true);
    expect(shangmen.sources.length).toBeGreaterThan(0);
    // A village's stem is not a name of it.
    expect(shangmen.aliases).not.toContain('上门');
  });

  it('keeps one entry per place where Quzhou has homonyms, grounded where the text names the parent', () => {
    const baisha = named('白沙村');
    expect(baisha.map((e) => e.division?.chain[0]).sort()).toEqual(['凤林镇', '横山镇']);
    expect(baisha.find((e) => e.division?.chain[0] === '横山镇')?.sources.length).toBeGreaterThan(0);
    expect(new Set(baisha.map((e) => e.id)).size).toBe(2);
  });

  it('writes a village named X村 as X村村 with X村 as its short form, whose namesakes include the full name’s', () => {
    expect(one('汪村村').aliases).toEqual(['汪村']);
    expect(one('汪村村').ambiguous).toEqual([
      { form: '汪村村', namesakes: 1 },
      { form: '汪村', namesakes: 1, short: true, brief: true },
    ]);
  });

  it('records ambiguity per form', () => {
    expect(one('江山市').ambiguous).toEqual([{ form: '江山', namesakes: 1, word: 1224, short: true }]);
    expect(one('横山镇').ambiguous).toBeUndefined();
  });

  it('drops a "division" the register has nowhere and only one article uses', () => {
    expect(named('改走乡')).toEqual([]);
  });

  it('is deterministic', () => {
    const again = compileGlossary([...seeds].reverse(), undefined, { register }).glossary;
    expect(JSON.stringify(again)).toBe(JSON.stringify(glossary));
  });
});
