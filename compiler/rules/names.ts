/**
 * Rule: names that end in a telling suffix (廿里镇, 信安湖, 六步议事法, …有限公司).
 *
 * jieba does not know local names and cuts them apart (`廖/家村`, `点塔坛/寺/村`), so the left
 * edge of a name is found from the characters around it, with jieba only as a hint:
 *  - every possible start within the suffix's length range is an option;
 *  - an option is well supported where what precedes it cannot be part of a name (start of the
 *    sentence, punctuation, a grammar word) or is the end of a containing unit (衢江区|廿里镇);
 *  - less well where jieba starts a word there right after a verb (推进|西港运动公园);
 *  - each occurrence takes the best-supported option seen anywhere in the corpus, so one clean
 *    mention (。塔坛寺村) fixes the edge of a messy one (观摩点塔坛寺村).
 */
import type { Sentence } from '../article';
import { commonWordEntry, isInDictionary, isOrdinaryWord, isUnitMotto } from '../generic';
import { generalDictionary, tokenize, type Token } from '../lexicon';
import { RARE_WORD } from '../specific';
import { FIRM_TRADES, FUNCTION_CHARS, NAMED_AFTER_UNIT, SUFFIXES, type Suffix } from './suffixes';

export interface NameMatch {
  term: string;
  /** The name before the suffix. */
  stem: string;
  suffix: Suffix;
  sentence: Sentence;
  /** Containing unit written just before it (衢江区 in 衢江区廿里镇). */
  parent?: string;
  /** How clean the left edge is: 3 after punctuation or a grammar word, 2 after a verb (see Option). */
  support: number;
  /** The name follows 的: the head of a description (关乎民生的|社会民生工程) as often as a name. */
  afterDe: boolean;
  /**
   * Longer readings of the same occurrence, best supported first (廿里|工业功能区 → 廿里工业功能区):
   * extract.ts falls back on them where the chosen stem says nothing particular.
   */
  alternatives: { term: string; stem: string; parent?: string; support: number }[];
}

interface Option {
  start: number;
  /**
   * 4: clean edge; 3: jieba word start after a verb or grammar word; 2: after a frequent word
   * (辖区|皂角村, but also 红色|物业联盟, so a verb edge further left wins); 1: nothing to go by.
   */
  support: number;
  parent?: string;
}

interface Occurrence {
  sentence: Sentence;
  suffix: Suffix;
  end: number;
  suffixStart: number;
  options: Option[];
}

const INNER_PLACE_SUFFIX = SUFFIXES.filter((s) => s.category === 'place' && s.suffix.length >= 2).map(
  (s) => s.suffix,
);
/** Named areas that contain smaller places, like the administrative units do. */
const CONTAINERS = new Set(['港区', '片区', '新城', '新区', '功能区', '开发区']);
/**
 * The built-up area of a city or county, written after its name: 衢州市区, 常山县城 (not 城区,
 * the end of 柯城区).
 */
const DOWNTOWN = /(市区|县城)/;
/** Bearings and positions jieba tags as locatives that open many place names (东港, 上方, 中洲). */
const POSITION_OPENING_NAMES = /^[东西南北中上下前后左右里内]$/;
/** The trades firms are named by (宝威|电气, 华金|新材料): each is an industry after a place or a material. */
const TRADES = [...FIRM_TRADES, '新能源', '新材料'];
/** Trades and kinds of farm that, after a county's short form, are the county's industry. */
const COUNTY_INDUSTRIES = [...TRADES, '家庭农场'];
/** Trades a material names as an industry (氟硅|新材料, 氟硅|化工, 碳基|新材料). */
const MATERIAL_TRADES = [...TRADES, '化工'];
/**
 * A stem of chemical elements, with 基 ("-based") or 电 (a battery: 锂电) after them: a material,
 * not a firm's name (gold and silver left out: 华金, 金银 open firms' names).
 */
const MATERIAL_STEM =
  /^[氢氦锂铍硼碳氮氧氟氖钠镁铝硅磷硫氯氩钾钙钪钛钒铬锰铁钴镍铜锌镓锗砷硒溴钼锡锑碘钨铂汞铅铋铀稀]+[基电]?$/;
/** Modal verbs: what is to be, can be or should be done. */
const MODAL = /^(要|会|能|将|可以|应|想|需要|应该)$/;
/** One or two and a measure word: 一处, 两座. */
const COUNT = /^[一两][处座片条家间口方道所栋个支]/;
/**
 * A numeral and a measure word the dictionary has as one (两|名|村嫂, 三|位, 五|户): a count of what
 * follows, so no name runs back over it.
 */
const countedBy = (stem: string) => {
  const m = /^[一二三四五六七八九十两几百千万]+(\p{Script=Han})/u.exec(stem);
  // A length or weight is not (博爱一米菜园, "the one-metre vegetable garden").
  return m !== null && generalDictionary().get(m[1]!)?.tag === 'q' && !/[米里尺寸丈斤克吨]/.test(m[1]!);
};
/** A number of years, months, weeks or days: the start of a span of time (三年内, 两个月来). */
const SPAN = '[一二三四五六七八九十两几多\\d]+个?(年|月|周|天)';
/** A span of time anywhere in a stem (力争三年内|园区, 一年来|四市联盟). */
const SPAN_IN = new RegExp(`${SPAN}(内|来|以来|后|前)`);
/** A number of years… just before a position (三年|内园区). */
const SPAN_BEFORE = new RegExp(`${SPAN}$`);
/**
 * One or two and a measure word jieba reads as one numeral (一桌, 一份): a count of the thing after
 * it. (一路 is one too, but as an adverb: 一路|向南.)
 */
const isCountToken = (t: Token | undefined) =>
  t !== undefined && t.tag === 'm' && t.word.length === 2 && /^[一两]/.test(t.word) && t.word !== '一路';
/** Waters and hills, which are counted (一江, 一湖) but never numbered the way roads are. */
const COUNTED_FEATURES = new Set(['江河', '湖泊', '溪流', '山']);
const NUMERAL_PAIRS = /^([一二三四五六七八九十百千万][\u4e00-\u9fff]){2}$/;
const NAME_CHAR = /[\u3400-\u9fff0-9]/;
/** A character that may be part of a name: a Han character or digit that is no grammar word. */
const isNameChar = (ch: string) => NAME_CHAR.test(ch) && !FUNCTION_CHARS.has(ch);
/**
 * The province and the city Quzhou's registered firms open with, written or not elsewhere in the
 * article (衢州 is no common word, as 开化 is): the counties' short names come from placeStems.
 */
const FIRM_REGIONS = ['浙江', '衢州'];

