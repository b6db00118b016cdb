/**
 * Classes of error seen in session 36, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found.
 */
import { describe, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp, madeUpArticle } from './made-up';

const { compile, expectDropped } = madeUp();

describe('verbs of crossing and leading before a stream or a ridge', () => {
  it('reads 过, 翻 and 引 standing alone before 江, 岭 or 溪 as a clause (渡船过江, 桐油翻岭, 塘引溪水)', () => {
    const { entries } = compile(
      '开化县马金镇的新桥通车后，两岸群众告别了靠渡船过江的历史。',
      '老人小时候常跟着父亲挑着茶叶和桐油翻岭去浦城换盐，如今仙霞古道成了徒步线路。',
      '衢江区湖南镇的村民世代在房前屋后挖塘引溪水养草鱼，马金溪边也有人家这样养鱼。',
    );
    expectAbsent(entries, ['渡船过江', '桐油翻岭', '塘引溪']);
    expectPresent(entries, ['马金镇', '湖南镇', '马金溪']);
  });
});

describe('titles of shows', () => {
  it('reads a quoted title with its subtitle after —— as a title (“纸短情长——柯城百年家书地契展”)', () => {
    const compiled = compile(
      '柯城区档案馆从征集成果中精选出120余件，策划了“纸短情长——柯城百年家书地契展”，先后在航埠镇、石梁镇巡展。',
    );
    expectDropped(compiled, ['纸短情长——柯城百年家书地契展'], 'title');
    expectPresent(compiled.entries, ['航埠镇', '石梁镇']);
  });

  it('reads an exhibition by its name as an occasion, not a term (“船匠记忆木船技艺展”)', () => {
    const { entries } = compile(
      '龙游县博物馆近日推出“船匠记忆木船技艺展”，展出老船匠徐樟根制作的12条木船模型，湖镇镇的村民也赶来参观。',
      '衢江区坚持“高质量发展”，樟潭街道的码头改造完成。',
    );
    expectAbsent(entries, ['船匠记忆木船技艺展']);
    expectPresent(entries, ['湖镇镇', '樟潭街道']);
  });
});

describe('quantities and routes', () => {
  it('takes no span of time for the stem two names share (15分钟 of 15分钟…生活圈)', () => {
    const { entries } = compile(
      '柯城区府山街道打造“15分钟幸福生活圈”，石梁镇推进“15分钟品质文化生活圈”建设。',
      '每次训练前，教练都要求孩子们先做15分钟的体能热身。',
    );
    expectAbsent(entries, ['15分钟']);
    expectPresent(entries, ['府山街道', '石梁镇']);
  });

  it('reads 线 closing a word after a verb as that word, not a road code (查|路线, 新上|线)', () => {
    const { entries } = compile(
      '江山市贺村镇的公交专线开通后，游客不用自己查路线，沿线的公路也拓宽了。',
      '依托今年新上线的数字平台，衢江区高家镇的公路巡查员在线上报路面问题。',
    );
    expectAbsent(entries, ['查路线', '新上线']);
    expectPresent(entries, ['贺村镇', '高家镇']);
  });
});

describe('list items that are not names', () => {
  it('reads an item joining two places with 至 as a stretch of road (华埠至苏庄)', () => {
    const { entries } = compile(
      '开化县新开通县城至马金、齐溪、苏庄、长虹等方向的公交线路，马金镇和苏庄镇的村民出行更方便。公司在采购前专门组织试验车在马金至齐溪、华埠至苏庄等坡道较多的路段进行了为期两个月的路试。',
    );
    expectAbsent(entries, ['华埠至苏庄', '马金至齐溪']);
    expectPresent(entries, ['马金镇', '苏庄镇']);
  });

  it('reads an item that says where its subject lies as a clause (衢州城区地处衢江)', () => {
    const { entries } = compile(
      '衢州城区地处衢江、乌溪江、江山港和常山港等多条江河交汇处，衢江区樟潭街道地势低洼。',
    );
    expectAbsent(entries, ['衢州城区地处衢江']);
    expectPresent(entries, ['乌溪江', '樟潭街道']);
  });
});

describe('clauses before a kind', () => {
  it('runs no name back over an adverb and its verb (一部分直接供|园区)', () => {
    const { entries } = compile(
      '衢江区莲花镇的光伏大棚产生的电量，一部分直接供园区的补光灯和冷库使用，多余的并入电网。',
    );
    expectAbsent(entries, ['一部分直接供园区', '直接供园区']);
    expectPresent(entries, ['莲花镇']);
  });
});

