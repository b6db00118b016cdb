import { describe, expect, it } from 'vitest';
import { compileGlossary } from './compile';
import { decisionLine } from './eval-why';

describe('decisionLine (npm run eval -- --why)', () => {
  const { decisions } = compileGlossary([
    {
      name: 'made-up.txt',
      text: '她荣获“开化县先进工作者”称号。开化县芹阳办事处推出“邻礼通”平台，“邻礼通”上线后好评如潮。',
    },
  ]);

  it('says which rule kept or dropped a form, and shows where it is written', () => {
    expect(decisionLine('邻礼通', decisions)).toMatch(/^邻礼通: kept by "[^"]+" \(.+\).*【邻礼通】/);
    expect(decisionLine('开化县先进工作者', decisions)).toMatch(
      /^开化县先进工作者: dropped by "quoted-rule" \(an award: .+\); proposed by quoted; made-up\.txt: ….*【开化县先进工作者】/,
    );
  });

  it('says so where no detector proposed a form', () => {
    expect(decisionLine('两山银行', decisions)).toBe('两山银行: no detector proposed it');
  });
});
