/**
 * Classes of error seen in session 35, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found.
 */
import { describe, expect, it } from 'vitest';
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

describe('goals and aims', () => {
  it('reads a role on to the city it makes (打造|四省边际交通枢纽节点城市)', () => {
    const { entries } = compile(
      '江山市贺村镇新建的物流园打通了浙闽赣三省边际的物流通道，为江山打造四省边际交通枢纽节点城市增添新的支撑。',
    );
    expectPresent(entries, ['四省边际交通枢纽节点城市']);
    expectAbsent(entries, ['四省边际交通枢纽']);
  });

  it('runs no name back over a verb of aiming at it (紧盯|钱江源国家公园)', () => {
    const { entries } = compile(
      '开化县将布局一批绿色低碳制造项目，同时紧盯钱江源国家公园周边的文旅项目，全年计划引进亿元以上项目12个。',
    );
    expectAbsent(entries, ['紧盯钱江源国家公园']);
  });
});

describe('roads and stations', () => {
  it('reads a county’s railway station by its name (江山火车站)', () => {
    const { entries } = compile(
      '江山市清湖街道的宗亲会那天客人太多，村里临时加订了两辆大巴去江山火车站接人。',
    );
    expectPresent(entries, ['江山火车站']);
  });

  it('reads an expressway of the city by its name (东港快速路)', () => {
    const { entries } = compile(
      '衢州市区东港快速路全线通车后，从衢州东站到柯城区只要十分钟，沿线的东港街道也新开了两条公交线。',
    );
    expectPresent(entries, ['东港快速路']);
  });
});

describe('speech', () => {
  it('reads quoted clauses as speech where any clause ends in a particle (…七十岁了，还能…)', () => {
    const { entries } = compile(
      '柯城区府山街道的戏曲班结业那天，71岁的毛阿姨第一次穿上戏服，她说自己年轻时就爱看戏，“没想到快七十岁了，还能圆一回登台的梦”。',
    );
    expectAbsent(entries, ['没想到快七十岁了，还能圆一回登台的梦']);
    expectPresent(entries, ['府山街道']);
  });
});

describe('edges of places', () => {
  it('reads the first township of a counted list after its county’s 县 (开化县|齐溪、何田、长虹等4个乡镇)', () => {
    const { entries } = compile(
      '钱江源国家公园范围涉及开化县齐溪、何田、长虹、苏庄等4个乡镇，园区内共设固定巡护点21处。',
    );
    expectAbsent(entries, ['化县齐溪']);
    expectPresent(entries, ['齐溪镇', '何田乡']);
  });

  it('opens no name with 内 "within" after an area (辖区内|老旧小区)', () => {
    const { entries } = compile(
      '柯城区府山街道地处衢州古城核心区，辖区内老旧小区多、街巷密集，今年街道为12个小区加装了电梯。',
    );
    expectAbsent(entries, ['内老旧小区']);
    expectPresent(entries, ['府山街道']);
  });
});

describe('road codes', () => {
  it('reads no code from a verb and 线, nor from the far end of a route (巡护线, 库坑至田坑线)', () => {
    const { entries } = compile(
      '开化县长虹乡的护林员汪建林负责的库坑至田坑线是一条重点巡护线，沿线公路旁装了12台红外相机，城白线改建后他骑车巡山更方便了。',
    );
    expectAbsent(entries, ['巡护线', '田坑线']);
    expectPresent(entries, ['城白线', '长虹乡']);
  });
});

describe('service circles', () => {
  it('reads a circle of services within so many minutes as a programme (“15分钟养老服务圈”), not a figure', () => {
    const { entries } = compile(
      '柯城区荷花街道今年新建3个居家养老服务站，努力打造“15分钟养老服务圈”，让老人在家门口就能吃上热饭。',
    );
    expectPresent(entries, ['15分钟养老服务圈']);
    expect(entries.get('15分钟养老服务圈')?.category).toBe('program');
  });

  it('leaves the planning standard’s bare 15分钟生活圈 out', () => {
    const { entries } = compile(
      '柯城区荷花街道按照“15分钟生活圈”的要求，在社区里配齐了菜场、卫生站和幼儿园。',
    );
    expectAbsent(entries, ['15分钟生活圈']);
  });
});

describe('tea', () => {
  it('reads the grades tea is plucked to as nationwide words (“一芽一叶”“一芽二叶”)', () => {
    const { entries } = compile(
      '开化县齐溪镇的茶农汪师傅种了一辈子茶，说起“一芽一叶”“一芽二叶”的区别头头是道，今年他家的开化龙顶卖到了每斤一千二百元。',
    );
    expectAbsent(entries, ['一芽一叶', '一芽二叶']);
    expectPresent(entries, ['齐溪镇']);
  });
});

describe('grades', () => {
  it('reads a grade of stars as an honour (“五星级党支部”)', () => {
    const { entries } = compile(
      '开化县马金镇杏枫村的村支部是县级“先进基层党组织”、“五星级党支部”，村里的205国道沿线今年又种上了樱花。',
      '马金镇杏枫村所在的开化县，今年又有12个村的支部被评为“先进基层党组织”。',
    );
    expectAbsent(entries, ['五星级党支部']);
    expectPresent(entries, ['杏枫村', '马金镇']);
  });
});

describe('village titles', () => {
  it('reads a noun of a quality and 村 as a title, not a village, however many articles write it (卫生村)', () => {
    const { entries } = compile(
      '2021年12月，开化县马金镇杏枫村被命名为2021年浙江省卫生村，村里的205国道沿线也种上了樱花。',
      '2019年11月，衢州市卫生村名单公布，开化县中村乡西畈村上榜。',
    );
    expectAbsent(entries, ['卫生村']);
    expectPresent(entries, ['杏枫村', '西畈村']);
  });
});
