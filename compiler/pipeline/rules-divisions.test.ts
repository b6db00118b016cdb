import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../compile';
import type { DivisionFacts } from '../term';
import { isDivision } from './rules-divisions';

/** A name by a division's suffix that nothing around it supports. */
const facts = (term: string, suffix: string, more: Partial<DivisionFacts> = {}): DivisionFacts => ({
  term,
  stem: term.slice(0, -suffix.length),
  suffix,
  organ: false,
  parent: false,
  listedWith: [],
  ...more,
});

describe('isDivision', () => {
  it('takes a stem that names one thing as a division, not an ordinary word', () => {
    expect(isDivision(facts('少岭坞村', '村'))).toBe(true);
    expect(isDivision(facts('示范村', '村'))).toBe(false);
  });

  it('takes an ordinary stem where an organ follows or its unit comes first', () => {
    expect(isDivision(facts('示范村', '村', { organ: true }))).toBe(true);
    expect(isDivision(facts('示范村', '村', { parent: true }))).toBe(true);
  });

  it('takes a village by its status after a name of two characters', () => {
    expect(isDivision(facts('王家自然村', '自然村'))).toBe(true);
    expect(isDivision(facts('家自然村', '自然村'))).toBe(false);
  });

  it('takes an ordinary stem listed beside a division, and only beside one', () => {
    const beside = facts('少岭坞村', '村');
    expect(isDivision(facts('示范村', '村', { listedWith: [beside] }))).toBe(true);
    expect(isDivision(facts('示范村', '村', { listedWith: [facts('精品村', '村')] }))).toBe(false);
  });

  it('never takes a number, a unit with nationwide vocabulary or a motto, whatever supports it', () => {
    expect(isDivision(facts('2号村', '村', { organ: true }))).toBe(false);
    expect(isDivision(facts('衢江区现代社区', '社区', { organ: true }))).toBe(false);
    expect(isDivision(facts('工业强市', '市', { parent: true }))).toBe(false);
  });
});

describe('the division rule in the compiler', () => {
  const decisions = compileGlossary([
    {
      name: 'a.txt',
      text: '全镇建成2个示范村。大头村、少岭坞村、花园村三村联动，花园村村民积极参与。',
    },
  ]).decisions;
  const decided = (term: string) => decisions.find((d) => d.evidence.term.term === term)?.decision;

  it('drops the ordinary name with the reason, and keeps the ones the text shows', () => {
    expect(decided('示范村')).toMatchObject({ keep: false, rule: 'division' });
    expect(decided('示范村')?.reason).toContain('示范');
    expect(decided('少岭坞村')?.keep).toBe(true);
    expect(decided('花园村')?.keep).toBe(true);
  });

  it('records what the detector saw of each use', () => {
    const flower = decisions.find((d) => d.evidence.term.term === '花园村')?.evidence.term.division;
    expect(flower?.organ).toBe(true);
    expect(flower?.listedWith.map((f) => f.term)).toContain('少岭坞村');
  });
});
