import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherTerm } from './matcher';
import { readingPages, withoutGlosses } from './reading-aids';

const TERMS: MatcherTerm[] = [
  { id: 'qz', term: '衢州市', aliases: ['衢州'], category: 'place' },
  { id: 'qj', term: '衢江区', aliases: ['衢江'], category: 'place' },
  { id: 'tc', term: '桐村镇', aliases: [], category: 'place' },
];
const matcher = readingPages(compileMatcher(TERMS), {
  qualifiers: [],
  straddles: { before: {}, after: {}, wordStems: [] },
});
const found = (text: string) => matcher.findAll(text).map((m) => text.slice(m.start, m.end));

describe('readingPages', () => {
  it('matches a term over the pinyin a page writes inside it, covering the gloss; one after it stays out', () => {
    expect(found('浙江衢(qú)州市衢江区的企业')).toEqual(['衢(qú)州市', '衢江区']);
    expect(found('记者走进衢（qú）江区和桐村鎮(zhèn)')).toEqual(['衢（qú）江区', '桐村鎮']);
  });

  it('leaves brackets that are no gloss as text (G60, an English word, a phase)', () => {
    expect(withoutGlosses('衢州市(G60)、衢江区(tea)、衢州（二期）')).toBeUndefined();
    expect(found('衢州(tea)市')).toEqual(['衢州']);
  });

  it('reads a text with no brackets as it is', () => {
    expect(withoutGlosses('衢州市衢江区')).toBeUndefined();
    expect(found('衢州市衢江区')).toEqual(['衢州市', '衢江区']);
  });
});
