/**
 * Rules for names written without quotes or suffixes, found from their shape:
 *  - middle-dot compounds joined to a known name: 龙之梦·六春湖;
 *  - app names: 运动柯城APP;
 *  - shared stems: 四省边际, the place that 四省边际中心城市, 四省边际枢纽港, … are named after,
 *    where the text also writes it alone;
 *  - a city's short form: 衢城 for 衢州市 (first character + 城);
 *  - epithets written without quotes: 胡柚之乡, 赏石之都 (a name of two to four characters + 之乡…);
 *  - railway stations named after a Quzhou city or county: 衢州西站, 江山站;
 *  - a county's or city's hospital by its level and kind: 县人民医院, 市二院.
 * Each function only finds candidates; extract.ts decides what becomes a term.
 */
import type { Sentence } from '../article';
import { isInDictionary, isNationwide } from '../generic';
import { tokenize, type Token } from '../lexicon';
import { FUNCTION_CHARS } from './suffixes';

export interface PatternMatch {
  term: string;
  sentence: Sentence;
}

/** Verbs, prepositions, adverbs and conjunctions that open a run of text before a name. */
const LEADING_GRAMMAR = /^(v|vn|p|d|ad|c)$/;

function withoutLeadingGrammar(run: string): string {
  const tokens = tokenize(run);
  let from = 0;
  for (const t of tokens) {
    if (!LEADING_GRAMMAR.test(t.tag) || run.length - t.end < 2) break;
    from = t.end;
  }
  return run.slice(from);
}

/** 龙之梦·六春湖: a brand joined by a middle dot to a known name is the name of one project. */
export function findDotCompounds(sentences: Sentence[], isKnown: (name: string) => boolean): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (const sentence of sentences) {
    const text = sentence.text;
    for (const m of text.matchAll(/(?<![\u4e00-\u9fff“”])([\u4e00-\u9fff]{2,5})·([\u4e00-\u9fff]{2,8})/g)) {
      const right = [...Array(m[2]!.length).keys()]
        .map((i) => m[2]!.slice(0, m[2]!.length - i))
        .find((r) => r.length >= 2 && isKnown(r));
      // 调研|碗窑·碗东未来乡村, 努力将|碗窑·…: the words before the name that do something to it.
      const left = withoutLeadingGrammar(m[1]!);
      // 明代·文昌阁: a period before the dot dates the thing (a caption), it names nothing.
      const period = tokenize(left).pop()?.tag === 't';
      if (!right || left.length < 2 || period || isNationwide(left)) continue;
      out.push({ term: `${left}·${right}`, sentence });
    }
  }
  return out;
}

/** 运动柯城APP: the Chinese name written right before “APP” (or “App”) is an app's name. */
export function findAppNames(sentences: Sentence[]): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(/(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,6})(?:APP|App)/g)) {
      // 都要在|APP上打卡: a clause ending in a preposition or carrying an adverb or a pronoun is
      // where something is done, not the app's name.
      if (tokenize(m[1]!).some((t) => /^(p|d|c|r)$/.test(t.tag))) continue;
      out.push({ term: m[1]!, sentence });
    }
  }
  return out;
}

/**
 * 四省边际: a stem that at least two known names start with (四省边际中心城市, 四省边际枢纽港) and
 * that the text also writes alone (四省边际“它经济”广播基地). Stems jieba knows as one word are
 * ordinary vocabulary, and a stem must be at least three characters.
 */
const TIME_SPAN = /^(\d+|[一二三四五六七八九十两半]+)(分钟|小时|天|周|个月|年)/;

export function findSharedStems(
  sentences: Sentence[],
  names: string[],
): { stem: string; names: string[]; sentences: Sentence[] }[] {
  const byStem = new Map<string, Set<string>>();
  for (const name of names) {
    for (let len = 3; len <= name.length - 2; len++) {
      const stem = name.slice(0, len);
      const set = byStem.get(stem) ?? new Set<string>();
      set.add(name);
      byStem.set(stem, set);
    }
  }
  const out: { stem: string; names: string[]; sentences: Sentence[] }[] = [];
  for (const [stem, set] of byStem) {
    if (set.size < 2 || isInDictionary(stem) || isNationwide(stem)) continue;
    // 15分钟 of 15分钟幸福生活圈 and 15分钟品质文化生活圈: a span of time, which the text also writes
    // as one (15分钟的体能热身), is a quantity, never a name's stem.
    if (TIME_SPAN.test(stem)) continue;
    // The longest stem the same names share: 四省边际, not 四省边.
    const longer = byStem.get(stem + [...set][0]!.charAt(stem.length));
    if (longer && longer.size === set.size) continue;
    // Not one that ends inside a word in every name (球川轴|承 of 球川轴承云 and 球川轴承行业协会):
    // what the names share is the word, and a shorter stem is no name. One name read with a word
    // there is enough (清水鱼|之乡 beside 清水|鱼生|态养殖, jieba's misreading).
    if (![...set].some((name) => endsWord(name, stem.length))) continue;
    const alone = sentences.filter((s) => {
      for (let i = s.text.indexOf(stem); i >= 0; i = s.text.indexOf(stem, i + 1)) {
        if (!names.some((n) => s.text.startsWith(n, i))) return true;
      }
      return false;
    });
    if (alone.length > 0) out.push({ stem, names: [...set].sort(), sentences: alone });
  }
  return out;
}

