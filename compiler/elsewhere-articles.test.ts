/**
 * Articles about somewhere else (a page about 金华市婺城区's villages, a Traditional-script page
 * about 湖州's 德清縣) propose nothing: their places and programmes are that place's. Made-up
 * sentences, compiled with the real register.
 */
import { describe, expect, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './pipeline/made-up';

const { compile, register } = madeUp();

const WUCHENG =
  '金华市婺城区岭上乡举行行政村托管交接仪式。岭上乡的黄康、文头、后坞畈、百善等4个行政村交由邻乡管理，九峰水库库区的“乡村夜校”也一并移交。';
const QUZHOU = '龙游县塔石镇泽随村推广“稻鱼共生”，村里的莲塘边新修了一座观景台。';

describe('an article about somewhere else', () => {
  it('takes none of its terms, and says which article it set aside', () => {
    const { entries, elsewhere } = compile(QUZHOU, WUCHENG);
    expect(elsewhere).toEqual(['made-up-1.txt']);
    expectAbsent(entries, ['黄康', '文头', '后坞畈', '百善', '九峰水库', '乡村夜校']);
    // The Quzhou article beside it is read as before.
    expectPresent(entries, ['塔石镇', '泽随村']);
  });

  it('reads a Traditional-script page about another county the same way', () => {
    const { entries, elsewhere } = compile(
      '俞氏故里又添新書房！德清縣乾元鎮金火村建成“悅讀悅享”書房，村民在家門口就能借書。',
    );
    expect(elsewhere).toEqual(['made-up-0.txt']);
    expectAbsent(entries, ['金火村', '悦读悦享']);
  });

  it('knows a page about another county by a town it names, where the county is written short', () => {
    // 龙泉 alone is no county to this module (short forms are often words); 住龙镇 is one of its towns.
    const { entries, elsewhere } = compile(
      '龙泉住龙镇的盖竹村拆除违建厂房，村口建起了“共富广场”，村民常去“共富广场”散步。',
    );
    expect(elsewhere).toEqual(['made-up-0.txt']);
    expectAbsent(entries, ['盖竹村', '共富广场']);
  });

  it('keeps an article that names a Quzhou village by a form the register detector leaves alone', () => {
    const { entries, elsewhere } = compile('来自安徽省休宁县的游客走进黄坛口行政村，参观“乡村夜校”。');
    expect(elsewhere).toEqual([]);
    expectPresent(entries, ['黄坛口村']);
  });

  it('keeps an article that names Quzhou in any way: by 衢, a county, a division or a landmark', () => {
    const others = '来自金华市婺城区的游客';
    for (const text of [
      `${others}走进衢州，参加“乡村夜校”。`,
      `${others}来到开化，参加“乡村夜校”。`,
      `${others}来到廿里镇，参加“乡村夜校”。`,
      `${others}登上江郎山，参加“乡村夜校”。`,
    ]) {
      const { elsewhere } = compile(text);
      expect(elsewhere, text).toEqual([]);
    }
  });

  it('does not call an article that names no place at all about somewhere else', () => {
    const { entries, elsewhere } = compile(
      '村里推行“积分超市”制度，村民参加志愿服务就能到“积分超市”换日用品。',
    );
    expect(elsewhere).toEqual([]);
    expectPresent(entries, ['积分超市']);
  });

  it('counts only full names of counties elsewhere: a short form may be an ordinary word', () => {
    // 通道 is 通道侗族自治县's short form, and a word (a passage).
    expect(register().qualifiers).toContain('通道');
    const { elsewhere } = compile('村里开通了“绿色通道”，老人办事不用排队。');
    expect(elsewhere).toEqual([]);
  });
});
