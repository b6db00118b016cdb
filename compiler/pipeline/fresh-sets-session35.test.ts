/**
 * Classes of error seen in session 35, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found.
 */
import { describe, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile } = madeUp();

describe('measures', () => {
  it('reads what is listed before 指标 as quantities measured (氨氮、总磷等9项指标)', () => {
    const { entries } = compile(
      '江山市峡口镇的水质自动监测站每小时采集一次数据，对溶解氧、高锰酸盐指数、氨氮、总磷、总氮等9项指标实时分析。',
      '峡口水库去年的监测结果显示，氨氮、总磷等关键指标均优于Ⅱ类，峡口镇将继续做好库区保护。',
    );
    expectAbsent(entries, ['氨氮', '总磷', '高锰酸盐指数']);
    expectPresent(entries, ['峡口镇', '峡口水库']);
  });
});
