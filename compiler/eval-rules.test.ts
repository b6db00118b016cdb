import { describe, expect, it } from 'vitest';
import { compileGlossary } from './compile';
import { formatTallies, tallyRules, type RuleTally } from './eval-rules';

describe('tallyRules (npm run eval -- --rules)', () => {
  const { decisions } = compileGlossary([
    {
      name: 'made-up.txt',
      text: '她荣获“开化县先进工作者”称号。开化县芹阳办事处推出“邻礼通”平台，“邻礼通”上线后好评如潮。',
    },
  ]);
  const ruleOf = (form: string) => decisions.find((d) => d.evidence.term.term === form)!.decision.rule;

  it('counts the labelled terms a rule dropped and the labelled negatives it kept', () => {
    const tallies = new Map<string, RuleTally>();
    // Labelled as if the labeller had disagreed with both decisions.
    tallyRules(tallies, decisions, [{ term: '开化县先进工作者', category: 'slogan' }], ['邻礼通']);
    const dropped = tallies.get(ruleOf('开化县先进工作者'))!;
    expect(dropped.droppedTerms).toEqual(['开化县先进工作者']);
    const kept = tallies.get(ruleOf('邻礼通'))!;
    expect(kept.keptNegatives).toEqual(['邻礼通']);
    const lines = formatTallies(tallies);
    expect(lines).toContain(
      `${ruleOf('开化县先进工作者')}: dropped 1 labelled terms and ${dropped.droppedOthers} others: 开化县先进工作者`,
    );
    expect(lines.some((l) => l.startsWith(`${ruleOf('邻礼通')}: kept 1 labelled negatives`))).toBe(true);
  });

  it('says nothing of rules the labels agree with', () => {
    const tallies = new Map<string, RuleTally>();
    tallyRules(tallies, decisions, [{ term: '邻礼通', category: 'program' }], ['开化县先进工作者']);
    expect(formatTallies(tallies)).toEqual([]);
  });
});
