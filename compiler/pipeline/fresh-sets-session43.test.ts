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

describe('a town’s service centre written after its city', () => {
  it('is an office named by what it does (江山市|贺村镇|便民服务中心, where jieba reads 贺/nr 村镇/n)', () => {
    const compiled = compile(
      '江山市贺村镇积极推进便民服务。在江山市贺村镇便民服务中心，一间小屋里配备了自助办税终端，江山市贺村镇便民服务中心还开了夜间窗口。',
    );
    expectPresent(compiled.entries, ['贺村镇', '江山市']);
    expectAbsent(compiled.entries, ['江山市贺村镇便民服务中心', '贺村镇便民服务中心']);
  });
});

describe('a rural boarding school', () => {
  it('is a kind every county runs, not a school’s name (农村|寄宿制|学校)', () => {
    const compiled = compile(
      '龙游县小南海镇积极推进校园食品安全。检查人员重点检查了农村寄宿制学校的晚餐，农村寄宿制学校的食堂都装了监控。',
    );
    expectPresent(compiled.entries, ['小南海镇']);
    expectAbsent(compiled.entries, ['农村寄宿制学校']);
  });
});

describe('a quoted form or ledger', () => {
  it('is a paper of the work, not a term (“每日晨检记录表”, “帮扶台账”)', () => {
    const compiled = compile(
      '龙游县积极推进校园食品安全。食堂墙上贴着“每日晨检记录表”和“陪餐记录表”，村里还建了“帮扶台账”。',
    );
    expectPresent(compiled.entries, ['龙游县']);
    expectAbsent(compiled.entries, ['每日晨检记录表', '陪餐记录表', '帮扶台账']);
  });
});

describe('a place and a good: rice, nuts, rice cakes, dried foods', () => {
  it('is a product line, not a local term (大陈|麻糍, 杜泽|豆腐干, 开化|板栗)', () => {
    const compiled = compile(
      '江山市大陈乡积极发展农家乐。游客爱吃“大陈麻糍”，集市上还有杜泽豆腐干、开化板栗和常山鱼稻米，“大陈麻糍”一天能卖上千个。',
    );
    expectPresent(compiled.entries, ['大陈乡']);
    expectAbsent(compiled.entries, ['大陈麻糍', '杜泽豆腐干', '开化板栗', '常山鱼稻米']);
  });
});

describe('an envoy’s title', () => {
  it('is conferred on people, not a term (“江山港绿道推广大使”)', () => {
    const compiled = compile(
      '江山市积极推进绿道建设。骑行活动中，江山市还为首批10名“江山港绿道推广大使”颁发了聘书。',
    );
    expectPresent(compiled.entries, ['江山市']);
    expectAbsent(compiled.entries, ['江山港绿道推广大使']);
  });
});
