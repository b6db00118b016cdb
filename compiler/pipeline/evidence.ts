/**
 * Stage two of the compiler: what the whole corpus, jieba's dictionary and the national register
 * say about each candidate the detectors proposed. Nothing here decides; decide.ts reads this.
 *
 * The evidence is general knowledge, never a list of terms: part-of-speech tags and dictionary
 * frequencies, the register's divisions, the words written around every occurrence, and how many
 * articles use the form.
 */
import type { Sentence } from '../article';
import { dictionaryCut, generalDictionary, tokenize, type DictWord, type Token } from '../lexicon';
import { NAMED_AFTER_UNIT, SUFFIXES } from '../rules/suffixes';
import { WORD_FREQUENCY } from '../register/ambiguity';
import { unitNames, type PlaceRegister, type RegisterPlace } from '../register/places';
import type { Term } from '../term';
import { BUILD_VERB, EPITHET } from './cues';
import { mostly } from './rule';

/** One place in the corpus where the candidate is written, with what is around it. */
export interface Occurrence {
  sentence: Sentence;
  /** The form written there: the term or one of its aliases. */
  form: string;
  /** Up to CONTEXT characters before the form, in the same sentence. */
  before: string;
  /** Up to CONTEXT characters after the form, in the same sentence. */
  after: string;
  /**
   * The form's last character and the next one or two make a word of jieba's dictionary
   * (改走乡|间 → 乡间), or its last two and the next make an idiom (仍需跋山|涉水): the form was
   * cut out of the middle of a word.
   */
  lastJoinsAfter: boolean;
  /**
   * The form's last two characters and the next one make a common noun (副总工程|师 → 工程师), or
   * with the next two an idiom (老人王金花行动|不便 → 行动不便): a suffix of any kind cut out of a word.
   */
  suffixStartsWord: boolean;
  /**
   * A name the first round kept that starts inside the form and ends after it, as written here
   * (遗产地江|郎山 crosses 江郎山), or starts before it and ends inside it (开|化县马金 crosses
   * 开化县): the form was cut across that name.
   */
  crosses?: string;
  /** A longer name the first round kept, written here around the form (碗窑·|碗东未来乡村). */
  inside?: string;
  /**
   * The sentence is classical verse: two lines or more of five or of seven characters each
   * (南通梨岭北仙霞，浙水闽山极目赊。), where names are cut short and packed together.
   */
  verse?: true;
}

export interface RegisterEvidence {
  /** Quzhou divisions with exactly this name (several for 白沙村). */
  quzhou: RegisterPlace[];
  /** Divisions anywhere in China with this name. */
  named: number;
  /**
   * A province, city or county the form ends in, with only grammar before it: 秉持|浙江, 任|浙江; or
   * a Quzhou town, with a verb or preposition of one character before it (回|齐溪, 经|峡口).
   * The last character belongs to that name (浙江), not to a suffix (江 "river").
   */
  gluedTo?: string;
  /**
   * A Quzhou division the form opens with, followed by a name of its own: 同弓乡|太公山胡柚基地.
   * The division is where the thing is, not part of its name.
   */
  unitPrefix?: { written: string; place: RegisterPlace };
  /**
   * The form is a Quzhou county written after its city (衢州|衢江, a dateline's 衢州衢江：): that
   * county's name in the register, found there; the form is no name of its own.
   */
  countyAfterCity?: string;
  /** The form is a province, city or county outside Quzhou (黄山, 安吉县). */
  elsewhere?: boolean;
  /**
   * Such a place that names nothing in Quzhou either: no Quzhou division has it as its stem (遂昌,
   * where 黄山 and 西山 are Quzhou villages' stems too), and jieba knows it as a place or not at all.
   */
  onlyElsewhere?: boolean;
  /**
   * Such a place listed next to another one outside Quzhou, or written after one (安徽黄山), in
   * every use (上饶、金华、黄山等地), or beside a whole one in most (景德镇、|黄山, 武夷山、|黄山): the
   * text means that place, whatever Quzhou village shares the name.
   */
  besideElsewhere?: boolean;
  /**
   * Any other form whose whole neighbour in a list is a place outside Quzhou, or written after one
   * and 的, in most uses (上饶的|三清山, 三清山、|婺源): a thing of that place.
   */
  amongElsewhere?: boolean;
  /** The form is another province's or city's name and one character more (金华|江). */
  namedAfterElsewhere?: string;
  /**
   * A Quzhou place the form writes inside it (衢州有礼号, 东游西游不如龙游): a quoted phrase about
   * the prefecture, a county or a town, not a saying from anywhere.
   */
  within?: string;
  /**
   * The province, city or county (one or two of them) a name opens with, before four or more
   * characters of its own: 浙江常山|诗教浸润行动. The last of them, where it is Quzhou's.
   */
  region?: { prefix: string; quzhou?: string };
  /**
   * For a listed form: the Quzhou town it writes as its county's short form and the town's stem
   * (柯城九华 → 九华乡), or the village it writes as its town's stem and its own (石门清漾 → 清漾村):
   * that place, not a name of its own.
   */
  placeAfterUnit?: RegisterPlace;
  /**
   * For a name by its suffix: the Quzhou town or village that every use runs into, written after
   * its county's short form or its town's stem (龙游溪|口 → 龙游溪口, 溪口镇 of 龙游县): the name
   * is cut out of the unit and the place, its suffix the place's first character.
   */
  cutFromUnitPlace?: RegisterPlace;
  /** A Quzhou county or the city the form ends in, after words of its own (康养|衢江). */
  endsWithPlace?: string;
  /** Some Quzhou division has the form as its stem (何田 of 何田乡, 泽随 of 泽随村). */
  quzhouStem?: boolean;
  /**
   * The Quzhou name (the city's, a county's or a town's, or their short forms) the form opens with,
   * before characters of its own (常山|胡柚, 杜泽|豆腐).
   */
  placeOpening?: string;
  /** A Quzhou place written right after a quote of the form (“江南古塞”廿八都): the form is its epithet. */
  epithetOf?: string;
  /**
   * For an epithet (…之乡, …之都): the place outside Quzhou that opens each sentence calling
   * something so (建德|是浙江有名的“草莓之乡”): the epithet is that place's.
   */
  epithetElsewhere?: string;
  /** A province or city, anywhere in China, written inside a listed form (车头跳、江西到). */
  largerWithin?: string;
  /**
   * A province, city or county outside Quzhou written right before every occurrence (浦江“上山遗址”,
   * 安徽黄山|…): the thing is that place's, as the matcher reads it on a page (lib/matching/qualifiers.ts).
   */
  afterElsewhere?: string;
  /**
   * The same, once in each article that writes it (上游江西省|龙溪村 … 流经该乡|龙溪村): one sense
   * per discourse, the article means that place by the name throughout.
   */
  elsewhereInEachArticle?: string;
  /**
   * A town or subdistrict outside Quzhou named after the feature (新安江街道, 富春江镇, 兰江街道),
   * where no Quzhou division's name opens with it: the river or hill is that town's, downstream or
   * elsewhere. Rivers name the towns along them.
   */
  townElsewhere?: string;
  /**
   * For a township, town or subdistrict no Quzhou division is, a province, city or county outside
   * Quzhou that holds a town of that name and that every article using it names (龙安镇: 平武县).
   */
  townOf?: string;
  /**
   * For a village or community no Quzhou division is: a town outside Quzhou, or its county, that
   * holds a village of that name and that every article using it names (大畈村: 江湾镇).
   */
  villageOf?: string;
  /**
   * A province or prefecture-level city outside Quzhou the form opens with, as jieba cuts it
   * (丽水|通济堰, 黄山|机场); for a body or a works by its kind, a county-level city too
   * (义乌|工商职业技术学院, 诸暨|桔槔井灌工程).
   */
  opensElsewhere?: string;
  /**
   * A verb of motion or a preposition standing alone in the stem of a name by its suffix, as the
   * dictionary cuts it (水|绕|山, 船|行|碧溪, 经|钱江): a clause describing the landscape, not a
   * name. Such characters stand alone in almost no Quzhou division's name (1 in 1,771); where the
   * stem is a Quzhou place's (龙绕村 → 龙绕溪) it is left unset.
   */
  motionVerb?: string;
  /**
   * The stem of a name by its suffix, where it is one common word of the dictionary that jieba tags
   * as a place (深山/ns "deep mountains", 入口/ns "entrance") and that no division anywhere in China
   * is named after (no 深山村, no 入口镇): a word for a kind of landscape, so the name says only
   * what kind (深山|古村, 入口|广场). A proper place's name is some division's too (南山村, 黄山市).
   */
  kindWordStem?: string;
  /**
   * The stem of a name by its suffix written once, where the stem is one common noun of the
   * dictionary (村史/n, 滩地/n, 石阶/n), or common words only (街角|小), and no division anywhere in
   * China is named after it or its first word: a thing described by what it is made of or holds
   * (村史|长廊, 滩地|湿地), as the sentence writes it once, not a name. A name used once has a
   * proper stem (仙霞|古道), or one some division has (高家|苗木基地).
   */
  describedOnce?: string;
  /**
   * The Quzhou village or community a future village or community is named after (下淤|未来乡村 →
   * 下淤村): the programme is built there, whatever the stem's words are.
   */
  namedAfterUnit?: string;
}

