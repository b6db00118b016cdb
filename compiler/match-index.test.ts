import { describe, expect, it } from 'vitest';
import type { Glossary, GlossaryEntry } from '../lib/glossary/glossary';
import { compileMatcher } from '../lib/matching/matcher';
import { indexEntries } from '../lib/matching/page-entries';
import { buildMatchIndex } from './match-index';

const entry = (id: string, term: string, contextual = false): GlossaryEntry => ({
  id,
  term,
  aliases: [],
  category: 'place',
  pinyin: '',
  summary: '',
  sources: [],
  origin: 'register',
  ...(contextual ? { ambiguous: [{ form: term, namesakes: 3 }] } : {}),
});

const glossary: Glossary = {
  version: 1,
  sources: [],
  entries: [entry('fan-cun', '范村'), entry('xin-an', '信安', true), entry('qu-zhou', '衢州')],
};
// A made-up slice of jieba's dictionary: words and their frequencies.
const dictionary = new Map([
  ['示范', { freq: 981 }],
  ['示范村', { freq: 6 }],
  ['通信安全', { freq: 40 }],
  ['衢州人', { freq: 5 }],
  ['浙江衢州', { freq: 4 }],
]);
const index = buildMatchIndex(glossary, dictionary, []);
const found = (text: string) =>
  compileMatcher(indexEntries(index), { blockers: index.blockers })
    .findAll(text)
    .map((m) => text.slice(m.start, m.end));

describe('buildMatchIndex blockers', () => {
  it('block a contextual form inside an ordinary word (通信安全 holds 信安)', () => {
    expect(index.blockers).toContain('通信安全');
  });

  it('block a plain form that starts inside a word of the dictionary (示|范村: 示范)', () => {
    expect(index.blockers).toContain('示范村');
    expect(found('镇里评上了示范村，九华乡范村也在其中。')).toEqual(['范村']);
  });

  it('leave a plain form at the start or end of a word alone (衢州人, 浙江衢州)', () => {
    expect(index.blockers).not.toContain('衢州人');
    expect(index.blockers).not.toContain('浙江衢州');
    expect(found('浙江衢州的衢州人')).toEqual(['衢州', '衢州']);
  });
});

describe('buildMatchIndex straddles', () => {
  const words = new Map([
    ['以前', { freq: 9343 }],
    ['村里', { freq: 1377 }],
    ['镇上', { freq: 2000 }],
    ['某前', { freq: 20 }],
  ]);
  const qian: Glossary = {
    version: 1,
    sources: [],
    entries: [entry('qian-cun', '前村', true), entry('shang-cun', '上村', true)],
  };
  const { straddles } = buildMatchIndex(qian, words, []);

  it('list the frequent words a contextual form may straddle, by the character they share (以前, 村里)', () => {
    expect(straddles.before['前']).toBe('以');
    expect(straddles.after['村']).toBe('里');
  });

  it('leave out rare words, and words a division’s unit makes with a name (镇|上村)', () => {
    expect(straddles.before['前']).not.toContain('某');
    expect(straddles.before['上']).toBeUndefined();
  });

  it('list the villages named by a frequent word that is no noun (联合村), not by a noun or a rare word', () => {
    const stems = new Map([
      ['联合', { freq: 8569, tag: 'v' }],
      ['花园', { freq: 1291, tag: 'n' }],
      ['和睦', { freq: 120, tag: 'a' }],
    ]);
    const villages: Glossary = {
      version: 1,
      sources: [],
      entries: [
        entry('lian-he-cun', '联合村', true),
        entry('hua-yuan-cun', '花园村', true),
        entry('he-mu-cun', '和睦村', true),
        entry('lian-he-xiang', '联合乡', true),
      ],
    };
    expect(buildMatchIndex(villages, stems, []).straddles.wordStems).toEqual(['联合村']);
  });
});

describe('buildMatchIndex places', () => {
  const division = (code: string) => ({
    code,
    kind: '',
    chain: [],
    english: '',
    englishChain: [],
  });
  const placed: Glossary = {
    version: 1,
    sources: [],
    entries: [
      { ...entry('tian-chi-cun', '天池村', true), division: division('330825110250') },
      { ...entry('qu-zhou-shi', '衢州市'), division: division('3308') },
      { ...entry('heng-shan-zhen', '横山镇'), division: division('330825110') },
      { ...entry('long-you-xian', '龙游县'), division: division('330825') },
      { ...entry('ba-ba', '八八战略'), category: 'slogan' },
    ],
  };
  const rows = buildMatchIndex(placed, new Map(), []).entries;

  it('give each division the row of the division it lies in, by the register’s nested codes', () => {
    expect(rows.map((row) => row[4])).toEqual([2, undefined, 3, 1, undefined]);
    expect(indexEntries({ entries: rows }).map((e) => e.within)).toEqual([
      'heng-shan-zhen',
      undefined,
      'long-you-xian',
      'qu-zhou-shi',
      undefined,
    ]);
  });
});
