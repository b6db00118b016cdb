/**
 * The decision rule for a name by a suffix other than a division's (…公园, …工程, …山): whether a
 * use of it names one particular thing, and which span is that name. A suffix says what kind of
 * thing a name is; the stem before it must say which one (specific.ts). Stems made of ordinary
 * words (管网小区, 风貌提升工程) name a kind, unless the text shows them used as a name (a containing
 * unit written before them, a long official description with a clean edge).
 *
 * The span is the detector's to propose, but which span names one thing is this rule's to say, so
 * extract.ts asks `nameReading` for each use and proposes the reading it gives; decide.ts then
 * records the verdict for every candidate the uses made (`Term.nameUses`), with the reason.
 */
import { commonWordEntry, isGenericPhrase, isInDictionary, isNationwide } from '../generic';
import { generalDictionary, tokenize, type Token } from '../lexicon';
import type { NameMatch } from '../rules/names';
import type { Suffix } from '../rules/suffixes';
import { isCompound, isSpecific, isUnitPlusGeneric } from '../specific';
import { drop, LINE_KINDS, type Rule } from './rule';

/** Activity words: a stem ending in one only says what is done (风貌提升工程, 人才培育计划). */
const ACTIVITY = /(提升|培育|管理|改造|整治|建设|服务|治理)$/;

const freq = (word: string) => generalDictionary().get(word)?.freq ?? 0;

/**
 * 谋划|共同富裕产业园, 衢江推进|未来社区: nationwide vocabulary inside a stem with only a verb
 * before it, or a place followed by a verb. What is left is a clause, not a name.
 */
function wrapsNationwide(stem: string, anchors: ReadonlySet<string>): boolean {
  for (const a of anchors) {
    if (!stem.startsWith(a) || stem.length === a.length) continue;
    const next = tokenize(stem.slice(a.length))[0];
    if (next && next.tag === 'v' && freq(next.word) >= 1000) return true;
  }
  const inner = tokenize(stem).find((t) => t.start > 0 && isNationwide(t.word));
  return inner !== undefined && !isSpecific(stem.slice(0, inner.start), anchors, false);
}

/** Kinds of street and road (suffixes.ts's kind: 路, 东路, 大道 are 道路; 街 is 街巷). */
const STREET = new Set(['道路', '街巷']);
/** 去杭州|路上 "on the way to Hangzhou": a verb of going before the place and 上 after 路. */
const onTheWay = (m: NameMatch) => {
  const at = m.sentence.text.indexOf(m.term);
  return (
    /[去往回赴到]$/.test(m.sentence.text.slice(0, at)) && m.sentence.text.startsWith('上', at + m.term.length)
  );
};
/**
 * A place's rare common noun names it only where its characters are those of place names
 * (register/name-chars.ts): 鸡鸣|湿地, 莲花|路 are names; 机耕|路, 省际|公路, 光照|通道 say what the
 * road or passage is for or where it runs, however rare the word.
 */
const PLACE_RARE_NOUN_LIKENESS = -0.5;
/** A unit and one of its sides or parts: 村口, 镇区, 城边, 村头 (not 前, 后, 中: 县前街 is a name). */
const UNIT_SIDE = /^[村镇乡县城厂校院家门][口头尾边区里旁外内]$/;
/** One-character suffixes of natural and built places whose names are ordinary words. */
const NATURAL_ONE_CHAR = new Set(['山', '尖', '关', '阁', '街', '巷', '桥']);
/**
 * Passes, hollows, caves, crags, hermitages, flats, ridges, bends, wharves, ferries, springs and
 * lanes (仙霞岭, 碧石坞, 绍德庵, 百丹坪, 浮石埠, 不老泉): named with a stem of their own; one ending
 * in a common word (深山|坞, 砂砾|岩) or a whole common word describes the land.
 * (A four-character word such as 崇山峻岭 is an idiom: decide.ts's suffix-in-word drops it.)
 */
const HILL_ONE_CHAR = new Set([...'岭坞洞岩庵坪垄湾埠渡泉弄']);
const HILL_WORD = 50;
const describesLand = (term: string, stem: string) => {
  // jieba knows famous passes as places (仙霞岭/ns).
  const word = generalDictionary().get(term);
  if (word && !/^ns/.test(word.tag)) return true;
  // The word right before the suffix: 深山|坞 (a deep mountain's hollow), 多砂砾|岩.
  const last = tokenize(stem).pop();
  return last !== undefined && last.word.length >= 2 && freq(last.word) >= HILL_WORD;
};

/**
 * One place: one the text names or jieba knows (衢州, 江山), or a division by its form (贺村镇,
 * 江山市: two or three characters and a unit). 浙赣 (jieba's abbreviation, j) joins two.
 */
