import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Category, Glossary } from '../glossary/glossary';
import {
  ALL_CATEGORIES,
  categoryBit,
  categoryMask,
  compileMatcher,
  type Match,
  type MatcherTerm,
} from './matcher';

function term(id: string, category: Category, aliases: string[] = []): MatcherTerm {
  return { id, term: id, aliases, category };
}

/** Surfaces found, as `text.slice(start, end)`, for readable assertions. */
function surfaces(text: string, matches: Match[]): string[] {
  return matches.map((m) => text.slice(m.start, m.end));
}

describe('compileMatcher / findAll', () => {
  const terms: MatcherTerm[] = [
    term('衢江', 'place'),
    term('衢江区', 'place'),
    term('廿里镇', 'place'),
    term('廿里镇工业功能区', 'place'),
    term('功能区', 'organization'),
    term('四省边际中心城市', 'slogan', ['四省边际']),
    term('中心城市', 'slogan'),
    term('两山银行', 'program', ['两山合作社']),
  ];
  const matcher = compileMatcher(terms);

  it('takes the leftmost-longest term and resumes after it', () => {
    const text = '衢江区廿里镇工业功能区';
    const found = matcher.findAll(text);
    expect(surfaces(text, found)).toEqual(['衢江区', '廿里镇工业功能区']);
    expect(found.map((m) => [m.start, m.end, terms[m.entry]!.id, m.category])).toEqual([
      [0, 3, '衢江区', 'place'],
      [3, 11, '廿里镇工业功能区', 'place'],
    ]);
  });

  it('never fires a shorter term inside a longer one', () => {
    const text = '建设四省边际中心城市的决心';
    expect(surfaces(text, matcher.findAll(text))).toEqual(['四省边际中心城市']);
    // 廿里镇工业 is not a term: the longest at 廿 is 廿里镇, then 功能区 is free to match.
    const other = '廿里镇工业小区和功能区';
    expect(surfaces(other, matcher.findAll(other))).toEqual(['廿里镇', '功能区']);
  });

  it('prefers the leftmost start over a longer later one (overlap)', () => {
    const m = compileMatcher([term('甲乙丙', 'place'), term('乙丙丁戊己', 'program')]);
    expect(surfaces('子甲乙丙丁戊己子', m.findAll('子甲乙丙丁戊己子'))).toEqual(['甲乙丙']);
    expect(surfaces('子乙丙丁戊己子', m.findAll('子乙丙丁戊己子'))).toEqual(['乙丙丁戊己']);
  });

  it('settles a short match that ends before a failed longer attempt', () => {
    // 甲乙 matches, 甲乙丙丁 is attempted and fails at 戊; 丙 (inside the attempt) must still be found.
    const m = compileMatcher([term('甲乙', 'place'), term('丙', 'place'), term('甲乙丙丁', 'place')]);
    expect(surfaces('甲乙丙戊', m.findAll('甲乙丙戊'))).toEqual(['甲乙', '丙']);
    expect(surfaces('甲乙丙丁', m.findAll('甲乙丙丁'))).toEqual(['甲乙丙丁']);
    expect(surfaces('子甲乙丙甲乙丙丁', m.findAll('子甲乙丙甲乙丙丁'))).toEqual(['甲乙', '丙', '甲乙丙丁']);
  });

  it('finds aliases and reports the entry they belong to', () => {
    const text = '两山合作社与两山银行，四省边际。';
    const found = matcher.findAll(text);
    expect(surfaces(text, found)).toEqual(['两山合作社', '两山银行', '四省边际']);
    expect(found.map((m) => terms[m.entry]!.id)).toEqual(['两山银行', '两山银行', '四省边际中心城市']);
  });

  it('finds adjacent and repeated terms', () => {
    const text = '衢江区衢江区衢江';
    expect(surfaces(text, matcher.findAll(text))).toEqual(['衢江区', '衢江区', '衢江']);
  });

  it('applies the category filter after selection, with a mask or a set', () => {
    const text = '衢江区廿里镇工业功能区';
    const noPlace = ALL_CATEGORIES & ~categoryBit('place');
    // 功能区 (organization) sits inside 廿里镇工业功能区 (place): switching places off must not reveal it.
    expect(matcher.findAll(text, noPlace)).toEqual([]);
    expect(matcher.findAll(text, new Set<Category>(['organization']))).toEqual([]);
    expect(surfaces(text, matcher.findAll(text, new Set<Category>(['place'])))).toEqual([
      '衢江区',
      '廿里镇工业功能区',
    ]);
    expect(matcher.findAll(text, 0)).toEqual([]);
  });

  it('builds masks from lists and from the settings record', () => {
    expect(categoryMask(['place', 'slogan'])).toBe(categoryBit('place') | categoryBit('slogan'));
    expect(categoryMask({ place: true, program: false, slogan: false, organization: true })).toBe(
      categoryBit('place') | categoryBit('organization'),
    );
    expect(categoryMask([])).toBe(0);
    expect(ALL_CATEGORIES).toBe(0b1111);
  });

  it('resolves duplicate surfaces: a term beats an alias, then the lower entry index', () => {
    const m = compileMatcher([
      term('陆港', 'program', ['双港']),
      term('双港', 'place'),
      term('港口', 'organization', ['码头']),
      term('码头区', 'place', ['码头']),
    ]);
    expect(m.findAll('双港').map((x) => x.entry)).toEqual([1]);
    expect(m.findAll('码头').map((x) => x.entry)).toEqual([2]);
    expect(m.patternCount).toBe(5);
  });

  it('handles an empty glossary, empty text and text without terms', () => {
    expect(compileMatcher([]).findAll('衢江区')).toEqual([]);
    expect(compileMatcher([]).patternCount).toBe(0);
    expect(matcher.findAll('')).toEqual([]);
    expect(matcher.findAll('今天天气很好。No terms here.')).toEqual([]);
    expect(compileMatcher([{ id: 'x', term: '', aliases: [''], category: 'place' }]).findAll('abc')).toEqual(
      [],
    );
  });

  it('counts offsets in UTF-16 code units around surrogate pairs', () => {
    const m = compileMatcher([term('衢江', 'place'), term('𠙶山', 'place')]);
    const text = '😀衢江𠙶山𠙶';
    const found = m.findAll(text);
    expect(found.map((x) => [x.start, x.end])).toEqual([
      [2, 4],
      [4, 7],
    ]);
    expect(surfaces(text, found)).toEqual(['衢江', '𠙶山']);
    // Patterns with a lone surrogate could match half a character: they are ignored.
    expect(compileMatcher([term('\ud842', 'place')]).findAll('𠙶')).toEqual([]);
  });

  it('keeps ASCII terms on word edges, folding case and full-width forms', () => {
    const m = compileMatcher([term('3+X', 'slogan'), term('组团PK', 'slogan'), term('PK', 'program')]);
    const text = '3+X政策，13+X，3+XY，组团pk，组团PKW，ＰＫ赛，３＋ｘ';
    expect(surfaces(text, m.findAll(text))).toEqual(['3+X', '组团pk', 'ＰＫ', '３＋ｘ']);
  });

  it('takes bare number formulas only between quote marks', () => {
    const m = compileMatcher([term('1433', 'slogan'), term('152', 'slogan'), term('1+15', 'slogan')]);
    const text = '“1433”战略，“152”“141”，「１＋１５」，1520万元，“21433”，投资1433万元，1+15个';
    expect(surfaces(text, m.findAll(text))).toEqual(['1433', '152', '１＋１５']);
    expect(m.findAll('1433')).toEqual([]);
  });

  it('handles many overlapping terms', () => {
    // Every substring of a 12-character string is a term: the whole string must win.
    const base = '衢州四省边际中心城市建设';
    const many: MatcherTerm[] = [];
    for (let i = 0; i < base.length; i++) {
      for (let j = i + 1; j <= base.length; j++) many.push(term(base.slice(i, j), 'slogan'));
    }
    const m = compileMatcher(many);
    expect(surfaces(base, m.findAll(base))).toEqual([base]);
    const text = `州四${base}设`;
    expect(surfaces(text, m.findAll(text))).toEqual(['州四', base, '设']);
  });

  it('agrees with a naive leftmost-longest scan on random text', () => {
    const alphabet = '甲乙丙丁';
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = (max: number) =>
      Array.from({ length: 1 + Math.floor(random() * max) }, () => alphabet[Math.floor(random() * 4)]).join(
        '',
      );
    const words = [...new Set(Array.from({ length: 30 }, () => word(5)))];
    const m = compileMatcher(words.map((w) => term(w, 'place')));
    for (let round = 0; round < 200; round++) {
      const text = word(40);
      const expected: string[] = [];
      for (let i = 0; i < text.length;) {
        let best = '';
        for (const w of words) if (w.length > best.length && text.startsWith(w, i)) best = w;
        if (best) expected.push(best);
        i += best ? best.length : 1;
      }
      expect(surfaces(text, m.findAll(text))).toEqual(expected);
    }
  });

  it('works with the real glossary', () => {
    const glossary = JSON.parse(readFileSync('data/glossary.json', 'utf8')) as Glossary;
    const m = compileMatcher(glossary.entries);
    // One pattern per distinct surface form: homonyms (two 白沙村) share theirs.
    expect(m.patternCount).toBe(new Set(glossary.entries.flatMap((e) => [e.term, ...e.aliases])).size);
    // Every entry's term is found whole, as that entry (or the first entry with the same term).
    // Quoted, as number slogans (1433) only count between quotes.
    for (const entry of glossary.entries) {
      const found = m.findAll(`“${entry.term}”`);
      expect(found, entry.term).toHaveLength(1);
      expect([found[0]!.start, found[0]!.end]).toEqual([1, 1 + entry.term.length]);
      expect(found[0]!.entry).toBe(glossary.entries.findIndex((e) => e.term === entry.term));
    }
  });
});

