/**
 * Classes of error seen in session 30 on the read made-up sets, each shown on made-up sentences
 * compiled with the real register. Every case failed before its rule existed, except the guards
 * that say what must stay found.
 */
import { describe, expect, it } from 'vitest';
import { madeUp } from './made-up';

const { compile } = madeUp();

describe('figures of speech in quotes', () => {
  it('reads one thing counted out (“一张网”, “一棵树”, “一脚油门”), quoted once, as a figure of speech', () => {
    const { entries } = compile(
      '乡里把巡查力量织成森林防火“一张网”，做到山头有人看。',
      '银行的信贷让“一棵树”背后的果农也能贷到款。',
      '新公交线开通后，村民“一脚油门”就能到县城。',
    );
    for (const t of ['一张网', '一棵树', '一脚油门']) expect(entries.has(t), t).toBe(false);
  });

  it('keeps formulas that count more than one thing, and one thing the text keeps quoting', () => {
    const { entries } = compile(
      '合作社推行“一树一码”管理，每棵果树都有二维码。',
      '县里深化不动产登记“一件事”改革，群众跑一次就能办好。',
      '明年还将拓展“一件事”的范围，把公积金提取也纳入进来。',
    );
    for (const t of ['一树一码', '一件事']) expect(entries.has(t), t).toBe(true);
  });
});