/**
 * Where a registered firm's name opens, before the 有限公司 at `end`: at the short name of Quzhou,
 * of one of its counties (placeStems) or of the province, the one nearest the suffix with two to
 * sixteen name characters after it, and any such names written just before it (浙江|衢州). Written
 * with its unit (衢州市|…), the place is the firm's parent, read as any other, unless the name
 * detector found no unit there (餐饮企业|衢州市…: jieba's words before it hid the edge).
 */
function registeredFrom(
  text: string,
  end: number,
  placeStems: ReadonlySet<string>,
  isUnitEnd: (at: number) => boolean,
): number | undefined {
  const regions = [...FIRM_REGIONS, ...placeStems];
  let from = end;
  while (from > 0 && end - from < 20 && isNameChar(text[from - 1]!)) from--;
  /** The length of the region written at `at`, with its unit where no unit was found there. */
  const regionAt = (at: number) => {
    const r = regions.find((r) => text.startsWith(r, at) && at + r.length <= end);
    if (!r) return undefined;
    if (!/[省市县区]/.test(text[at + r.length]!)) return r.length;
    return isUnitEnd(at + r.length + 1) ? undefined : r.length + 1;
  };
  for (let at = end - 3; at >= from; at--) {
    const length = regionAt(at);
    if (length === undefined || end - at - length < 2 || end - at - length > 16) continue;
    let start = at;
    for (;;) {
      const before = regions.find((r) => start - r.length >= from && text.startsWith(r, start - r.length));
      if (!before) break;
      start -= before.length;
    }
    // 巨化集团|衢州电化有限公司: a group written just before is the branch's parent, part of its
    // name as written; the reading of the whole is left to the rest of the detector.
    if (/集团$/.test(text.slice(from, start))) return undefined;
    return start;
  }
  return undefined;
}

/**
 * 暨, the formal "and" of titles (…建设启动暨|衢州乌溪江国家湿地公园博物馆奠基仪式): it opens no
 * name and no name runs back over it, as 和 does; but 诸暨 is a city.
 */
const isTitleAnd = (text: string, i: number) => text[i] === '暨' && text[i - 1] !== '诸';
/**
 * 廿八都, 八都: 都 after a numeral is the old rural unit of that number (Song to Qing), named so to
 * this day, not the adverb "all".
 */
const isOldUnit = (stem: string, i: number) =>
  stem[i] === '都' && /[一二三四五六七八九十廿卅]/.test(stem[i - 1] ?? '');
/** A verb of one character with its result or direction: 串起, 修到, 开进, 建成, 走出. */
const RESULT_VERB = /^.[起到进成出上下完入来回遍]$/;
/**
 * Verbs that launch, run or carry out a thing (启动, 开展, 落实), entrust it or take it on (委托,
 * 承接), use or rely on it (利用, 依托), aim at it (紧盯, 瞄准, 对标), or say where something lies
 * (地处, 位于), and prepositions of comparison (较, 比).
 */
const RUN_OR_COMPARE =
  /^(启动|开展|实施|落实|推进|推行|推出|搭建|建立|创建|上线|打响|委托|承接|利用|依托|借助|依靠|凭借|紧盯|盯紧|紧扣|瞄准|锚定|对标|地处|位于|较|比)$/;
/**
 * Prepositions jieba may read as the first character of a word with the name after them. 离 is the
 * preposition of distance (离|钱江源头景区近, read 离钱江/x), though the dictionary has it as a verb;
 * 沿 the preposition "along" (沿|星古公路, read 沿星/x); 当 "when" opening a clause (当|水亭门街区…,
 * read 当水亭/x).
 */
const GLUED_PREPOSITION = /^[从在到至向往由对把被将与和跟给于自用离沿当]$/;
/** A preposition, or 有 (have) and 是 (be): grammar jieba may glue to a name's first characters. */
const isGluedGrammar = (ch: string) => GLUED_PREPOSITION.test(ch) || ch === '有' || ch === '是';
/** A verb of one character (进, 访, 登): jieba's guesser glues it to the next character as readily. */
const isVerbChar = (ch: string) => {
  const entry = generalDictionary().get(ch);
  return entry !== undefined && entry.tag === 'v' && entry.freq >= 1000;
};
/**
 * A word jieba does not know that opens one character before `start` with a grammar word, 有
 * (have) or a verb (进|平园公园 read as 进平园/x 公园): glued to the name.
 */
const gluedAt = (t: Token | undefined, start: number) =>
  t !== undefined &&
  t.end > start &&
  (isGluedGrammar(t.word[0]!) || isVerbChar(t.word[0]!)) &&
  (!isInDictionary(t.word) || rareProperNoun(t));
/**
 * A proper noun jieba's dictionary has, but rarely (有青龙/nr 3: a person, 从江/nr 51: a county of
 * Guizhou): glued all the same. Not a common word it happens to tag so (和睦/nr 170: 在和睦|乌里山).
 */
const rareProperNoun = (t: Token) => /^n[rsz]/.test(t.tag) && !isOrdinaryWord(t.word, 100);
/**
 * A site described by what lies on each side (北临|岙滩新区，南接|县工业园区, 背依|孔子文化公园,
 * 西有|包山书院): a bearing and a verb of adjacency or 有 open the description, not a name. No
 * division of Quzhou opens so (93 villages elsewhere do, 东临河村: the register finds those, not
 * this).
 */
const SIDE_OF = /^([东南西北][临接靠依邻倚濒枕傍抵有]|背[靠依倚枕])/;
const EDGE_TAGS = /^(v|p|c|d|r|u|uj|ul|uz|ud|ug|uv|y|e|o|q|f|t)$/;
/** Characters that end a word before a suffix-like character: 村民, 区委, 市场, 湖面 are not names. */
const NOT_A_SUFFIX_BEFORE: Record<string, string> = {
  村: '民庄道集社务级干组书口委容貌里入企歌',
  区: '委域位级内外长领政',
  市: '委场民区级域政长',
  县: '委长域级',
  镇: '委长党村',
  乡: '镇村贤愁土亲',
  江: '山南北',
  // 常山|山水 (Changshan's landscape): 山 opens the word 山水; a reservoir is …山|水库 all the same.
  山: '水',
  湖: '面',
  路: '线径网灯',
  街: '道',
  社区: '化',
  // 总部经济 (headquarters economy) is a word: 圣致总部|经济 is not a headquarters.
  总部: '经',
  // 科技局, 工程技术学校: the kind runs on into an office's or a school's name; 科技特派员 is a
  // post (the province's science commissioners), not a firm.
  科技: '局特',
  工程: '技师',
  // 堰坝 is the weir itself: 灵山港|堰坝 names the river's weirs, not a weir called 灵山港堰.
  堰: '坝',
  // 高铁新城, 高铁站: the new town or the station by the line, not the line (衢州高铁|新城).
  高铁: '新站',
  // 小学生, 中学生 are pupils: 衢州市中小学|生艺术节 names no school.
  小学: '生',
  中学: '生',
};