export interface TermEvidence {
  term: Term;
  /** Which detectors proposed it (name-suffix, quoted, enumeration, register…). */
  detectors: string[];
  occurrences: Occurrence[];
  /** How many articles write it. */
  articles: number;
  /** jieba's reading of the form alone. */
  tokens: Token[];
  /**
   * Another quoted candidate the form is, after the verbs and adverbs it opens with (加快建设|
   * 四省边际中心城市, where the text also quotes “四省边际中心城市”): the form is a call to action.
   */
  callFor?: string;
  /**
   * A name the first round kept, written inside a listed form (“最多跑一次、跑也不出村”,
   * “南孔朝圣地、中国水亭门”): the list is about that term or place.
   */
  keptWithin?: string;
  /**
   * A name the first round kept, of another kind, and one character of a hill or a stream after
   * it (六春湖|山 of 六春湖山脚下): that place's hill, written after its name, not a name of its own.
   */
  kindAfterName?: string;
  /**
   * A place by its suffix written once, whose first character is a verb of the dictionary and
   * whose rest its article also writes alone (拍|霞溪 beside 桥下的霞溪, 逛|古埠): the verb and the
   * place it acts on.
   */
  verbBeforeName?: { verb: string; name: string };
  /** The form as one word of jieba's dictionary, where it is one. */
  word?: DictWord;
  /**
   * For a quoted or listed form (Term.quoted, Term.lists): the stems of the divisions the text
   * names (衢江 of 衢江区) written inside it, which make the phrase local.
   */
  anchorsWithin?: string[];
  /**
   * For a quoted form: the place or body written right before one of its quotes (府山街道“钟楼夜集”,
   * 合作社“云上果园”, 柯城“热血先锋”), whose particular thing the quoted words name.
   */
  owner?: string;
  register?: RegisterEvidence;
  /**
   * For a name the name detector proposed (Term.nameUses): the stems of the divisions the text
   * names (衢江 of 衢江区), which make a stem specific (pipeline/rules-names.ts).
   */
  anchors?: ReadonlySet<string>;
}

/** A side, part, mouth or the water of a named place, written right after its name. */
const PART_OF_PLACE = /^([东南西北上下中内外里边畔岸面水底顶脚口头旁侧]|河口)/;

/**
 * Enough for a cue past a listed quote or two (“152”“141”衔接贯通) or a list of trades before what
 * they are (新能源新材料|、高端装备、电子信息等主导产业).
 */
const CONTEXT = 18;

/**
 * The longest name `kept` holds that starts inside text[start, end) and ends past `end`, or starts
 * before `start` and ends inside the form (经开化|县马金: 开化县 ends inside 化县马金).
 */
