/**
 * Classes of error seen in session 37, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found.
 */
import { describe, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile } = madeUp();

describe('institutions named after their place', () => {
  it('finds kindergartens, libraries, elderly universities and sports centres by their kind', () => {
    const { entries } = compile(
      '峡口镇中心幼儿园今年新开了两个托班，老师都是从城区优质园招来的。',
      '衢江区图书馆联合举村乡推出流动书车，每月进山一次。',
      '江山市老年大学的合唱团去年唱进了省里的比赛。',
      '九月的一个晚上，常山县体育中心灯光璀璨，全县运动会在这里开幕。',
    );
    expectPresent(entries, ['峡口镇中心幼儿园', '衢江区图书馆', '江山市老年大学', '常山县体育中心']);
  });

  it("names a hospital's branch after its township, not after the body it belongs to", () => {
    const { entries } = compile(
      '地处浙赣边界的球川镇分院，近来吸引了不少江西病人。',
      '早上七点半，常山县人民医院医共体球川分院门诊大厅已经有不少病人。',
    );
    expectPresent(entries, ['球川镇分院']);
    expectAbsent(entries, ['常山县人民医院医共体球川分院']);
  });

  it('reads the levels a kind stands at (市、县两级图书馆, 乡镇级…中心) as no name', () => {
    const { entries } = compile(
      '流动图书车与市、县两级图书馆实行通借通还，读者凭一张卡就能借书。',
      '全县已建成乡镇（街道）级居家养老服务中心14个。',
    );
    expectAbsent(entries, ['县两级图书馆', '两级图书馆', '级居家养老服务中心']);
  });
});

describe('short quoted names with their owner before them', () => {
  it('keeps a short quoted name written right after the place or body it belongs to (府山街道“钟楼夜集”)', () => {
    const { entries } = compile(
      '府山街道“钟楼夜集”开市。上周六晚，“钟楼夜集”迎来开市后的第三个周末，四十八个摊位坐满了人。',
      '江山猕猴桃进入采摘旺季，合作社“云上果园”日发单超三千件。“云上果园”由三个村的果农一起经营。',
    );
    expectPresent(entries, ['钟楼夜集', '云上果园']);
  });

  it('still leaves a short coinage no owner stands before to its plain words', () => {
    const { entries } = compile(
      '今年街上推出了“钟楼夜集”。上周六晚，“钟楼夜集”迎来开市后的第三个周末，四十八个摊位坐满了人。',
    );
    expectAbsent(entries, ['钟楼夜集']);
  });
});