/**
 * Stems that describe rather than name: a locative (域内|莲花国际未来乡村), a negation
 * (无物管小区: "without property management"), a distributive doubling (村村联盟), or one very
 * common word alone (工业|功能区, which needs the place before it: 廿里工业功能区).
 */
const VISIT_OR_PLACE =
  /^(距|位于|地处|毗邻|紧邻|靠近|邻近|前往|来到|走进|走入|途经|穿过|抵达|直达|参观|游览|走过|经过|路过|打卡|登上|登临|漫步|落户|入驻|进驻|过)/;

function isDescriptiveStem(stem: string, tokens: Token[], start: number): boolean {
  // 村里|柑橘专业合作社, 县里|…: a unit and 里 say "in the village", as 内 does.
  if (
    /^[域区境辖省市县镇乡村国园]内/.test(stem) ||
    /^[省市县镇乡村]里/.test(stem) ||
    // 村口|文化礼堂, 村前|小广场: so do a village's or town's entrance, edge or front. (A town so
    // named, 村头镇, is read as the register's town before any stem.)
    /^[镇乡村][口边旁前后外]/.test(stem) ||
    /^([村户人家处事])\1$/.test(stem)
  )
    return true;
  // A level (省级特色生态|产业平台, 村级|文化礼堂) or who runs it (区属|小学) classifies the thing;
  // it does not name it.
  if (/^(国家|省|市|县|区|镇|乡|村)[级属]/.test(stem)) return true;
  // A rank or size (重点|山塘水库, 小型|水库, 骨干|企业) classifies the things, as a level does.
  if (/^(重点|主要|大型|中型|小型|骨干)/.test(stem)) return true;
  // How often or in which round (首次|单设小学女子组, 首批|…): an adverbial, not a name's start.
  if (/^(首次|首批|首个|再次|多次|历次|逐步)/.test(stem)) return true;
  // A span of time named without a count (近年来|…, 今年以来; a counted one, 一年来|四市联盟, ends
  // the stem in occurrences: SPAN_IN) or a verb with its aspect (时修过|水库, 建了|…) makes a
  // clause: the name, if any, starts after it.
  if (/^(今年|去年|近年|历年)(来|以来)/.test(stem)) return true;
  // A length of time (一小时|高铁圈, 半天|…) measures how far or how long: what follows is a
  // circle or a trip of that length, not a name.
  if (/^[一二三四五六七八九十两几半]+个?(小时|分钟|钟头)/.test(stem)) return true;
  if ([...stem].some((ch, i) => i > 0 && /[过了着]/.test(ch) && isVerbChar(stem[i - 1]!))) return true;
  // A quality (控制性|工程, 标志性|项目) says what role a thing plays, not which thing it is.
  if (/..性$/.test(stem)) return true;
  // Words that place or move something relative to a place, or visit it (距离|三清山景区,
  // 位于|…公园, 参观|…遗址) are prepositions or verbs there, whatever jieba's tag, and never open
  // a name.
  if (VISIT_OR_PLACE.test(stem)) return true;
  const first = tokens.find((t) => t.start === start);
  if (/^[无非不没]/.test(stem) && !/^(ns|nr|nz)$/.test(first?.tag ?? '')) return true;
  const entry = generalDictionary().get(stem);
  return entry !== undefined && entry.freq >= 5000 && entry.tag !== 'ns';
}

/** A county or district of the text written in full after the stem's start, not after a larger unit. */
function countyInside(stem: string, placeStems: ReadonlySet<string>): boolean {
  for (const p of placeStems) {
    const at = stem.indexOf(p, 1);
    if (at <= 0) continue;
    const before = stem.slice(0, at);
    if (/^[县区市]/.test(stem.slice(at + p.length)) && !/[省市]$/.test(before)) return true;
    // 项目选址|江山经济开发区: its short form too, after words of the dictionary that name no place
    // (项目, 选址): they say what is done there.
    if (
      at >= 2 &&
      tokenize(before).every(
        (t) => t.word.length >= 2 && isInDictionary(t.word) && !/^(ns|nr|nt|nz)/.test(t.tag),
      )
    )
      return true;
  }
  return false;
}

/**
 * Times said relative to the day of writing (目前, 去年, 如今): jieba tags them t, as it tags words
 * of names (青年, 现代), which these are not.
 */
const RELATIVE_TIME =
  /^(目前|当前|眼下|如今|现在|今年|去年|前年|明年|近年|近日|日前|此前|以前|过去|年初|年底)$/;

