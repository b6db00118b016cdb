/**
 * Which quoted phrases are local terms (a decision rule, run by decide.ts). News quotes slogans,
 * formulas and program names (“五城”, “净地行动”), but also ordinary words used as metaphors
 * (“马前卒”) and generic phrases for emphasis (“城市赋能”). The rules here tell them apart from
 * the phrase, its words and how the text frames each quote of it (the spans the quote detector
 * recorded, `Term.quoted`); nothing is known about any particular term.
 */
import {
  isGenericPhrase,
  isInDictionary,
  isNationwide,
  isNationwideWord,
  isOrdinaryWord,
  isUnitMotto,
} from '../generic';
import { generalDictionary, tokenize, type Token } from '../lexicon';
import {
  CONTEST_AFTER,
  FRAMED_AFTER,
  KIND_AFTER,
  MEASURE_WORDS,
  PROGRAM_AFTER,
  PROGRAM_END,
  SERVICE_RADIUS,
  isRepeatedParallel,
  isTeamName,
  parallelClauses,
  textAfter,
  textAfterQuotes,
} from '../quote-select';
import { isNumericFormula, type QuoteMatch } from '../rules/quotes';
import { listItemSuffix } from '../rules/suffixes';
import { isSpecific } from '../specific';
import * as cue from './cues';
import { LIST_SEPARATOR, type Occurrence, type TermEvidence } from './evidence';
import { NO_ANCHORS, drop, generalFrequency, keep, mostly, type Rule } from './rule';
import { framedAsTerm } from './usage';