describe('names given', () => {
  it('reads a phrase the text says something is named (名叫“…”, 取名“…”) as a name, quoted once', () => {
    const { entries } = compile(
      '衢江区高家镇盈川村的村民组建了一支乐队，名叫“盈川乡音民乐团”。',
      '江山市贺村镇耕读村的射箭俱乐部正式挂牌，取名“耕读射艺少儿俱乐部”，面向全镇招收学员。',
    );
    expectPresent(entries, ['盈川乡音民乐团', '耕读射艺少儿俱乐部', '高家镇', '贺村镇']);
  });
});

describe('counted teams', () => {
  it('reads a count of teams as a count, not a team’s name (四支|志愿服务队)', () => {
    const { entries } = compile(
      '开化县何田乡组建了河道巡护队、帮扶队等四支志愿服务队。据悉，四支志愿服务队将于本月底开展首次集中服务。',
    );
    expectAbsent(entries, ['四支志愿服务队']);
    expectPresent(entries, ['何田乡']);
  });
});

describe('trades', () => {
  it('reads a common word before a trade as a part of the industry, not a firm (高端|新材料, 常态|化工)', () => {
    const { entries } = compile(
      '常山县辉埠镇的钙产业正从传统的石灰烧制向高端新材料转型，县里把安全管理作为一项长期性、常态化工作来抓。',
      '衢州华金新材料有限公司落户衢州智造新城，华金新材料今年产值增长两成。',
    );
    expectAbsent(entries, ['高端新材料', '常态化工']);
    expectPresent(entries, ['辉埠镇', '华金新材料']);
  });
});

describe('modal verbs before a kind', () => {
  it('runs no name back over a modal verb (边上要建|学校, 会修|电器)', () => {
    const { entries } = compile(
      '“听说高铁站边上要建学校、建公园，以后我们在家门口就能享受城里的配套。”龙游县东华街道的居民说。',
      '柯城区府山街道把居民的特长摸了一遍，会修电器的、懂法律的都登记在册。',
    );
    expectAbsent(entries, ['边上要建学校', '要建学校', '会修电器']);
    expectPresent(entries, ['东华街道', '府山街道']);
  });
});

describe('figures of speech built on 一', () => {
  it('reads one net, one map, one click and done-with-it as figures, however often quoted (“一张网”, “一键转诊”, “一租了之”)', () => {
    const { entries } = compile(
      '常山县把安置帮教工作纳入基层社会治理“一张网”，织密社会帮教“一张网”。球川镇的网格员每月走访一次。',
      '开化县人民医院与杭州的医院建立远程会诊通道，疑难病例可以“一键转诊”，预警信息也能“一键可查”。',
      '为防止“一租了之”，龙游县溪口镇的村里在合同中约定了运营方的投入。',
    );
    expectAbsent(entries, ['一张网', '一键转诊', '一键可查', '一租了之']);
    expectPresent(entries, ['球川镇', '溪口镇']);
  });
});

describe('common words jieba tags as places', () => {
  it('reads a landscape word no division in China is named after as a kind (深山|古村, 入口|广场)', () => {
    const compiled = compile(
      '国庆期间，兰溪、遂昌等地的三千多名游客涌进这个深山古村。开化县苏庄镇的景区也对入口广场、步行道进行了亮化提升。',
      '虽然是工作日，但南山古村的游客还是很多。',
    );
    expectDropped(compiled, ['深山古村', '入口广场'], 'kind-word-stem');
    // Guard: 南山 names many divisions (南山村, 南山街道), so 南山古村 is a name.
    expectPresent(compiled.entries, ['苏庄镇', '南山古村']);
  });
});

describe('words written on things', () => {
  it('reads what is written on a deed or a sign as its words, unless they name a place or body', () => {
    const { entries } = compile(
      '山林权证上标注的四至都比较模糊，有的写的是“以山脊为界”，有的写的是“以老坟为界”。开化县长虹乡的两户人家因此起了纠纷。',
      '衢江区高家镇的老年食堂门楣上写着“衢江先锋驿站”几个大字。',
    );
    expectAbsent(entries, ['以山脊为界', '以老坟为界']);
    expectPresent(entries, ['长虹乡', '衢江先锋驿站']);
  });
});

describe('grammar inside a list item', () => {
  it('reads an item holding an area word, a verb of having or a verb and its aspect as a clause', () => {
    expectAbsent(compile(madeUpArticle('madeup53', '08')).entries, ['后溪一带江面']);
    expectAbsent(compile(madeUpArticle('madeup36', '03')).entries, ['江山市现有国家级']);
    const { entries } = compile(
      '老匠人说：“我刻过龙游石窟、刻过湖镇舍利塔，也刻过灵山江上的老桥。”龙游县湖镇镇的舍利塔是省级文保单位。',
    );
    expectAbsent(entries, ['刻过湖']);
    expectPresent(entries, ['龙游石窟', '湖镇镇']);
  });
});
