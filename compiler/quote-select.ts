/**
 * What the quote detector makes of a quoted phrase before any decision: its category guess, the
 * clauses of a parallel slogan, the names in a chain joined by +. Whether a quote is a local term
 * at all is the decision stage's to say (pipeline/rules-quotes.ts).
 */
import type { Category } from '../lib/glossary/glossary';
import { isGenericPhrase, isInDictionary, isNationwide } from './generic';
import { tokenize } from './lexicon';
import { isNumericFormula, type QuoteMatch } from './rules/quotes';
import { SUFFIXES } from './rules/suffixes';

export const PLACE_END = new RegExp(
  `(${SUFFIXES.filter((s) => s.category === 'place')
    .map((s) => s.suffix)
    .join('|')})$`,
);
export const PROGRAM_END =
  /(行动|工程|工作法|议事法|平台|银行|联盟|改革|活动|计划|讲堂|机制|长制|基金|贷|通|购|茶叙|搬迁|竞赛|比拼|大街|菜园|墙|大联动|码)$/;
/**
 * A circle of services within a time's reach (15分钟健身圈, 十分钟应急处置圈): a programme. Not the
 * bare 生活圈 (15分钟生活圈), the national planning standard's unit of a residential district.
 */
export const SERVICE_RADIUS = /^(\d+|[一二三四五六七八九十半]+)(分钟|小时)(?!生活圈)[\u4e00-\u9fff]{1,8}圈$/;
export const PROGRAM_AFTER = /^(行动|工程|工作法|改革|活动|机制|平台|联办|管理|绿化行)/;
const PROGRAM_VERB_BEFORE = /(落实|实施|推进|开展|推行|深化|探索|推广|发挥好)$/;
/** A competition named by the quote: “村社比拼、固本强基”擂台赛, “…”村村互看互学互比擂台赛. */
export const CONTEST_AFTER = /^[^，。；：“”]{0,8}?(擂台赛|竞赛|大赛)/;
/** What is built or reformed is a named thing: “幸福水网”建设, “大综合一体化”行政执法改革. */
export const FRAMED_AFTER = /^(建设|[^，。；：“”]{0,6}?改革)/;
/** The kind of a thing written a few words after its quoted name (“…”服务平台, “…”志愿服务队). */
const kindAfter = (kinds: string) => new RegExp(`^[”"]?[^，。；：“”]{0,4}?(${kinds})`);
const APP_KINDS = '平台|小程序|模块|App|APP|app|客户端|手机端';
/** Bodies of people: teams, a cooperative, a guesthouse (“邻里帮帮团”志愿服务队, “竹里山居”民宿). */
const BODY_KINDS = '志愿服务队|服务队|志愿队|小分队|宣讲团|巡山队|巡河队|队伍|合作社|民宿';
/** What a village or a town runs under a name of its own: “巧手竹韵”共富工坊, “水亭夜语”夜市. */
const BUSINESS_KINDS = '共富工坊|工坊|夜市';
/** “平安社区”平台: a platform or an app. */
const APP_AFTER = kindAfter(APP_KINDS);
/** “邻里帮帮团”志愿服务队, “莲禾”合作社: a body, an organization. */
const BODY_AFTER = kindAfter(BODY_KINDS);
/**
 * “农机共享”服务平台, “搬迁一件事”模块, “邻礼通”小程序, “邻里帮帮团”志愿服务队, “项目管家”制度: a
 * quote the kind of a named thing follows, a few words on, is that thing's name (a campaign, a
 * plan, a works, a system of rules, a platform, an app, a team).
 */
export const KIND_AFTER = kindAfter(
  `行动|计划|工程|机制|制度|体系|模式|${APP_KINDS}|${BODY_KINDS}|${BUSINESS_KINDS}`,
);

/** The text after the quote, up to `n` characters. */
export function textAfter(q: QuoteMatch, n: number): string {
  return q.sentence.text.slice(q.end, q.end + n);
}

/**
 * The text after the quote and past the quotes written right after it, up to `n` characters in
 * all: what follows “社区+公司”“城市+农村”模式 or “衢江椪柑”“杜泽铜锣糕”等特色农产品 says it of each.
 */
export function textAfterQuotes(q: QuoteMatch, n: number): string {
  return textAfter(q, n).replace(/^(“[^“”]{1,20}”)+/, '');
}

/**
 * “大发展快发展高质量发展”, “互看互学互比”: one word repeated as the head or the lead of three or
 * more parallel parts is a slogan, whatever its words.
 */
export function isRepeatedParallel(text: string): boolean {
  for (let len = 1; len <= 2; len++) {
    const head = text.slice(-len);
    const parts = text.split(head).slice(0, -1);
    if (parts.length >= 3 && parts.every((p) => p.length >= 1 && p.length <= 3)) return true;
    const lead = text.slice(0, len);
    const rest = text.split(lead).slice(1);
    if (rest.length >= 3 && rest.every((p) => p.length >= 1 && p.length <= 3)) return true;
  }
  return false;
}

/**
 * “信息上得来，人员下得去，作用能发挥，结果更满意”, “知识化、技能化、职业化”, “转作风 讲担当 抓落实”:
 * two or more clauses of one shape (the same length, give or take a character), each of at least
 * three characters. Chinese policy writing states its slogans this way; a list of things is made
 * of single words (“养老、医疗、教育”) and is not parallel in this sense.
 */
