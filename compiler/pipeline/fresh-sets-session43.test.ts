/**
 * Classes of error seen in session 43, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found or absent.
 */
import { describe, expect, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile } = madeUp();

describe('a ferry crossing written with 渡口', () => {
  it('is named whole, not cut before 口 (汪家淤渡口, not 汪家淤渡)', () => {
    const { entries } = compile(
      '衢江区高家镇积极推进交通建设。71岁的老艄公汪土根在汪家淤渡口撑了30多年船，如今盈安大桥通车了，汪家淤渡口也停了航。',
    );
    expectPresent(entries, ['汪家淤渡口', '高家镇']);
    expectAbsent(entries, ['汪家淤渡']);
  });

  it('is not made of a description before it (载客|渡口)', () => {
    const { entries } = compile(
      '衢江区高家镇积极推进交通建设。盈川古渡停航后，全区衢江干流上的载客渡口将只剩下2处，载客渡口都要配救生衣。',
    );
    expectAbsent(entries, ['载客渡口']);
  });
});

describe('a railway or an expressway after one place', () => {
  it('is that place’s lines in general, not a line’s name (江山|铁路, 贺村镇|铁路)', () => {
    const { entries } = compile(
      '江山市贺村镇积极推进文旅融合。展馆的最后一个区域，展示的是江山铁路交通的新变化；贺村镇铁路记忆馆开馆以来，江山铁路的故事吸引了不少游客。',
    );
    expectPresent(entries, ['贺村镇', '江山市']);
    expectAbsent(entries, ['江山铁路', '贺村镇铁路']);
  });

  it('still names a line after the places it joins (杭衢铁路, 黄衢南高速)', () => {
    const { entries } = compile(
      '衢州市积极推进交通建设。杭衢铁路、衢丽铁路加快建设，黄衢南高速和杭金衢高速拓宽，杭衢铁路年内通车。',
    );
    expectPresent(entries, ['杭衢铁路', '衢丽铁路', '黄衢南高速', '杭金衢高速']);
  });
});

describe('a loan product named …贷', () => {
  it('is a bank’s programme whatever its words (“电商贷”, “共富贷”)', () => {
    const { entries } = compile(
      '常山县积极推进金融助农。县农商银行推出“电商贷”产品，为学员提供最高30万元贷款；在乡里的“共富贷”申请中，积分高的农户还能享受利率优惠。',
    );
    expect(['电商贷', '共富贷'].map((t) => entries.get(t)?.category)).toEqual(['program', 'program']);
  });

  it('is a programme as a list item too, though jieba tags 贷 as a verb (…收储单、香菇贷、…)', () => {
    const { entries } = compile(
      '开化县积极推进金融助农。县农商银行创新推出林权收储单、香菇贷、整村授信等机制。',
    );
    expectPresent(entries, ['香菇贷']);
  });
});

describe('a quoted trademark', () => {
  it('is goods, whatever the text says before it (使用…和“张村甜”商标)', () => {
    const { entries } = compile(
      '江山市张村乡积极推进猕猴桃产业。合作社统一使用区域公用品牌和“张村甜”商标，明年还要把“张村甜”做成礼盒。',
    );
    expectPresent(entries, ['张村乡']);
    expectAbsent(entries, ['张村甜']);
  });
});

describe('a home-care centre, which every township has', () => {
  it('keeps the township that names it (周家乡|居家养老服务中心), and is no entry alone', () => {
    const { entries } = compile(
      '衢江区周家乡积极推进养老服务。山乡老人有了白天的家——周家乡居家养老服务中心运行一周年。新小区配套幼儿园、居家养老服务中心和农贸市场。',
    );
    expectPresent(entries, ['周家乡居家养老服务中心', '周家乡']);
    expectAbsent(entries, ['居家养老服务中心']);
  });

  it('still takes a township off a name of its own (同弓乡|大宝山基地)', () => {
    const { entries } = compile(
      '常山县同弓乡积极发展胡柚产业。同弓乡大宝山基地今年胡柚丰收，大宝山基地还建了冷库。',
    );
    expectPresent(entries, ['大宝山基地', '同弓乡']);
    expectAbsent(entries, ['同弓乡大宝山基地']);
  });
});
