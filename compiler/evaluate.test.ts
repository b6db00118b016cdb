import { describe, expect, it } from 'vitest';
import { evaluateGlossary } from './evaluate';

const entry = (term: string, category: string, aliases: string[] = []) => ({ term, aliases, category });
const label = (term: string, category: string) => ({ term, category });

describe('evaluateGlossary', () => {
  it('counts exact term matches for recall and precision', () => {
    const r = evaluateGlossary(
      [entry('廿里镇', 'place'), entry('项目', 'program')],
      [label('廿里镇', 'place'), label('衢江区', 'place')],
    );
    expect(r).toEqual({
      recall: 0.5,
      precision: 0.5,
      categoryAccuracy: 1,
      found: 1,
      expected: 2,
      missed: ['衢江区'],
      extra: ['项目'],
      wrongCategory: [],
      expansions: { expected: 0, carried: 0, missing: [] },
    });
  });

  it("matches a label written with the page's half-width punctuation to the full-width entry", () => {
    // compiler/normalize.ts turns 南孔圣地,衢州有礼 into 南孔圣地，衢州有礼; the label keeps the page's form.
    const r = evaluateGlossary(
      [entry('南孔圣地，衢州有礼', 'slogan'), entry('三通一智（治）', 'program')],
      [label('南孔圣地,衢州有礼', 'slogan'), label('三通一智(治)', 'program')],
    );
    expect(r.found).toBe(2);
    expect(r.precision).toBe(1);
  });

  it('finds a labelled term through an alias and counts that entry as a true positive', () => {
    const r = evaluateGlossary([entry('柯城区', 'place', ['柯城'])], [label('柯城', 'place')]);
    expect(r.found).toBe(1);
    expect(r.recall).toBe(1);
    expect(r.precision).toBe(1);
    expect(r.extra).toEqual([]);
    expect(r.categoryAccuracy).toBe(1);
  });

  it('treats ASCII and full-width parentheses as the same', () => {
    const r = evaluateGlossary(
      [entry('全体（扩大）会议', 'program'), entry('x', 'slogan', ['乡镇(街道)'])],
      [label('全体(扩大)会议', 'program'), label('乡镇（街道）', 'place')],
    );
    expect(r.found).toBe(2);
    expect(r.missed).toEqual([]);
    expect(r.precision).toBe(1);
  });

  it('judges the category against the entry that matched, over found terms only', () => {
    const r = evaluateGlossary(
      [entry('五城', 'slogan'), entry('六禾港盟', 'place', ['六禾港盟公司'])],
      [label('五城', 'slogan'), label('六禾港盟公司', 'organization'), label('不存在', 'place')],
    );
    expect(r.found).toBe(2);
    expect(r.wrongCategory).toEqual(['六禾港盟公司']);
    expect(r.categoryAccuracy).toBe(0.5);
    expect(r.recall).toBeCloseTo(2 / 3);
  });

  it('prefers the entry whose term it is over one listing it as an alias', () => {
    const r = evaluateGlossary(
      [entry('衢江港区', 'place', ['衢江']), entry('衢江', 'place')],
      [label('衢江', 'place')],
    );
    expect(r.wrongCategory).toEqual([]);
    expect(r.precision).toBe(1);
  });

  it('counts a term labelled twice once', () => {
    const r = evaluateGlossary([entry('衢州', 'place')], [label('衢州', 'place'), label('衢州', 'place')]);
    expect(r.expected).toBe(1);
    expect(r.recall).toBe(1);
  });

  it('gives 0, not NaN, for an empty glossary or empty labels', () => {
    const empty = evaluateGlossary([], [label('衢州', 'place')]);
    expect(empty).toMatchObject({ recall: 0, precision: 0, categoryAccuracy: 0, found: 0, expected: 1 });
    expect(empty.missed).toEqual(['衢州']);
    const noLabels = evaluateGlossary([entry('衢州', 'place')], []);
    expect(noLabels).toMatchObject({ recall: 0, precision: 0, categoryAccuracy: 0, expected: 0 });
    expect(noLabels.extra).toEqual(['衢州']);
  });
});
