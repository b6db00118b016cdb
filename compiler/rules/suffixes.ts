/**
 * Name suffixes: the last characters of a name tell what kind of thing it names.
 * Longest suffixes first, so 自然村 wins over 村 and 未来社区 over 社区.
 */
import type { Category } from '../../lib/glossary/glossary';

export interface Suffix {
  suffix: string;
  category: Category;
  /** What the suffix says the thing is, for the summary ("镇", "湖泊"). */
  kind: string;
  /** Administrative units (市/区/县/乡/镇/街道/村/社区) contain one another: 衢江区廿里镇. */
  admin?: true;
  /** Shortest and longest name before the suffix. */
  min: number;
  max: number;
  /**
   * The name must end where it is written: punctuation, a grammar word or a side of the place
   * follows (常山港、, 常山港畔), never more of a name (衢州陆港|现代物流中心, 空港|新城).
   */
  ends?: true;
}

const S = (
  suffix: string,
  category: Category,
  kind: string,
  min: number,
  max: number,
  admin?: true,
): Suffix => ({ suffix, category, kind, min, max, ...(admin ? { admin } : {}) });

/** Trades a firm's short name ends in after a brand of two characters (宝威|电气, 经纬|药业). */
export const FIRM_TRADES = '木业 塑业 药业 纸业 钙业 电气 电子 电器 生物 能源 建材 实业'.split(' ');

/**
 * Programmes named after the village or community they are built in (下淤未来乡村): their stems
 * are that unit's name.
 */
export const NAMED_AFTER_UNIT = ['未来乡村', '未来社区'];