/** True where a stem starts with, or contains, words that do not belong in a name (a verb, 辖区). */
function stemHasNonName(
  text: string,
  start: number,
  end: number,
  tokens: Token[],
  admin: boolean,
  placeStems: ReadonlySet<string>,
): boolean {
  for (const [i, t] of tokens.entries()) {
    if (t.end <= start || t.start >= end) continue;
    // 开化|中学: a county's short form is its name, though jieba's dictionary has it as a verb.
    if (t.start === start && placeStems.has(t.word)) continue;
    // A verb or adverb opening the stem: 推进|西港运动公园, 寻梦|泽随古村 must not become one name,
    // however rare the dictionary's verb (补上 3, 寻梦 5, 讹传 14). Inside a name verbs are normal
    // (十里运动休闲长廊, 六春湖高山滑雪旅游度假区), so only the first word counts.
    if (
      t.start === start &&
      t.word.length >= 2 &&
      /^(v|vd|d|p|c|r|f|t)$/.test(t.tag) &&
      isOrdinaryWord(t.word, 3)
    )
      return true;
    // So does a frequent verbal noun with more of the stem after it: it governs the name (以|建设|
    // 钱江源国家公园|为契机). Alone before the suffix it is the name (建设路, 发展大道).
    if (t.start === start && t.tag === 'vn' && end > t.end && isOrdinaryWord(t.word, 1000)) return true;
    // A preposition or verb of one character opening a longer stem: 经|钱江, 接|金华江. So does a
    // locative read alone, before any stem (沿|灵山江, 三十公里外|衢江, 外|衢江区第二小学), but not a
    // bearing or a position, which open names (上方镇, 下淤村, 后溪镇, 西区).
    // Not after 的, whose head is a name, never a verb (相邻的|兴华新村: jieba reads 兴/v 华新村).
    if (
      t.start === start &&
      t.word.length === 1 &&
      /^(p|v)$/.test(t.tag) &&
      end - start >= 3 &&
      text[start - 1] !== '的'
    )
      return true;
    // jieba may fuse the preposition with a rare name into one unknown word (经鹿鸣/x 公园): a
    // frequent preposition opening it is still the preposition.
    if (
      t.start === start &&
      t.tag === 'x' &&
      t.word.length >= 3 &&
      text[start - 1] !== '的' &&
      generalDictionary().get(t.word[0]!)?.tag === 'p' &&
      isOrdinaryWord(t.word[0]!, 10000)
    )
      return true;
    if (t.start === start && t.word.length === 1 && t.tag === 'f' && !POSITION_OPENING_NAMES.test(t.word))
      return true;
    // A suffix morpheme jieba split off the word before (沉浸|式 of 沉浸式): the stem is cut there.
    if (t.start === start && t.tag === 'k') return true;
    // An adverb of one character inside (计划|再|利用园区: "plan to reuse") makes a clause.
    if (t.start > start && t.tag === 'd' && /^[再又已仍]$/.test(t.word)) return true;
    // Grammar words anywhere inside, and a verb with more of the stem after it: 衢江推进|未来社区.
    // A verb right before the suffix belongs to the name (运动休闲|长廊, 文化创意|园).
    if (
      t.start > start &&
      t.word.length >= 2 &&
      (/^(p|c|r|d)$/.test(t.tag) || (t.tag === 'v' && t.end < end)) &&
      isOrdinaryWord(t.word, 200)
    )
      return true;
    // A time word (江山|目前|共有小学) or a rough count of people (江山|百余名|小学教师) inside is
    // a clause about the place before it, not part of a name.
    if (
      t.start > start &&
      ((t.tag === 't' && RELATIVE_TIME.test(t.word)) ||
        (t.tag === 'm' && /[余多几].*[名位人户]$/.test(t.word)))
    )
      return true;
    // A part of a region by its bearing or its border (龙游|北部|古村, 衢州|境内|…): the things of
    // that part, described, not one of them named.
    if (t.start > start && /^(f|s)$/.test(t.tag) && /^[东南西北中]*(部|境内|周边|沿线)$/.test(t.word))
      return true;
    // A pronoun of choice is grammar at any frequency: 四市|任一|政务服务中心 ("any one of").
    if (t.start > start && t.tag === 'r' && /^(任一|任何|每一|各个|所有|全部)$/.test(t.word)) return true;
    // So is a share of them (衢州|部分|景区, 县内|大部分|村): some things of the kind, none named.
    if (t.start > start && /^(部分|大部分|多数|大多数|少数)$/.test(t.word)) return true;
    // 有 (there is) and 是 (is) standing alone inside: 县城南边|有|常山公园 is a clause about the name.
    if (t.start > start && /^[有是]$/.test(t.word) && t.tag === 'v') return true;
    // So does a common verb of one character inside, after a common word (人|送|进县医院, 月|要|去县人民
    // 医院): a clause, not a name. After a proper noun it is a place-name morpheme (新田|铺).
    if (
      t.start > start &&
      t.end < end &&
      t.word.length === 1 &&
      t.tag === 'v' &&
      isVerbChar(t.word) &&
      !/^(n[rszt]|x)/.test(tokens[i - 1]?.end === t.start ? tokens[i - 1]!.tag : 'x')
    )
      return true;
  }
  // A frequent word opening a unit's stem, with a name after it: 辖区|皂角村. Only for units, whose
  // names are short proper names; descriptive names open with common words (航天智慧农业产业园).
  if (admin) {
    for (const len of [3, 2]) {
      if (end - start > len + 1 && isOrdinaryWord(text.slice(start, start + len), 1000)) return true;
    }
  }
  return false;
}

function suffixAt(
  text: string,
  pos: number,
  tokens: Token[],
  tokenAt: ReadonlyMap<number, Token>,
  divisionStems: ReadonlySet<string>,
): Suffix | undefined {
  // The word jieba reads from here, where one starts here: it may run past a suffix (江西, 科技节).
  const opening = tokenAt.get(pos);
  for (const s of SUFFIXES) {
    if (!text.startsWith(s.suffix, pos)) continue;
    // The suffix closes an ordinary word that jieba reads here: 乡村, 农村, 景区, 老乡, 沿江
    // (but not in 柯城区, which jieba keeps whole, though 城区 is a word too).
    const closing = text.slice(pos - 1, pos + s.suffix.length);
    const keptWhole = tokens.some((t) => t.start <= pos - 2 && t.end >= pos + s.suffix.length);
    if (s.suffix.length === 1 && isOrdinaryWord(closing, 300) && !keptWhole) continue;
    // A word as frequent as 城市 is never a name ending in 市, whatever jieba glued to it.
    if (s.suffix.length === 1 && (generalDictionary().get(closing)?.freq ?? 0) >= 5000) continue;
    // 转场|江西: the suffix opens another place's name jieba knows well (江西, 湖南, 山东), unless
    // a side or a part follows, which takes the bearing with it (常山江|西岸, 衢江|西路).
    if (
      s.suffix.length === 1 &&
      !/[岸侧边畔部面路段麓端行流]/.test(text[pos + 2] ?? '') &&
      opening?.word.length === 2 &&
      opening.tag === 'ns' &&
      (generalDictionary().get(opening.word)?.freq ?? 0) >= 1000
    )
      continue;
    // 中小学生|科技节: a kind of two characters or more that jieba reads with the next character as
    // one word (科技节 "science festival") names no firm there; but 小学校 is a school and 工程项目
    // a project of the 工程, kinds again.
    if (
      s.suffix.length >= 2 &&
      opening?.word.length === s.suffix.length + 1 &&
      opening.tag !== 'x' &&
      isInDictionary(opening.word) &&
      !SUFFIXES.some((x) => opening!.word.endsWith(x.suffix))
    )
      continue;
    // 村民|关停: a kind of one character that opens a verb jieba reads here (关停 "shut down",
    // 关心) is that verb.
    if (
      s.suffix.length === 1 &&
      opening !== undefined &&
      opening.word.length >= 2 &&
      opening.tag === 'v' &&
      isOrdinaryWord(opening.word, 3)
    )
      continue;
    // 场区|路面, 石阶|路面: the surface of a road or bridge where jieba reads that word (路面, 桥面);
    // a road's name before 面貌 stays (荷花中路|面貌).
    if (s.suffix.length === 1 && opening?.word === `${s.suffix}面`) continue;
    // 季节|山里, 大人|街头: a kind of one character that opens a place word jieba reads here (山里
    // "in the hills", 街头 "in the streets") says where, after a common word of two characters or
    // more. Not after a name, known to jieba (天皇|巷口) or not (江郎|山下), or the name of one of
    // Quzhou's divisions (溪口|街上, 石室|山中: the town's street, the township's hill), nor after a
    // single character, which may end a name jieba split (浔|里|街上).
    if (
      s.suffix.length === 1 &&
      opening?.tag === 's' &&
      opening.word.length === 2 &&
      isOrdinaryWord(opening.word)
    ) {
      const before = tokens.find((t) => t.end === pos);
      if (
        before !== undefined &&
        before.word.length >= 2 &&
        !/^(x|nr|ns|nz|nt)/.test(before.tag) &&
        isInDictionary(before.word) &&
        !divisionStems.has(before.word)
      )
        continue;
    }
    const next = text[pos + s.suffix.length] ?? '';
    const last = s.suffix[s.suffix.length - 1] ?? '';
    // A kind of two characters or more takes a locative after it as the unit's (龙游经济开发区|内,
    // 园区|外): 区内 is "in the district" only where 区 alone is the kind.
    const blocked =
      NOT_A_SUFFIX_BEFORE[s.suffix] ??
      (s.suffix.length > 1
        ? (NOT_A_SUFFIX_BEFORE[last] ?? '').replace(/[内外]/g, '')
        : (NOT_A_SUFFIX_BEFORE[last] ?? ''));
    if (next && blocked.includes(next)) continue;
    if (
      s.ends &&
      isNameChar(next) &&
      !/[畔边岸上下段沿流两]/.test(next) &&
      // 沿灵山港|一带: the stretch along it.
      !/^(一带|一线)/.test(text.slice(pos + s.suffix.length))
    )
      continue;
    return s;
  }
  return undefined;
}