/** Count-like numerals inside a phrase: 千亩机场、万亩绿心, 聚浙西、通四省、联全国. */
const HAS_NUMERAL = /[一二三四五六七八九十两百千万]/;
/** Pronouns and particles: a phrase opening with one is a description (“它经济”), not a name. */
const LEADING_GRAMMAR = /^[它他她我你这那其此该本的了着过]/;
/** After a pairing of actors: what the text calls it (“…”模式, “…”的经营模式, “…”联农带农机制). */
const MODEL_AFTER = /^[”"]?的?[\u4e00-\u9fff]{0,4}(模式|机制)/;
/**
 * Kinds of facility, team, fund and code a place names one of (白马|共富工坊, 柚乡|家医, 浙江解纷|码).
 * Not a class, a post or a point of service (…课, …志愿者, …站, …点): named so in every county.
 */
const FACILITY_HEAD =
  /(工坊|超市|食堂|热线|专线|法庭|讲坛|书屋|营地|基金|小分队|服务队|讲师团|智囊团|天团|驿站|家医|码|号|馆|绿廊)$/;
/** Adverbs of what is done or under way (已清理, 已经到位, 正在转移). */
const DONE = /已经?|正在/;
/** A rough count of things: 三百多株, 十几个, 五十余户, 二十多万元 (a magnitude before the measure). */
const ROUGH_COUNT =
  /[一二两三四五六七八九十百千万\d][几多余来][万亿]?[个名位株棵户人家亩斤元块天年次件只头条张]/;
/**
 * Two neighbouring numerals before a measure word (七八块钱, 两三个, 三五户): "seven or eight", a
 * guess at how many, as people say it when they tell what happened; a slogan's counts are exact.
 */
const GUESSED_COUNT =
  /(一两|两三|二三|三四|三五|四五|五六|六七|七八|八九)[个名位株棵户人家亩斤元块天年次件只头条张辆趟遍]/;
/** Activity words: a program head after one of these only says what is done (风貌提升工程, 人才培育计划). */
const ACTIVITY = /(提升|培育|管理|改造|整治|建设|服务|治理)$/;

/** What the rest of the corpus tells about a quoted phrase (evidence.ts gathers it). */
interface QuoteContext {
  /** Stems of the divisions the text names (衢江 of 衢江区) written inside the phrase. */
  anchors: readonly string[];
  /** How many times the phrase is quoted in the corpus. */
  quoted: number;
  /** How many articles quote it. */
  quotedArticles: number;
  /** The text expands it (“三有”（乱了有保安、…）). */
  expanded: boolean;
  /** A name kept elsewhere, or a place, is written inside it (“邻礼通+红色物业联盟”). */
  nameWithin: boolean;
}

/**
 * A program head (…联盟, …计划, …平台) after generic words is a kind of thing, not a name:
 * 党建联盟 (one generic word), 智慧小区管理平台 (…管理 says what it does).
 */
function isGenericProgram(text: string): boolean {
  if (!isGenericPhrase(text)) return false;
  const head = PROGRAM_END.exec(text)?.[0] ?? '';
  // A loan product is named, whatever its words (“电商贷”, “共富贷”): each bank's is its own.
  if (head === '贷') return false;
  const stem = text.slice(0, text.length - head.length);
  return ACTIVITY.test(stem) || isNationwide(stem) || /^(.)\1$/.test(stem);
}

/**
 * The stock figures of government writing built on 一, said of any place and any work, however often
 * quoted or whatever kind follows: one net or one map that gathers everything (“一张网”, “一张图”调度
 * 体系), one click that does it (“一键转诊”, “一键可查”), and doing one thing and calling it done
 * (“一租了之”, “一退了之”).
 */
const FIGURE_OF_ONE = /^(一张[\u4e00-\u9fff]{1,2}|一键[\u4e00-\u9fff]{1,3}|一[\u4e00-\u9fff]了之)$/;

/**
 * Whether a short numeral formula names something: the kind of a named thing follows it (“四维”综合
 * 考评机制), the text quotes it again (“一碗水”), or it is no ordinary word. One of two characters
 * (三有, 四早) says nothing unless the text expands or repeats it.
 */
function acceptFormula(q: QuoteMatch, ctx: QuoteContext): boolean {
  const text = q.text;
  if (FIGURE_OF_ONE.test(text)) return false;
  // “四维”综合考评机制: the kind of thing named a few words on says the formula names it.
  if (KIND_AFTER.test(textAfter(q, 10))) return true;
  if (text.length === 2 && !ctx.expanded && ctx.quoted < 2) return false;
  // 城乡同喝“一碗水” … “一碗水”: a formula the text keeps quoting names something, word or not.
  if (ctx.quoted >= 2) return true;
  if (isOneThing(text)) return false;
  return !isOrdinaryWord(text, 1) || /^[一二三四五六七八九十两]{2}/.test(text) || /[城有管]$/.test(text);
}

/** Measure words that count one thing (一张|网, 一棵|树, 一泓|清流) or one act (一脚|油门). */
const ONE_MEASURE =
  /^一[张棵只泓杯脚件条根颗滴朵盏座本份块碗口双盘幅架辆艘扇首句封台部支枝袋瓶壶桶箱包捆串粒缕轮片亩间](.+)$/;

/**
 * One thing counted out, a number and its measure word before a word of the dictionary (“一张网”,
 * “一棵树”, “一脚油门”): the figure of speech that treats many as one, or the thing itself, which
 * the popover could only repeat. Quoted again, or named as a reform a few words on (“一件事”改革),
 * it names something, as formulas do.
 */
function isOneThing(text: string): boolean {
  const rest = ONE_MEASURE.exec(text)?.[1];
  return rest !== undefined && rest.length <= 2 && !HAS_NUMERAL.test(rest) && isInDictionary(rest);
}

/** An idiom or set phrase of the dictionary (一呼百应, 三位一体: tags i and l). */
const isIdiom = (text: string) => /^[il]$/.test(generalDictionary().get(text)?.tag ?? '');

/**
 * Parallel phrases (南孔圣地、衢州有礼; 领雁强基·亮剑比拼) are slogans when they name the place,
 * count things, or name a program or contest; a part that is a dictionary idiom (一呼百应) marks
 * rhetoric instead.
 */
function acceptParallel(q: QuoteMatch, anchored: boolean): boolean {
  const parts = q.text.split(/[、·]/);
  if (parts.some((p) => (p.length >= 4 && isIdiom(p)) || isNationwide(p))) return false;
  // A count leads its part (千亩机场, 通四省); a numeral deep inside a word (活力四射) does not count.
  const counted = parts.some((p) => HAS_NUMERAL.test(p.slice(0, 2)));
  // A part that ends in a programme's head names the programme the slogan belongs to (“幼有善育·江山
  // 行动”, “春风行动·衢聚英才”).
  const programme = parts.some((p) => p.length >= 3 && PROGRAM_END.test(p));
  return (
    anchored || counted || programme || PROGRAM_AFTER.test(q.after) || CONTEST_AFTER.test(textAfter(q, 14))
  );
}

/** A verb of saying or writing and a colon: what follows is a quotation (他说：“…”, 《县志》载：“…”). */
const QUOTATION_BEFORE =
  /(说|道|曰|云|载|写|表示|指出|强调|介绍|感叹|感慨|坦言|直言|回忆|记载|记录)[：:][“"]?$/;

/** A verb of writing right before a quote, with no colon: 写着“…”, 写的是“…”, 写下“…”. */
const WRITTEN_BEFORE = /(写着|写的是|写有|写下|写上|写满了?)[“"]?$/;

/**
 * The state a change starts from (从“船等货”到…, “种田靠天”变成…): how things were, not what
 * something is called.
 */
const CHANGES_INTO = /^(变成|变为|转为|转变为)“/;
const CHANGE_AFTER_FROM = /^(到|向|转向|变成|变为|转为|转变为)/;
const startOfChange = (q: QuoteMatch, before: string) =>
  CHANGES_INTO.test(q.after) || (before.endsWith('从') && CHANGE_AFTER_FROM.test(q.after));
/**
 * The state a contrast leads to (从“一只蜂”到“一条链”, 从“单打独斗”到“抱团发展”, 从“车让人”延伸到…,
 * 从“一季果”变成“四季景”, 从“握手言和”走向“十指紧扣”, 把“两省联办”升级为“三省联动”): a phrase made for
 * the sentence, like the state it starts from, unless the text says what kind of thing it is (到“一件
 * 事”改革, 到“…”模式), which makes it a named goal or programme.
 */
const CONTRAST_FROM =
  /(从|把|由)“[^“”]{1,16}”[^“”。，！？；]{0,6}(到|走向|迈向|变成|变为|转为|转变为|升级为|升级成)$/;
const endOfChange = (q: QuoteMatch, before: string) =>
  CONTRAST_FROM.test(before) &&
  !PROGRAM_AFTER.test(q.after) &&
  !FRAMED_AFTER.test(q.after) &&
  !KIND_AFTER.test(q.after);

/**
 * Days, weeks and months the nation or the world observes (“全国放鱼日”, “世界环境日”,
 * “全国安全生产月”).
 */
const OBSERVANCE = /^(全国|世界|国际|中国)[\u4e00-\u9fff]{1,8}(日|周|月)$/;

/** A part counted out by a numeral and a measure word, of people too (1名, 若干名, 一份, 两间). */
const COUNTED_PART = new RegExp(`^([一二三四五六七八九十两\\d]+|若干)[名位${MEASURE_WORDS}支].`);

/**
 * A control of an app, clicked or named as a feature (点击“一键上报”, “一键打卡”功能): part of an
 * app, not one.
 */
const CONTROL_BEFORE = /(点击|点开|轻点|按下)$/;
const CONTROL_AFTER = /^(功能|按钮|按键)/;

/** Awards and titles given from outside (“国际花园社区”大奖) are not local terms. */
const AWARD_AFTER = /^(大奖|奖项|称号|荣誉)/;

/** What the quotes before are said to be, a few words on: …等特色农产品, …等高发案例. */
const sortAfter = (sorts: string) => new RegExp(`^(等|这些)?[^，。；“”]{0,4}?(${sorts})`);

/**
 * What a product line is called (“衢江椪柑”“杜泽铜锣糕”等特色农产品, a geographical indication:
 * “常山胡柚”国家地理标志, “…”文创礼盒): the goods, which the labels read as products, not local terms. (With
 * 区域公用品牌 too, a blind set lost a right entry.)
 */
const PRODUCT_AFTER = sortAfter('农产品|农特产品|土特产|特产|地理标志|礼盒');
/** What a thing is made into or sold as (加工成“风干稻花鱼”, 做成“老木陈列角”, 招牌饮品“…”). */
const MADE_BEFORE = /(制成|加工成|做成|酿成|制作成|饮品|菜品|招牌菜|新品)[“"]?$/;

/**
 * The parts a thing is divided into, counted after their quotes (“个人办事”“企业服务”四个板块,
 * “A”“B”和“C”三门课程, “A”“B”等六大板块): sections, zones, stages or courses of one thing, named for
 * what is in them.
 */
const PARTS_AFTER = new RegExp(
  `^([和与及、]“[^“”]{1,20}”)*等?[两三四五六七八九十\\d]+[个门大项类]?[^，。；“”]{0,3}?(${cue.PART_KINDS})`,
);

/** A tour on offer (“石林探秘一日游”, “溪滩寻石亲子游”, “高铁周末游”): a product of travel agents. */
const TOUR = /(日游|亲子游|周末游|自驾游|深度游|研学游)$/;

/**
 * A course, its book, or one topic or class of it (“行走杜泽”乡土课程, …读本, “家园沟通”专题, “…”培训班,
 * …讲座): a title, which the labels leave out.
 */
const COURSE_AFTER = sortAfter('课程|读本|教材|专题|培训班|讲座');

/**
 * A mark a firm or a cooperative registers for its goods (注册了“岭上云芽”“抱珠春”两个品牌, 使用…和
 * “张村红”商标): a product's brand, which the labels read as a product line, not a local term. A
 * trademark (商标) is a registered mark whatever the text says before it; a brand (品牌) only where
 * the text says it is registered: one that is launched, built or leaned on (打造“…”城市品牌,
 * 依托“…”品牌) may be a slogan or a programme.
 */
const REGISTERED_BEFORE = /注册(了|的)?$/;
const MARK_AFTER = /^(等|[两三四五六七八九十\d]+个)?(品牌|商标)/;
const registeredMark = (q: QuoteMatch) => {
  const mark = MARK_AFTER.exec(textAfterQuotes(q, 10));
  return mark !== null && (mark[2] === '商标' || REGISTERED_BEFORE.test(framing(q)));
};

/** Kinds of case or fraud the text warns of (“刷单返利”“冒充客服退款”等案例, “…”类诈骗). */
const CASE_AFTER = sortAfter('案例|案件|骗局|诈骗');

/** Forms and ledgers: what is filled in as the work is done. */
const FORM_END = /(记录表|登记表|统计表|排查表|申请表|报名表|调查表|评分表|签到表|台账|登记簿|记录本)$/;

/** “社区+公司”, “模块+网格”, “3+X”: formulas joined by +. */
function acceptPlus(text: string): boolean {
  if (/^[\dA-Za-z]+\+[\dA-Za-z]+$/.test(text)) return true;
  const parts = text.split('+');
  // Pairings of generic units (城市+农村, 社区+公司) describe a kind of partnership, not a formula.
  if (parts.some((p) => isNationwide(p))) return false;
  return parts.every((p) => p.length >= 1 && p.length <= 3);
}

/** “社区+公司”, “第一时间+顶格优惠+政策直达”: a formula of two or more named parts joined by +. */
function isPlusFormula(text: string): boolean {
  const parts = text.split('+');
  return parts.length >= 2 && parts.every((p) => p.length >= 1 && p.length <= 8) && !/[，,、]/.test(text);
}

/**
 * The words before a quote, past the quotes coordinated with it: in 实施“A”和“B”, B is carried out
 * as A is.
 */
function framing(q: QuoteMatch): string {
  return q.sentence.text.slice(0, q.start).replace(/(“[^“”]{1,40}”[和与及、，]?)+$/, '');
}

/**
 * What a pairing joined by + is said to be, a few words after it (“模块+网格”扁平高效运行体系,
 * “回购+共营”的做法), or the counted formula it spells out (“理论课+模拟机+师带徒”的“三段式”培训).
 */
const PLUS_NAMED_AFTER =
  /^的?(“[一二三四五六七八九十两][^“”]{0,6}”|(“[^“”]{1,8}”)?[^，。；“]{0,8}(体系|机制|模式|平台|工程|行动|政策|改革|工作法|做法|服务|计划))/;

/** 以“…”为抓手: the quoted thing is what work is done by (the rest of a list may come before 为). */
const MEANS_AFTER = /^[^，。；]{0,10}为(抓手|载体|突破口|牵引)/;

/** Bodies are set up too, but a generic one (老旧小区改造委员会) is a kind of body, not a program. */
const BODY_END = /(委员会|协会|中心|小组|专班|办公室|工作室)$/;

/** Verbs that carry out or set up a named thing, right before its quote. */
const RUN_BEFORE = /(实施|推进|开展|推行|搭建|启动|推出|建立|创建|上线|打响|创新推出)$/;

/** How news introduces an epithet: 被誉为“胡柚之乡”, 素有“衢通四省”之称. */
const EPITHET_BEFORE = /(誉为|称为|号称|素有|享有|美誉为|作为)$/;

/** Why a quoted phrase is not a local term. */
type QuoteRejection = string;
const no = (reason: string): QuoteRejection => reason;

/**
 * Why a quoted phrase is not a local term, or undefined where it is one. The reasons are what
 * `npm run glossary -- --explain` shows for a quote the compiler left out.
 */
function quoteRejection(q: QuoteMatch, ctx: QuoteContext): QuoteRejection | undefined {
  const text = q.text;
  if (text.length < 2) return no('one character');
  if (isNationwide(text)) return no('nationwide vocabulary');
  if (TOUR.test(text)) return no('a tour on offer (…一日游, …亲子游)');
  if (OBSERVANCE.test(text)) return no('a national or world day, week or month: observed everywhere');
  // “县—乡—村”, “市、县、乡”: the levels of government, each a unit's character alone, are no place.
  if (/^[省市县区乡镇村]([—－\-、][省市县区乡镇村])+$/.test(text))
    return no('the levels of government (县—乡—村), not a place');
  if (text.length > 20 && !parallelClauses(text)) return no('longer than a name and not parallel clauses');
  if (AWARD_AFTER.test(q.after)) return no('an award: followed by 大奖/称号/荣誉');
  // “十佳志愿服务项目”, “百佳…”: the ten or hundred best of a kind, chosen in a contest: an honour.
  if (/^(十佳|百佳)/.test(text)) return no('an honour: the ten or hundred best (十佳…)');
  const afterQuotes = textAfterQuotes(q, 40);
  const before = q.sentence.text.slice(0, q.start);
  if (PRODUCT_AFTER.test(afterQuotes)) return no('a product: followed by 农产品 or 特产');
  if (MADE_BEFORE.test(before)) return no('a thing made or sold: 制成“…”, 招牌饮品“…”');
  if (CASE_AFTER.test(afterQuotes)) return no('a kind of case: followed by 案例, 骗局 or 诈骗');
  if (COURSE_AFTER.test(afterQuotes)) return no('the title of a course or its book (“…”乡土课程)');
  if (PARTS_AFTER.test(afterQuotes)) return no('one of the parts a thing is divided into (“…”“…”四个板块)');
  // 《毛氏宗谱》载：“…”, 他说：“…”: direct speech or a citation is what someone said or wrote.
  if (QUOTATION_BEFORE.test(before)) return no('a quotation: introduced by 说：, 载： or the like');
  // “一天能接三百多株”, “一斤卖七八块钱”: a rough or guessed count reports what was done, as
  // people tell it; a name's or a slogan's counts are exact (“当天受理，三天办结”).
  if (ROUGH_COUNT.test(text) || GUESSED_COUNT.test(text))
    return no('a rough or guessed count (三百多株, 七八块钱): a report, not a name');
  // 有的写的是“以山脊为界”, 纸牌上写着“自家种的，不打药”: the words written on a deed, a sign or a
  // card, unless they end in a kind of place or body (门楣上写着“衢江先锋驿站”: the sign names it).
  // A banner's occasion (写着“…成立仪式”) is left to the event rule, which says so.
  if (WRITTEN_BEFORE.test(before) && !listItemSuffix(text) && !cue.EVENT_END.test(text))
    return no('words written on a sign, a page or a card (写着“…”, 写的是“…”): what it says, not a name');
  if (startOfChange(q, before)) return no('where a change starts (从“…”到, “…”变成): a state, not a name');
  if (endOfChange(q, before)) return no('where a contrast ends (从“…”到“…”): a state, not a name');
  if (CONTROL_BEFORE.test(before) || CONTROL_AFTER.test(q.after))
    return no('a control of an app: clicked, or called a feature (功能, 按钮)');
  // An epithet of a place is what the place is called: a slogan, whatever its words (胡柚之乡).
  // One word of the dictionary is no epithet: 作为“分红” is "as a dividend".
  if (EPITHET_BEFORE.test(before) && !/[，,的]/.test(text) && !isInDictionary(text)) return undefined;
  // Sentences ending in the particle of speech (“不用再跑到金华去打工了”, …吧, …呢) are spoken,
  // parallel clauses too, whichever clause the particle ends (“差一两个钟头，味道就不一样了”,
  // “没想到快七十岁了，还能圆一回登台的梦”): slogans do not end so.
  if (
    text
      .split(/[，,；;]/)
      .some((c) => /..[了啦吧呢吗啊呀嘛]$/.test(c) && tokenize(c).at(-1)?.word.length === 1)
  )
    return no('a spoken sentence: a clause ends in a particle (了, 吧, 呢…)');
  // Parallel clauses are a slogan's shape, whatever their words; a phrase with a ranking or a
  // pronoun in it is a description all the same.
  const clauses = parallelClauses(text);
  if (clauses) {
    if (/第[一二三四五六七八九十\d]/.test(text) || LEADING_GRAMMAR.test(text))
      return no('parallel clauses, but a rank or a pronoun makes them a description');
    // “…3号网格，沿江步道积水已清理”: what has been done or is being done is a report too; a
    // slogan says what to do.
    if (clauses.some((c) => DONE.test(c)))
      return no('parallel clauses saying what has been or is being done (已, 正在): a report');
    return clauses.some(isNationwideWord)
      ? no('parallel clauses of nationwide policy vocabulary (党建统领、基层治理)')
      : undefined;
  }
  // Sentences and sayings, not names: they carry a comma, a copula or a particle.
  if (/[?？，,]|的|就是|成为/.test(text)) return no('a sentence or saying: a comma, 的, 就是 or 成为');
  if (/^[一二三四五六七八九十两百千万]+$/.test(text)) return no('a number');
  // “扫一扫”, “看一看”: a verb doubled round 一 is a try at doing it, plain grammar.
  if (/^(.)一\1$/.test(text)) return no('a verb doubled round 一 (扫一扫): grammar, not a name');
  // “浦山加油”, “灵上必胜”: what a crowd shouts for its side.
  if (/(加油|必胜|雄起|威武)$/.test(text)) return no('a cheer (…加油, …必胜): shouted, not a name');
  // 一票难求, 一房难求, 一位难求: "even one is hard to get", said of whatever sells out.
  if (/^一[\u4e00-\u9fff]{1,2}难求$/.test(text)) return no('a saying: one of a thing hard to get (一票难求)');
  // Ranks and grammar words open descriptions, not names: “新春第一会”, “它经济”.
  if (/第[一二三四五六七八九十\d]/.test(text) || LEADING_GRAMMAR.test(text))
    return no('a description: a rank or a pronoun');
  if (text.includes('+')) {
    if (!acceptPlus(text) && !isPlusFormula(text)) return no('parts joined by + that are not names');
    // “1名专家+1名全科医生+若干名村医”, “一晚住宿+一份山货+…”: each part counted out, the chain says
    // what a team or a package holds.
    if (text.split('+').every((p) => COUNTED_PART.test(p)))
      return no('parts each counted out: what it holds');
    // 体育+乡村, 早稻+晚稻, 生态护岸+格宾石笼: words joined by + pair two kinds of thing (a way of
    // working, a rotation, a mix of trades, a structure) said the same everywhere, unless the text
    // names what the pairing is (“模块+网格”…运行体系, “回购+共营”的做法, …的“三段式”培训), a part
    // is a name (“邻礼通+红色物业联盟”) or more than one article quotes it. That it is carried out
    // (推行“早稻+晚稻”轮作) does not name it.
    const words = text.split('+').every((p) => /^[\u4e00-\u9fff]+$/.test(p));
    const named = PLUS_NAMED_AFTER.test(afterQuotes) || ctx.nameWithin || ctx.anchors.length > 0;
    return words && !named && ctx.quotedArticles < 2
      ? no('words joined by +, and the text does not say what the pairing is')
      : undefined;
  }
  // A list (X、Y、Z) is judged in decide.ts (plain-list), with what the first round kept.
  if (text.includes('、')) return undefined;
  const anchored = ctx.anchors.length > 0;
  if (text.includes('·'))
    return acceptParallel(q, anchored)
      ? undefined
      : no('a list that names no place, count, program or contest');
  // 学校、家庭、社会“三位一体”: an idiom of the dictionary (三位一体 "trinity") said of the things
  // before it is the idiom, however the text spells out what it joins.
  if (isIdiom(text) && /^[一二三四五六七八九十两]/.test(text))
    return no('an idiom of the dictionary, said of the things it joins');
  // “一对一”帮办, “一把手”, “十四五”: a numeral phrase jieba's dictionary has whole (tag m) is the
  // language's, however often a text quotes it; a local formula is a coinage it lacks (五水共治),
  // or one the text spells out or names a few words on (“四维”综合考评机制).
  if (generalDictionary().get(text)?.tag === 'm' && !ctx.expanded && !KIND_AFTER.test(textAfter(q, 10)))
    return no("a numeral phrase of jieba's dictionary, not a local formula");
  // “一颗果子都不浪费”, “一斤多卖了八毛钱”: a count with 都 and a negation ("not even one") or with
  // the particle of a deed done (了) reports what happened, in someone's words; a formula counts
  // what is to be done (五水共治, 一件事).
  if (
    /^[一二三四五六七八九十两百千万]/.test(text) &&
    (/都[不没]/.test(text) || tokenize(text).some((t) => t.word === '了' && t.tag === 'ul'))
  )
    return no('a count in a report or a saying (…都不…, …了…): said, not a formula');
  if (isNumericFormula(text))
    return acceptFormula(q, ctx) ? undefined : no('a short formula the text neither expands nor repeats');
  // “15分钟品质文化生活圈”, “半小时救援圈”: services within so many minutes' reach, the circle
  // a policy promises, named by that time (a figure elsewhere).
  if (SERVICE_RADIUS.test(text)) return undefined;
  // A numeral that is not a formula opens a quantity (三级书记), unless the text says what the
  // things counted are: 项目建设、征地拆迁、土地综合整治“三大攻坚战”.
  if (/^[一二三四五六七八九十两百千万]/.test(text))
    return ctx.expanded ? undefined : no('a quantity the text does not spell out');
  if (/\d/.test(text)) return no('a figure');
  // “每日晨检记录表”, “帮扶台账”: a form or a ledger to fill in is a paper of the work, not a term.
  if (FORM_END.test(text)) return no('a form or a ledger to fill in (…记录表, …台账): a paper, not a term');
  // “预约响应式”公交, “拉网式”排查, “点单式”服务: a manner (…式, "-style") says how a thing is done.
  // A count makes it a formula (“三段式”, above) and a place a model named after it (“枫桥式”).
  if (
    text.endsWith('式') &&
    ctx.anchors.length === 0 &&
    !tokenize(text).some((t) => /^(ns|nr|nz)/.test(t.tag))
  )
    return no('a manner of doing things (…式), not a name');
  if (isInDictionary(text)) return no("one word of jieba's dictionary");
  if (isRepeatedParallel(text)) return undefined;
  if (text.length === 2) return anchored ? undefined : no('two characters with no place in them');
  // “马金镇得名最早”: a division written in full and then a verb is a clause said about it; a
  // place's model or slogan takes its short name (“衢江样板”, “衢州有礼”).
  const stem = ctx.anchors.find((a) => text.startsWith(a) && /^[市县区镇乡村]/.test(text.slice(a.length)));
  const full = stem && text.slice(0, stem.length + 1);
  if (full && tokenize(text.slice(full.length)).some((t) => t.tag === 'v'))
    return no(`a clause about ${full}: the division in full, then a verb`);
  // A place and what it stands for (“衢江样板”, “常山经验”, “贺田模式”): a named model of the
  // place, as the labelled sets read every one of them.
  if (anchored) return undefined;
  // A thing the text says is carried out or set up is a named program, whatever its words:
  // 深入实施“农村实用人才培育计划”, 搭建“智慧小区管理平台”.
  if (RUN_BEFORE.test(framing(q)) && tokenize(text).length >= 3 && !BODY_END.test(text)) return undefined;
  if (PROGRAM_END.test(text))
    return isGenericProgram(text) ? no('a program head after generic words: a kind of program') : undefined;
  if (!isGenericPhrase(text) || isTeamName(text) || VENUE_NAME.test(text)) return undefined;
  // 全国围棋之乡, 中国食用菌之乡: what a place is known as, an epithet, whatever its words.
  if (cue.EPITHET.test(text) && text.length >= 4) return undefined;
  // Ordinary words become a name when the text keeps quoting them: in more than one article
  // (“重要窗口”) or three times in one; or where it builds or reforms the thing they name
  // (“幸福水网”建设). One writer using a phrase twice (“洋面孔”) is a turn of phrase. (Requiring two
  // articles cost a right entry on a blind set, scored figures-only, so three quotes still count.)
  const words = tokenize(text).length;
  // 以“乡村空中学堂”为抓手: what the work is done by is a named means, a program.
  const means = /以$/.test(framing(q)) && MEANS_AFTER.test(q.after);
  const after = textAfter(q, 10);
  return words >= 2 &&
    (ctx.quoted >= 3 ||
      ctx.quotedArticles >= 2 ||
      means ||
      FRAMED_AFTER.test(after) ||
      KIND_AFTER.test(after))
    ? undefined
    : no('ordinary words, quoted once, not built or reformed');
}

/** A name kept elsewhere, or a place, is written inside the phrase (“邻礼通+红色物业联盟”). */
const hasNameWithin = (e: TermEvidence) =>
  e.keptWithin !== undefined || e.register?.within !== undefined || e.register?.largerWithin !== undefined;

/**
 * Why the quotes of a phrase do not make it a local term, or undefined where one of them does (or
 * the phrase is not the quote detector's alone to vouch for). A phrase is a term if any quote of
 * it is; where none is, the first quote's reason stands.
 */
function quoteVerdict(e: TermEvidence): QuoteRejection | undefined {
  const uses = e.term.quoted ?? [];
  // Another detector vouches for the words (a list, a pattern, the reference list): the quotes
  // are more evidence, not a test. A formula's expansion is the quote's own evidence; an item of
  // one (partOf) is vouched for by the formula.
  const quoteOnly = e.detectors.every((d) => d === 'quoted' || d === 'expansion') && !e.term.partOf;
  if (uses.length === 0 || !quoteOnly) return undefined;
  const ctx: QuoteContext = {
    anchors: e.anchorsWithin ?? [],
    quoted: uses.length,
    quotedArticles: new Set(uses.map((q) => q.sentence.file)).size,
    expanded: e.term.expansion !== undefined,
    nameWithin: hasNameWithin(e),
  };
  // What the text says a mark is holds for every mention of it (其中“岭上云芽”明前茶).
  if (uses.some(registeredMark)) return no('a registered brand or trademark (注册了“…”品牌): goods');
  let first: QuoteRejection | undefined;
  for (const q of uses) {
    const rejection = quoteRejection(q, ctx);
    if (!rejection) return undefined;
    first ??= rejection;
  }
  return first;
}

/** A span of time or a sum of money (15分钟, 两小时, 当天, 五元). */
const MEASURED = /([\d一二两三四五六七八九十半百千万]+(分钟|小时|天|日|周|个月|年|元|块钱?)|当天|当日|次日)/;
/** A rule for each one of a kind (一户一码, 一周一碰头). */
const EACH_ONE = /一[\u4e00-\u9fff]{1,2}一/;

/**
 * What a place or a thing is called (素有“…”之称, 被村民称为“…”): an epithet, a slogan (LABELLING.md).
 * Not EPITHET_BEFORE, whose 作为 brings roles as often (作为“成长导师”), nor CALLED_OR_GOAL_BEFORE,
 * whose 打造 brings a goal.
 */
const CALLED_BEFORE = /(誉为|称为|号称|素有|享有|人称|俗称)[“"]$/;
const calledBy = (o: Occurrence) => CALLED_BEFORE.test(o.before) || cue.CALLED_AFTER.test(o.after);
/**
 * Forms that are names whatever frames them: X之Y, the classical build of an epithet (宋诗之河,
 * 围棋之乡), and a spirit named after its people or place (红船精神, 斗潭精神).
 */
const NAMED_FORM = /^[\u4e00-\u9fff]{2}之[\u4e00-\u9fff]$|精神$/;
/**
 * A venue named by what it is (“田野画坊”, “竹里工坊”, “橘农学堂”, “阳光厨房”): a workshop, a
 * school room or a kitchen with a name of its own, which the read sets' labellers kept as terms
 * nearly every time, however plain its words. Not 作坊 (a workshop as a kind: “小作坊”).
 */
const VENUE_NAME = /^[\u4e00-\u9fff]{2,}(?<!作)(坊|学堂|厨房)$/;

/**
 * A short quoted coinage with nothing local in it (“守树人”, “墨香校园”, “红美人”): four characters or
 * fewer, in one article, with no place, count or list, nothing the text expands or keeps, not what
 * something is called, and no rule that has placed it as run or said. Its words say what it means;
 * whether it is a name at all is a toss-up (the labellers of the read sets split such phrases about
 * evenly between terms and negatives, framed by 打造“…” or “…”品牌 or not), and a highlight that is
 * wrong half the time costs the reader more than a four-character phrase left to its plain words.
 * Longer phrases, short ones with a place or a count, epithets (five of six labelled terms), named
 * forms and phrases quoted in more than one article carry something to explain. So does one written
 * right after the place or body it belongs to, in apposition (府山街道“钟楼夜集”, 合作社“云上果园”):
 * the name of that one's market, orchard or team (the read sets labelled nine such, and no negative).
 * Not after 的: 合作社的“红美人” is what the cooperative grows.
 */
export function isBareShortQuote(e: TermEvidence): boolean {
  const form = e.term.term;
  return (
    form.length <= 4 &&
    !NAMED_FORM.test(form) &&
    !VENUE_NAME.test(form) &&
    e.detectors.every((d) => d === 'quoted') &&
    e.articles === 1 &&
    !e.occurrences.some(calledBy) &&
    !e.anchorsWithin?.length &&
    e.owner === undefined &&
    !hasNameWithin(e) &&
    !e.register?.epithetOf &&
    e.term.expansion === undefined &&
    !HAS_NUMERAL.test(form) &&
    !/\d/.test(form) &&
    !cue.JOINED.test(form)
  );
}

/** A quoted phrase that no quote of shows is a term. */
export const QUOTE_RULE: Rule = {
  name: 'quoted-rule',
  decide: (e) => {
    const verdict = quoteVerdict(e);
    return verdict ? drop('quoted-rule', verdict) : undefined;
  },
};

/** Another quote in the sentence shares two characters at the start or end (“对历史有礼”“对社会有礼”). */
function hasParallelQuote(o: Occurrence, form: string): boolean {
  if (form.length < 3) return false;
  // Quotes written back to back (“152”“141”, “防贫共富”“掌上指挥”) list things of one sort.
  if (o.after.startsWith('”“') || o.before.endsWith('”“')) return true;
  const others = [...o.sentence.text.matchAll(/[“"]([^“”"]{3,20})[”"]/g)]
    .map((m) => m[1]!)
    .filter((q) => q !== form);
  return others.some((q) => q.slice(0, 2) === form.slice(0, 2) || q.slice(-2) === form.slice(-2));
}

/** How the text frames a quoted phrase: verse, a place's saying, a business model, a plain list, a phrase nothing shows. */
export const QUOTED_PHRASE_RULES: readonly Rule[] = [
  {
    name: 'verse',
    decide: (e) => {
      // “绿荫不减来时路，添得黄鹂四五声”: two lines of five or seven characters each are a couplet
      // of classical verse (or one written in its manner), quoted, not a local term. One that
      // names a Quzhou place is the place's own saying (“千里钱塘江，最美在常山”).
      if (!e.detectors.every((d) => d === 'quoted')) return undefined;
      if (e.register?.within || (e.anchorsWithin?.length ?? 0) > 0) return undefined;
      const lines = e.term.term.split(/[，,]/);
      return lines.length === 2 &&
        lines[0]!.length === lines[1]!.length &&
        (lines[0]!.length === 5 || lines[0]!.length === 7) &&
        lines.every((l) => /^[\u4e00-\u9fff]+$/.test(l))
        ? drop('verse', 'a couplet: two lines of five or seven characters each')
        : undefined;
    },
  },
  {
    name: 'place-slogan',
    decide: (e) => {
      // “衢州有礼康养衢江”: a quoted phrase that ends in a county's name says something of the
      // county; it is not a new place, whatever its last character would make it (江 a river).
      const county = e.register?.endsWithPlace;
      if (!county || e.term.category !== 'place' || !e.detectors.every((d) => d === 'quoted'))
        return undefined;
      if ((e.register?.quzhou.length ?? 0) > 0) return undefined;
      // “衢州市常山县” (an app's location setting): the county written with its province and city,
      // which is the county, an entry of its own.
      if (/^(浙江省?)?(衢州市?)?$/.test(e.term.term.slice(0, -county.length)))
        return drop('place-slogan', `${county} written with its province or city: the place itself`);
      return keep('place-slogan', `a phrase ending in ${county}: said of the place, not a place`, 'slogan');
    },
  },
  {
    name: 'place-flavour',
    decide: (e) => {
      // 赛场内外都是“常山味”: a place's name and 味 is "the taste of" the place, as 年味 and 家乡味
      // are of the season and of home, an ordinary way of speaking. A name no division has
      // (三衢味, a brand) is left to the other rules.
      const within = e.register?.within;
      if (!within || !e.detectors.every((d) => d === 'quoted')) return undefined;
      return e.term.term === `${within}味`
        ? drop('place-flavour', `${within} and 味, the taste of the place: a way of speaking, not a name`)
        : undefined;
    },
  },
  {
    name: 'actor-model',
    decide: (e) => {
      // “公司+合作社+农户”稳住了收益: kinds of actor joined by + are a business model used all over
      // China (公司+农户), not a name; a chain with a name in it (邻礼通+红色物业联盟) is not one.
      // Where the text calls it a model or a mechanism (“基地+合作社+农户”模式, …的经营模式), it says
      // what the pairing is, and LABELLING.md (session 15) makes that a term.
      const parts = e.term.term.split(/[+＋]/);
      if (parts.length < 2 || !e.detectors.every((d) => d === 'quoted')) return undefined;
      if (mostly(e.occurrences, (o) => MODEL_AFTER.test(o.after))) return undefined;
      return parts.every((p) => cue.ACTOR_END.test(p))
        ? drop(
            'actor-model',
            'kinds of actor joined by + (公司+合作社+农户): a common business model, not a name',
          )
        : undefined;
    },
  },
  {
    // 以“知识化、技能化、职业化”为导向, 打破“片段化、点状化”的治理模式: a quoted list of plain
    // phrases says what it means in its own words, and a popover would only repeat it. A list is
    // a term where it carries something a reader needs explained: a count, a place, a term of its
    // own, or a name the text gives it (LABELLING.md).
    name: 'plain-list',
    decide: (e) => {
      if (!e.register || !e.detectors.every((d) => d === 'quoted')) return undefined;
      const parts = e.term.term.split(LIST_SEPARATOR).filter(Boolean);
      if (parts.length < 2) return undefined;
      // A numeral counts where jieba reads it as one or as part of an unknown word (四省, 两制),
      // not inside a word of its own (活力四射).
      // Not a word the dictionary has whole, often, that a numeral opens: 四季 (all year), 万家.
      const lexical = (t: Token) =>
        t.word.length === 2 &&
        !/^[\d一二三四五六七八九十两百千万]+$/.test(t.word) &&
        (generalFrequency(t.word) ?? 0) >= 300;
      const counted = (t: Token) =>
        cue.FORMULA_NUMERAL.test(t.word) &&
        (t.word.length === 1 || (/^(m|mq|q|x|j)$/.test(t.tag) && !lexical(t)));
      const named = (o: Occurrence) =>
        cue.LIST_NAMED_AFTER.test(o.after) || cue.LIST_CALLED_BEFORE.test(o.before);
      const placed = e.register.within || e.register.largerWithin || e.register.epithetOf || e.keptWithin;
      const namedAnywhere = e.occurrences.some(named);
      // “15分钟响应、2小时到场、24小时销号”, “一元起步、全程不超过五元”: every part a span of time or a
      // sum of money is a standard of service or a price, whose figures say all it means; a
      // count of things (“三通一智”) or a rule for each one (一户一码) is a formula.
      if (
        parts.every((p) => MEASURED.test(p)) &&
        !parts.some((p) => EACH_ONE.test(p)) &&
        !placed &&
        !namedAnywhere
      )
        return drop('plain-list', 'a list of spans of time or sums of money: a standard, not a name');
      // “十几种方言、一百多个姓氏”: a rough number (十几, 一百多, 三十余) is a description's, not a
      // formula's count, which is exact.
      const rough = /[一二两三四五六七八九十百千万][几多余来]/;
      if (e.tokens.some(counted) && !parts.every((p) => rough.test(p))) return undefined;
      if (placed || namedAnywhere) return undefined;
      // Mottos that end in a unit (“工业强市、产业兴市”, “工贸重镇、山水城镇、文化名镇”) say what the
      // place is to be: its strategy, not a plain description.
      if (parts.filter(isUnitMotto).length * 2 >= parts.length) return undefined;
      return drop('plain-list', 'a list of plain phrases that says what it means: no count, place or name');
    },
  },
  {
    name: 'unsupported-quote',
    decide: (e) => {
      // “世界之巅”, “殿版书”, “药食同源”: scare quotes around a turn of phrase, written once. A quoted
      // local term shows itself some way: it recurs, names a Quzhou place, counts (八八战略), is
      // framed as a thing done, said, built or called (实施“…”, “…”之誉), is one of parallel quotes
      // (“对历史有礼”“对社会有礼”), or is the epithet of the place written after it.
      if (!e.detectors.every((d) => d === 'quoted')) return undefined;
      const form = e.term.term;
      const framed = (o: Occurrence) =>
        framedAsTerm(o) ||
        cue.NAMED_BEFORE.test(o.before) ||
        cue.NAMED_AFTER.test(o.after) ||
        KIND_AFTER.test(o.after) ||
        hasParallelQuote(o, form);
      const epithet = e.register?.epithetOf !== undefined;
      const shown = e.occurrences.some(framed) || epithet;
      if (!e.register || shown || e.articles > 1 || e.occurrences.length > 1) return undefined;
      if (e.register.within || (cue.COUNT.test(form) && !/^[\d.]+$/.test(form))) return undefined;
      if (cue.JOINED.test(form) || cue.KIND_HEAD.test(form) || isTeamName(form) || VENUE_NAME.test(form))
        return undefined;
      // 竹碳贷, 青创贷: a loan product the banks name, as programmes are named (贷 is a programme
      // head in quote-select.ts too).
      if (/^[\u4e00-\u9fff]{2,4}贷$/.test(form)) return undefined;
      // “白马共富工坊”, “柚香巡回法庭”, “钱江源乡村振兴智囊团”: a workshop, shop, canteen, line,
      // court, fund, team or code with a name of its own before the kind is that one facility.
      const head = FACILITY_HEAD.exec(form);
      if (head && head.index >= 2) {
        // isSpecific remembers its answers per anchor set: the shared empty one where there are none.
        const anchors = e.anchorsWithin?.length ? new Set(e.anchorsWithin) : NO_ANCHORS;
        if (isSpecific(form.slice(0, head.index), anchors, false)) return undefined;
      }
      return drop(
        'unsupported-quote',
        'quoted once, and nothing shows it is a term: no place, count or frame, no parallel quote',
      );
    },
  },
];
