/**
 * Classes of error seen in session 29 on the read made-up sets, each shown on made-up sentences
 * compiled with the real register. Every case failed before its rule existed, except the guards
 * that say what must stay found.
 */
import { describe, expect, it } from 'vitest';
import { madeUp } from './made-up';

const { compile } = madeUp();

describe('bodies named by what they do', () => {
  it('reads a cooperative or company named only by its trade as a description, not a name', () => {
    const { entries } = compile(
      '去年，村里成立了手工豆腐专业合作社，吸纳四十户村民入社。',
      '镇上的粮食烘干服务公司也在秋收前完成了设备检修。',
    );
    for (const t of ['手工豆腐专业合作社', '粮食烘干服务公司']) expect(entries.has(t), t).toBe(false);
  });

  it('keeps a body with a name of its own, and a long official name of a place', () => {
    const { entries } = compile(
      '秀峰果业专业合作社今年收购鲜果三百吨。',
      '航天智慧农业产业园二期开工，占地五百亩。',
    );
    for (const t of ['秀峰果业专业合作社', '航天智慧农业产业园']) expect(entries.has(t), t).toBe(true);
  });
});
