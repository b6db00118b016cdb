/**
 * The glossary format shared by the compiler, the content script, the popup and the glossary page:
 * `data/glossary.json` is this shape (docs/glossary-format.md describes it for people), and the
 * reader's own entries extend it (validated in lib/storage/user-entries.ts).
 */
export const GLOSSARY_VERSION = 1;

export const CATEGORIES = ['place', 'program', 'slogan', 'organization'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SCOPES = ['zhejiang', 'national'] as const;
export type Scope = (typeof SCOPES)[number];

/** One seed article the glossary was compiled from. */
export interface SourceArticle {
  file: string;
  /** The article's headline, where the text states one. */
  title?: string;
  /** Publication date (YYYY-MM-DD), only where the article states it (masthead). */
  date?: string;
}

/** A sentence that shows a term in use: the evidence behind an entry. */
export interface Evidence {
  file: string;
  excerpt: string;
  /** Headline of the article or section the excerpt comes from. */
  title?: string;
  date?: string;
}

export interface GlossaryEntry {
  /** Stable, URL-safe id derived from the term's pinyin. */
  id: string;
  term: string;
  /** Other spellings found in the text: short forms, full names, OCR-free variants. */
  aliases: string[];
  category: Category;
  /** Pinyin with tone marks, one syllable per Chinese character, separated by spaces. */
  pinyin: string;
  /** One or two plain-text sentences, readable alone in a popover. */
  summary: string;
  /** What a numeric abbreviation or formula stands for, in the text's own words (五城 → 枢纽之城…). */
  expansion?: string[];
  /** The full name an abbreviation stands for (六禾港盟 → 衢州市六禾港盟城乡发展服务有限公司). */
  fullName?: string;
  /** For places: the unit that contains it, where the text shows it (廿里镇 → 衢江区). */
  parent?: string;
  sources: Evidence[];
  /** For a division in the national register: what it is and where. */
  division?: Division;
  /**
   * Where the term comes from when it is not Quzhou's own: `zhejiang` for a province-wide strategy
   * or programme (八八战略, 最多跑一次), `national` for a national one (乡村振兴). Left out for
   * Quzhou's own terms and for places.
   */
  scope?: Scope;
  /**
   * The entry's forms (term or aliases) that may mean something else, and why. A form listed here
   * is highlighted only on a page about Quzhou; the others anywhere.
   */
  ambiguous?: FormContext[];
  /**
   * `extracted` from the seeds (and grounded in the register where it is a division), `register`
   * for a place of the reference data the seeds never mention (a division of the national register,
   * a river, mountain or site of compiler/register/landmarks.json), `curated` where
   * data/curated.json added or corrected it.
   */
  origin: 'extracted' | 'register' | 'curated';
}

/** A division of the national register (统计用区划代码, 2023). */
export interface Division {
  /** The register's code: 330825105201. */
  code: string;
  /** The kind of division in words: 行政村, 社区, 镇, 乡, 街道, 区, 县, 县级市, 地级市. */
  kind: string;
  /** The divisions it lies in, nearest first, up to the province: 大街乡, 龙游县, 衢州市, 浙江省. */
  chain: string[];
  /** English form (Hetian Village), and the chain's (Dajie Township, Longyou County, Quzhou, …). */
  english: string;
  englishChain: string[];
}

/**
 * The register code of the division a division lies in: the codes are nested, a province's two
 * digits, a city's four, a county's six, a town's nine, a village's twelve (330825105201 → 330825105).
 */
export function parentCode(code: string): string | undefined {
  const cut = { 12: 9, 9: 6, 6: 4, 4: 2 }[code.length];
  return cut === undefined ? undefined : code.slice(0, cut);
}

/**
 * A division's name as a text writes it before a place it holds (龙游县 → 龙游, 金川街道 → 金川,
 * 小南海镇 → 小南海); a stem of one character keeps its unit (湖镇 stays).
 */
export function divisionShortForm(name: string): string {
  const stem = name.replace(/(街道|自治县|县|市|区|镇|乡)$/, '');
  return stem.length >= 2 ? stem : name;
}

/** Why a form may not mean this entry; see compiler/register/ambiguity.ts. */
export interface FormContext {
  form: string;
  /** Divisions elsewhere in China with this name (or, for a bare stem, this stem). */
  namesakes?: number;
  /** jieba's dictionary frequency, where the form is an ordinary word. */
  word?: number;
  /** A bare number, a two-character numeral formula (152, 五城) or a count of one thing (一件事). */
  formula?: true;
  /** Parts that are each ordinary words, joined (社区+公司, 一呼百应、握指成拳): any text may say it. */
  phrase?: true;
  /** A division's name without its kind (龙游 for 龙游县). */
  short?: true;
  /** A level and a kind every county or city has (县人民医院, 市二院): any county's news says it. */
  levelKind?: true;
  /**
   * A programme, slogan or body known from Quzhou's news alone whose name holds no Quzhou place
   * (邻礼通, 一县一园): another city may have one of the same name.
   */
  local?: true;
  /**
   * Two characters, the second a division's kind (范村, 举村): as often a surname and a title
   * (范村长) or a phrase (举村搬迁, "the whole village moves").
   */
  brief?: true;
}

/** A user entry: new (`user-…` id) or the reader's version of a built-in entry (its id). */
export interface UserEntry extends Omit<GlossaryEntry, 'origin' | 'division' | 'ambiguous' | 'scope'> {
  origin: 'user';
  /** The reader's own note on the term, shown with the entry. */
  note?: string;
  /** Milliseconds since the epoch of the last change. */
  updatedAt: number;
}

/** An entry as the UI sees it: built-in, or the reader's. */
export type AnyEntry = GlossaryEntry | UserEntry;

export interface Glossary {
  version: number;
  sources: SourceArticle[];
  entries: GlossaryEntry[];
}