function isOnePlace(stem: string, anchors: ReadonlySet<string>): boolean {
  if (/^[\u4e00-\u9fff]{2,3}[市区县镇乡]$/.test(stem)) return true;
  const bare = stem.length > 2 ? stem.replace(/[市区县镇乡]$/, '') : stem;
  if (anchors.has(stem) || anchors.has(bare)) return true;
  const tokens = tokenize(bare);
  return tokens.length === 1 && /^ns/.test(tokens[0]!.tag);
}

/** The span of a use that names one thing: the name, its stem and the unit it is written inside. */
export interface NameReading {
  term: string;
  stem: string;
  parent?: string;
}

/**
 * Kinds of firm whose stem ends in the firm's business. Only 公司: a registered name (…有限公司) or a
 * group always has a name of its own, often of common words, and a blind set lost a right entry
 * when they were read so.
 */
const FIRM = new Set(['公司']);

/**
 * The part of a firm's stem that may name it: without its last word where that is a common word
 * of the dictionary and more comes before it (专业|物业|公司, 市|公交|公司: the business, not the
 * name). A stem of one word is judged whole (巨化|公司).
 */
function tradeName(stem: string, tokens: readonly Token[], suffix: string): string {
  if (!FIRM.has(suffix)) return stem;
  const last = tokens[tokens.length - 1];
  if (tokens.length < 2 || !last || !isInDictionary(last.word) || !/^(n|vn|v)$/.test(last.tag)) return stem;
  return stem.slice(0, last.start);
}

/** A duration opening a stem (百日, 三年, 30天): stripped where two characters or more are left. */
function withoutDuration(stem: string): string {
  const rest = stem.replace(/^([一二三四五六七八九十百千两\d]+)[日天年月]/, '');
  return rest.length >= 2 ? rest : stem;
}

/**
 * The word before the kind is a verb with a complement of direction (纳入, 编进): the kind is its
 * object. The word before the one the kind starts in: jieba reads 中小学 whole, the suffix is 小学.
 */
function directedAtKind(term: string, suffix: string): boolean {
  const tokens = tokenize(term);
  const at = tokens.findIndex((t) => t.end > term.length - suffix.length);
  const verb = at > 0 ? tokens[at - 1] : undefined;
  return (
    verb !== undefined && verb.word.length === 2 && /[进入到]$/.test(verb.word) && /^(v|x)$/.test(verb.tag)
  );
}

/**
 * The character before a one-character suffix makes a common word with it (找到|新出|路 is 新|出路, a
 * way out; 盘山路 is 盘|山路): the suffix is the end of that word, not of a name. Only words jieba
 * counts a hundred times or more and does not tag as a name (后街, 前街 are rarer: 县后街, 道前街).
 */
function endsInCommonWord(stem: string, suffix: Suffix): boolean {
  if (suffix.admin || suffix.suffix.length !== 1 || suffix.category !== 'place') return false;
  const word = commonWordEntry(stem.slice(-1) + suffix.suffix, 100);
  return word !== undefined && !word.tag.startsWith('m');
}

/** A number and a measure word (三项, 两座, 十个): how many, not which. */
const COUNTED = /^[一二三四五六七八九十两百千\d]+[项个座条家所批处类件]$/;

/**
 * Suffixes whose stem says what is built or made there, or what is joined (城乡供水|一体化, the
 * nationwide policy for water supply), not which one (柯城巨化|一体化 joins two named units).
 */
const WHAT_IS_MADE = new Set(['工程', '基地', '一体化']);

/**
 * Whether a use of a name by its suffix (not a division's) names one particular thing, and which
 * reading of it: the one the detector chose, or a longer one where the chosen stem is a bare
 * common word.
 */
