import { describe, expect, it } from 'vitest';
import shipped from '../../data/glossary.json';
import type { Glossary, GlossaryEntry } from '../glossary/glossary';
import { createRelatedFinder } from './related-terms';

const glossary = shipped as Glossary;

function entry(id: string, term: string, excerpts: string[] = [], aliases: string[] = []): GlossaryEntry {
  return {
    id,
    term,
    aliases,
    category: 'place',
    pinyin: id,
    summary: term,
    sources: excerpts.map((excerpt, i) => ({ file: `${i}.txt`, excerpt })),
    origin: 'extracted',
  };
}

describe('createRelatedFinder', () => {
  const wuCheng = entry('wu-cheng', '五城', [
    '为衢江区的“五城”建设贡献廿里力量。',
    '衢江区聚焦“五城”建设，衢江区上下一心。',
    '樟潭街道的五城实践',
  ]);
  const entries = [
    wuCheng,
    entry('qu-jiang-qu', '衢江区', [], ['衢江']),
    entry('nian-li-zhen', '廿里镇', [], ['廿里']),
    entry('zhang-tan', '樟潭街道'),
    entry('unused', '不出现'),
  ];
  const finder = createRelatedFinder(entries);

  it('ranks by excerpts mentioning the term, then occurrences, and leaves the entry itself out', () => {
    const related = finder.related(wuCheng);
    expect(related.map((r) => [r.entry.term, r.excerpts, r.occurrences])).toEqual([
      ['衢江区', 2, 3],
      ['廿里镇', 1, 1], // through its alias 廿里
      ['樟潭街道', 1, 1],
    ]);
  });

  it('honours limit and exclude, and gives nothing without sources', () => {
    expect(finder.related(wuCheng, { limit: 1 }).map((r) => r.entry.id)).toEqual(['qu-jiang-qu']);
    expect(finder.related(wuCheng, { exclude: new Set(['qu-jiang-qu']) }).map((r) => r.entry.id)).toEqual([
      'nian-li-zhen',
      'zhang-tan',
    ]);
    expect(finder.related(entries[4]!)).toEqual([]);
  });

  it('finds 衢江区 next to 五城 in the shipped glossary', () => {
    const finder = createRelatedFinder(glossary.entries);
    const wu = glossary.entries.find((e) => e.term === '五城')!;
    const related = finder.related(wu);
    expect(related.length).toBeGreaterThan(0);
    expect(related.map((r) => r.entry.term)).toContain('衢江区');
    expect(related.some((r) => r.entry.id === wu.id)).toBe(false);
    for (let i = 1; i < related.length; i++) {
      expect(related[i - 1]!.excerpts).toBeGreaterThanOrEqual(related[i]!.excerpts);
    }
  });

  it('stays fast on 10,000 entries: one compile, then each entry in well under a frame', () => {
    const big: GlossaryEntry[] = [];
    for (let i = 0; i < 10_000; i++) {
      const base = glossary.entries[i % glossary.entries.length]!;
      big.push({
        ...base,
        id: `${base.id}-${i}`,
        term: i < glossary.entries.length ? base.term : `${base.term}${i}`,
      });
    }
    const finder = createRelatedFinder(big);
    const t0 = performance.now();
    finder.related(big[0]!);
    const compile = performance.now() - t0;
    const t1 = performance.now();
    for (let i = 0; i < 100; i++) finder.related(big[i]!);
    const each = (performance.now() - t1) / 100;
    expect(compile).toBeLessThan(2000);
    expect(each).toBeLessThan(5);
  });
});
