import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/glossary';
import { pageTermRow, resultRow, SUMMARY_MAX_CHARS } from './rows';

const NIAN_LI_ZHEN: GlossaryEntry = {
  id: 'nian-li-zhen',
  term: '廿里镇',
  aliases: ['廿里'],
  category: 'place',
  pinyin: 'niàn lǐ zhèn',
  summary: '廿里镇：衢江区的镇。\n辖多个行政村。',
  sources: [],
  origin: 'extracted',
};

describe('resultRow', () => {
  it('shows term, pinyin, category and the summary without its leading term, on one line', () => {
    expect(resultRow({ entry: NIAN_LI_ZHEN, kind: 'exact', rank: 0 })).toEqual({
      id: 'nian-li-zhen',
      term: '廿里镇',
      pinyin: 'niàn lǐ zhèn',
      category: 'place',
      summary: '衢江区的镇。 辖多个行政村。',
    });
  });

  it('names the alias an alias match came from', () => {
    expect(resultRow({ entry: NIAN_LI_ZHEN, kind: 'alias', rank: 2, alias: '廿里' }).alias).toBe('廿里');
  });

  it('keeps only the start of a long summary, whole characters', () => {
    const long = { ...NIAN_LI_ZHEN, summary: '廿里镇：' + '𠀀衢'.repeat(200) };
    const summary = resultRow({ entry: long, kind: 'exact', rank: 0 }).summary;
    expect([...summary].length).toBe(SUMMARY_MAX_CHARS);
    expect(summary.startsWith('𠀀衢')).toBe(true);
  });
});

describe('pageTermRow', () => {
  it('adds pinyin and summary once the glossary is loaded', () => {
    const term = { id: 'nian-li-zhen', term: '廿里镇', category: 'place', count: 4 } as const;
    expect(pageTermRow(term, undefined)).toEqual(term);
    expect(pageTermRow(term, NIAN_LI_ZHEN)).toEqual({
      ...term,
      pinyin: 'niàn lǐ zhèn',
      summary: '衢江区的镇。 辖多个行政村。',
    });
  });
});