export function nameReading(m: NameMatch, anchors: ReadonlySet<string>): NameReading | undefined {
  // 衢江区|省市县长工程: a name written right after its place is named by the text; the place is
  // not part of the name (the caller keeps the long form as an alias).
  const placeFirst = m.alternatives.some((r) => {
    const head = r.term.slice(0, r.term.length - m.term.length);
    return (
      anchors.has(head) ||
      [...anchors].some((a) => head.startsWith(a) && /^[市区县]$/.test(head.slice(a.length)))
    );
  });
  // So is a body named by its field after it (衢州市|工程技术学校), where jieba lists the field as
  // one rare word that is two of its words.
  if (
    placeFirst &&
    (!isInDictionary(m.stem) || (m.suffix.category === 'organization' && isCompound(m.stem))) &&
    !isNationwide(m.stem) &&
    !isNationwide(m.term)
  )
    return m;
  for (const r of [m, ...m.alternatives]) {
    const reading = { ...m, ...r };
    if (isNationwide(reading.term) || isNationwide(reading.stem)) continue;
    if (endsInCommonWord(reading.stem, m.suffix)) continue;
    // 产教融合|实训基地, 农旅融合|示范基地, 站城融合|片区: two sectors' first characters and 融合 are
    // the nationwide policy of joining them; a base or an area after it is one of its kind.
    if (/^[\u4e00-\u9fff]{2}融合/.test(reading.stem)) continue;
    // 衢江|江面: a place the text names whose last character is the suffix, written again as the
    // next word opens; no river is called 衢江江.
    if (reading.stem.endsWith(m.suffix.suffix) && anchors.has(reading.stem)) continue;
    // The stem's words, read once for every test below that needs them.
    const readingTokens = tokenize(reading.stem);
    // 跑几趟|银行: an indefinite count (几趟, 几家) says how many times or things, never which one.
    const lead = readingTokens[0];
    if (lead?.tag === 'm' && lead.word.includes('几')) continue;
    // 三项|工程, 两座|水库: a number and its measure word alone count things of the kind, the ones
    // the text has just described; no name is a bare count (一号工程 has no measure word).
    if (readingTokens.length === 1 && lead?.tag === 'm' && COUNTED.test(reading.stem)) continue;
    // 共富之|路, 发展之|路: “the road of” something is a way to it, a metaphor; roads are named …路.
    if (m.suffix.suffix === '路' && reading.stem.endsWith('之')) continue;
    // 衢州|铁路, 江山|铁路, 贺村镇|铁路: a railway or an expressway is named by the places it joins
    // (杭衢铁路, 黄衢南高速); one place and the kind is that place's lines in general.
    if (LINE_KINDS.has(m.suffix.kind) && isOnePlace(reading.stem, anchors)) continue;
    // 河滩|湿地, 滨江|湿地, 乌溪江|湿地: the wetland by a river, a shore or a flat describes the land
    // there; a wetland with a name of its own is named after a place (鸡鸣|湿地) or is a park.
    if (m.suffix.suffix === '湿地' && /[江河湖溪滩水]$|^滨/.test(reading.stem)) continue;
    // 市、县|两级|图书馆, 乡镇（街道）|级|居家养老服务中心: the levels of government a kind is
    // found at say where it stands in the hierarchy, not which one it is.
    if (/^级|[两三四五六各多]级/.test(reading.stem)) continue;
    if (HILL_ONE_CHAR.has(m.suffix.suffix) && describesLand(reading.term, reading.stem)) continue;
    // 村口|溪, 镇区|路: a unit and a side of it (the village's entrance, the town's built-up area)
    // say where the stream or road is, not which it is.
    if (m.suffix.category === 'place' && m.suffix.suffix.length === 1 && UNIT_SIDE.test(reading.stem))
      continue;
    if (isUnitPlusGeneric(reading.term) || wrapsNationwide(reading.stem, anchors)) continue;
    // 纳入|学校, 编进|中小学: a verb with a complement of direction takes the kind as its object,
    // where the thing is put or goes: a clause, not a name.
    if (directedAtKind(reading.term, m.suffix.suffix)) continue;
    // Rare nouns are trusted only at a clean edge that is not the head of a 的-phrase.
    // A works' stem says what is built, and a base's what it grows or makes, in words rare or not
    // (供水|工程, 杂交稻制种|基地), an integration's what it joins: a rare common noun names one
    // place (鸡鸣湿地), not one works.
    const clean = r.support >= 3 && !(r === m && m.afterDe) && !WHAT_IS_MADE.has(m.suffix.suffix);
    // 百日|宣传攻坚|行动: how long a campaign runs says when, not which; the rest must name it.
    const stem = m.suffix.category === 'program' ? withoutDuration(reading.stem) : reading.stem;
    const stemTokens = stem === reading.stem ? readingTokens : tokenize(stem);
    // A works' or a body's stem tagged as a person's name without a surname (文化惠民|工程,
    // 居家养老|服务中心) says what is done, not which one; a place's may be its name.
    const specific = isSpecific(
      tradeName(stem, stemTokens, m.suffix.suffix),
      anchors,
      clean,
      m.suffix.category === 'place',
      m.suffix.category === 'place' ? PLACE_RARE_NOUN_LIKENESS : -Infinity,
    );
    const generic = isGenericPhrase(reading.stem);
    // 风貌提升工程: an activity with nothing particular before it.
    const activity = ACTIVITY.exec(stem);
    if (activity && !isSpecific(stem.slice(0, activity.index), anchors, false)) continue;
    // So does any verb of the dictionary ending the stem after words that say nothing particular
    // (化肥农药|减量|行动: "the fertiliser and pesticide reduction campaign").
    const last = stemTokens[stemTokens.length - 1];
    if (
      m.suffix.category === 'program' &&
      last &&
      last.start > 0 &&
      /^(v|vn)$/.test(last.tag) &&
      isInDictionary(last.word) &&
      !isSpecific(stem.slice(0, last.start), anchors, false)
    )
      continue;
    if (specific) return r;
    // A place written inside its unit (双港社区|大乐园小区) is named by the text, whatever its words.
    if (m.suffix.category === 'place' && r.parent && generic && !isInDictionary(reading.stem)) return r;
    // Mountains, peaks, passes, pavilions and lanes are named with ordinary words (仙霞|关, 鸡鸣|山,
    // 莲花|尖): at a clean edge, a two-character noun stem is the name. (After 的 too: 雄伟沧桑的|
    // 仙霞关; ruling that out cost three right entries for one wrong, 堆积而成的|人造山.)
    if (
      r.support >= 4 &&
      NATURAL_ONE_CHAR.has(m.suffix.suffix) &&
      reading.stem.length === 2 &&
      !isInDictionary(reading.term) &&
      /^(n|nr|ns|nz|ng|x)$/.test(readingTokens[0]?.tag ?? '') &&
      readingTokens.length === 1
    )
      return r;
    // A new town is named by what it is to be, in one common noun (智慧|新城, 高铁|新城, 空港|新城):
    // at a clean edge, that noun is the name, as a city's plans write it. Not after a modal verb,
    // which makes the noun a verb (要|助力|新城建设, jieba's 助力/n).
    if (
      r.support >= 3 &&
      m.suffix.suffix === '新城' &&
      reading.stem.length === 2 &&
      readingTokens.length === 1 &&
      /^(n|nr|nz|ns|vn)$/.test(readingTokens[0]!.tag) &&
      !/[要会能将可]$/.test(m.sentence.text.slice(0, Math.max(m.sentence.text.indexOf(reading.term), 0)))
    )
      return r;
    // Streets and roads are named after places, near or far (西安路, 北京路): at a clean edge, a stem
    // that is one place name jieba knows is the street's name; but not on the way somewhere
    // (去杭州|路上).
    if (
      r.support >= 3 &&
      !onTheWay(m) &&
      STREET.has(m.suffix.kind) &&
      stemTokens.length === 1 &&
      /^ns/.test(stemTokens[0]!.tag) &&
      stemTokens[0]!.word === reading.stem
    )
      return r;
    // Long official descriptions at a clean edge: 航天智慧农业产业园, 西周高等级土墩墓群. A body's
    // only where something in it is particular (a proper noun, a rare word): a company or
    // cooperative is registered under a name of its own, so one called by its trade in common
    // words alone (手工面|专业合作社, 县粮食收储公司) is described, not named.
    if (
      r.support >= 4 &&
      reading.stem.length >= 5 &&
      readingTokens.length >= 3 &&
      (m.suffix.category !== 'organization' ||
        isSpecific(reading.stem, anchors, true) ||
        readingTokens.some((t) => /^(ns|nr|nz|nt)/.test(t.tag)))
    )
      return r;
  }
  return undefined;
}