export function parallelClauses(text: string): string[] | undefined {
  const parts = text.split(/[、，,；;\s]+/).filter((p) => p.length > 0);
  if (parts.length < 2) return undefined;
  const lengths = parts.map((p) => p.length);
  const shortest = Math.min(...lengths);
  if (shortest < 3 || Math.max(...lengths) > 9 || Math.max(...lengths) - shortest > 1) return undefined;
  // Ordinary nouns side by side are a list of things, whatever their length (安全生产、消防安全).
  const thing = (p: string) => isGenericPhrase(p) && tokenize(p).every((t) => /^(n|vn|an|l)$/.test(t.tag));
  if (parts.every(thing)) return undefined;
  return parts;
}

/**
 * “青山守护队”, “湿地守护队”, “小喝彩队”: a quoted phrase that ends in 队 or 团 after a verb ("the band
 * that guards the hills"), with words of its own before, is that team's name. Read more widely, as
 * any noun ending in 队 or 团 (抱团 "band together", 党员先锋队 a kind of team), it cost two blind
 * sets wrong entries.
 */
export function isTeamName(text: string): boolean {
  const tokens = tokenize(text);
  const head = tokens[tokens.length - 1];
  const doing = tokens[tokens.length - 2];
  return (
    tokens.length >= 3 &&
    head !== undefined &&
    /^[队团]$/.test(head.word) &&
    doing !== undefined &&
    /^v/.test(doing.tag)
  );
}

export function quoteCategory(q: QuoteMatch): Category {
  const before = q.sentence.text.slice(Math.max(0, q.start - 3), q.start);
  const parallel = /[、·]/.test(q.text);
  // Clauses of one shape are a slogan, unless a contest is named after them.
  if (parallelClauses(q.text)) return CONTEST_AFTER.test(textAfter(q, 14)) ? 'program' : 'slogan';
  const after = textAfter(q, 10);
  // “邻里帮帮团”志愿服务队: a team's own name, quoted before the kind of team it is.
  // “柚乡反诈铁军”, “银龄文艺轻骑兵”: the metaphors official Chinese names its teams by.
  if (BODY_AFTER.test(after) || isTeamName(q.text) || /..(铁军|轻骑兵)$/.test(q.text)) return 'organization';
  // “平安社区”平台: a platform or an app named after a place is not the place.
  const app = APP_AFTER.test(after);
  if (PLACE_END.test(q.text) && !isNumericFormula(q.text) && !parallel && !q.text.includes('+') && !app)
    return 'place';
  // “巧娘共享工坊”: a workshop a village or a town runs under a name of its own, as every
  // 共富工坊 is a programme (not in PROGRAM_END, whose generic-program check would read 共富|工坊 as
  // a kind of thing).
  if (
    PROGRAM_END.test(q.text) ||
    q.text.endsWith('工坊') ||
    SERVICE_RADIUS.test(q.text) ||
    PROGRAM_AFTER.test(q.after) ||
    PROGRAM_VERB_BEFORE.test(before)
  )
    return 'program';
  if (parallel && CONTEST_AFTER.test(textAfter(q, 14))) return 'program';
  if (KIND_AFTER.test(after) || (!isNumericFormula(q.text) && FRAMED_AFTER.test(after))) return 'program';
  // 一件事, 一网智治, 一县一园: "one X" formulas name reforms and programs, not slogans.
  if (/^一[^二三四五六七八九十]/.test(q.text) && q.text.length >= 3) return 'program';
  return 'slogan';
}

/** Measure words of things counted out in a package or a list (一晚, 一份, 两间). */
export const MEASURE_WORDS = '份张晚个杯碗斤块条本顿次套件间';
/** A count and its measure word opening a part of a + chain: 一晚|住宿, 一份|山货. */
const QUANTITY_ITEM = new RegExp(`^[一二三四五六七八九十两][${MEASURE_WORDS}]`);

/**
 * “四平台交办+云智钉指令+掌上指挥”: a chain of names joined by +, each with the action it does.
 * Returns the parts (四平台, 云智钉, 掌上指挥) where at least two are names by themselves (or known
 * terms), less any word of the dictionary; undefined for formulas of ordinary words (模块+网格).
 */
export function splitPlusCompound(text: string, known: (t: string) => boolean): string[] | undefined {
  if (!text.includes('+') || /^[\dA-Za-z]+\+[\dA-Za-z]+$/.test(text)) return undefined;
  // “一晚住宿+一份山货+一张古镇导览卡”: a count and its measure open a quantity, an item of a
  // package, not a name.
  const isName = (p: string) =>
    known(p) ||
    (p.length >= 3 &&
      !/\d/.test(p) &&
      !QUANTITY_ITEM.test(p) &&
      (isNumericFormula(p) || !isGenericPhrase(p)));
  // Pages write the chain with spaces around + too (“领导挂联 + 林业牵头 + 实施主体主责”, seen on a
  // real page): the spaces are no part of a name.
  const parts = text.split('+').map((written) => {
    const p = written.trim();
    const tokens = tokenize(p);
    const last = tokens[tokens.length - 1];
    // The action each name does (交办, 指令) is not part of the name.
    if (tokens.length >= 2 && last && last.word.length === 2 && isInDictionary(last.word)) {
      const name = p.slice(0, last.start);
      if (isName(name)) return name;
    }
    return p;
  });
  if (parts.some((p) => p.length < 2 || isNationwide(p))) return undefined;
  if (parts.filter(isName).length < 2) return undefined;
  // Not a word of the dictionary in the chain (赏花 of “赏花+根宫佛国+钱江源国家公园”): what the
  // chain adds to the names, no term of its own.
  return parts.filter((p) => known(p) || !isInDictionary(p));
}
