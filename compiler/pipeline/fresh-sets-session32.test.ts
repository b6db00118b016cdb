/**
 * Classes of error seen in session 32 on the read made-up sets, each shown on made-up sentences
 * compiled with the real register. Every case failed before its rule existed, except the guards
 * that say what must stay found.
 */
import { describe, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile } = madeUp();

describe('short quoted coinages', () => {
  it('leaves a quoted phrase of four characters or fewer with nothing local in it to its words', () => {
    // Each written twice: a quote written once with nothing to show for it was dropped before.
    const { entries } = compile(
      '村里几位老人自发当起了“守树人”，每天巡看古樟。今年“守树人”又多了三位。',
      '学校门口设立“护学岗”，家长志愿者轮流值守。“护学岗”每天早晚各站一小时。',
      '合作社的“红美人”今年卖到了每斤十五元，“红美人”礼盒供不应求。',
    );
    expectAbsent(entries, ['守树人', '护学岗', '红美人']);
  });

  it('keeps a short quote that names a place the text names (“书香柯城”)', () => {
    const { entries } = compile('柯城区持续擦亮“书香柯城”，全区新建城市书房八家。');
    expectPresent(entries, ['书香柯城']);
  });

  it('keeps a short quote with a count (“三服务”) or one the text says is carried out', () => {
    const { entries } = compile(
      '全县党员干部深入开展“三服务”活动，走访企业两百余家。',
      '今年镇里推出“村播计划”，培训年轻人直播卖货。',
    );
    expectPresent(entries, ['三服务', '村播计划']);
  });

  it('keeps a longer quoted coinage (“银发暖心服务队”)', () => {
    const { entries } = compile('社区组建“银发暖心服务队”，为独居老人上门理发、修家电。');
    expectPresent(entries, ['银发暖心服务队']);
  });
});