/** Whether jieba's reading of `name` has a word end at `at`. */
function endsWord(name: string, at: number): boolean {
  return tokenize(name).some((t) => t.end === at);
}

/**
 * 衢城 for 衢州市: a city is called by its first character and 城. Counted only where the text
 * writes it at least twice and jieba does not know it as a word.
 */
export function findCityShortForms(sentences: Sentence[], cities: string[]): Map<string, string> {
  const corpus = sentences.map((s) => s.text).join('\n');
  const out = new Map<string, string>();
  for (const city of cities) {
    if (!/^[\u4e00-\u9fff]{2}市$/.test(city)) continue;
    const short = `${city[0]}城`;
    if (isInDictionary(short)) continue;
    if (corpus.split(short).length - 1 >= 2) out.set(short, city);
  }
  return out;
}

/** What an epithet ends in: the home, the capital, the source of something. */
const EPITHET =
  /(?<=^|[，,、。；：“”（）\s的是为称个])([\u4e00-\u9fff]{2,4})(之乡|之都|之源)(?=$|[，,、。；：“”（）\s])/g;

/**
 * 胡柚之乡, 赏石之都: an epithet the text writes without quotes, at a clean edge on both sides.
 * Idioms the dictionary knows (鱼米之乡) and nationwide phrases are left out.
 */
export function findEpithets(sentences: Sentence[]): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(EPITHET)) {
      const term = m[1]! + m[2]!;
      // The name must not carry a grammar word (也是|鱼米之乡): the match is then too long.
      if ([...m[1]!].some((c) => FUNCTION_CHARS.has(c) || c === '是')) continue;
      if (isInDictionary(term) || isNationwide(m[1]!)) continue;
      out.push({ term, sentence });
    }
  }
  return out;
}

/**
 * Verbs that set a goal: what follows is what the place is to become (打造|四省边际中心城市), or
 * is as that role (作为|四省边际中心城市，衢州…).
 */
const GOAL_VERB = '(?:打造|建设|建成|争创|创建|成为|作为)';
/** A goal verb inside a run read after an earlier one (成为|衢州建设|…): the goal follows the last. */
const INNER_GOAL_VERB = new RegExp(`^.*${GOAL_VERB}`);
/** Heads of a positioning among places: a role, not a thing built (中心城市, 门户, 枢纽). */
const GOAL_HEAD = '(?:中心城市|节点城市|示范区|先行区|先行市|枢纽|门户|桥头堡|目的地|高地|增长极|大花园)';
/**
 * A character of a goal's run. Not a conjunction, which joins two goals into one run (建设|四省边际
 * 医疗中心和教育高地): the run would name neither. 和 of 和美, 和谐 and 和平 is a word's.
 */
const GOAL_CHAR = '(?:(?!与|及|和(?![美谐平]))[\\u4e00-\\u9fff])';
const GOAL = new RegExp(`${GOAL_VERB}(${GOAL_CHAR}{2,12}?${GOAL_HEAD})`, 'g');
/** The run a role built ends (…枢纽|建设), back to the nearest conjunction. */
const GOAL_RUN = new RegExp(`${GOAL_CHAR}{2,14}$`);
/** A role followed by 建设, the building of it (四省边际中心城市|建设). */
const GOAL_BUILT = new RegExp(`${GOAL_HEAD}(?:城市)?建设`, 'g');
/** A role's city written after it (枢纽|节点城市, 门户|城市): part of the positioning. */
const CITY_AFTER_ROLE = /^(?:节点|中心)?城市/;
/**
 * Openings that set a goal among regions: several provinces (四省, 三省), their short names
 * (浙闽赣), a side of the province (浙西) or the delta.
 */
const REGION_OPENING = /^([二三四五]省|[浙闽赣皖苏沪]{2,4}|浙[东南西北中]|长三角)/;

/**
 * 打造|四省边际中心城市, 建设|浙西门户: a positioning among regions the text sets as a goal without
 * quotes, opening with a region or a place the text names (`places`). Nationwide goals
 * (共同富裕示范区) are left out.
 */