/**
 * The anchors a name is read with: the text's, and a county's short form the name opens with
 * (江山|港, 开化|中学), which jieba's dictionary may have as an ordinary word or a verb. Only at the
 * opening: inside a stem (锦绣江山, 文明开化) the form is the word. One set per form, so that
 * specific.ts's cache per anchor set holds.
 */
export function anchorsOpening(
  anchors: ReadonlySet<string>,
  placeStems: ReadonlySet<string>,
): (term: string) => ReadonlySet<string> {
  const withForm = new Map([...placeStems].map((p) => [p, new Set([...anchors, p])]));
  return (term) => {
    for (const [p, set] of withForm) if (term.startsWith(p)) return set;
    return anchors;
  };
}

/** The place stem a reading ends in, where it ends in one: a word before the place (让|衢江). */
export const endingAnchor = (term: string, anchors: ReadonlySet<string>) =>
  [...anchors].find((a) => a.length < term.length && term.endsWith(a));

export const NAME_RULE: Rule = {
  name: 'name-suffix-rule',
  decide: (e) => {
    const uses = e.term.nameUses;
    if (!uses || !e.anchors) return undefined;
    if (!uses.some((m) => nameReading(m, e.anchors!)?.term === e.term.term))
      return drop(
        'name-suffix-rule',
        'no reading of it names one particular thing: its stem says only what kind',
      );
    return endingAnchor(e.term.term, e.anchors)
      ? drop('name-suffix-rule', 'a word before a place the text names: not a new name')
      : undefined;
  },
};
