/**
 * Classes of error seen in session 34, each shown on made-up sentences compiled with the real
 * register. Every case failed before its rule existed, except the guards that say what must stay
 * found.
 */
import { describe, expect, it } from 'vitest';
import { expectAbsent, expectPresent, madeUp } from './made-up';

const { compile } = madeUp();

describe('an article in Traditional script', () => {
  // The same two made-up sentences in each script.
  const traditional = [
    '龍遊縣龍洲街道後田鋪村沿著靈山江建起三公里綠道，村民們跟著志願者種下兩千株櫻花。',
    '後田鋪村黨支部書記說，這條綠道的想法發源於村裡的一次議事會，龍遊縣的不少村子都來學習。',
  ];
  const simplified = [
    '龙游县龙洲街道后田铺村沿着灵山江建起三公里绿道，村民们跟着志愿者种下两千株樱花。',
    '后田铺村党支部书记说，这条绿道的想法发源于村里的一次议事会，龙游县的不少村子都来学习。',
  ];

  it('is read in Simplified: the register finds its places (後田鋪村 is 后田铺村)', () => {
    const { entries } = compile(...traditional);
    expectPresent(entries, ['后田铺村', '龙洲街道', '龙游县']);
  });

  it('gives the glossary its Simplified article gives', () => {
    const terms = (texts: string[]) => [...compile(...texts).entries.keys()];
    expect(terms(traditional)).toEqual(terms(simplified));
  });
});

describe('trades', () => {
  it('reads a trade listed before 等…产业 as an industry, however many follow it (新能源新材料、高端装备、电子信息等)', () => {
    const { entries } = compile(
      '衢州市今年将围绕新能源新材料、高端装备、电子信息等主导产业精准招商，全年计划引进亿元以上项目30个。',
    );
    expectAbsent(entries, ['新能源新材料', '高端装备']);
  });
});

describe('people and reports', () => {
  it('reads a surname after a post as the start of a person’s name, not a river (管水员|江来福)', () => {
    const { entries } = compile('开化县龙头店村的管水员江来福干了十几年，以前每天都要爬到山上检查水池。');
    expectAbsent(entries, ['管水员江']);
    expectPresent(entries, ['龙头店村']);
  });

  it('reads quoted clauses saying what has been or is being done as a report (…积水已清理)', () => {
    const { entries } = compile(
      '台风过境当晚，柯城区的网格群里不断传来消息：“滨江社区3号网格，沿江步道积水已清理”“新村社区5号网格，低洼住户正在转移”。',
    );
    expectAbsent(entries, ['滨江社区3号网格，沿江步道积水已清理', '新村社区5号网格，低洼住户正在转移']);
  });
});

describe('goals set without quotes', () => {
  it('reads a positioning among regions set as a goal as a slogan (打造|四省边际中心城市, 建设|浙西门户)', () => {
    const { entries } = compile(
      '衢州市正全力打造四省边际中心城市，龙游县加快建设浙西门户，新建的龙游北站明年通车。',
    );
    expectPresent(entries, ['四省边际中心城市', '浙西门户']);
    expect(entries.get('四省边际中心城市')?.category).toBe('slogan');
  });

  it('leaves goals that open with no region or place, and nationwide ones (乡村旅游目的地, 共同富裕示范区)', () => {
    const { entries } = compile(
      '开化县将打造长三角乡村旅游目的地，常山县努力打造乡村旅游目的地，柯城区奋力建设共同富裕示范区。',
    );
    expectAbsent(entries, ['乡村旅游目的地', '共同富裕示范区']);
  });
});

describe('a county’s short form inside a name', () => {
  it('starts the name where only words of the dictionary stand before it (项目选址|江山经济开发区)', () => {
    const { entries } = compile(
      '江山市今年签约智能输配电装备项目，项目选址江山经济开发区贺村镇区块，总投资22亿元。',
    );
    expectAbsent(entries, ['项目选址江山经济开发区']);
  });

  it('is no hill after a word (离|常山), so a name may start at it (常山港)', () => {
    const { entries } = compile(
      '常山县招贤镇的古渡村因渡口而得名，村子背靠青山，离常山港不远，旧时是江边重要的水运码头。',
    );
    expectPresent(entries, ['常山港']);
  });
});

describe('integrations', () => {
  it('reads an integration of common things as the nationwide policy (城乡供水|一体化), one of named units as a name', () => {
    const { entries } = compile(
      '江山市全面推进城乡供水一体化和城乡公交一体化，南部山区12个村通上了自来水。',
      '柯城区与巨化集团签约，深入推进柯城巨化一体化发展，共建产城融合示范区。',
    );
    expectAbsent(entries, ['城乡供水一体化', '城乡公交一体化']);
    expectPresent(entries, ['柯城巨化一体化']);
  });
});

