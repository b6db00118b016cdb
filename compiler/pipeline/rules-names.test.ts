import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../compile';

const decisionsFor = (text: string) => compileGlossary([{ name: 'a.txt', text }]).decisions;

describe('the name rule', () => {
  const decisions = decisionsFor(
    '全区推进风貌提升工程。衢江区廿里镇党委书记说，廿里工业功能区正在建设，衢江港区大路章作业区当年开港。',
  );
  const record = (term: string) => decisions.find((d) => d.evidence.term.term === term);

  it('drops a name whose stem only says what is done, with the use it judged', () => {
    expect(record('风貌提升工程')?.decision).toMatchObject({ keep: false, rule: 'name-suffix-rule' });
    expect(record('风貌提升工程')?.decision.reason).toContain('says only what kind');
    expect(record('风貌提升工程')?.evidence.term.nameUses?.map((m) => m.stem)).toEqual(['风貌提升']);
  });

  it('keeps a name whose stem names one thing, with its use', () => {
    expect(record('大路章作业区')?.decision.keep).toBe(true);
    expect(record('大路章作业区')?.evidence.term.nameUses).toHaveLength(1);
  });

  it('keeps the longer reading where the shorter stem is a bare common word', () => {
    expect(record('廿里工业功能区')?.decision.keep).toBe(true);
    expect(record('工业功能区')).toBeUndefined();
  });
});