/**
 * Support for a name starting where jieba starts a word: 3 after a verb or a grammar word, 2 after
 * a frequent common word (辖区|皂角村), 1 otherwise.
 */
function afterEdge(prev: Token | undefined, beforePrev: Token | undefined): number {
  if (!prev) return 3;
  // A verb's result complement: 发挥好|三联工程, 做好|诗画风光带.
  if (/^[好实]$/.test(prev.word) && beforePrev?.tag.startsWith('v')) return 3;
  // A date ends where a name may start: 2020年|杭衢高铁 (jieba tags 年 after digits m, a numeral).
  if (/^[年月日号]$/.test(prev.word) && /\d$/.test(beforePrev?.word ?? '')) return 3;
  // So does an age jieba reads as one numeral (千年|仙霞古道). After a count (一座|暗夜公园天文馆,
  // 一条|越篾岭) a description or a verb is as likely as a name.
  if (prev.tag === 'm' && /^[千百万]年$/.test(prev.word)) return 3;
  if (EDGE_TAGS.test(prev.tag)) return 3;
  // A word jieba's guesser made of a locative and 有 (内有/x): "there is", before the name.
  if (prev.tag === 'x' && /^[内外里中旁]有$/.test(prev.word)) return 3;
  // A verb of visiting or going, whatever jieba tags it (游览/vn|江郎山), takes the place as object.
  if (VISIT_OR_PLACE.exec(prev.word)?.[0] === prev.word) return 3;
  // jieba lists odd compounds at the lowest frequencies (大力开展/nt 3, specific.ts RARE_WORD): the
  // verb they end in (开展) ends the phrase before the name all the same (大力开展|有礼小区).
  const tail = prev.word.length >= 4 ? generalDictionary().get(prev.word.slice(-2)) : undefined;
  if (tail && EDGE_TAGS.test(tail.tag) && (generalDictionary().get(prev.word)?.freq ?? 0) <= RARE_WORD)
    return 3;
  return prev.word.length >= 2 && isOrdinaryWord(prev.word, 1000) ? 2 : 1;
}

/**
 * Support for a name starting at `start` from what precedes it alone: 4 where that cannot be part
 * of a name (the sentence's start, punctuation, a grammar word), else as jieba's word start there
 * says (afterEdge), else 1.
 */
function edgeSupport(
  text: string,
  start: number,
  starts: Map<number, [Token | undefined, Token | undefined]>,
): number {
  const before = text[start - 1];
  if (before === undefined || !isNameChar(before) || isTitleAnd(text, start - 1)) return 4;
  const at = starts.get(start);
  return at ? afterEdge(...at) : 1;
}

/** For each token start: the two tokens before it. */
function tokenStarts(tokens: Token[]): Map<number, [Token | undefined, Token | undefined]> {
  const starts = new Map<number, [Token | undefined, Token | undefined]>();
  let prev: Token | undefined;
  let beforePrev: Token | undefined;
  for (const t of tokens) {
    starts.set(t.start, [prev, beforePrev]);
    beforePrev = prev;
    prev = t;
  }
  return starts;
}

const ROUTES = new Set(['公路', '铁路', '高速公路', '高速']);

/**
 * 翁梅至蒲塘公路, 衢州至丽水铁路: a road or railway named by both its ends. Where the name read
 * starts right after 至, the start of the name before 至 (two to four characters at a clean edge),
 * which then outranks the name of the far end alone.
 */
function routeFrom(
  text: string,
  pos: number,
  suffix: Suffix,
  options: Option[],
  starts: Map<number, [Token | undefined, Token | undefined]>,
): number | undefined {
  if (!ROUTES.has(suffix.suffix)) return undefined;
  const to = options.find((o) => o.support >= 3 && text[o.start - 1] === '至' && pos - o.start >= 2);
  if (!to) return undefined;
  for (let len = 2; len <= 4; len++) {
    const from = to.start - 1 - len;
    if (from < 0) break;
    const name = text.slice(from, to.start - 1);
    if (![...name].every(isNameChar) || /\d/.test(name)) break;
    if (edgeSupport(text, from, starts) >= 3) return from;
  }
  return undefined;
}

/** Where each of `towns` written in `text` has its unit's suffix, with that suffix and its stem's length. */
function townsBySuffixStart(
  text: string,
  towns: ReadonlySet<string>,
): Map<number, { suffix: Suffix; stem: number }> {
  const at = new Map<number, { suffix: Suffix; stem: number }>();
  for (const town of towns) {
    const suffix = SUFFIXES.filter((x) => x.admin && town.endsWith(x.suffix)).sort(
      (a, b) => b.suffix.length - a.suffix.length,
    )[0];
    if (!suffix) continue;
    const stem = town.length - suffix.suffix.length;
    for (let i = text.indexOf(town); i >= 0; i = text.indexOf(town, i + 1))
      at.set(i + stem, { suffix, stem });
  }
  return at;
}