function crossingName(
  text: string,
  start: number,
  end: number,
  kept: ReadonlySet<string>,
): string | undefined {
  for (let from = start + 1; from < end; from++)
    for (let to = Math.min(text.length, from + 8); to > end; to--) {
      const name = text.slice(from, to);
      if (name.length >= 3 && kept.has(name)) return name;
    }
  for (let from = Math.max(0, start - 7); from < start; from++)
    for (let to = Math.min(end, from + 8); to > start; to--) {
      const name = text.slice(from, to);
      if (name.length >= 3 && kept.has(name)) return name;
    }
  return undefined;
}

/**
 * The longest name `kept` holds that is written around text[start, end) there: the thing named in
 * full (碗窑·|碗东未来乡村), or another named after it (江郎山|现代农业园区).
 */
function surroundingName(
  text: string,
  start: number,
  end: number,
  kept: ReadonlySet<string>,
): string | undefined {
  let found: string | undefined;
  for (let from = Math.max(0, start - 8); from <= start; from++)
    for (let to = Math.min(text.length, from + 16); to >= end; to--) {
      const name = text.slice(from, to);
      if (to - from > end - start && kept.has(name) && (!found || name.length > found.length)) found = name;
    }
  return found;
}

/** Whether a sentence is lines of verse of one length, five or seven (a numbering before it aside). */
function isVerse(text: string): boolean {
  const lines = text
    .replace(/^[（(][一二三四五六七八九十\d]+[）)]/, '')
    .split(/[，。！？；,!?;]/)
    .filter((line) => line.length > 0);
  return (
    lines.length >= 2 &&
    lines.every((line) => /^[\u4e00-\u9fff]+$/.test(line)) &&
    (lines.every((line) => line.length === 7) || lines.every((line) => line.length === 5))
  );
}

const verseCache = new WeakMap<Sentence, boolean>();
/** isVerse, once per sentence: many candidates are written in the same one. */
function verseSentence(sentence: Sentence): boolean {
  let verse = verseCache.get(sentence);
  if (verse === undefined) verseCache.set(sentence, (verse = isVerse(sentence.text)));
  return verse;
}

/** Every occurrence of the term or an alias in the sentences it was found in. */
function occurrencesOf(
  term: Term,
  mentions: readonly Sentence[],
  dictionary: ReadonlyMap<string, DictWord>,
  kept: ReadonlySet<string>,
): Occurrence[] {
  // A common word, or a place name of any frequency (遗产地江|郎山: 江郎山 is a mountain). Not a
  // side or a part of the thing the suffix names (信安湖|北门堤, 湖|畔, 山|顶): that follows a name.
  /** `head` and the next one or two characters make a word of the dictionary that passes `test`. */
  const wordWith = (head: string, after: string, test: (w: DictWord) => boolean) =>
    [1, 2].some((n) => {
      const word = n <= after.length ? dictionary.get(head + after.slice(0, n)) : undefined;
      return word !== undefined && test(word);
    });
  const joins = (form: string, after: string) =>
    // Not before the building of it (智慧新城|建设, though 城建 is a word): the place is built.
    (!PART_OF_PLACE.test(after) &&
      !BUILD_VERB.test(after.slice(0, 2)) &&
      wordWith(form.slice(-1), after, (w) => w.freq >= WORD_FREQUENCY || w.tag === 'ns')) ||
    // An idiom cut in two: 仍需跋山|涉水 (跋山涉水).
    wordWith(form.slice(-2), after, (w) => /^(i|l)$/.test(w.tag)) ||
    // Or the whole form is the start of a word: 山高路|远 (山高路远).
    wordWith(form, after, () => true);
  /**
   * A common noun or an idiom the two-character suffix is the start of: 副总工程|师 (工程师),
   * 行动|不便. Not where the rest is the building of it (…文化工程|建设: jieba's set phrase 工程建设).
   */
  const suffixStartsWord = (form: string, after: string) => {
    const building = BUILD_VERB.test(after.slice(0, 2));
    return wordWith(
      form.slice(-2),
      after,
      (w) => (w.freq >= 1000 && w.tag === 'n') || (!building && /^(i|l)$/.test(w.tag)),
    );
  };
  const forms = [term.term, ...term.aliases].sort((a, b) => b.length - a.length);
  const out: Occurrence[] = [];
  for (const sentence of mentions) {
    const text = sentence.text;
    const taken: [number, number][] = [];
    for (const form of forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (taken.some(([s, e]) => at < e && end > s)) continue;
        taken.push([at, end]);
        const after = text.slice(end, end + CONTEXT);
        const crosses = kept.size > 0 ? crossingName(text, at, end, kept) : undefined;
        const inside = kept.size > 0 ? surroundingName(text, at, end, kept) : undefined;
        out.push({
          sentence,
          form,
          before: text.slice(Math.max(0, at - CONTEXT), at),
          after,
          lastJoinsAfter: joins(form, after),
          suffixStartsWord: suffixStartsWord(form, after),
          ...(crosses ? { crosses } : {}),
          ...(inside ? { inside } : {}),
          ...(verseSentence(sentence) ? { verse: true as const } : {}),
        });
      }
    }
  }
  return out;
}

/**
 * Names of provinces and cities, full and short, and of Quzhou's own counties (浙江, 丽水, 衢州,
 * 开化): a candidate ending in one after words that are not a place is a phrase, not a new name.
 * Other counties' short forms are left out: many are ordinary words (通道, 古县).
 */
function largerPlaceNames(register: PlaceRegister): Set<string> {
  const names = new Set<string>();
  for (const q of register.qualifiers) {
    if (!/[省市]$/.test(q)) continue;
    names.add(q);
    if (q.length >= 3) names.add(q.slice(0, -1));
  }
  for (const p of register.places) {
    if (p.level === 'village' || p.level === 'town') continue;
    names.add(p.name);
    if (p.short) names.add(p.short);
    for (const c of p.chain) names.add(c);
  }
  names.add('浙江');
  return names;
}

