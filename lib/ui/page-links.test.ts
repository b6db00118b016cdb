import { describe, expect, it } from 'vitest';
import { glossaryPageHash, LOOKUP_MAX_CHARS, parseGlossaryPageHash } from './page-links';

describe('glossary page links', () => {
  it('round-trip entries and queries, Chinese and symbols included', () => {
    for (const target of [{ entry: 'nian-li-zhen' }, { query: '三通一智（治）' }, { query: 'a&b=c #d' }]) {
      expect(parseGlossaryPageHash(glossaryPageHash(target))).toEqual(target);
    }
  });

  it('ignore unsafe ids and empty queries, and cut long selections', () => {
    expect(parseGlossaryPageHash('#entry=..%2Foptions.html')).toEqual({});
    expect(parseGlossaryPageHash('#q=%20%20')).toEqual({});
    expect(parseGlossaryPageHash('')).toEqual({});
    const long = '衢'.repeat(200);
    expect(parseGlossaryPageHash(glossaryPageHash({ query: long }))).toEqual({
      query: '衢'.repeat(LOOKUP_MAX_CHARS),
    });
  });
});
