/**
 * Classes of error seen in session 46, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found or absent.
 */
import { describe, expect, it } from 'vitest';
import { expectPresent, madeUp } from './made-up';

const { compile } = madeUp();

describe('a division written right after a landmark', () => {
  it('starts where the landmark ends, however jieba joins them (江山港|清湖街道: 港清湖/x)', () => {
    const { entries } = compile(
      '江山市在江山港清湖街道一带开展了水上搜救演练，衢江区也在乌溪江湖南镇段同步开展演练。',
    );
    expectPresent(entries, ['清湖街道', '江山港', '湖南镇']);
    expect(entries.get('清湖街道')?.category).toBe('place');
  });
});
