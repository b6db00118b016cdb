/**
 * Division names as people write them, read from the register's names: 贺田村村民委员会 → 贺田村,
 * 书香社区居委会 → 书香社区; the kind of division in words (县级市, 街道, 行政村…); the short form
 * people use for a county or city (龙游县 → 龙游); and the English form from the standard
 * romanisation (Hetian Village, Longyou County). Pure functions of the name and its level.
 */
import { termPinyin } from '../../lib/glossary/pinyin';
import type { DivisionLevel } from './read-register';

export interface DivisionName {
  /** As written: 贺田村, 书香社区, 廿里镇, 龙游县, 衢州市. */
  name: string;
  /** The name without its kind: 贺田, 书香, 廿里, 龙游, 衢州. */
  stem: string;
  /** The kind of division in words: 行政村, 社区, 镇, 乡, 街道, 区, 县, 县级市, 地级市… */
  kind: string;
  /** The register's own name where it differs (贺田村村民委员会). */
  registered?: string;
  /** An ethnic group named in the kind (沐尘畲族乡 → 畲族), kept for the English form. */
  ethnic?: string;
}

/** Placeholders in the register that name no place (市辖区 groups a city's districts). */
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/**
 * China's 55 ethnic minorities, longest first, as they stand before an autonomous division's kind
 * (景宁畲族自治县, 恩施土家族苗族自治州, 新疆维吾尔自治区): the stem is what comes before them.
 */
const MINORITIES =
  '柯尔克孜|乌孜别克|维吾尔|哈萨克|傈僳|拉祜|东乡|纳西|景颇|达斡尔|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|俄罗斯|鄂温克|德昂|保安|裕固|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|蒙古|布依|朝鲜|土家|哈尼|高山|回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京';
const ETHNIC = `((?:(?:${MINORITIES})族?)+)`;

/** Kind suffixes by level, most specific first; a stem has at least one character. */
const KINDS: Record<DivisionLevel, readonly [string, string][]> = {
  province: [
    [`${ETHNIC}?自治区`, '自治区'],
    ['省', '省'],
    ['市', '直辖市'],
  ],
  prefecture: [
    [`${ETHNIC}?自治州`, '自治州'],
    ['地区', '地区'],
    ['盟', '盟'],
    ['市', '地级市'],
  ],
  county: [
    [`${ETHNIC}?自治县`, '自治县'],
    [`${ETHNIC}?自治旗`, '自治旗'],
    ['林区', '林区'],
    ['特区', '特区'],
    ['区', '区'],
    ['县', '县'],
    ['旗', '旗'],
    ['市', '县级市'],
  ],
  town: [
    ['街道办事处', '街道'],
    ['街道', '街道'],
    [`${ETHNIC}乡`, '民族乡'],
    [`${ETHNIC}苏木`, '民族苏木'],
    ['镇', '镇'],
    ['乡', '乡'],
    ['苏木', '苏木'],
  ],
  village: [],
};

/** The same, compiled: the stem is lazy, so an ethnic group is never read into it (景宁|畲族). */
function compileKinds(kinds: readonly [string, string][]): [RegExp, string][] {
  return kinds.map(([suffix, kind]) => [
    new RegExp(`^(.${suffix.startsWith('(') ? '{2,}' : '+'}?)${suffix}$`),
    kind,
  ]);
}
const KIND_PATTERNS: Record<DivisionLevel, readonly [RegExp, string][]> = {
  province: compileKinds(KINDS.province),
  prefecture: compileKinds(KINDS.prefecture),
  county: compileKinds(KINDS.county),
  town: compileKinds(KINDS.town),
  village: [],
};

/**
 * A village-level name: 村民委员会 and 村委会 are the committee of a 行政村, 居委会 of a 社区. The
 * register writes the committee of 白沙村 as 白沙村委会, 白沙村村委会 or 白沙村村民委员会, and that
 * of 汪村村 as 汪村村委会: a village's own name has two characters or more before its 村, so a
 * name left with one (汪村) is the name itself, and the village is 汪村村.
 */
