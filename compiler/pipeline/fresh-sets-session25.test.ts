/**
 * Classes of error seen in session 25 on the seeds and the read made-up sets (madeup2 and madeup3
 * read from this session), each shown on made-up sentences compiled with the real register. Every
 * case failed before its rule existed, except the guards that say what must stay found.
 */
import { describe, expect, it } from 'vitest';
import { madeUp } from './made-up';

const { compile } = madeUp();

describe('products', () => {
  it('reads a place and a good (江山|白鹅, 球川|豆腐) as a product line, not a term', () => {
    const { entries } = compile(
      '江山市推介“江山白鹅”“球川米糕”等土产，球川镇和峡口镇的摊位最热闹。夜市有龙游发糕、“三头一掌”、球川豆腐等风味。',
    );
    for (const t of ['江山白鹅', '球川米糕', '龙游发糕', '球川豆腐']) expect(entries.has(t), t).toBe(false);
    // The towns are places and the counted formula a term all the same.
    for (const t of ['球川镇', '峡口镇', '三头一掌']) expect(entries.has(t), t).toBe(true);
  });

  it('keeps a place and a word that is no good (“衢州有礼”, “江山游”)', () => {
    const { entries } = compile('衢州市推出“衢州有礼”城市品牌。江山市上线“江山游”小程序，游客可在线预约。');
    expect(entries.has('衢州有礼')).toBe(true);
    expect(entries.has('江山游')).toBe(true);
  });
});