export const SUFFIXES: readonly Suffix[] = [
  // Administrative units.
  S('自然村', 'place', '自然村', 2, 3, true),
  S('行政村', 'place', '行政村', 2, 3, true),
  S('街道', 'place', '街道', 2, 3, true),
  S('社区', 'place', '社区', 2, 6, true),
  S('村', 'place', '行政村', 2, 4, true),
  S('镇', 'place', '镇', 2, 3, true),
  S('乡', 'place', '乡', 2, 3, true),
  S('县', 'place', '县', 2, 3, true),
  S('市', 'place', '市', 2, 2, true),
  S('区', 'place', '区', 2, 2, true),
  // Named areas, new towns, districts.
  S('片区', 'place', '片区', 2, 4),
  S('新城', 'place', '新城', 2, 4),
  S('新区', 'place', '新区', 2, 3),
  S('港区', 'place', '港区', 2, 3),
  S('作业区', 'place', '港口作业区', 2, 3),
  S('功能区', 'place', '功能区', 2, 6),
  // Development zones by their official kinds (衢州绿色产业集聚区, 衢州经济技术开发区, 衢州高新区).
  S('产业集聚区', 'place', '园区', 2, 8),
  S('集聚区', 'place', '园区', 2, 8),
  S('开发区', 'place', '开发区', 2, 8),
  S('高新区', 'place', '开发区', 2, 4),
  S('创新区', 'place', '创新区', 2, 14),
  S('度假区', 'place', '度假区', 2, 10),
  S('综合体', 'place', '综合体', 2, 8),
  // Zhejiang's 未来社区 and 未来乡村 are the province's pilot programmes: a named one is a project
  // the province selects, funds and assesses (礼贤未来社区), more than a neighbourhood's name.
  S('未来乡村', 'program', '未来乡村', 2, 6),
  S('未来社区', 'program', '未来社区', 2, 6),
  S('小区', 'place', '小区', 2, 3),
  S('商圈', 'place', '商圈', 2, 3),
  S('地块', 'place', '地块', 2, 3),
  S('市场城', 'place', '市场', 2, 3),
  // A market for one trade, named after its place and goods (青石镇胡柚交易市场); a generic stem
  // (农产品交易市场) is rejected as any other.
  S('交易市场', 'place', '市场', 2, 8),
  S('创业街', 'place', '创业街', 2, 8),
  S('老街', 'place', '老街', 2, 3),
  S('历史文化街区', 'place', '街区', 2, 6),
  S('街区', 'place', '街区', 2, 6),
  S('古县', 'place', '古县', 2, 2),
  S('苑', 'place', '住宅小区', 2, 2),
  S('大厦', 'place', '楼宇', 2, 3),
  S('广场', 'place', '广场', 2, 4),
  S('风景区', 'place', '景区', 2, 8),
  S('旅游区', 'place', '景区', 2, 8),
  S('景区', 'place', '景区', 2, 6),
  S('石窟', 'place', '古迹', 2, 3),
  // A base is named after its place (太公山|胡柚基地): a crop or trade alone (月季花基地) is a kind.
  S('基地', 'place', '基地', 4, 8),
  // Water and green space.
  S('水库', 'place', '水库', 2, 4),
  S('水利枢纽', 'place', '水利工程', 2, 4),
  S('湖', 'place', '湖泊', 2, 3),
  S('江', 'place', '江河', 2, 3),
  S('溪', 'place', '溪流', 2, 3),
  S('湿地', 'place', '湿地', 2, 3),
  S('花海', 'place', '花海', 2, 3),
  S('公园', 'place', '公园', 2, 10),
  S('产业园', 'place', '产业园', 2, 8),
  S('物流园', 'place', '园区', 2, 8),
  // 衢州海创园: a city's park for talent from overseas, often sited in a larger city (a 飞地).
  S('海创园', 'place', '园区', 2, 4),
  S('创意园', 'place', '园区', 2, 6),
  S('科创园', 'place', '园区', 2, 6),
  S('科技园', 'place', '园区', 2, 6),
  S('孵化园', 'place', '园区', 2, 6),
  S('创业园', 'place', '园区', 2, 6),
  S('药博园', 'place', '园区', 2, 6),
  S('墓群', 'place', '古迹', 2, 8),
  S('书院', 'place', '书院', 2, 3),
  // Transport.
  S('码头', 'place', '码头', 2, 3),
  S('机场', 'place', '机场', 2, 2),
  S('高铁站', 'place', '高铁站', 2, 2),
  S('火车站', 'place', '火车站', 2, 2),
  S('枢纽港', 'place', '港口', 2, 8),
  S('大道', 'place', '道路', 2, 6),
  // A city's expressways are named like its roads (东港快速路).
  S('快速路', 'place', '道路', 2, 3),
  S('大桥', 'place', '桥梁', 2, 6),
  S('通道', 'place', '通道', 2, 6),
  S('大通道', 'place', '通道', 2, 8),
  S('公路', 'place', '公路', 2, 3),
  S('铁路', 'place', '铁路', 2, 3),
  // A high-speed line is named by the cities it joins (杭衢高铁, 衢丽高铁).
  S('高铁', 'place', '铁路', 2, 3),
  S('高速公路', 'place', '高速公路', 2, 3),
  S('高速', 'place', '高速公路', 2, 3),
  S('长廊', 'place', '长廊', 2, 8),
  // A road's sections are named by their bearing after its name (三江|东路, 衢江|中路).
  ...['东路', '西路', '南路', '北路', '中路'].map((b) => S(b, 'place', '道路', 2, 2)),
  S('路', 'place', '道路', 2, 2),
  S('国道', 'place', '国道', 2, 4),
  S('省道', 'place', '省道', 2, 4),
  S('桥', 'place', '桥梁', 2, 3),
  S('街', 'place', '街巷', 2, 3),
  S('巷', 'place', '巷弄', 2, 3),
  S('堤', 'place', '堤坝', 2, 2),
  // Weirs, pagodas and temples are named landmarks of the old irrigated valleys (姜席堰, 巽峰塔,
  // 周王庙); 港 is a river there as well as a port (常山港, 江山港).
  S('古堰', 'place', '古迹', 2, 4),
  S('堰', 'place', '堰坝', 2, 3),
  S('塔', 'place', '古迹', 2, 3),
  S('庙', 'place', '古迹', 2, 3),
  { ...S('港', 'place', '港', 2, 2), ends: true as const },
  S('山', 'place', '山', 2, 3),
  S('关', 'place', '关隘', 2, 2),
  S('阁', 'place', '古迹', 2, 2),
  S('宗祠', 'place', '古迹', 2, 4),
  // A family temple may carry its branch as well as its clan (孔氏|南宗|家庙), as 宗祠 may.
  S('家庙', 'place', '古迹', 2, 4),
  S('禅寺', 'place', '古迹', 2, 4),
  S('寺', 'place', '古迹', 2, 3),
  S('庵', 'place', '古迹', 2, 3),
  // Passes, hollows, caves and crags: the hills' own names (仙霞岭, 碧石坞, 莲花洞, 赵公岩).
  S('岭', 'place', '山', 2, 3),
  S('坞', 'place', '山', 2, 3),
  S('洞', 'place', '山', 2, 3),
  S('岩', 'place', '山', 2, 3),
  S('尖', 'place', '山', 2, 3),
  S('坪', 'place', '山', 2, 3),
  S('垄', 'place', '山', 2, 3),
  S('湾', 'place', '自然村', 2, 3),
  S('埠头', 'place', '码头', 1, 3),
  S('埠', 'place', '埠', 2, 3),
  // A ferry crossing is written 渡口 after its name as often as 渡 (汪家淤渡口, 清湖渡口): read
  // whole, the name does not end before 口.
  S('渡口', 'place', '渡口', 2, 3),
  S('渡', 'place', '渡口', 2, 3),
  S('泉', 'place', '泉', 2, 3),
  S('弄', 'place', '巷弄', 2, 3),
  S('殿', 'place', '古迹', 2, 3),
  S('城墙', 'place', '古迹', 2, 4),
  S('墓', 'place', '古迹', 2, 5),
  S('文化礼堂', 'place', '场所', 2, 6),
  S('展示馆', 'place', '场馆', 2, 8),
  // Township-level offices of 开化 and 江山 (芹阳办事处, 横路办事处) stand for a township.
  S('办事处', 'place', '乡镇', 2, 2),
  S('古村', 'place', '古村落', 2, 4),
  S('古镇', 'place', '古镇', 2, 4),
  S('古城', 'place', '古城', 2, 4),
  S('故城', 'place', '古迹', 2, 4),
  S('古道', 'place', '古道', 2, 4),
  S('遗址', 'place', '古迹', 2, 6),
  S('石林', 'place', '景区', 2, 4),
  S('山脉', 'place', '山', 2, 4),
  S('动物园', 'place', '公园', 2, 6),
  S('园区', 'place', '园区', 2, 8),
  S('驿站', 'place', '驿站', 2, 4),
  S('小镇', 'place', '特色小镇', 2, 4),
  // Programs, projects and platforms.
  S('行动', 'program', '行动', 2, 10),
  S('工作法', 'program', '工作方法', 2, 6),
  S('议事法', 'program', '议事方法', 2, 4),
  S('工程', 'program', '工程', 2, 8),
  S('银行', 'program', '平台', 2, 2),
  S('联盟', 'program', '联盟', 2, 6),
  S('明白墙', 'program', '做法', 2, 6),
  // A reading room the city names as its brand (南孔书屋); 农家书屋, 乡村书屋 are kinds everywhere.
  S('书屋', 'program', '书屋', 2, 4),
  S('储备库', 'program', '项目', 2, 8),
  S('物流中心', 'program', '项目', 2, 6),
  S('物流基地', 'program', '项目', 2, 8),
  S('物流枢纽', 'program', '项目', 2, 6),
  S('电站', 'program', '项目', 2, 8),
  // A hydropower station: 水 belongs to the kind, not the name (小|水电站 is a kind of station).
  S('水电站', 'program', '项目', 2, 6),
  S('走廊', 'program', '项目', 2, 8),
  S('菜园', 'program', '项目', 2, 6),
  S('风光带', 'program', '项目', 2, 4),
  S('产业平台', 'program', '平台', 2, 6),
  // 柯城巨化一体化: the integration of the named units.
  S('一体化', 'program', '举措', 4, 6),
  // 四省边际共同富裕示范区: a status the text sets as a goal, not a place on the map.
  S('示范区', 'slogan', '目标定位', 4, 8),
  // Named by what they are: an account, a station, an index, a pact, a compound.
  S('碳账户', 'program', '平台', 2, 6),
  S('工作站', 'program', '工作站', 2, 6),
  S('指数', 'program', '指标', 4, 8),
  S('公约', 'program', '公约', 2, 4),
  S('大院', 'place', '场所', 2, 6),
  // Organisations.
  S('协会', 'organization', '协会', 3, 8),
  // 龙游商帮, 宁波商帮: the merchants of a place who traded together, a guild of history.
  S('商帮', 'organization', '商帮', 2, 2),
  // Headquarters and centres brought in and built are projects (东方供应链总部).
  S('总部', 'program', '项目', 2, 6),
  S('创新中心', 'program', '项目', 2, 12),
  S('有限公司', 'organization', '公司', 2, 20),
  S('公司', 'organization', '公司', 2, 8),
  S('管理局', 'organization', '机构', 2, 10),
  S('管理处', 'organization', '机构', 2, 8),
  // Research institutes (衢州市农业林业科学研究院, 浙江工业大学衢州研究院); the province's and the
  // country's are not Quzhou bodies (wider-body).
  S('研究院', 'organization', '机构', 2, 12),
  // A law firm (浙江三衢明德律师事务所): a registered local firm.
  S('律师事务所', 'organization', '企业', 2, 10),
  // A county's Red Cross society (开化县红十字会).
  S('红十字会', 'organization', '机构', 2, 4),
  S('文化馆', 'organization', '文化馆', 2, 4),
  S('博物馆', 'organization', '博物馆', 2, 6),
  S('传媒集团', 'organization', '媒体', 2, 4),
  S('集团', 'organization', '企业', 2, 5),
  S('融媒体中心', 'organization', '媒体', 2, 10),
  S('服务中心', 'organization', '机构', 4, 8),
  S('创作基地', 'organization', '机构', 2, 8),
  S('家庭农场', 'organization', '企业', 2, 4),
  // A team named after its leader (万少华团队): generic stems (医疗团队) are rejected as any other.
  S('团队', 'organization', '团队', 2, 4),
  S('中学', 'organization', '学校', 2, 8),
  S('小学', 'organization', '学校', 2, 8),
  S('学校', 'organization', '学校', 3, 10),
  S('学院', 'organization', '学校', 2, 8),
  S('棋院', 'organization', '机构', 2, 6),
  S('农商银行', 'organization', '企业', 2, 4),
  // Teams by their kind (衢州数智青年志愿服务队): generic stems (党员志愿服务队) are rejected as any other.
  S('志愿服务队', 'organization', '团队', 2, 8),
  S('服务队', 'organization', '团队', 2, 8),
  S('志愿队', 'organization', '团队', 2, 8),
  // Rescue teams (江山市蓝天救援队, 龙游县水上救援队), volunteers named like the teams above.
  S('救援队', 'organization', '团队', 2, 8),
  S('中专', 'organization', '学校', 2, 4),
  // 开化县|职业中专: the county's vocational school, its stem longer than 中专's alone allows; so
  // is its vocational education centre (龙游县职业教育中心, …职业技术教育中心).
  S('职业中专', 'organization', '学校', 2, 4),
  S('职业教育中心', 'organization', '学校', 2, 4),
  S('职业技术教育中心', 'organization', '学校', 2, 4),
  // Kindergartens, libraries and hospitals' township branches are named after their place
  // (贺村镇中心幼儿园, 衢州市图书馆); a bare unit before the kind (县图书馆) is rejected as any
  // generic stem. A branch's name is its township's (芳村分院, 球川镇分院), at most four
  // characters: what stands before it is the body it belongs to (…人民医院医共体|何田分院).
  S('幼儿园', 'organization', '学校', 2, 10),
  S('老年大学', 'organization', '学校', 2, 8),
  S('图书馆', 'organization', '图书馆', 2, 6),
  S('分院', 'organization', '医院', 2, 4),
  S('体育中心', 'place', '场馆', 2, 6),
  S('驾校', 'organization', '学校', 2, 4),
  S('商会', 'organization', '商会', 2, 6),
  S('剧团', 'organization', '剧团', 2, 6),
  S('合作社', 'organization', '合作社', 2, 10),
  S('医院', 'organization', '医院', 4, 8),
  S('股份', 'organization', '企业', 2, 2),
  S('化工', 'organization', '企业', 2, 2),
  S('药化', 'organization', '企业', 2, 2),
  S('制冷', 'organization', '企业', 2, 2),
  // A brand and its trade is how news shortens a firm's name (丰泽木业, 宝威电气, 经纬药业).
  ...FIRM_TRADES.map((trade) => S(trade, 'organization', '企业', 2, 2)),
  // Companies named by their trade: 华金新材料, 一道新能源, 衢州纤纳新能源科技.
  S('新材料', 'organization', '企业', 2, 4),
  S('新能源', 'organization', '企业', 2, 4),
  S('科技', 'organization', '企业', 2, 8),
].sort((a, b) => b.suffix.length - a.suffix.length);

/**
 * The suffix a list item ends in, with at least two characters of name before it (航天智慧农业产业园);
 * of one category where given (码头 of 青龙码头, a place).
 */
export function listItemSuffix(item: string, category?: Suffix['category']): Suffix | undefined {
  return SUFFIXES.find(
    (x) =>
      (category === undefined || x.category === category) &&
      item.endsWith(x.suffix) &&
      item.length > x.suffix.length + 1,
  );
}

/** Characters that never start or sit inside a local name: grammar words and quantifiers. */
export const FUNCTION_CHARS = new Set(
  '的了在和与及或是为把将被对从到至于以向往由等个批各每该本此其这那全整我们他她它也都还又而并就所即着让使跟给不最据但却已'.split(
    '',
  ),
);