describe('words jieba tags as numerals', () => {
  it('reads a noun tagged as a numeral as the common word it is (钢筋|分项|工程, 多跑|路)', () => {
    const { entries } = compile(
      '龙游县龙洲街道一处安置小区工地上，承接钢筋分项工程的包工头拖欠工资，法院上门调解。',
      '常山县推行“一窗受理”，群众办事不用再多跑路，球川镇便民服务中心当天办结。',
    );
    expectAbsent(entries, ['钢筋分项工程', '多跑路']);
    expectPresent(entries, ['龙洲街道', '球川镇']);
  });
});

describe('pairings of actors', () => {
  it('reads one the text calls a model as a term (“基地+合作社+农户”模式), a bare one as the common model', () => {
    const { entries } = compile(
      '龙游县溪口镇推行“基地+合作社+农户”模式，去年带动200户农户增收。',
      '开化县马金镇的茶农说，“公司+合作社+农户”稳住了收益，不用再担心茶叶卖不出去。',
    );
    expectPresent(entries, ['基地+合作社+农户']);
    expectAbsent(entries, ['公司+合作社+农户']);
  });
});

describe('a unit and its side', () => {
  it('reads a stream or road named by a side of the village or town as where it is (村口|溪, 镇区|路)', () => {
    const { entries } = compile(
      '江山市峡口镇的舞龙队把草龙抬到村口溪边的空地上，按老规矩“化龙”。',
      '峡口镇今年改造镇区路网，镇区路两侧新装了两百盏路灯。',
    );
    expectAbsent(entries, ['村口溪', '镇区路']);
    expectPresent(entries, ['峡口镇']);
  });

  it('reads 村 before a kind every village has as the village’s (村|强村公司)', () => {
    const { entries } = compile('开化县龙头店村召开村民代表大会，决定由村强村公司牵头，办一家茶叶加工厂。');
    expectAbsent(entries, ['村强村公司']);
    expectPresent(entries, ['龙头店村']);
  });
});

describe('crafts', () => {
  it('reads a craft named as heritage lists name it as a product line (…米酒酿造技艺)', () => {
    const { entries } = compile('衢江区岭洋乡的“岭洋米酒酿造技艺”去年入选省级非物质文化遗产代表性项目名录。');
    expectAbsent(entries, ['岭洋米酒酿造技艺']);
    expectPresent(entries, ['岭洋乡']);
  });
});

describe('facilities quoted once', () => {
  it('reads a workshop or court with a name of its own before the kind as that one (“白马共富工坊”, “柚香巡回法庭”)', () => {
    const { entries } = compile(
      '常山县白马村的村民在“白马共富工坊”里编竹篮，每月能多挣两千元。',
      '常山县人民法院在球川镇设立“柚香巡回法庭”，农忙时节上门调解纠纷。',
      '柯城区府山街道新设“反诈驿站”，民警每周来讲一次课。',
    );
    expectPresent(entries, ['白马共富工坊', '柚香巡回法庭']);
    expectAbsent(entries, ['反诈驿站']);
  });
});

describe('verbs before a name', () => {
  it('never runs a name back over a verb of using or lying in (村民利用|国家公园, 地处|钱江源国家公园)', () => {
    const { entries } = compile(
      '开化县长虹乡地处钱江源国家公园，一批村民利用国家公园的品牌效应开起了民宿和农家乐。',
    );
    expectAbsent(entries, ['地处钱江源国家公园', '村民利用国家公园']);
    expectPresent(entries, ['钱江源国家公园', '长虹乡']);
  });

  it('nor over one of carrying out or entrusting (落实|长三角一体化, 委托|市属国有公司)', () => {
    const { entries } = compile(
      '江山市人民医院院长说，远程会诊是落实长三角一体化发展战略的有效手段。',
      '衢江区碗窑乡委托市属国有公司统一经营库区渔业资源，每年按比例投放鱼苗。',
    );
    expectAbsent(entries, ['落实长三角一体化', '委托市属国有公司']);
    expectPresent(entries, ['碗窑乡']);
  });
});

describe('honours', () => {
  it('reads the ten best of anything as an honour (“十佳强村公司”)', () => {
    const { entries } = compile(
      '衢州市召开村级集体经济发展大会，对“十佳强村公司”“十佳共富工坊”进行了通报表扬。',
    );
    expectAbsent(entries, ['十佳强村公司', '十佳共富工坊']);
  });
});

describe('a clause opening with 当', () => {
  it('reads 当 ("when") glued to a name by jieba as no part of it (当|水亭门街区)', () => {
    const { entries } = compile(
      '柯城区上线景区客流监测系统。当水亭门街区瞬时客流接近预警值，系统会自动向附近商户推送提醒。',
    );
    expectAbsent(entries, ['当水亭门街区']);
    // 水亭门街区 is a form of the landmark 水亭门历史文化街区 (landmarks.json, since session 46).
    expect(entries.get('水亭门历史文化街区')?.aliases).toContain('水亭门街区');
  });
});