describe('contextual forms and blockers', () => {
  const terms: MatcherTerm[] = [
    { id: 'jiangshan', term: '江山市', aliases: ['江山'], category: 'place', contextual: ['江山'] },
    { id: 'xinan', term: '信安街道', aliases: ['信安'], category: 'place', contextual: ['信安'] },
    { id: 'quzhou', term: '衢州市', aliases: ['衢州'], category: 'place' },
  ];
  const blockers = ['打江山', '江山如画', '通信安全'];
  const matcher = compileMatcher(terms, { blockers });

  it('marks the matches of contextual forms, and only those', () => {
    const text = '衢州江山市和江山';
    expect(matcher.findAll(text).map((m) => [text.slice(m.start, m.end), m.contextual])).toEqual([
      ['衢州', false],
      ['江山市', false],
      ['江山', true],
    ]);
  });

  it('lets an ordinary word swallow the form inside it, and reports no blocker', () => {
    const text = '打江山，江山如画；江山；通信安全；信安';
    expect(surfaces(text, matcher.findAll(text))).toEqual(['江山', '信安']);
    // Without the blockers the same text has five matches.
    expect(compileMatcher(terms).findAll(text)).toHaveLength(5);
  });

  it('never lets a blocker take a glossary form’s own string, and does not count blockers', () => {
    const shadowed = compileMatcher(terms, { blockers: ['江山市', '衢州'] });
    expect(surfaces('江山市衢州', shadowed.findAll('江山市衢州'))).toEqual(['江山市', '衢州']);
    expect(matcher.patternCount).toBe(6);
  });
});