function villageName(registered: string): DivisionName {
  const committee = /^(.+?)(?:村民委员会|村委会)$/.exec(registered);
  if (committee) {
    const x = committee[1]!;
    const name = x.endsWith('村') && x.length >= 3 ? x : `${x}村`;
    return { name, stem: name.slice(0, -1), kind: '行政村', registered };
  }
  const m = /^(.+?)(?:社区)?(?:居民委员会|居委会)$/.exec(registered);
  if (m) return { name: `${m[1]}社区`, stem: m[1]!, kind: '社区', registered };
  if (registered.endsWith('社区')) return { name: registered, stem: registered.slice(0, -2), kind: '社区' };
  if (registered.endsWith('村') && registered.length > 1)
    return { name: registered, stem: registered.slice(0, -1), kind: '行政村' };
  return { name: registered, stem: registered, kind: '村级单位' };
}

/** The name as people write it, or undefined for a placeholder that names no place. */
export function divisionName(registered: string, level: DivisionLevel): DivisionName | undefined {
  if (PLACEHOLDERS.has(registered)) return undefined;
  if (level === 'village') return villageName(registered);
  for (const [pattern, kind] of KIND_PATTERNS[level]) {
    const m = pattern.exec(registered);
    if (!m) continue;
    const stem = m[1]!;
    const ethnic = m[2];
    const name = kind === '街道' ? `${stem}街道` : registered;
    return {
      name,
      stem,
      kind,
      ...(name !== registered ? { registered } : {}),
      ...(ethnic ? { ethnic } : {}),
    };
  }
  return { name: registered, stem: registered, kind: `${LEVEL_WORDS[level]}单位` };
}

const LEVEL_WORDS: Record<DivisionLevel, string> = {
  province: '省级',
  prefecture: '地级',
  county: '县级',
  town: '乡级',
  village: '村级',
};

/**
 * The short form people write alone: for a county-level division or above whose stem has at least
 * two characters (龙游县 → 龙游, 衢州市 → 衢州, 浙江省 → 浙江), and for a village whose own name ends
 * in 村 (汪村村 → 汪村, as 余村村 is written 余村). Other towns and villages have none here:
 * whether a town's stem is used alone is a question for the text, not the register.
 */
export function shortForm(name: DivisionName, level: DivisionLevel): string | undefined {
  if (level === 'village') return name.kind === '行政村' && name.stem.endsWith('村') ? name.stem : undefined;
  if (level === 'town') return undefined;
  return name.stem.length >= 2 && name.stem !== name.name ? name.stem : undefined;
}

/** Standard romanisation of a stem: syllables joined, capitalised, with the apostrophe of Xi'an. */
export function romanize(stem: string): string {
  // Tone marks go, ü stays (绿水 Lüshui); tonelessTermPinyin would write it as u.
  const syllables = termPinyin(stem)
    .replace(/[ǖǘǚǜ]/g, 'ü')
    .replace(/ü/g, '\u0000')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0000/g, 'ü')
    .toLowerCase()
    .split(' ')
    .filter(Boolean);
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

const ENGLISH_KIND: Record<string, string> = {
  省: 'Province',
  自治区: 'Autonomous Region',
  直辖市: 'Municipality',
  自治州: 'Autonomous Prefecture',
  地区: 'Prefecture',
  盟: 'League',
  区: 'District',
  县: 'County',
  县级市: 'City',
  自治县: 'Autonomous County',
  旗: 'Banner',
  自治旗: 'Autonomous Banner',
  林区: 'Forestry District',
  特区: 'Special District',
  街道: 'Subdistrict',
  镇: 'Town',
  乡: 'Township',
  民族乡: 'Ethnic Township',
  苏木: 'Sumu',
  民族苏木: 'Ethnic Sumu',
  行政村: 'Village',
  社区: 'Community',
};

/**
 * English form: Hetian Village, Hengshan Town, Longyou County; a prefecture-level city is its stem
 * alone (Quzhou), as in English usage; 沐尘畲族乡 → Muchen She Ethnic Township.
 */
export function englishName(name: DivisionName): string {
  const stem = romanize(name.stem);
  if (name.kind === '地级市') return stem;
  const ethnic = name.ethnic ? `${name.ethnic.split('族').filter(Boolean).map(romanize).join(' ')} ` : '';
  const kind = ENGLISH_KIND[name.kind];
  return kind ? `${stem} ${ethnic}${kind}` : stem;
}
