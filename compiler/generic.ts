/**
 * What is too ordinary to explain. Two sources:
 *  - jieba's general dictionary: a phrase that is one ordinary word (马前卒, 服务员, 快进键 are
 *    quoted as metaphors in the seeds) or a name whose stem is an ordinary word (示范村, 精品村);
 *  - a short list of nationwide policy vocabulary that jieba's dictionary is too old to know
 *    (营商环境, 乡村振兴, 未来社区): these read like local terms but are the same everywhere.
 * This is vocabulary, not a list of the seeds' terms: it blocks kinds of words, and applies to any corpus.
 */
import { generalDictionary, tokenize, type DictWord } from './lexicon';

export const NATIONWIDE_VOCABULARY = new Set([
  '项目',
  '发展',
  '街道',
  '党员干部',
  '营商环境',
  '乡村振兴',
  '共同富裕',
  '共富',
  '未来社区',
  '未来乡村',
  '现代社区',
  '总部经济',
  '基层治理',
  '老旧小区',
  '城市更新',
  '城市大脑',
  '数字经济',
  '数字化',
  '智慧城市',
  '一体化',
  '高质量发展',
  '开门红',
  '半年红',
  '全年红',
  '新时代',
  '中国式现代化',
  '和美乡村',
  '美丽乡村',
  '村改居',
  '白改黑',
  '比学赶超',
  '党建联建',
  '店小二',
  '金名片',
  '领头雁',
  '中梗阻',
  '下梗阻',
  '十四五',
  '专精特新',
  '直播带货',
  '一把手',
  '行政村',
  '自然村',
  '示范区',
  '开发区',
  '城区',
  '辖区',
  '景区',
  '园区',
  '社区',
  '小区',
  '市区',
  '全区',
  '全市',
  '全省',
  '乡镇',
  '村社',
  '乡村',
  '农村',
  '城市',
  '新城',
  '新区',
  '片区',
  // Policy words newer than jieba's dictionary, used the same way everywhere.
  '赋能',
  '党建',
  '小微',
  '智治',
  '宜居宜业',
  // Kinds of place national policy names everywhere: the rural complexes of the 2017 No. 1
  // document, villages their people have left.
  '田园综合体',
  '空心村',
  // The calendar every Chinese reader knows.
  '二十四节气',
  // Kinds of body every Zhejiang village and county has.
  '强村公司',
  // Who runs a school or a hospital (公办|小学, 民办|医院): a kind in every county.
  // jieba has both, but rarely (264, 520), as rare as a name.
  '公办',
  '民办',
  // Kinds of people every county courts (新乡贤: the new rural gentry of national policy since 2015).
  '新乡贤',
  // Everyday words of news since the 2010s that jieba's dictionary is too old to know, read as
  // names otherwise (文创|公司, 研学|团队, “古道+民宿+非遗”): short forms of kinds of work, trade,
  // service and technology said the same everywhere. Not programmes or slogans of any place.
  '非遗',
  // jieba lists these two at 4 and 5, as rare as a name.
  '民宿',
  '电商',
  '文创',
  '科创',
  '研学',
  '康养',
  '医养',
  '文旅',
  '农旅',
  '农文旅',
  '网红',
  '带货',
  '主播',
  '短视频',
  '融媒体',
  '新媒体',
  '线上',
  '扫码',
  '网约车',
  '共享单车',
  '移动支付',
  '快递员',
  '充电桩',
  '预制菜',
  '冷链',
  '跨境电商',
  '大数据',
  '云计算',
  '物联网',
  '区块链',
  '数智',
  '新业态',
  '新材料',
  '全链条',
  '低碳',
  '零碳',
  '绿道',
  '口袋公园',
  '微改造',
  '微更新',
  '适老化',
  '托育',
  '助餐',
  '老年食堂',
  // The reading room every village has had since the national programme of 2007 (农家书屋工程).
  '农家书屋',
  // Home-based care for the old, the national policy's name for it: every township has its
  // 居家养老服务中心, which names the kind.
  '居家养老',
  '志愿服务',
  '网格员',
  '全科医生',
  '村医',
  '乡村医生',
  '课后服务',
  // Rural boarding schools, a kind every county runs (农村|寄宿制|学校).
  '寄宿制',
  '飞手',
  // Flood-season news everywhere names the small reservoirs so (聚焦“山塘水库”): a kind, not Suzhou's
  // 山塘 that jieba tags a place.
  '山塘水库',
  // Sayings of news everywhere (打通“最后一公里”, “修旧如旧”), quoted in every county's news. (Not
  // the nationwide reforms of services, 一网通办: the labels read those as terms.)
  '最后一公里',
  '最先一公里',
  '修旧如旧',
  '两条腿走路',
  // The grades tea is plucked to, written alike in every tea county's news: one bud, one bud and
  // a leaf or two (“一芽一叶初展”).
  '单芽',
  '一芽一叶',
  '一芽二叶',
  '一芽三叶',
  '一芽一叶初展',
  '一芽二叶初展',
]);

