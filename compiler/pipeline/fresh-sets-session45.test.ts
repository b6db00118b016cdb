/**
 * Classes of error seen in session 45, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found or absent.
 */
import { describe, expect, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile, expectDropped, ruleFor } = madeUp();

describe('a village no Quzhou division is, in a text naming the town or county that holds it', () => {
  it('is that town’s village (江西婺源县江湾镇|晓鳙村、古蜀地村)', () => {
    const compiled = compile(
      '开化县长虹乡与江西婺源县江湾镇山水相连。今年秋天，长虹乡霞川村和江湾镇晓鳙村、古蜀地村的茶农一起办起了茶叶交易会。',
    );
    expectDropped(compiled, ['晓鳙村', '古蜀地村'], 'village-of-elsewhere');
    expectPresent(compiled.entries, ['霞川村', '长虹乡']);
  });

  it('is left to the other rules where the text names neither (a village the register lacks)', () => {
    const compiled = compile(
      '开化县长虹乡霞川村与晓鳙村的茶农一起办起了茶叶交易会，晓鳙村的茶农带来了新茶。',
    );
    const decision = compiled.decisions.find((d) => d.evidence.term.term === '晓鳙村')?.decision;
    expect(decision?.rule).not.toBe('village-of-elsewhere');
    expectPresent(compiled.entries, ['霞川村']);
  });
});

describe('a research institute, a law firm or a county’s Red Cross society', () => {
  it('is a body by its suffix (…研究院, …律师事务所, …红十字会)', () => {
    const compiled = compile(
      '常山县胡柚产业再添助力。衢州市林业科学研究院的专家来到青石镇，浙江衢信律师事务所的律师为农户讲解合同，常山县红十字会也送来了急救包。',
    );
    // The city before a body is its parent: the entry is the body, written with it as an alias.
    expectPresent(compiled.entries, ['林业科学研究院', '浙江衢信律师事务所', '常山县红十字会']);
    expect(compiled.entries.get('林业科学研究院')?.aliases).toContain('衢州市林业科学研究院');
    expect(compiled.entries.get('浙江衢信律师事务所')?.category).toBe('organization');
  });

  it('still leaves the province’s and the country’s institutes out (浙江省农业科学研究院)', () => {
    const { entries } = compile(
      '常山县胡柚产业再添助力。浙江省农业科学研究院的专家来到青石镇，衢州市林业科学研究院也派人参加。',
    );
    expectAbsent(entries, ['浙江省农业科学研究院']);
    expectPresent(entries, ['林业科学研究院']);
  });
});

describe('a rescue team, a county’s vocational school or a market for one trade', () => {
  it('is named by its suffix (…救援队, 开化县职业中专, …交易市场)', () => {
    const { entries } = compile(
      '开化县举行防汛演练。开化县钱江源救援队的队员划着皮艇转移群众，开化县职业中专的学生当起了志愿者，演练结束后大家来到华埠镇根雕交易市场参观。',
    );
    expectPresent(entries, ['钱江源救援队', '开化县职业中专', '华埠镇根雕交易市场']);
  });

  it('is a school by its suffix (龙游县职业教育中心, 常山县职业技术教育中心)', () => {
    const { entries } = compile(
      '龙游县推进产教融合。龙游县职业教育中心与企业共建实训车间，常山县职业技术教育中心也派老师前来交流。',
    );
    expectPresent(entries, ['龙游县职业教育中心', '常山县职业技术教育中心']);
  });

  it('still rejects a market named only by its goods (农产品交易市场)', () => {
    const { entries } = compile('开化县新建的农产品交易市场开业，华埠镇的农户纷纷进场。');
    expectAbsent(entries, ['农产品交易市场']);
  });
});

describe('一 and a verb opening a clause before a name', () => {
  it('is "as soon as", not the name’s first characters (一进|府山公园南大门，…)', () => {
    const { entries } = compile(
      '衢州市第十届菊花展开幕。一进府山公园南大门，一座高约5米的菊艺造型便映入眼帘。府山公园今年展出菊花600余个品种。',
    );
    expectAbsent(entries, ['一进府山公园']);
    expectPresent(entries, ['府山公园']);
  });

  it('leaves 一 and a character that make a word of their own (一体化|充电站) to the other rules', () => {
    const { decisions } = compile('柯城区建成首个公交“光储充”一体化充电站，白天光伏发电直接给车充电。');
    expect(ruleFor(decisions, '一体化充电站')?.rule).not.toBe('as-soon-as');
  });
});