/** Finds every suffix occurrence in a sentence with the possible starts of its name. */
function occurrences(
  sentence: Sentence,
  tokens: Token[],
  adminEnds: Map<number, string>,
  placeStems: ReadonlySet<string>,
  towns: ReadonlySet<string>,
  divisionStems: ReadonlySet<string>,
): Occurrence[] {
  const text = sentence.text;
  const townAt = townsBySuffixStart(text, towns);
  // 常山县芳|村|镇: a suffix's character inside such a town's stem ends no name there; the town is
  // read when its own suffix is reached.
  const inTownStem = new Set<number>();
  for (const [at, town] of townAt) for (let p = at - town.stem; p < at; p++) inTownStem.add(p);
  const starts = tokenStarts(tokens);
  const tokenAt = new Map(tokens.map((t) => [t.start, t]));
  const found: Occurrence[] = [];
  // A word jieba read at `p` that opens with a bearing and a verb of adjacency (南接/x, 北临岙滩/x,
  // 背靠/v; not 城南|接待, where the verb opens another word).
  const sideOfAt = (p: number) => {
    const t = tokenAt.get(p);
    return t !== undefined && SIDE_OF.test(t.word) && (t.word.length === 2 || t.tag === 'x');
  };
  // Where a longer suffix read at an earlier position ends when it had no name before it.
  let unnamedEnd = -1;
  for (let pos = 1; pos < text.length; pos++) {
    // 何|家乡, 庙|下乡, 上方|镇: a town of the register that the sentence names, however jieba reads
    // it, is a unit: it contains the name after it (何家乡|中心小学).
    const town = townAt.get(pos);
    if (town) {
      const start = pos - town.stem;
      const parent = adminEnds.get(start);
      const end = pos + town.suffix.suffix.length;
      found.push({
        sentence,
        suffix: town.suffix,
        suffixStart: pos,
        end,
        options: [{ start, support: 4, ...(parent ? { parent } : {}) }],
      });
      adminEnds.set(end, text.slice(start, end));
      pos = end - 1;
      continue;
    }
    if (inTownStem.has(pos)) continue;
    const suffix = suffixAt(text, pos, tokens, tokenAt, divisionStems);
    if (!suffix) continue;
    // 建|家庙: the tail of a longer suffix (庙 of 家庙) that had no name before it does not make
    // one of the words before it (建家|庙).
    if (pos < unnamedEnd && pos + suffix.suffix.length === unnamedEnd) continue;
    const options: Option[] = [];
    for (let len = suffix.min; len <= suffix.max; len++) {
      const start = pos - len;
      if (start < 0) break;
      const stem = text.slice(start, pos);
      // National and provincial roads are numbered, with their letter or without: 205国道, G351国道, 17省道.
      const numbered = /^(国道|省道)$/.test(suffix.suffix) && /^[GS]?\d+$/.test(stem);
      if (
        !numbered &&
        ![...stem].every((ch, i) => (isNameChar(ch) || isOldUnit(stem, i)) && !isTitleAnd(text, start + i))
      )
        break;
      // A count before a name (一处|九仙禅寺, 两座|…) is not part of it. An age may be (a blind set
      // lost a right entry when 千年 and 百年 were cut off too). 一垄垄, 一片片: a measure word
      // doubled is "row upon row", no name at all.
      if (stem.length >= 4 && COUNT.test(stem)) continue;
      // Nor does a name run back over one (齐溪镇一家|茶叶专业合作社: "a tea cooperative in 齐溪镇"):
      // the count stands between what holds the thing and the thing.
      if (stem.length >= 4 && COUNT.test(stem.slice(1).replace(/^[^一两]*/, ''))) break;
      if (stem.length === 2 && /^[一两]$/.test(stem[0]!) && stem[1] === suffix.suffix) break;
      // A count jieba reads as one numeral opens no name (一桌|文化礼堂家宴, 一份|…).
      if (isCountToken(tokenAt.get(start))) continue;
      // 右手一|湖碧水: a stem that ends in one or two counts the water or hill after it (一湖, "a
      // lake"); no name runs back over the count. (Roads and villages are numbered: 人民一路, 新华一村.)
      if (COUNTED_FEATURES.has(suffix.kind) && suffix.suffix.length === 1 && /[一两]$/.test(stem)) break;
      // So does one or two and a measure word (一捧|溪水, 两汪|湖).
      if (COUNTED_FEATURES.has(suffix.kind) && stem.length === 2 && /^[一两]/.test(stem)) continue;
      // Quantities are not names: 2200亩森林公园, 7个村, 千亩机场, 七大专项行动, 三方协同共治社区,
      // 一片|星空露营基地, 四支|志愿服务队 (four teams).
      // 万亩千亿 (numeral, measure, numeral, measure) is a formula, not a quantity.
      if (
        !numbered &&
        (/\d|^[一二三四五六七八九十两百千万]+[亩大批方级座个条所处栋片排支]/.test(stem) || countedBy(stem)) &&
        !NUMERAL_PAIRS.test(stem)
      )
        break;
      // 力争三年内|园区: no name runs back over a span of time (三年内, 两个月来), nor starts inside
      // one (三年|内园区).
      if (SPAN_IN.test(stem)) break;
      if (stem.startsWith('内') && SPAN_BEFORE.test(text.slice(0, start))) continue;
      // 辖区内|老旧小区, 园区内|道路: 内 after an area is "within" it, and no name opens with it (no
      // village or town of Quzhou's register does).
      if (stem.startsWith('内') && /[区县市省镇乡村域境园城]$/.test(text.slice(0, start))) continue;
      // 部门启动|专项行动, 利率较|行动实施前: nor over a verb that launches or runs a thing, or a
      // preposition of comparison, as jieba cuts them: they make a clause, whose object the name is.
      // jieba's words wholly inside the stem, for this check and those below.
      const inStem = tokens.filter((t) => t.start >= start && t.end <= pos);
      if (inStem.some((t) => RUN_OR_COMPARE.test(t.word))) break;
      // 一部分直接供|园区: nor over an adverb and the verb it qualifies (直接/ad 供/v, "supplies
      // directly"), which make a clause whose object the kind is; a name holds no such pair.
      if (inStem.some((t, i) => /^(d|ad)$/.test(t.tag) && /^v/.test(inStem[i + 1]?.tag ?? ''))) break;
      // 边上要建|学校, 会修|电器: nor over a modal verb (要, 会, 能, 可以), standing alone or glued by
      // jieba's guesser to the verb it governs (要建/x, 会修/x): what is to be done, a clause.
      if (inStem.some((t) => MODAL.test(t.word) || (t.tag === 'x' && /^[要会能想]/.test(t.word)))) break;
      // 金华等地多家|省市级医院: nor over an indefinite count (多家, 几个, 数座), which counts what follows.
      if (/(多|几|数|若干)[家个座条所处栋片]/.test(stem)) break;
      // 推动|三地|景区, 浙闽|两地|古道: two or three places counted (两地, 三地, 多地) are the ones
      // the text has just named; what follows is theirs, described, never a name run back over them.
      if (/[两三四五六七八九十多]地/.test(stem)) break;
      // A negation negates a verb or an adjective, never a name: 不|限次游览联盟城市 ("visit the
      // alliance's cities without limit") opens with a verb. (A name of its own may hold it: 不老泉.)
      if (/[不没未别]/.test(text[start - 1] ?? '')) continue;
      // 有 opening a longer stem is the verb "have" (因境内有|三衢山而得名), after a locative too
      // (辖区内有|水亭门历史文化街区: the locative stays with the area before it).
      if (/^([内外里中旁]?)有/.test(stem) && stem.length >= 3) continue;
      // 赛道|串起|古镇: a verb with its result or direction (串起, 修到, 开进, 建成) ending a stem of
      // several words makes a clause (the track strings the old town together), whose object the
      // kind is. Verbs of activity in names (运动休闲长廊, 农业开发有限公司) take no such complement.
      const last = inStem[inStem.length - 1];
      if (inStem.length >= 2 && last?.end === pos && last.tag === 'v' && RESULT_VERB.test(last.word))
        continue;
      // A subsidiary or branch is named after the relation (…集团子公司|衢州市信安产业投资有限公司).
      if (/[子分]公司/.test(stem)) continue;
      // A word of the dictionary for a firm inside the stem (承运公司|江山山海公交有限公司) says who
      // the name after it is, in apposition; an office's (规划局|地质公园管理科) says whose a place is.
      // (An office before a body's own name is read whole and renamed: decide.ts, office-prefix.)
      if (
        inStem.some(
          (t) =>
            t.word.length >= 3 &&
            (t.word.endsWith('公司') || (t.word.endsWith('局') && suffix.category !== 'organization')) &&
            isInDictionary(t.word),
        )
      )
        continue;
      // A measure word left over from a count before it (一|座抽水蓄能电站) does not start a name.
      if (/^[座个条所栋]/.test(stem)) continue;
      // The phase of a project (防洪堤二期|工程) is not part of a name.
      if (/[一二三四五六七八九十]期/.test(stem)) continue;
      // Never start inside a name found just before (义甬舟开放|大通道西延行动). Not one that ends in
      // a county's short form (选址|江山 read as a hill): that is a word before the county, which
      // may open the name (江山经济开发区), and the decision stage drops it (rules-names.ts).
      const inside = (f: Occurrence) =>
        f.end > start &&
        f.options.some((o) => o.start < start) &&
        !f.options.some((o) => o.start === start) &&
        ![...placeStems].some((p) => f.end - p.length === start && text.startsWith(p, start));
      if (found.some(inside)) continue;
      // A place suffix inside the stem ends an earlier name: 工业功能区|浙江新智力塑胶有限公司.
      // Programs are named after places (义甬舟开放大通道西延行动), so they may contain one.
      if (
        suffix.category !== 'program' &&
        INNER_PLACE_SUFFIX.some((x) => stem.slice(0, -1).includes(x) && !stem.endsWith(x))
      )
        continue;
      if (isDescriptiveStem(stem, tokens, start)) continue;
      // 马金溪畔|水电站: a named water and its bank say where the thing is, not what it is called.
      // (Villages are named so, 溪边村: the register reads those.)
      if (!suffix.admin && /..[溪江河湖][畔边旁岸]/.test(stem)) continue;
      // A county written in full inside the stem starts the name (记者劳晓燕|龙游县融媒体中心);
      // only a larger division may stand before it (衢州市|龙游县…).
      if (countyInside(stem, placeStems)) continue;
      // 龙游县|湖镇镇: a county or city written with its unit is never the whole stem of a name whose
      // kind is one character (no lake is called 龙游县湖, no road 龙游县路); the character starts the
      // next name.
      if (!suffix.admin && suffix.suffix.length === 1 && /^[\u4e00-\u9fff]{2,3}[县市区]$/.test(stem))
        continue;
      // 衢州市区|物流大道: the built-up area of a place (市区, 县城) is where the name is, inside the
      // stem or ending it (衢州市区|医院: a hospital named by where it is).
      if (DOWNTOWN.test(stem)) continue;
      // 用|百丹坪, 有|青龙埠: a word jieba made up of a preposition or 有 and the name's first
      // characters opens with that word, not with the name (the start after it is read below).
      // Verbs open names as often (望江苑, 亲清助企工作站): only gluedAt's support says so. Even a
      // stem of two (离钱|江 of 离钱江/x): the river read there would hide the name after 离.
      if (stem.length >= 2 && isGluedGrammar(stem[0]!) && gluedAt(tokenAt.get(start), start + 1)) continue;
      // 江山|木业, 龙游|新能源: a county's trade is an industry, not a firm's short name; 龙游|家庭农场,
      // a family farm in the county, is a kind.
      if (COUNTY_INDUSTRIES.includes(suffix.suffix) && placeStems.has(stem)) continue;
      // 氟硅|新材料, 碳基|新材料: a material and its trade is an industry, no firm.
      if (MATERIAL_TRADES.includes(suffix.suffix) && MATERIAL_STEM.test(stem)) continue;
      // 高端|新材料, 电工|电子: a common word before a trade says which part of the industry; firms
      // take a coined name there (华金, 禾川), or one the dictionary knows as a name.
      if (MATERIAL_TRADES.includes(suffix.suffix) && commonWordEntry(stem, 100)) continue;
      // 新馆|背依|孔子文化公园: the description may come after a subject. Nor does a name start
      // on the verb of such a word (西|有包山 of 西有/x 包山书院).
      if ([...stem].some((_, i) => i < stem.length - 2 && sideOfAt(start + i)) || sideOfAt(start - 1))
        continue;
      // A program that contains a name found before (红色物业联盟|标准化行动) is checked after it:
      // verbs inside that name (义甬舟开放大通道) belong to it.
      const contained = found.find((f) => f.end < pos && f.options.some((o) => o.start === start));
      // Programmes named after their village (下淤未来乡村) have short proper stems, as units do.
      const unitLike = suffix.admin === true || NAMED_AFTER_UNIT.includes(suffix.suffix);
      if (stemHasNonName(text, contained?.end ?? start, pos, tokens, unitLike, placeStems)) continue;
      // Never start inside a dictionary word jieba found here: 高等|级土墩墓群, 整|体智治提升工程.
      // A preposition that jieba glued to the name's first character into a proper name is not
      // such a word: it read 从|江郎山 as 从江 (a county in Guizhou, rare in its dictionary) and
      // 郎山, and 有|青龙埠 as 有青龙 (a person's name, 3 in its dictionary). Frequent words stay
      // whole (和尚|碓自然村: 和尚 is a monk, not 和).
      if (
        tokens.some(
          (t) =>
            t.start < start &&
            t.end > start &&
            t.end <= pos &&
            isInDictionary(t.word) &&
            !(t.start === start - 1 && isGluedGrammar(text[t.start]!) && rareProperNoun(t)),
        )
      )
        continue;
      const before = text[start - 1];
      // G351国道: the letter is part of the road's number, so 351国道 alone is a cut.
      if (numbered && /^[GS]$/.test(before ?? '')) continue;
      const parent = adminEnds.get(start);
      let support = 1;
      // A program named after a name just before it (红色物业联盟|标准化行动): the edge between
      // them is inside the program's name.
      // Units and named areas contain what follows them instead (衢江区|省市县长工程).
      const continues =
        suffix.category === 'program' &&
        found.some((f) => f.end === start && !f.suffix.admin && !CONTAINERS.has(f.suffix.suffix));
      // A lettered road number (G351) is a whole name wherever it is written.
      if (numbered && /^[GS]/.test(stem)) support = 4;
      else if (continues) support = 1;
      // A unit written just before (衢江区|廿里镇) or a locative (域内|莲花国际未来乡村) ends the
      // phrase before the name.
      else if (
        parent ||
        /^[域区境辖省市县镇乡村国园]内$/.test(text.slice(start - 2, start)) ||
        DOWNTOWN.test(text.slice(start - 2, start))
      )
        support = 4;
      // A grammar word jieba's guesser glued to an unknown name (有|三衢 of 有三衢/x 山) still
      // ends where the name starts.
      else if (gluedAt(tokenAt.get(start - 1), start)) support = 3;
      // What follows 南接 is the neighbour's name.
      else if (sideOfAt(start - 2)) support = 3;
      else support = edgeSupport(text, start, starts);
      options.push({ start, support, ...(parent ? { parent } : {}) });
    }
    // 引进衢州|禾盛|箱包|有限公司, 名为江山|郎峰|文旅运营|有限公司: a registered firm's name opens
    // with the place it is registered in, then its trade name and its trade, whatever jieba makes
    // of the words between (禾/n 盛/v): from that place on, the words are the name.
    const registered =
      suffix.suffix === '有限公司'
        ? registeredFrom(text, pos, placeStems, (at) => adminEnds.has(at))
        : undefined;
    if (registered !== undefined) {
      const same = options.find((o) => o.start === registered);
      if (same) same.support = Math.max(same.support, 4);
      else options.push({ start: registered, support: 4 });
    }
    const route = routeFrom(text, pos, suffix, options, starts);
    if (route !== undefined) options.push({ start: route, support: 5 });
    if (options.length === 0) {
      unnamedEnd = pos + suffix.suffix.length;
      continue;
    }
    const occ: Occurrence = { sentence, suffix, suffixStart: pos, end: pos + suffix.suffix.length, options };
    found.push(occ);
    // Units and named areas contain the next name written right after them (衢江区|廿里镇|工业功能区,
    // 衢江港区|大路章作业区).
    if (suffix.admin || CONTAINERS.has(suffix.suffix)) {
      // A unit jieba does not know (杜泽镇/x, support 3) contains the next name as surely as one
      // after punctuation (杜泽镇|铜山源溪大桥).
      const best = options.filter((o) => o.support >= 3);
      const last = best[best.length - 1];
      // A motto of the 工业强市 kind (生猪大镇|变身…) ends in a unit's suffix but names no unit.
      const unit = last && text.slice(last.start, occ.end);
      if (unit && !isUnitMotto(unit)) adminEnds.set(occ.end, unit);
    }
    pos = occ.end - 1;
  }
  return found;
}