/** True where `word` is an ordinary word of general Chinese (in jieba's dictionary, not a place name). */
export function isOrdinaryWord(word: string, minFreq = 3): boolean {
  const entry = generalDictionary().get(word);
  return entry !== undefined && entry.freq >= minFreq && entry.tag !== 'ns' && entry.tag !== 'm';
}

/**
 * jieba's entry for `word` where its dictionary counts it at least `minFreq` times and tags it as no
 * name (nr, ns, nz, nt): a common word, not one a place, person or body is called by.
 */
export function commonWordEntry(word: string, minFreq: number): DictWord | undefined {
  const entry = generalDictionary().get(word);
  return entry && entry.freq >= minFreq && !/^(nr|ns|nz|nt)/.test(entry.tag) ? entry : undefined;
}

export function isInDictionary(word: string): boolean {
  return generalDictionary().has(word);
}

/**
 * Nationwide slogan patterns: 工业强市, 科技强省, 人才强区 (“make the unit strong by X”), 产业兴市,
 * and what a unit is known for, 农业大市, 工贸重镇, 文化名镇 (“a big farming city”), are said of
 * every province, city, county and town.
 */
const NATIONWIDE_PATTERNS = [/^[\u4e00-\u9fff]{2}[强兴大重名][省市区县镇乡国]$/];

/**
 * Policy words formed the same way all over China: two sectors to merge (体教融合, 文旅融合, 产城融合:
 * sport and schooling, culture and tourism) and the culture ministry's campaigns that bring a
 * service to the villages (送戏下乡, 送教下乡, 送电影下乡). A count makes a formula of Quzhou's own
 * (两站融合), so numerals are left out.
 */
const NATIONWIDE_FORMATIONS = [
  /^[^\d一二三四五六七八九十两双百千万]{2}融合$/,
  /^送[\u4e00-\u9fff]{1,3}下乡$/,
];

export function isNationwide(term: string): boolean {
  return isNationwideWord(term) || isUnitMotto(term) || NATIONWIDE_FORMATIONS.some((re) => re.test(term));
}

/** 工业强市, 产业兴市, 文化名镇: one of the nationwide motto patterns above. */
export function isUnitMotto(term: string): boolean {
  return NATIONWIDE_PATTERNS.some((re) => re.test(term));
}

/**
 * Only the listed vocabulary, not the patterns: a pair of such mottos quoted together (“工业强市、
 * 产业兴市”) is the strategy a place sets itself, where 乡村振兴、共同富裕 stays nationwide.
 */
export function isNationwideWord(term: string): boolean {
  return NATIONWIDE_VOCABULARY.has(term);
}

/** Nationwide vocabulary, longest first, for cutting phrases into known pieces. */
const NATIONWIDE_BY_LENGTH = [...NATIONWIDE_VOCABULARY].sort((a, b) => b.length - a.length);

/**
 * A jieba token that says nothing particular: a dictionary word that is not a rare proper noun.
 * jieba tags very common words as places (城市/ns, 美/ns), and short Latin loans (PK, VS) are
 * ordinary words of news Chinese too.
 */
function isOrdinaryToken(word: string, tag: string): boolean {
  if (/^[A-Za-z]{1,3}$/.test(word)) return /^[A-Z]+$/.test(word);
  const entry = generalDictionary().get(word);
  if (!entry) return false;
  if (tag === 'nz' || entry.tag === 'nz') return false;
  if (tag === 'ns' || entry.tag === 'ns') return entry.freq >= 5000;
  return true;
}

/**
 * True where a phrase is made only of ordinary words and nationwide vocabulary
 * (城市赋能, 共富经验, 老旧小区改造委员会): it names nothing in particular.
 */
const genericCache = new Map<string, boolean>();

export function isGenericPhrase(text: string): boolean {
  let generic = genericCache.get(text);
  if (generic === undefined) genericCache.set(text, (generic = computeGeneric(text)));
  return generic;
}

function computeGeneric(text: string): boolean {
  const pieces: string[] = [text];
  for (const word of NATIONWIDE_BY_LENGTH) {
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (piece.includes(word)) pieces.splice(i, 1, ...piece.split(word));
    }
  }
  return pieces
    .filter((p) => p.length > 0)
    .every((p) => tokenize(p).every((t) => isOrdinaryToken(t.word, t.tag)));
}
