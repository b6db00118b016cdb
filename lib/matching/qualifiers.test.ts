import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherTerm } from './matcher';
import { qualifierBefore, withQualifiers } from './qualifiers';

const TERMS: MatcherTerm[] = [
  { id: 'dg', term: '东港街道', aliases: ['东港'], category: 'place', contextual: ['东港'] },
  { id: 'bs', term: '白沙村', aliases: [], category: 'place', contextual: ['白沙村'] },
  { id: 'yc', term: '余村', aliases: [], category: 'place', contextual: ['余村'] },
  { id: 'nl', term: '廿里镇', aliases: [], category: 'place' },
];
// Other places' names, as the match index lists them (not 浙江, 衢州 or Quzhou's counties).
const QUALIFIERS = ['辽宁', '辽宁省', '湖南', '湖南省', '安吉', '安吉县', '湖州市', '湖州'].sort();
const matcher = withQualifiers(compileMatcher(TERMS), QUALIFIERS);
const found = (text: string) => matcher.findAll(text).map((m) => text.slice(m.start, m.end));

describe('withQualifiers', () => {
  it('drops a contextual place right after another province, city or county', () => {
    expect(found('辽宁东港的港口')).toEqual([]);
    expect(found('安吉县余村是两山理念的发源地')).toEqual([]);
    expect(found('湖南的白沙村')).toEqual([]);
    expect(found('湖州市安吉县余村')).toEqual([]);
  });

  it('keeps it after Quzhou’s own chain, after other words, or standing alone', () => {
    expect(found('浙江衢州东港街道')).toEqual(['东港街道']);
    expect(found('衢州东港的企业')).toEqual(['东港']);
    expect(found('走进余村，村民说')).toEqual(['余村']);
    expect(found('白沙村与余村')).toEqual(['白沙村', '余村']);
  });

  it('finds every qualifier of a long sorted list, and nothing between them', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `地${String.fromCharCode(0x4e00 + i)}`).sort();
    for (const q of many.filter((_, i) => i % 97 === 0))
      expect(qualifierBefore(`${q}白沙村`, 2, many, 2) !== undefined).toBe(true);
    expect(qualifierBefore('天白沙村', 1, many, 2) !== undefined).toBe(false);
  });

  it('keeps it where the qualifier is only the end of a glossary name written there', () => {
    // 城区 is a district of 阳泉, 长治 and 晋城; 柯城区 is Quzhou's.
    const local = withQualifiers(
      compileMatcher([...TERMS, { id: 'kc', term: '柯城区', aliases: [], category: 'place' }]),
      [...QUALIFIERS, '城区'].sort(),
    );
    const seen = (text: string) => local.findAll(text).map((m) => text.slice(m.start, m.end));
    expect(seen('柯城区白沙村的村民')).toEqual(['柯城区', '白沙村']);
    expect(seen('阳泉城区白沙村的村民')).toEqual([]);
  });

  it('drops it after a town that follows another county (安吉县天荒坪镇余村), whatever the town', () => {
    expect(found('安吉县天荒坪镇余村的竹林')).toEqual([]);
    expect(found('湖南省桃花乡白沙村')).toEqual([]);
    expect(found('湖州市安吉县递铺街道余村')).toEqual([]);
  });

  it('keeps it after a town that follows no other place (衢江区湖南镇白沙村, 在湖南镇白沙村)', () => {
    expect(found('衢江区湖南镇白沙村的村民')).toEqual(['白沙村']);
    expect(found('在湖南镇白沙村，村民说')).toEqual(['白沙村']);
    expect(found('廿里镇余村')).toEqual(['廿里镇', '余村']);
  });

  it('lets a Quzhou town decide: its chain is Quzhou’s unless the town is qualified itself', () => {
    // Not 和廿里|镇 read as a town of three characters after another place.
    expect(found('和廿里镇余村')).toEqual(['廿里镇', '余村']);
    // 东港街道 is a name of Quzhou's only (it stays), but after 辽宁 it is 辽宁's, and so is its 余村.
    expect(found('辽宁东港街道余村')).toEqual(['东港街道']);
  });

  it('never drops an unambiguous match', () => {
    expect(found('湖南廿里镇')).toEqual(['廿里镇']);
  });

  it('reads at most one joiner between the qualifier and the name', () => {
    expect(qualifierBefore('湖南 白沙村', 3, QUALIFIERS, 3) !== undefined).toBe(true);
    expect(qualifierBefore('湖南的的白沙村', 4, QUALIFIERS, 3) !== undefined).toBe(false);
    expect(qualifierBefore('白沙村', 0, QUALIFIERS, 3) !== undefined).toBe(false);
  });
});

describe('withQualifiers and a place’s own divisions', () => {
  const own: MatcherTerm[] = [
    { id: 'cs', term: '常山县', aliases: [], category: 'place' },
    { id: 'jc', term: '金川街道', aliases: [], category: 'place', within: 'cs' },
    { id: 'sb', term: '上埠村', aliases: [], category: 'place', contextual: ['上埠村'], within: 'jc' },
    { id: 'ly', term: '龙游县', aliases: [], category: 'place' },
    { id: 'xn', term: '小南海镇', aliases: [], category: 'place', within: 'ly' },
    { id: 'dt', term: '大塘村', aliases: [], category: 'place', contextual: ['大塘村'], within: 'xn' },
  ];
  // 金川县 is a county of Sichuan, 南海区 a district of 佛山: their names qualify other places.
  const matcher = withQualifiers(
    compileMatcher(own),
    ['四川', '金川', '金川县', '广东', '南海', '南海区'].sort(),
  );
  const found = (text: string) => matcher.findAll(text).map((m) => text.slice(m.start, m.end));

  it('keeps a place after its own town’s short form, though a county elsewhere is so named (金川|上埠村)', () => {
    expect(found('金川上埠村的村民正在采茶')).toEqual(['上埠村']);
    expect(found('金川上埠村的村民正在採茶')).toEqual(['上埠村']);
  });

  it('keeps it where the qualifier only ends its own town’s short form (小南海|大塘村: 南海)', () => {
    expect(found('小南海大塘村的村民')).toEqual(['大塘村']);
  });

  it('still drops it after that county’s full name or the qualifier alone (四川金川县|上埠村, 广东南海|大塘村)', () => {
    expect(found('四川金川县上埠村')).toEqual([]);
    expect(found('广东南海大塘村')).toEqual([]);
  });
});