/**
 * Finds suffix-named candidates across all sentences. `tokensOf` gives jieba's tokens for a sentence;
 * `placeStems` are the register's short forms of Quzhou's city and counties (开化 of 开化县), names
 * wherever they open a stem.
 */
export function findNames(
  sentences: Sentence[],
  tokensOf: (s: Sentence) => Token[],
  placeStems: ReadonlySet<string> = new Set(),
  /** The register's towns each sentence names (compile.ts), whatever jieba makes of them. */
  townsIn: (s: Sentence) => ReadonlySet<string> = () => new Set(),
  /** The names of Quzhou's divisions without their kinds (溪口 of 溪口镇): names before a place word. */
  divisionStems: ReadonlySet<string> = new Set(),
): NameMatch[] {
  const all: Occurrence[] = [];
  for (const sentence of sentences)
    all.push(
      ...occurrences(sentence, tokensOf(sentence), new Map(), placeStems, townsIn(sentence), divisionStems),
    );
  // Best support each name string gets anywhere in the corpus.
  const bestSupport = new Map<string, number>();
  for (const occ of all) {
    for (const o of occ.options) {
      const term = occ.sentence.text.slice(o.start, occ.end);
      bestSupport.set(term, Math.max(bestSupport.get(term) ?? 0, o.support));
    }
  }
  // Where a name suffix starts, per sentence: a name followed by one may be the stem of the next.
  const suffixStarts = new Map<Sentence, Set<number>>();
  for (const occ of all) {
    const set = suffixStarts.get(occ.sentence) ?? new Set<number>();
    set.add(occ.suffixStart);
    suffixStarts.set(occ.sentence, set);
  }
  // Names seen at least once with no other name suffix right after them.
  const alone = new Set<string>();
  for (const occ of all) {
    if (suffixStarts.get(occ.sentence)?.has(occ.end)) continue;
    for (const o of occ.options) alone.add(occ.sentence.text.slice(o.start, occ.end));
  }
  const matches: NameMatch[] = [];
  for (const [index, occ] of all.entries()) {
    const text = occ.sentence.text;
    // Best support first; among equals, the shorter name (the longer one carries a verb or a modifier).
    const ranked = occ.options
      .map((o) => ({ o, support: bestSupport.get(text.slice(o.start, occ.end)) ?? 0 }))
      .filter((r) => r.support >= 2)
      .sort((a, b) => b.support - a.support || b.o.start - a.o.start);
    const [pick, ...rest] = ranked;
    if (!pick) continue;
    const { start, parent } = pick.o;
    // 望江苑 in 望江苑未来社区: a name that is only ever the stem of the next name is part of it.
    const next = all[index + 1];
    if (
      next?.sentence === occ.sentence &&
      next.suffixStart === occ.end &&
      next.options.some((o) => o.start === start)
    )
      if (!alone.has(text.slice(start, occ.end))) continue;
    matches.push({
      term: text.slice(start, occ.end),
      stem: text.slice(start, occ.suffixStart),
      suffix: occ.suffix,
      sentence: occ.sentence,
      ...(parent ? { parent } : {}),
      support: pick.support,
      afterDe: text[start - 1] === '的',
      alternatives: rest
        .filter((r) => r.o.start < start)
        .map((r) => ({
          term: text.slice(r.o.start, occ.end),
          stem: text.slice(r.o.start, occ.suffixStart),
          support: r.support,
          ...(r.o.parent ? { parent: r.o.parent } : {}),
        })),
    });
  }
  return matches;
}