describe('a registered firm written with its county’s or city’s short name first', () => {
  it('opens at that name, whatever jieba reads between (衢州|禾盛|箱包|有限公司, 江山|山海|公交|有限公司)', () => {
    const { entries } = compile(
      '衢州市江山市积极推进强村富民。村里盘活闲置仓库，先后引进衢州禾盛箱包有限公司的加工车间。承运公司江山山海公交有限公司负责人说，线路开通后村民出行更方便。',
    );
    expectPresent(entries, ['衢州禾盛箱包有限公司', '江山山海公交有限公司']);
    expectAbsent(entries, ['箱包有限公司']);
  });

  it('opens at 衢州 even where the article never writes 衢州市 in full', () => {
    const { entries } = compile(
      '柯城区推进老旧厂区更新。街道选中三幢宿舍楼，引入区属国企衢州柯禾城市运营有限公司进行改造。',
    );
    expectPresent(entries, ['衢州柯禾城市运营有限公司']);
  });

  it('opens at the city written with its unit where jieba’s words before it hid the unit (餐饮企业|衢州市…)', () => {
    const { entries } = compile(
      '柯城区推进社区食堂建设。社区食堂由街道牵头引入本地餐饮企业衢州市禾丰餐饮管理有限公司运营，老人吃饭更方便。',
    );
    expectPresent(entries, ['衢州市禾丰餐饮管理有限公司']);
  });

  it('leaves a firm after its city written with its unit to the parent reading (衢州市|…有限公司)', () => {
    const { entries } = compile(
      '柯城区积极推进城市更新。衢州市禾邻餐饮管理有限公司负责运营社区食堂，老人吃饭更方便。',
    );
    expectAbsent(entries, ['衢州市禾邻餐饮管理有限公司']);
  });
});

describe('a register town whose stem holds a suffix’s character (芳村镇: 村)', () => {
  it('is the unit before the next name, not a village cut out of it (常山县芳村镇|中心学校)', () => {
    const { entries } = compile(
      '常山县芳村镇遭遇强降雨。在常山县芳村镇中心学校安置点，志愿者为转移群众准备了热饭和被褥。',
    );
    expectPresent(entries, ['芳村镇中心学校', '芳村镇']);
    expectAbsent(entries, ['常山县芳村镇中心学校', '常山县芳村']);
  });
});

describe('places counted inside a stem (两地, 三地)', () => {
  it('are the ones just named: no name runs back over them (推动|三地|景区, 浙闽|两地|古道)', () => {
    const { entries } = compile(
      '江山市与福建浦城县、江西广丰区深化合作，推动三地景区互认互惠，还将联合举办浙闽两地古道徒步大会。廿八都镇积极参与。',
    );
    expectAbsent(entries, ['三地景区', '浙闽两地古道', '两地古道']);
    expectPresent(entries, ['廿八都镇']);
  });
});

describe('a division written with its unit, then a wetland, a sea of flowers or a reservoir', () => {
  it('is the division’s, described, not a name (高家镇|湿地, 衢江区|湿地)', () => {
    const compiled = compile(
      '衢江区高家镇盈川村位于衢江之畔。记者在高家镇湿地看到成群的白鹭，据衢江区湿地监测数据显示，今冬水鸟数量明显增加。',
    );
    expectDropped(compiled, ['高家镇湿地', '衢江区湿地'], 'division-feature');
    expectPresent(compiled.entries, ['高家镇', '盈川村']);
  });

  it('leaves a landmark named so alone (湖南镇水库)', () => {
    const { entries } = compile('衢江区湖南镇水库是浙西重要的水源地，湖南镇水库库区的村民守护着一库清水。');
    expectPresent(entries, ['湖南镇水库']);
  });
});

describe('原 before a unit’s one character and a kind', () => {
  it('is "the former", said of it (原|乡中心小学, 原|村小学)', () => {
    const { entries } = compile(
      '何家乡推进闲置资产盘活。何家乡把原乡中心小学闲置的教学楼改造成养老中心，长风村利用原村小学校舍改建了民宿。',
    );
    expectAbsent(entries, ['原乡中心小学', '原村小学']);
    expectPresent(entries, ['何家乡', '长风村']);
  });
});

describe('a verb of taking work on inside a stem (承接)', () => {
  it('makes a clause whose object the kind is (工坊|承接|合作社的订单)', () => {
    const { entries } = compile(
      '常山县推进共富工坊建设。东案乡的来料加工点承接合作社的订单，空闲时段承接学校的研学活动，东案村的妇女在家门口就业。',
    );
    expectAbsent(entries, ['加工点承接合作社', '空闲时段承接学校', '承接合作社']);
    expectPresent(entries, ['东案乡', '东案村']);
  });
});

describe('a body of a kind said to be local (当地, 本地)', () => {
  it('is described, not named (当地|观鸟协会)', () => {
    const compiled = compile(
      '衢江区高家镇加强候鸟保护。高家镇联合当地观鸟协会巡护湿地，盈川村的村民也参与其中。',
    );
    expectDropped(compiled, ['当地观鸟协会'], 'local-opening');
    expectPresent(compiled.entries, ['高家镇', '盈川村']);
  });
});

describe('one team counted before its kind (一支)', () => {
  it('is a count: no name runs back over it (江山一支|民间救援队)', () => {
    const { entries } = compile(
      '江山市开展山地救援演练。江山一支民间救援队的队员带着担架上山，江山市蓝天救援队也参加了演练。',
    );
    expectAbsent(entries, ['江山一支民间救援队']);
    expectPresent(entries, ['江山市蓝天救援队']);
  });
});
