import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherTerm } from './matcher';
import { withoutStraddles, type StraddleWords } from './straddles';

const TERMS: MatcherTerm[] = [
  { id: 'qc', term: '前村', aliases: [], category: 'place', contextual: ['前村'] },
  { id: 'js', term: '江山市', aliases: ['江山'], category: 'place', contextual: ['江山'] },
  { id: 'ld', term: '岭底村', aliases: [], category: 'place' },
  { id: 'yd', term: '余东村', aliases: [], category: 'place', contextual: ['余东村'] },
  { id: 'yj', term: '一件事', aliases: [], category: 'program', contextual: ['一件事'] },
  { id: 'lh', term: '联合村', aliases: [], category: 'place', contextual: ['联合村'] },
];
// As the match index lists them (compiler/match-index.ts): 以前, 目前, 浙江, 十一, 第一 before a form's
// first character; 村里, 村民, 山区 after its last.
const WORDS: StraddleWords = {
  before: { 前: '以目', 江: '浙', 岭: '以', 一: '十第' },
  after: { 村: '民里', 山: '区' },
  wordStems: ['联合村'],
};
const matcher = withoutStraddles(compileMatcher(TERMS), WORDS);
const found = (text: string) => matcher.findAll(text).map((m) => text.slice(m.start, m.end));

describe('withoutStraddles', () => {
  it('drops a contextual form whose edges fall inside the words on either side (以前|村里, 浙江|山区)', () => {
    expect(found('“以前村里年轻人都往外跑。”')).toEqual([]);
    expect(found('目前村民的收入翻了一番')).toEqual([]);
    expect(found('作为浙江山区26县之一')).toEqual([]);
  });

  it('keeps it where one edge or none cuts a word (在前村, 前村村民, 浙江江山的)', () => {
    expect(found('记者来到前村，村民正在采茶。')).toEqual(['前村']);
    expect(found('前村村民说，路修好了')).toEqual(['前村']);
    expect(found('浙江江山的村民')).toEqual(['江山']);
    expect(found('作为江山区')).toEqual(['江山']);
  });

  it('keeps it at the start or end of a text, where there is no word on one side', () => {
    expect(found('浙江江山')).toEqual(['江山']);
    expect(found('江山区')).toEqual(['江山']);
    expect(found('前村')).toEqual(['前村']);
  });

  it('drops a village of one character and its unit where the unit makes a word after it (新|村民, 前村|里)', () => {
    expect(found('前村里的老人')).toEqual([]);
    expect(found('捎上前村民的笋干')).toEqual([]);
    // The edge after is enough for it alone: 在前村 is kept only where no word follows.
    expect(found('在前村，村民说')).toEqual(['前村']);
  });

  it('drops it too where its one character ends the word before it (以前|村, 目前|村)', () => {
    expect(found('以前村，现在叫新村')).toEqual([]);
    expect(found('目前村')).toEqual([]);
    expect(found('以前村口只有一盏灯')).toEqual([]);
    // Not a longer name: 余东村里 is 余东村, whatever follows.
    expect(found('余东村里的老人')).toEqual(['余东村']);
  });

  it('drops a counted formula whose numeral ends the word before it (第一|件事, 十一|件事)', () => {
    expect(found('合作社成立后做的第一件事，就是统一标准')).toEqual([]);
    expect(found('今年办成了十一件事')).toEqual([]);
    // The reform of services, however it is written around.
    expect(found('推进“一件事”集成改革，退休一件事办一次')).toEqual(['一件事', '一件事']);
  });

  it('drops a village named by a word that is no noun where its 村 makes a word after it (联合|村民)', () => {
    expect(found('他联合村民成立了合作社')).toEqual([]);
    expect(found('镇里联合村里的老党员')).toEqual([]);
    expect(found('记者来到联合村，村民正在采茶。')).toEqual(['联合村']);
  });

  it('reads a Traditional page in Simplified (以前村裡)', () => {
    expect(found('以前村裡沒有路燈')).toEqual([]);
  });

  it('never drops a form that names only the Quzhou place (以岭底村里 stays)', () => {
    expect(found('以岭底村里的老人为主')).toEqual(['岭底村']);
  });
});