/**
 * A province, city or county the form ends in, after words that are not a place themselves:
 * 秉持|浙江, 时期|浙江, 成|浙江. The suffix detector read the place's last character (江) as a
 * suffix of its own.
 */
function gluedTo(form: string, tokens: Token[], larger: Set<string>): string | undefined {
  for (let cut = 1; cut <= form.length - 2; cut++) {
    const tail = form.slice(cut);
    if (!larger.has(tail)) continue;
    const head = tokens.filter((t) => t.end <= cut);
    if (head.length === 0 || head[head.length - 1]!.end !== cut) continue;
    if (head.every((t) => !/^ns/.test(t.tag) && !larger.has(t.word))) return tail;
  }
  return undefined;
}

/**
 * A verb or preposition of one character glued before a Quzhou town's name or stem (回|齐溪,
 * 经|峡口): where someone goes or passes, not a place of its own. (经 "via" is a preposition by
 * lexicon.ts's correction of the dictionary's noun.)
 */
function gluedToTown(form: string, towns: ReadonlySet<string>): string | undefined {
  const rest = form.slice(1);
  if (rest.length < 2 || !towns.has(rest)) return undefined;
  const head = generalDictionary().get(form[0]!);
  return head !== undefined && /^[vp]$/.test(head.tag) && head.freq >= 1000 ? rest : undefined;
}

/** One or two larger places the form opens with (浙江|常山|…), leaving at least four characters. */
function regionPrefix(
  form: string,
  larger: ReadonlySet<string>,
  quzhou: ReadonlyMap<string, RegisterPlace[]>,
  shortOf: ReadonlyMap<string, string>,
): RegisterEvidence['region'] {
  let at = 0;
  let last: string | undefined;
  for (let round = 0; round < 2; round++) {
    let found: string | undefined;
    for (let len = Math.min(5, form.length - at - 4); len >= 2; len--) {
      const name = form.slice(at, at + len);
      if (larger.has(name)) {
        found = name;
        break;
      }
    }
    if (!found) break;
    at += found.length;
    last = found;
  }
  if (!last) return undefined;
  const own = quzhou.has(last) ? last : shortOf.get(last);
  return { prefix: form.slice(0, at), ...(own ? { quzhou: own } : {}) };
}

/**
 * The longest Quzhou division (town or village, one of its name) the form opens with, before 3+ more
 * characters; or a county, by its name or short form, before a town or village of its own in the
 * register (衢江|廿里镇, 柯城|九华乡: the county is where the town lies, as 衢江区|廿里镇 says).
 */
function unitPrefix(
  form: string,
  byName: ReadonlyMap<string, RegisterPlace[]>,
  shortOf: ReadonlyMap<string, string>,
): { written: string; place: RegisterPlace } | undefined {
  for (let cut = form.length - 3; cut >= 2; cut--) {
    const written = form.slice(0, cut);
    const places = byName.get(written);
    if (cut >= 3 && places?.length === 1 && (places[0]!.level === 'town' || places[0]!.level === 'village'))
      return { written, place: places[0]! };
    const county = (byName.get(shortOf.get(written) ?? written) ?? []).find((p) => p.level === 'county');
    const within = county && byName.get(form.slice(cut))?.find((p) => p.chain.includes(county.name));
    if (county && within && (within.level === 'town' || within.level === 'village'))
      return { written, place: county };
  }
  return undefined;
}

/**
 * The names that make a phrase about Quzhou: the prefecture's, counties' and towns' names and
 * stems, villages' full names, and 衢, the character every Chinese reader knows as the city's
 * abbreviation (杭衢高铁, 衢宁铁路). Villages' stems are left out: most are ordinary words.
 */
function localNames(register: PlaceRegister, dictionary: ReadonlyMap<string, DictWord>): Set<string> {
  const names = new Set<string>(['衢']);
  for (const p of register.places) {
    if (p.name.length >= 3) names.add(p.name);
    if (p.level === 'village') continue;
    if (p.short) names.add(p.short);
    if (p.stem.length >= 2 && !dictionary.has(p.stem)) names.add(p.stem);
  }
  return names;
}

/**
 * Lookups in a set of names by the substrings of a text, longest first: a few hundred set lookups
 * per candidate instead of a scan of every Quzhou name.
 */
function nameFinder(names: ReadonlySet<string>) {
  const longest = Math.max(0, ...[...names].map((n) => n.length));
  return {
    /** The longest name written anywhere in `text`. */
    within(text: string): string | undefined {
      for (let len = Math.min(longest, text.length); len >= 1; len--)
        for (let at = 0; at + len <= text.length; at++) {
          const name = text.slice(at, at + len);
          if (names.has(name)) return name;
        }
      return undefined;
    },
    /** The longest name of at least two characters `text` opens with. */
    opening(text: string): string | undefined {
      for (let len = Math.min(longest, text.length); len >= 2; len--)
        if (names.has(text.slice(0, len))) return text.slice(0, len);
      return undefined;
    },
  };
}

/** Rivers, lakes, streams and hills: the features towns are named after (新安江 → 新安江街道). */
const TOWN_NAMING_KINDS = new Set(['江河', '湖泊', '溪流', '山']);

/** The kinds a township, town or subdistrict is read as. */
const TOWN_KINDS = new Set(['镇', '乡', '街道']);
const VILLAGE_KINDS = new Set(['行政村', '社区']);

/**
 * The first of `regions` that every article with one of `occurrences` names, each article asked
 * once however often it uses the name.
 */
function regionNamedIn(
  regions: readonly string[],
  occurrences: readonly Occurrence[],
  articleTexts: ReadonlyMap<string, string>,
): string | undefined {
  const texts = [...new Set(occurrences.map((o) => o.sentence.file))].map((f) => articleTexts.get(f) ?? '');
  return regions.find((r) => texts.every((text) => text.includes(r)));
}

/**
 * Verbs of motion and prepositions of path: 水绕山转, 船行碧溪, 衢江溯江而上, 经钱江, 衢州因山得名,
 * 浑水入溪, 上连姜堰、下接席堰, 沙凝成塔; and of crossing or leading water (渡船过江, 桐油翻岭, 挖塘引溪水),
 * which stand alone in no Quzhou division's stem. Asked only of landscape (rivers, hills, lakes,
 * weirs, old villages and sites): shops and roads take such characters for their sound (百汇路, 聚宝街).
 */
