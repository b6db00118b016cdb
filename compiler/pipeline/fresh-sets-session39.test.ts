/**
 * Classes of error seen in session 39, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found or absent.
 */
import { describe, expect, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile } = madeUp();

describe('Quzhou landmarks from the reference list', () => {
  it('finds a landmark written with no suffix to read (钱江源头) or by its other name (须江)', () => {
    const { entries } = compile(
      '开化县齐溪镇的护林员守着钱江源头的一片林子，每天巡山十多公里。',
      '江山市双塔街道的居民每天傍晚沿着须江散步，江边的绿道去年刚修好。',
    );
    expectPresent(entries, ['钱江源', '江山港']);
    expect(entries.get('钱江源')?.aliases).toContain('钱江源头');
    expect(entries.get('钱江源')?.category).toBe('place');
    expect(entries.get('江山港')?.aliases).toContain('须江');
  });

  it('explains a landmark by the list’s sentence, not by what the text says around it', () => {
    const { entries } = compile('周末，不少上海游客自驾来到江山市，登上江郎山看日出。');
    expect(entries.get('江郎山')?.summary).toContain('丹霞');
  });

  it('reads a list item opening with a landmark as cut at the wrong place (江山港|来水)', () => {
    const { entries } = compile('演练模拟衢州市遭遇持续强降雨，常山港、江山港来水叠加，城区段水位快速上涨。');
    expectPresent(entries, ['常山港', '江山港']);
    expectAbsent(entries, ['江山港来水']);
  });

  it('leaves a landmark written only inside a longer name to that name (钱江源 of 钱江源国家公园)', () => {
    const { entries } = compile('开化县苏庄镇的村民参加了钱江源国家公园的生态管护培训。');
    expectPresent(entries, ['钱江源国家公园']);
    expectAbsent(entries, ['钱江源']);
  });

  it('reads a landmark’s name before a division’s suffix as the division’s, though the register lacks it', () => {
    const { entries } = compile('开化县齐溪镇钱江源村党支部书记说，村里的议事会每月开一次。');
    expectAbsent(entries, ['钱江源']);
  });

  it('leaves to the register a village named after a landmark (江郎山村)', () => {
    const { entries } = compile('江山市石门镇江郎山村的茶农今年新开了一片茶园。');
    expectPresent(entries, ['江郎山村']);
    expectAbsent(entries, ['江郎山']);
  });

  it('says where a landmark is from the list, not from the division the text writes before it', () => {
    const { entries } = compile('开化县齐溪镇钱江源头的水质常年保持在一类标准。');
    expect(entries.get('钱江源')?.summary).toBe(
      '地名（源头）。钱塘江的源头，在开化县齐溪镇一带，今属钱江源国家公园。',
    );
  });
});

describe('a named system of rules', () => {
  it('keeps a quote 制度 follows, written once in ordinary words (“古树守护人”制度)', () => {
    const { entries } = compile(
      '开化县苏庄镇唐头村在镇里的指导下推行“古树守护人”制度，由村干部、党员和热心村民认领古树。',
    );
    expectPresent(entries, ['古树守护人']);
    expect(entries.get('古树守护人')?.category).toBe('program');
  });
});

describe('a list of products', () => {
  it('proposes no item of a list closed by products (…等土特产): products are no terms', () => {
    const { entries } = compile('返乡青年小周想把九华乡的椪柑、香榧、冻米糖等土特产做成伴手礼品牌。');
    expectAbsent(entries, ['冻米糖', '香榧']);
    expectPresent(entries, ['九华乡']);
  });
});
