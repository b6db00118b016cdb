/**
 * Classes of error seen on the read made-up sets in session 23 (madeup7 first), each shown on
 * made-up sentences compiled with the real register. Every case failed before its rule existed,
 * except the guards that say what must stay found.
 */
import { describe, expect, it } from 'vitest';
import { madeUp } from './made-up';

const { compile } = madeUp();

describe('occasions named by their kind', () => {
  it('reads a quoted show, festival or class held once as an occasion, not a term', () => {
    const { entries } = compile(
      '社区举办“睦邻好声音”歌唱擂台，还设置了“反骗情景剧”“护苗课堂”等环节。' +
        '衢江区莲花镇第二届“油菜花海节”同日开幕，村里还办了“长街宴”。',
    );
    for (const t of ['睦邻好声音', '反骗情景剧', '护苗课堂', '油菜花海节', '长街宴'])
      expect(entries.has(t), t).toBe(false);
    expect(entries.get('莲花镇')?.category).toBe('place');
  });

  it('keeps a counted formula that ends in 节 (“三节一品”)', () => {
    const { entries } = compile(
      '柯城区推行“三节一品”，即节水、节电、节地和一村一品。柯城区的“三节一品”见效。',
    );
    expect(entries.has('三节一品')).toBe(true);
  });
});
