import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from './automaton';
import { decodeAutomaton, encodeAutomaton } from './automaton-data';
import { compileMatcher, matcherOver, type MatcherTerm } from './matcher';
import { indexEntries, type MatchIndex } from './page-entries';

const TERMS: MatcherTerm[] = [
  { id: 'a', term: '江山市', aliases: ['江山'], category: 'place', contextual: ['江山'] },
  { id: 'b', term: '组团PK', aliases: ['“1433”'], category: 'program' },
  { id: 'c', term: '１４３３', aliases: [], category: 'slogan' },
];

describe('automaton data', () => {
  it('round-trips every array, with -1 entries and every width', () => {
    const automaton = buildAutomaton(TERMS, { blockers: ['打江山'] });
    const back = decodeAutomaton(JSON.parse(JSON.stringify(encodeAutomaton(automaton))));
    expect(back).toEqual(automaton);
    const wide = { ...automaton, fail: Int32Array.from(automaton.fail, (v, i) => (i === 1 ? 70_000 : v)) };
    expect(decodeAutomaton(encodeAutomaton(wide)).fail).toEqual(wide.fail);
    expect(encodeAutomaton(wide).fail.startsWith('4:')).toBe(true);
    expect(encodeAutomaton(automaton).flags.startsWith('1:')).toBe(true);
  });

  it('refuses data of another version or shape', () => {
    const data = encodeAutomaton(buildAutomaton(TERMS));
    expect(() => decodeAutomaton({ ...data, version: 2 })).toThrow('version');
    expect(() => decodeAutomaton({ ...data, depth: encodeAutomaton(buildAutomaton([])).depth })).toThrow(
      'lengths',
    );
  });

  it('the shipped index’s automaton finds what compiling its entries finds', () => {
    const index = JSON.parse(readFileSync('data/match-index.json', 'utf8')) as MatchIndex;
    const entries = indexEntries(index);
    const loaded = matcherOver(entries, decodeAutomaton(index.automaton));
    const compiled = compileMatcher(entries, { blockers: index.blockers });
    expect(loaded.patternCount).toBe(compiled.patternCount);
    const texts = [
      readFileSync('tests/fixtures/matching/article.html', 'utf8'),
      readFileSync('tests/e2e/fixtures/news.html', 'utf8'),
      readFileSync('tests/e2e/fixtures/quzhou-county.html', 'utf8'),
      entries.map((e) => [e.term, ...e.aliases].join('、')).join('，'),
      index.blockers.join(''),
    ];
    for (const text of texts) expect(loaded.findAll(text)).toEqual(compiled.findAll(text));
    // Every form is found in the list of forms; the blockers' text reports nothing.
    expect(loaded.findAll(texts[3]!).length).toBeGreaterThan(entries.length);
    expect(loaded.findAll(texts[4]!)).toEqual([]);
  });
});