const LANDSCAPE = new Set([
  '江河',
  '湖泊',
  '溪流',
  '山',
  '湿地',
  '花海',
  '古镇',
  '古村落',
  '堰坝',
  '港',
  '古迹',
]);
const MOTION = /^[绕溯经因聚穿汇注流抵越跨傍行连接成入过翻引]$/;
/** Where a stem may open with one of them: a preposition of path or cause (经|钱江, 因|山). */
const MOTION_OPENING = /^[经因绕溯]$/;

/**
 * Every level a division's name may end in (the units of suffixes.ts), to ask the register whether
 * any is named after a word.
 */
const UNIT_ENDS = SUFFIXES.filter((s) => s.admin).map((s) => s.suffix);

/** The stem before a name's suffix, where that suffix is no division's level (村, 镇, 街道…). */
function stemBeforeKind(form: string): string | undefined {
  const suffix = SUFFIXES.find((x) => form.endsWith(x.suffix) && form.length > x.suffix.length);
  return suffix && !suffix.admin ? form.slice(0, -suffix.suffix.length) : undefined;
}

function kindWordStemOf(form: string, register: PlaceRegister): string | undefined {
  const stem = stemBeforeKind(form);
  if (stem === undefined) return undefined;
  const word = generalDictionary().get(stem);
  if (!word || word.tag !== 'ns' || word.freq < 300) return undefined;
  return UNIT_ENDS.every((end) => register.named(stem + end) === 0) ? stem : undefined;
}

function verbBeforeNameIn(form: string, text: string): { verb: string; name: string } | undefined {
  const verb = form.charAt(0);
  const name = form.slice(1);
  if (name.length < 2 || !/^v/.test(generalDictionary().get(verb)?.tag ?? '')) return undefined;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    if (text.charAt(i - 1) !== verb) return { verb, name };
  return undefined;
}

/** Tags of the dictionary's common words: nouns, verbs, adjectives, adverbs, idioms. */
const COMMON_WORD = /^(n|v|vn|a|ad|an|d|b|l|i)$/;

function describedOnceBy(form: string, register: PlaceRegister): string | undefined {
  const stem = stemBeforeKind(form);
  if (stem === undefined) return undefined;
  const dictionary = generalDictionary();
  // One common noun (村史|长廊), or common words only, the first no division's name (街角|小|广场,
  // 油茶|文化|展示馆): a description the sentence makes, as 高家|苗木基地 is not (高家镇).
  const words = dictionary.has(stem) ? [stem] : tokenize(stem).map((t) => t.word);
  const common = (w: string) => COMMON_WORD.test(dictionary.get(w)?.tag ?? '');
  const described = words.length === 1 ? dictionary.get(stem)?.tag === 'n' : words.every(common);
  if (!described) return undefined;
  return UNIT_ENDS.every((end) => register.named(words[0]! + end) === 0) ? stem : undefined;
}

function motionVerbIn(form: string, quzhouStems: ReadonlySet<string>): string | undefined {
  const stem = stemBeforeKind(form);
  if (stem === undefined || quzhouStems.has(stem)) return undefined;
  const pieces = dictionaryCut(stem);
  return pieces.find((p, i) => MOTION.test(p) && (i > 0 ? true : MOTION_OPENING.test(p) && stem.length >= 2));
}

/** What separates the parts of a listed slogan (X、Y, X，Y, X Y). */
export const LIST_SEPARATOR = /[、，,\s]+/;

/**
 * Suffixes that end the name of a place or body owning what is quoted after it: divisions (镇, 村,
 * 街道), bodies (小学, 合作社) and places of two characters or more (公园, 景区). A one-character
 * landscape suffix (山, 江, 路) ends common words as often.
 */
const OWNER_SUFFIXES = SUFFIXES.filter(
  (s) => s.admin || s.category === 'organization' || (s.category === 'place' && s.suffix.length >= 2),
).map((s) => s.suffix);

