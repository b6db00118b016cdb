/**
 * Classes of error seen in session 47, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found or absent.
 */
import { describe, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile } = madeUp();

describe('a kind of one character that opens a place word', () => {
  it('says where after a common word (季节|山里, 大人|街头): no name', () => {
    const { entries } = compile(
      '往年这个季节山里冷清，今年开化县何田乡办起了徒步节。一到周末，大人街头带娃，孩子溪边玩水。',
    );
    expectAbsent(entries, ['季节山', '大人街']);
    expectPresent(entries, ['何田乡']);
  });

  it('is the kind after a name, a division’s or one jieba splits (溪口|街上, 天皇|巷口, 浔|里|街上)', () => {
    const { entries } = compile(
      '爷爷说，龙游县溪口镇的溪口街上以前有七八家铁匠铺。天皇巷口摆起了非遗市集。江山市廿八都镇浔里街上灯笼亮着。',
    );
    expectPresent(entries, ['溪口街', '天皇巷', '浔里街', '溪口镇']);
  });
});

describe('a village’s or town’s entrance or edge opening a stem', () => {
  it('says where the thing is (村口|文化礼堂, 村前|小广场): no name', () => {
    const { entries } = compile(
      '天还没黑透，村口文化礼堂前的空地上已经摆好了凳子。开化县何田乡村前小广场上也挂起了幕布。',
    );
    expectAbsent(entries, ['村口文化礼堂', '村前小广场']);
    expectPresent(entries, ['何田乡']);
  });

  it('leaves a division named so alone (村头镇卫生院)', () => {
    const { entries } = compile('开化县村头镇卫生院的医生每月进村巡诊，村头镇的老人在家门口就能看病。');
    expectPresent(entries, ['村头镇', '村头镇卫生院']);
  });
});

describe('“一老一小”, the formula for services to the old and the young', () => {
  it('is a counted formula the labels read as a term, not nationwide vocabulary', () => {
    const { entries } = compile(
      '柯城区樟潭街道把闲置用房改建为社区老年食堂和“一老一小”服务站。今年全区新建“一老一小”服务阵地20个。',
    );
    expectPresent(entries, ['一老一小', '樟潭街道']);
  });
});

describe('a lecture series (…讲堂)', () => {
  it('is named by its subject, a course the labels read as no term (家风讲堂, 儒学讲堂)', () => {
    const { entries } = compile(
      '常山县球川镇三溪村每月办一次家风讲堂，请老党员讲家训；宗祠后堂还开辟了儒学讲堂，定期邀请学者开讲。',
    );
    expectAbsent(entries, ['家风讲堂', '儒学讲堂']);
    expectPresent(entries, ['三溪村']);
  });
});

describe('a new town named by one common noun', () => {
  it('is named by what it is to be, even before its building (智慧|新城|建设, 高铁|新城)', () => {
    const { entries } = compile(
      '根据规划，柯城区双港街道皂角村将纳入智慧新城建设版图。龙游县还将打造高铁新城，带动湖镇镇发展。',
    );
    expectPresent(entries, ['智慧新城', '高铁新城', '皂角村']);
  });

  it('is no name after a modal verb, which makes the noun a verb (要|助力|新城建设)', () => {
    const { entries } = compile('各部门要助力新城建设，衢江区廿里镇也要加快发展。');
    expectAbsent(entries, ['助力新城']);
    expectPresent(entries, ['廿里镇']);
  });
});
