import { describe, expect, it } from 'vitest';
import { termPinyin, tonelessTermPinyin } from './pinyin';

describe('termPinyin', () => {
  it('reads local characters the local way', () => {
    expect(termPinyin('衢江')).toBe('qú jiāng');
    expect(termPinyin('廿里镇')).toBe('niàn lǐ zhèn');
  });

  it('reads 行 in 银行 as háng', () => {
    expect(termPinyin('两山银行')).toBe('liǎng shān yín háng');
  });

  it('reads the digits of a numeric formula as they are spoken', () => {
    expect(termPinyin('152')).toBe('yī wǔ èr');
    expect(termPinyin('１４１')).toBe('yī sì yī');
    expect(termPinyin('1+X')).toBe('yī jiā X');
    expect(termPinyin('3个100')).toBe('sān gè yī líng líng');
    expect(termPinyin('1+15')).toBe('yī jiā shí wǔ');
    expect(termPinyin('20')).toBe('èr shí');
    expect(termPinyin('10')).toBe('shí');
    expect(termPinyin('08')).toBe('líng bā');
  });

  it('leaves Chinese punctuation out and reads + as jiā', () => {
    expect(termPinyin('南孔圣地、衢州有礼')).toBe('nán kǒng shèng dì qú zhōu yǒu lǐ');
    expect(termPinyin('邻礼通+红色物业联盟')).toBe('lín lǐ tōng jiā hóng sè wù yè lián méng');
    expect(termPinyin('“一县一园”')).toBe('yí xiàn yì yuán');
  });

  it('gives one syllable per Han character', () => {
    for (const term of ['四省边际中心城市', '慢下来，停下来', '大搬快治']) {
      const han = [...term].filter((c) => /\p{Script=Han}/u.test(c)).length;
      expect(termPinyin(term).split(' ')).toHaveLength(han);
    }
  });
});

describe('tonelessTermPinyin', () => {
  it('keeps digits as written, so ids made from it do not change', () => {
    expect(tonelessTermPinyin('152')).toBe('152');
    expect(tonelessTermPinyin('廿里镇')).toBe('nian li zhen');
  });
});