/** What follows a quote, past its closing mark. */
const afterQuote = (after: string) => (/^[”"’]/.test(after) ? after.slice(1) : undefined);

export interface EvidenceInput {
  terms: readonly Term[];
  /** Per term, every sentence that mentions it (compile.ts findMentions). */
  mentions: readonly (readonly Sentence[])[];
  register?: PlaceRegister;
  /** The names an earlier round kept (compile.ts): a candidate cut across one is a fragment. */
  kept?: ReadonlySet<string>;
  /** Stems of the divisions the text names by their suffix (衢江 of 衢江区), from extract.ts. */
  anchors?: ReadonlySet<string>;
  /**
   * The anchors a name by its suffix is read with, from extract.ts (rules-names.ts anchorsOpening):
   * the same sets the detector read it with. `anchors` where absent.
   */
  nameAnchors?: (term: string) => ReadonlySet<string>;
  /** Each article's text by its file name, to ask what else an article names. */
  articleTexts?: ReadonlyMap<string, string>;
}

export function gatherEvidence({
  terms,
  mentions,
  register,
  kept = new Set(),
  anchors = new Set(),
  nameAnchors = () => anchors,
  articleTexts = new Map(),
}: EvidenceInput): TermEvidence[] {
  const dictionary = generalDictionary();
  const anchorList = [...anchors];
  const larger = register ? largerPlaceNames(register) : new Set<string>();
  const qualifiers = new Set(register?.qualifiers ?? []);
  const regions = new Set(register?.regions ?? []);
  const local = nameFinder(register ? localNames(register, dictionary) : new Set());
  // Two characters and more: a one-character name (衢) inside a list says nothing.
  const twoOrMore = (names: Iterable<string>) => new Set([...names].filter((name) => name.length >= 2));
  const largerFinder = nameFinder(twoOrMore(larger));
  const keptFinder = nameFinder(twoOrMore(kept));
  const countyNames = register ? unitNames(register) : [];
  // What may own a quoted name written right after it: the text's divisions, the counties, and
  // the suffixes of places and bodies.
  const owners = [...anchorList, ...countyNames, ...OWNER_SUFFIXES];
  const quzhouByName = new Map<string, RegisterPlace[]>();
  // 常山 → 常山县: what people write alone for a Quzhou county, and the county's name.
  const shortOf = new Map<string, string>();
  const quzhouStems = new Set<string>();
  const quzhouNames = (register?.places ?? []).map((p) => p.name);
  for (const p of register?.places ?? []) {
    quzhouStems.add(p.stem);
    quzhouByName.set(p.name, [...(quzhouByName.get(p.name) ?? []), p]);
    if (p.short) shortOf.set(p.short, p.name);
  }
  // Quzhou's towns by name and by stem (齐溪镇, 齐溪), for the verbs glued before them.
  const towns = new Set(
    (register?.places ?? []).filter((p) => p.level === 'town').flatMap((p) => [p.name, p.stem]),
  );
  // Each Quzhou place written after the unit it lies in: a town under its county's short form and
  // its stem (柯城九华), a village under its town's stem and its own (石门清漾: 清漾村 of 石门镇); and
  // a county under its city's name or short form (衢州衢江, 衢州市衢江区), which is the county itself.
  const byUnitAndStem = new Map<string, RegisterPlace>();
  const countiesAfterCity = new Map<string, string>();
  for (const p of register?.places ?? []) {
    const unit = quzhouByName.get(p.chain[0] ?? '')?.[0];
    if (p.level === 'county' && unit)
      for (const c of [unit.name, unit.short])
        for (const n of [p.name, p.short]) if (c && n) countiesAfterCity.set(c + n, p.name);
    if (p.level === 'town' && unit?.short) byUnitAndStem.set(unit.short + p.stem, p);
    if (p.level === 'village' && unit?.level === 'town' && p.stem.length >= 2 && p.stem !== p.name)
      byUnitAndStem.set(unit.stem + p.stem, p);
  }
  /** A province, city or county outside Quzhou's own chain, under a name no Quzhou division has. */
  const notQuzhou = (name: string) => qualifiers.has(name) && !quzhouByName.has(name) && !shortOf.has(name);
  /** Such a place by a name the dictionary has only with one of `tags`, or not at all. */
  const outsideBy = (tags: RegExp) => (name: string) => {
    const entry = dictionary.get(name);
    return notQuzhou(name) && (!entry || tags.test(entry.tag));
  };
  /** Such a place by a name that is no ordinary word (通道 is a county of Hunan and a word). */
  const outside = outsideBy(/^ns/);
  /**
   * Such a place by a name that is no common word: jieba tags the names of places, people and
   * things alike (金华/nz, 建德/nrt, 嘉兴/nr), so any proper noun's tag will do. Written alone, the
   * name is that place (or a person), never a Quzhou thing.
   */
  const outsideAlone = outsideBy(/^(ns|nr|nz|nt)/);
  // 浦江“上山遗址”, 杭州市下城区|朝晖街道: the outside place may be followed by a district of its own.
  const elsewhereBefore = (before: string) => {
    const b = before.replace(/[“"]$/, '');
    for (const text of [b, b.replace(/[\u4e00-\u9fff]{2,3}[区县市]$/, '')])
      for (let len = Math.min(5, text.length); len >= 2; len--)
        if (outside(text.slice(-len))) return text.slice(-len);
    return undefined;
  };
  // 江西省上饶市的|紫湖镇: a place's own, written after it and 的, is that place's too; only
  // after a province or city, or a name written with its unit: 城东 of 城东的紫港大道 is the east
  // of town, though a district of Xining is called so.
  const ofElsewhere = (b: string) => {
    const q = b.endsWith('的') ? elsewhereBefore(b.slice(0, -1)) : undefined;
    return q && (larger.has(q) || /[省市县区州]$/.test(q)) ? q : undefined;
  };
  /**
   * A use listed next to a place outside Quzhou (面向上饶、|黄山|、南平方面), or written right after
   * one (安徽|黄山): the names around it are read from the list's edge inwards.
   */
  const amongElsewhere = (o: Occurrence) => {
    const before = /([^、，。；：“”\s]+)、$/.exec(o.before)?.[1] ?? '';
    const after = /^、([^、，。；：“”\s]+)/.exec(o.after)?.[1] ?? '';
    for (let len = 2; len <= 4; len++)
      if (outsideAlone(before.slice(-len)) || outsideAlone(after.slice(0, len))) return true;
    return elsewhereBefore(o.before) !== undefined;
  };
  /**
   * A use whose whole neighbour in a list (、, 和, 以及) is a place outside Quzhou (三清山、|婺源), or
   * that is written after one and 的 (上饶的|三清山): stricter than amongElsewhere, where the end of
   * a neighbour may be such a place by chance (盈川古县 ends in 古县, a county of Shanxi).
   */
  const besideOutside = (o: Occurrence) => {
    const before =
      /(?:^|[、，。；：“”\s和与及])([^、，。；：“”\s和与及]+)[、和与及]$/.exec(o.before)?.[1] ?? '';
    const after = /^(?:、|以及|[和与及])([^、，。；：“”\s和与及等]+)/.exec(o.after)?.[1] ?? '';
    if (outsideAlone(before) || outsideAlone(after)) return true;
    return o.before.endsWith('的') && elsewhereBefore(o.before.slice(0, -1)) !== undefined;
  };
  const quotedForms = new Set(terms.filter((t) => t.rules.has('quoted')).map((t) => t.term));
  /** The quoted form left after the verbs and adverbs `tokens` open with, if any. */
  const calledFor = (form: string, tokens: Token[]) => {
    let at = 0;
    for (const t of tokens) {
      if (t.start !== at || !/^(v|vd|vn|d|ad)$/.test(t.tag)) break;
      at = t.end;
      if (quotedForms.has(form.slice(at))) return form.slice(at);
    }
    return undefined;
  };
  return terms.map((term, i) => {
    const sentences = mentions[i] ?? term.sentences;
    const tokens = tokenize(term.term);
    const word = dictionary.get(term.term);
    const glued = register
      ? (gluedTo(term.term, tokens, larger) ??
        (register.named(term.term) === 0 ? gluedToTown(term.term, towns) : undefined))
      : undefined;
    const unit = register ? unitPrefix(term.term, quzhouByName, shortOf) : undefined;
    const countyAfterCity = countiesAfterCity.get(term.term);
    const region = register ? regionPrefix(term.term, larger, quzhouByName, shortOf) : undefined;
    const occurrences = occurrencesOf(term, sentences, dictionary, kept);
    // The register writes a 行政村 as …村: 黄坛口行政村 is 黄坛口村.
    const registered = term.term.replace(/行政村$/, '村');
    const within = local.within(term.term);
    const stem = term.term.slice(0, -1);
    // Provinces and prefecture-level cities only: many counties' names are ordinary words (灵山, 古田).
    const namedAfter = larger.has(stem) && !quzhouByName.has(stem) && !shortOf.has(stem) ? stem : undefined;
    const endsWithPlace = countyNames.find((n) => term.term.endsWith(n) && term.term.length >= n.length + 2);
    const placeOpening = local.opening(term.term);
    // Only lists ask what is written inside them (decide.ts, plain-list), and chains joined by +
    // (“邻礼通+红色物业联盟”), whose parts may be names (rules-quotes.ts).
    const listed = LIST_SEPARATOR.test(term.term) || term.term.includes('+');
    const largerWithin = listed && register ? largerFinder.within(term.term) : undefined;
    const keptWithin = listed ? keptFinder.within(term.term) : undefined;
    const kindAfterName =
      term.category === 'place' &&
      term.rules.has('name-suffix') &&
      /[山岭溪]$/.test(term.term) &&
      /[湖江溪村镇乡]$/.test(stem) &&
      kept.has(stem)
        ? stem
        : undefined;
    const before = occurrences.map((o) => elsewhereBefore(o.before) ?? ofElsewhere(o.before));
    const afterElsewhere = before.every((q) => q !== undefined) ? before[0] : undefined;
    const outsideIn = new Map<string, string>();
    occurrences.forEach((o, i) => {
      if (before[i] !== undefined) outsideIn.set(o.sentence.file, before[i]);
    });
    const elsewhereInEachArticle = occurrences.every((o) => outsideIn.has(o.sentence.file))
      ? outsideIn.values().next().value
      : undefined;
    // 丽水|通济堰, 黄山|机场: jieba reads the outside place as the first word of the form.
    const opening = tokens[0]?.word ?? '';
    // A body may be named after a county-level city too (义乌|工商职业技术学院), where that name is
    // no common word (江南) and no Quzhou place's (东港, 城东 are quarters of Quzhou); so may a works
    // named by its kind, where jieba knows the city as a place (诸暨/ns|桔槔井灌工程). Places are not
    // judged so: Quzhou's own open with such names (铜山源溪, 青龙码头).
    const countyElsewhere =
      notQuzhou(opening) && !quzhouStems.has(opening) && (dictionary.get(opening)?.freq ?? 0) < 1000;
    const countyOpening =
      (term.category === 'organization' ||
        (term.category === 'program' && term.rules.has('name-suffix') && tokens[0]?.tag === 'ns')) &&
      countyElsewhere;
    // 遂昌|西: a county elsewhere and a bearing is that county's station or quarter.
    const bearingOf = /^[东西南北]$/.test(term.term.slice(opening.length)) && countyElsewhere;
    // jieba may tag the city's name as any proper noun (金华/nz|汤溪: a town of Jinhua's, read as
    // a stream 金华汤); such a name is the city where a town's name follows it. Not otherwise: 南通
    // is also "south to" (北接…南通梨岭).
    const townAfter = (rest: string) =>
      register !== undefined && ['镇', '乡', '街道'].some((level) => register.named(rest + level) > 0);
    const opensElsewhere =
      opening.length >= 2 &&
      (term.term.length - opening.length >= 2 || bearingOf) &&
      ((regions.has(opening) &&
        (outside(opening) || (outsideAlone(opening) && townAfter(term.term.slice(opening.length))))) ||
        countyOpening ||
        bearingOf) &&
      !within
        ? opening
        : undefined;
    const townElsewhere =
      register &&
      term.category === 'place' &&
      (TOWN_NAMING_KINDS.has(term.kind) || (term.kind === '并列项' && /[江河湖山溪]$/.test(term.term))) &&
      !quzhouByName.has(term.term) &&
      !quzhouNames.some((n) => n.startsWith(term.term))
        ? ['街道', '镇', '乡'].map((level) => term.term + level).find((town) => register.named(town) > 0)
        : undefined;
    /**
     * The region every article using a division of these kinds names, where no Quzhou division
     * has its name.
     */
    const namedRegion = (kinds: ReadonlySet<string>, regionsOf: (name: string) => readonly string[]) =>
      register &&
      occurrences.length > 0 &&
      term.category === 'place' &&
      kinds.has(term.kind) &&
      !quzhouByName.has(term.term)
        ? regionNamedIn(regionsOf(term.term), occurrences, articleTexts)
        : undefined;
    // 龙安镇 in a text on 平武县's towns: a township, town or subdistrict no Quzhou division is,
    // that lies in a province, city or county every article using it names.
    const townOf = namedRegion(TOWN_KINDS, (name) => register!.townRegions(name));
    // 江湾镇大畈村 in a text on the Jiangxi side of a border: the same, a level down, asked of the
    // town and county that hold the village (a province or city holds namesakes of most villages).
    const villageOf = namedRegion(VILLAGE_KINDS, (name) => register!.villageRegions(name));
    const motionVerb =
      term.category === 'place' && LANDSCAPE.has(term.kind) && term.rules.has('name-suffix') && register
        ? motionVerbIn(term.term, quzhouStems)
        : undefined;
    const kindWordStem =
      term.category === 'place' && term.rules.has('name-suffix') && register
        ? kindWordStemOf(term.term, register)
        : undefined;
    // A place by its suffix, no Quzhou division, that the articles write once.
    const placeNamedOnce =
      term.category === 'place' &&
      term.rules.has('name-suffix') &&
      occurrences.length === 1 &&
      !quzhouByName.has(registered);
    const describedOnce = placeNamedOnce && register ? describedOnceBy(term.term, register) : undefined;
    const callFor = term.rules.has('quoted') ? calledFor(term.term, tokens) : undefined;
    const verbBeforeName = placeNamedOnce
      ? verbBeforeNameIn(term.term, articleTexts.get(occurrences[0]!.sentence.file) ?? '')
      : undefined;
    const anchorsWithin =
      term.quoted || term.lists ? anchorList.filter((a) => term.term.includes(a)) : undefined;
    // In apposition only: 合作社的“红美人” is what the cooperative grows, a variety.
    const ownerOf = (o: Occurrence) => {
      if (!/[“"]$/.test(o.before)) return undefined;
      const before = o.before.slice(0, -1);
      return owners.find((n) => before.endsWith(n));
    };
    const owner = term.rules.has('quoted')
      ? occurrences.map(ownerOf).find((n) => n !== undefined)
      : undefined;
    const placeAfterUnit = term.lists ? byUnitAndStem.get(term.term) : undefined;
    const cutFrom = (o: Occurrence) => {
      for (let len = 1; len <= 3 && len <= o.after.length; len++) {
        const place = byUnitAndStem.get(term.term + o.after.slice(0, len));
        if (place) return place;
      }
      return undefined;
    };
    const cutFromUnitPlace =
      term.rules.has('name-suffix') && term.category === 'place' && occurrences.length > 0
        ? occurrences.map(cutFrom).reduce((a, b) => (a === b ? a : undefined))
        : undefined;
    const unitKind = NAMED_AFTER_UNIT.find((s) => term.term.endsWith(s));
    const unitStem = unitKind ? term.term.slice(0, -unitKind.length) : '';
    const namedAfterUnit =
      unitStem.length >= 2 && unitStem.length <= 4
        ? [`${unitStem}村`, `${unitStem}社区`].find((unit) => quzhouByName.has(unit))
        : undefined;
    // 建德是…“草莓之乡”: the sentence's subject, a place outside Quzhou (浙江 may come first).
    const subjectElsewhere = (o: Occurrence) => {
      const text = o.sentence.text.replace(/^浙江省?/, '');
      for (let len = Math.min(5, text.length); len >= 2; len--)
        if (outsideAlone(text.slice(0, len))) return text.slice(0, len);
      return undefined;
    };
    const subjects = EPITHET.test(term.term) ? occurrences.map(subjectElsewhere) : [];
    const epithetElsewhere =
      subjects.length > 0 && subjects.every((x) => x !== undefined) ? subjects[0] : undefined;
    const epithetOf = occurrences
      .map((o) => afterQuote(o.after))
      .map((a) => (a === undefined ? undefined : local.opening(a)))
      .find((n) => n !== undefined);
    return {
      term,
      detectors: [...term.rules].sort(),
      occurrences,
      articles: new Set(sentences.map((s) => s.file)).size,
      tokens,
      ...(callFor ? { callFor } : {}),
      ...(keptWithin ? { keptWithin } : {}),
      ...(kindAfterName ? { kindAfterName } : {}),
      ...(verbBeforeName ? { verbBeforeName } : {}),
      ...(word ? { word } : {}),
      ...(anchorsWithin ? { anchorsWithin } : {}),
      ...(owner ? { owner } : {}),
      ...(term.nameUses ? { anchors: nameAnchors(term.term) } : {}),
      ...(register
        ? {
            register: {
              quzhou: quzhouByName.get(registered) ?? [],
              named: register.named(registered),
              ...(glued ? { gluedTo: glued } : {}),
              ...(unit ? { unitPrefix: unit } : {}),
              ...(countyAfterCity ? { countyAfterCity } : {}),
              ...(region ? { region } : {}),
              ...(qualifiers.has(term.term) && !quzhouByName.has(term.term) ? { elsewhere: true } : {}),
              ...(!quzhouStems.has(term.term) && outsideAlone(term.term) ? { onlyElsewhere: true } : {}),
              ...(quzhouStems.has(term.term) ? { quzhouStem: true } : {}),
              ...(qualifiers.has(term.term) &&
              occurrences.length > 0 &&
              (occurrences.every(amongElsewhere) || mostly(occurrences, besideOutside))
                ? { besideElsewhere: true }
                : {}),
              ...(!qualifiers.has(term.term) && mostly(occurrences, besideOutside)
                ? { amongElsewhere: true }
                : {}),
              ...(namedAfter ? { namedAfterElsewhere: namedAfter } : {}),
              ...(within ? { within } : {}),
              ...(endsWithPlace ? { endsWithPlace } : {}),
              ...(placeOpening && placeOpening !== term.term ? { placeOpening } : {}),
              ...(epithetOf ? { epithetOf } : {}),
              ...(epithetElsewhere ? { epithetElsewhere } : {}),
              ...(largerWithin ? { largerWithin } : {}),
              ...(afterElsewhere ? { afterElsewhere } : {}),
              ...(elsewhereInEachArticle ? { elsewhereInEachArticle } : {}),
              ...(opensElsewhere ? { opensElsewhere } : {}),
              ...(townElsewhere ? { townElsewhere } : {}),
              ...(townOf ? { townOf } : {}),
              ...(villageOf ? { villageOf } : {}),
              ...(motionVerb ? { motionVerb } : {}),
              ...(describedOnce ? { describedOnce } : {}),
              ...(kindWordStem ? { kindWordStem } : {}),
              ...(namedAfterUnit ? { namedAfterUnit } : {}),
              ...(placeAfterUnit ? { placeAfterUnit } : {}),
              ...(cutFromUnitPlace ? { cutFromUnitPlace } : {}),
            },
          }
        : {}),
    };
  });
}