export function findGoals(sentences: Sentence[], places: readonly string[]): PatternMatch[] {
  const out: PatternMatch[] = [];
  const opensWithPlace = (term: string) =>
    REGION_OPENING.test(term) || places.some((p) => term.startsWith(p));
  for (const sentence of sentences) {
    const text = sentence.text;
    for (const m of text.matchAll(GOAL)) {
      // The shortest head is read first; a role may go on to the city it makes (交通枢纽|节点城市).
      const more = CITY_AFTER_ROLE.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
      const whole = m[1]! + more;
      const term = [whole.replace(INNER_GOAL_VERB, ''), whole].find(opensWithPlace);
      if (!term || isNationwide(term)) continue;
      out.push({ term, sentence });
    }
    // 推动|四省边际中心城市|建设: the goal written as what is being built, with no verb right
    // before it. Only a run opening with a region is read so, from its earliest such start.
    for (const m of text.matchAll(GOAL_BUILT)) {
      const end = m.index + m[0].length - '建设'.length;
      const run = GOAL_RUN.exec(text.slice(Math.max(0, end - 14), end))?.[0] ?? '';
      const start = [...run].findIndex((_, i) => REGION_OPENING.test(run.slice(i)));
      const term = start >= 0 ? run.slice(start) : '';
      if (term.length < 4 || isNationwide(term)) continue;
      out.push({ term, sentence });
    }
  }
  return out;
}

/**
 * What 站 opens when it is not a station: a verb (站在, 站稳, 站出来) or a word (站长, 站点, 站台,
 * 站前路).
 */
const NOT_STATION_AFTER = /^[长点台务内前区口里外在起上出稳立到住队岗着了得]/;

/**
 * 衢州西站, 江山站: a railway station is named after its city or county, with a bearing or none.
 * Only the short forms of Quzhou's city and counties (from the register) are read so: a name
 * that only ends in 站 (服务站, 驿站) is a kind.
 */
export function findStations(sentences: Sentence[], placeStems: ReadonlySet<string>): PatternMatch[] {
  if (placeStems.size === 0) return [];
  const stems = [...placeStems].sort((a, b) => b.length - a.length).join('|');
  const station = new RegExp(`(${stems})[东南西北]?站`, 'g');
  const out: PatternMatch[] = [];
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(station)) {
      // With a bearing (衢州西站上车) it is a station whatever follows.
      const bearing = m[0].length > m[1]!.length + 1;
      if (!bearing && NOT_STATION_AFTER.test(sentence.text.slice(m.index + m[0].length))) continue;
      out.push({ term: m[0], sentence });
    }
  }
  return out;
}

/**
 * 何田乡卫生院, 廿八都镇中心卫生院: a township's health centre is named after the township. Only
 * the townships the text names and the register confirms (`towns`) are read so; 乡镇卫生院 is a kind.
 */
export function findHealthCentres(sentences: Sentence[], towns: readonly string[]): PatternMatch[] {
  const names = towns.filter((t) => /(镇|乡|街道)$/.test(t));
  if (names.length === 0) return [];
  const centre = new RegExp(`(${names.sort((a, b) => b.length - a.length).join('|')})(中心)?卫生院`, 'g');
  const out: PatternMatch[] = [];
  for (const sentence of sentences)
    for (const m of sentence.text.matchAll(centre)) out.push({ term: m[0], sentence });
  return out;
}

/** A county's or city's hospitals by their kind: 人民医院, 中医院, 第二人民医院, 二院, 妇幼保健院. */
const HOSPITAL_KIND =
  '[市县区](人民医院|中医院|中医医院|第[一二三四五六七八九]人民医院|[一二三四五六七八九]院|妇幼保健院)';
const LEVEL_HOSPITAL = new RegExp(HOSPITAL_KIND, 'g');
const LEVEL_HOSPITAL_FORM = new RegExp(`^${HOSPITAL_KIND}$`);

/** 县人民医院, 市二院: a hospital by its level and kind alone, which every county or city has. */
export const isLevelHospital = (form: string) => LEVEL_HOSPITAL_FORM.test(form);

/**
 * 县人民医院, 区中医医院, 市二院: local news calls the county's or the city's hospital by its level
 * and kind alone, and readers need to be told which one. Only where the level opens a phrase
 * (after punctuation, a word of grammar or a verb: 转到|县人民医院, 由|区人民医院): after a place's
 * name it is that place's hospital in full (开化|县人民医院), which the names by suffix find.
 */
export function findLevelHospitals(
  sentences: Sentence[],
  tokensOf: (s: Sentence) => Token[],
): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (const sentence of sentences) {
    const text = sentence.text;
    for (const m of text.matchAll(LEVEL_HOSPITAL)) {
      const before = text[m.index - 1];
      const opens =
        before === undefined ||
        !/\p{Script=Han}/u.test(before) ||
        FUNCTION_CHARS.has(before) ||
        tokensOf(sentence).some((t) => t.end === m.index && /^(v|p)$/.test(t.tag));
      if (opens) out.push({ term: m[0], sentence });
    }
  }
  return out;
}
