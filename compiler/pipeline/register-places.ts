/**
 * Detector: Quzhou divisions named in the text by their full name (开化县, 青石镇, 贺田村), found
 * from the register rather than from a suffix, so a division whose stem is an ordinary word (开化
 * "to civilise", 江山 "landscape", 青石 "bluestone") is found as surely as 廿里镇.
 *
 * A name several divisions in China share (白沙村) is taken where the article names one of its
 * containing divisions, or the sentence one of its own right after it (白云街道|幸福社区). A village
 * whose stem is an ordinary word (幸福, 和平) needs more: its town or county named before it in the
 * sentence, or named in the article while the sentence writes it as a place (来到|和平村,
 * 幸福社区|居民, …|位于) or as the one who acts, opening the sentence (梅林村|还…), never as a goal
 * or a rank (打造|幸福社区, 清廉社区|建设). A name right after another province, city or county
 * (安吉县|余村) is that place's namesake and is skipped, unless that name is only the end of a
 * Quzhou one (柯城区 ends in 城区, a district of 阳泉). A town's stem
 * written alone (华埠) is that town where the stem is no common word and the article names the
 * town's county. `register-probe.test.ts` writes every division of the register into made-up
 * articles and checks it is found.
 */
import { divisionShortForm } from '../../lib/glossary/glossary';
import { articleTexts, type Sentence } from '../article';
import { guessedLead, tokenize } from '../lexicon';
import { WORD_FREQUENCY } from '../register/ambiguity';
import * as cue from './cues';
import { FUNCTION_CHARS, SUFFIXES } from '../rules/suffixes';
import { landmarkEndsAt } from '../register/landmarks';
import type { PlaceRegister, RegisterPlace } from '../register/places';

export interface RegisterMention {
  place: RegisterPlace;
  sentence: Sentence;
  /** The town's stem, where the text writes that alone (华埠 for 华埠镇). */
  bare?: string;
  /** The containing division the sentence names before it, where that is what identified it. */
  parent?: string;
}

/** Words that make what follows a goal, a status or a rank: a kind of place, not one village. */
const GOAL_OR_RANK_BEFORE = /(打造|建设|创建|争创|创成|建成|成为|评为|命名为|获评|培育|级|一个|一批|一座)$/;

/** Words after a name that make it a kind of place to build or to model (清廉社区|建设). */
const GOAL_AFTER = /^(建设|创建|创成|试点|示范|标准|模式|理念)/;

/**
 * jieba's tags of a verb, a preposition, an adverb or a conjunction: what follows a place, not a
 * part of its name. Not a locative, which may open the next name (音坑|下淤旅游区).
 */
const PREDICATE_TAG = /^(v|vd|p|d|c)$/;

/** A bearing and 至 or 起: where a stretch ends or starts (东至, 西起), whatever county shares the words. */
const EXTENT_END = /^[东南西北][至起]$/;

/** Village and community names shorter than this are too often parts of other words (大村, 新村). */
const MIN_VILLAGE = 3;

export function findRegisterPlaces(
  sentences: readonly Sentence[],
  register: PlaceRegister,
  dictionary: ReadonlyMap<string, { freq: number; tag: string }>,
): RegisterMention[] {
  const byName = new Map<string, RegisterPlace[]>();
  for (const p of register.places) {
    if ((p.level === 'village' || p.level === 'town') && p.name.length < MIN_VILLAGE) continue;
    byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  }
  // A town's stem written alone (华埠 for 华埠镇), where it is no dictionary word, no division's
  // full name and no other Quzhou town's stem: an article that names the town's county means
  // that town (its villages named after it, 华埠村, lie in it).
  const townStems = new Map<string, RegisterPlace>();
  // Every Quzhou town by its stem: several towns may share one (and then none is taken alone).
  const townsByStem = new Map<string, RegisterPlace[]>();
  for (const p of register.places)
    if (p.level === 'town') townsByStem.set(p.stem, [...(townsByStem.get(p.stem) ?? []), p]);
  for (const p of register.places) {
    // A word jieba knows but seldom meets is no ordinary word, whatever it tags it: a place
    // (华埠/ns), a name (九华/nz, 凤林/nr) or a noun (芳村/n).
    // A county's too (柯城, 衢江, 龙游: 柯城区, 衢江区, 龙游县), where it is no word (江山
    // "landscape", 开化 "to civilise" and 常山 are left to their full names).
    const word = dictionary.get(p.stem);
    if ((p.level !== 'town' && p.level !== 'county') || p.stem.length < 2 || byName.has(p.stem)) continue;
    if (word && word.freq >= WORD_FREQUENCY) continue;
    const namesakes = p.level === 'town' ? townsByStem.get(p.stem)!.length : 1;
    if (namesakes === 1 && register.named(p.stem) === 0) townStems.set(p.stem, p);
  }
  for (const stem of townStems.keys()) byName.set(stem, byName.get(stem) ?? []);
  // A village's stem written alone (三卿口 for 三卿口村, 王村 for 王村村), where it is no word of the
  // dictionary and no division's or town's name: an article that names the village's town in full
  // means that village (由原峡口、王村、三卿口组成, 金川街道徐村).
  const villageStems = new Map<string, RegisterPlace[]>();
  for (const p of register.places) {
    if (p.level !== 'village' || p.stem.length < 2 || p.stem === p.name) continue;
    if (byName.has(p.stem) || townsByStem.has(p.stem) || dictionary.has(p.stem)) continue;
    villageStems.set(p.stem, [...(villageStems.get(p.stem) ?? []), p]);
  }
  for (const stem of villageStems.keys()) byName.set(stem, byName.get(stem) ?? []);
  // Villages whose stem is also a town's (碗窑村 of 沟溪乡, 碗窑乡 of 江山市): left out above, and
  // asked for only where the article names the village's town (below).
  const townVillagesByStem = new Map<string, RegisterPlace[]>();
  for (const p of register.places)
    if (p.level === 'village' && p.stem !== p.name && townsByStem.has(p.stem))
      townVillagesByStem.set(p.stem, [...(townVillagesByStem.get(p.stem) ?? []), p]);
  // Names by first character, longest first: leftmost-longest without a trie.
  const byFirst = new Map<string, string[]>();
  for (const name of byName.keys()) byFirst.set(name[0]!, [...(byFirst.get(name[0]!) ?? []), name]);
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const qualifiers = new Set(register.qualifiers);
  // Quzhou's own names, full and short: 柯城区 ends in 城区 (a district of 阳泉, 长治, 晋城), but
  // 柯城区|黄家乡 is Quzhou's.
  const local = new Set(register.places.flatMap((p) => [p.name, ...(p.short ? [p.short] : [])]));
  const localEndingAt = (text: string, at: number, longerThan: number) => {
    for (let n = longerThan + 1; n <= 8 && n <= at; n++) if (local.has(text.slice(at - n, at))) return true;
    return false;
  };
  const quzhouName = (name: string) => byName.has(name) || local.has(name);
  const ordinaryWord = (q: string) => {
    const word = dictionary.get(q);
    return word !== undefined && /^(v|vd|c|d|p|a|ad|r)$/.test(word.tag) && word.freq >= 1000;
  };
  const afterQualifier = (text: string, at: number) => {
    for (let n = 2; n <= 6 && n <= at; n++) {
      const q = text.slice(at - n, at);
      // 西起何家乡，东至|招贤镇: a bearing and 至 or 起 give the ends of a stretch, not 东至县
      // (Anhui) by its short form.
      // 比如|石门镇: a county's name that is an ordinary verb, adverb or adjective to the dictionary
      // (比如 "for example", a county of Tibet; 平安, 安定) is that word before a name.
      if (qualifiers.has(q) && !EXTENT_END.test(q) && !ordinaryWord(q)) return !localEndingAt(text, at, n);
    }
    return false;
  };

  // What each article says anywhere: a county or town named once identifies its villages throughout.
  const articleText = articleTexts(sentences);
  /**
   * The county or town of `p` (never the prefecture or province, which every place shares) the
   * article names, nearest first. Not inside `p`'s own name: 碗窑村 of 沟溪乡 does not name 碗窑乡
   * (江山市), another 碗窑村's town, by its short form 碗窑.
   */
  const namedParent = (p: RegisterPlace, article: string) => {
    const around = article.split(p.name).join('\n');
    return p.chain
      .slice(0, Math.max(0, p.chain.length - 2))
      .find((c) => around.includes(c) || around.includes(divisionShortForm(c)));
  };

  // Each Quzhou division's own divisions, by name (白云街道 → 幸福社区, …).
  const children = new Map<RegisterPlace, string[]>();
  const byChain = new Map<string, RegisterPlace>();
  for (const p of register.places) byChain.set([p.name, ...p.chain].join('|'), p);
  for (const p of register.places) {
    const parent = byChain.get(p.chain.join('|'));
    if (parent) children.set(parent, [...(children.get(parent) ?? []), p.name]);
  }
  /** The one division of `places` whose own division the text writes right after it (白云街道|幸福社区). */
  const parentOfNext = (places: RegisterPlace[], text: string, end: number) => {
    const found = places.filter((p) => (children.get(p) ?? []).some((c) => text.startsWith(c, end)));
    return found.length === 1 ? found[0] : undefined;
  };

  // Quzhou's prefecture and counties by their names and short forms (常山县, 常山).
  const quzhouUnits = register.places
    .filter((p) => p.level === 'prefecture' || p.level === 'county')
    .flatMap((p) => [p.name, divisionShortForm(p.name)]);
  const namesQuzhou = (article: string) => quzhouUnits.some((n) => article.includes(n));

  // The prefecture's names (衢州市, 衢州): written right before a name it holds once, they say which.
  const prefecture = register.places
    .filter((p) => p.level === 'prefecture')
    .flatMap((p) => [p.name, divisionShortForm(p.name)]);
  const afterPrefecture = (text: string, at: number) => prefecture.some((n) => text.endsWith(n, at));
  // A town Quzhou holds once (石梁镇, 莲花镇), in an article that names the prefecture though not the
  // town's county (a city paper's 记者来到莲花镇): towns are few, and a town elsewhere of that name
  // comes with its province or county (江西|莲花县 is left out above).
  const townOfNamedPrefecture = (p: RegisterPlace, article: string) =>
    p.level === 'town' && prefecture.some((n) => article.includes(n));

  // One sense per discourse: an article that writes the name once right after another province,
  // city or county (上游江西省|龙溪村) means that place by it throughout (流经该乡|龙溪村), unless it
  // also writes it inside a Quzhou division (保安乡|龙溪村).
  const namedElsewhere = (article: string, name: string, places: readonly RegisterPlace[]) => {
    let elsewhere = false;
    for (let at = article.indexOf(name); at >= 0; at = article.indexOf(name, at + 1)) {
      if (localEndingAt(article, at, 1) || places.some((p) => afterOwnDivision(article, at, p))) return false;
      if (afterQualifier(article, at)) elsewhere = true;
    }
    return elsewhere;
  };

  // A village of ordinary stem whose town the article names is that village where the sentence
  // and the ones either side name another village of its town (紫薇村…；坑口村), or where it is named after
  // its town (保安乡|保安村): neighbours and namesakes share the town.
  const besideOrAfterTown = (p: RegisterPlace, near: string) => {
    const town = byChain.get(p.chain.join('|'));
    if (!town || town.level !== 'town') return false;
    return (
      divisionShortForm(town.name) === p.stem ||
      (children.get(town) ?? []).some((c) => c !== p.name && near.includes(c))
    );
  };

  // A village of ordinary stem written whole (草坪村, 钟楼社区) in an article that names its town in
  // full (白石镇, 府山街道): the town says which, as a county cannot (it has many such villages).
  const townInArticle = (p: RegisterPlace, article: string) => {
    const town = byChain.get(p.chain.join('|'));
    return town !== undefined && town.level === 'town' && article.includes(town.name);
  };

  const out: RegisterMention[] = [];
  for (const sentence of sentences) out.push(...listedTowns(sentence, townsByStem));
  for (const [index, sentence] of sentences.entries()) {
    const text = sentence.text;
    const article = articleText.get(sentence.file) ?? text;
    // This sentence and the ones either side of it in the article (a semicolon ends a sentence
    // here: 霞光村…；云山桥村则…).
    const previous = sentences[index - 1];
    const next = sentences[index + 1];
    const near =
      (previous?.file === sentence.file ? previous.text : '') +
      text +
      (next?.file === sentence.file ? next.text : '');
    for (let at = 0; at < text.length; at++) {
      const name = byFirst.get(text[at]!)?.find((n) => text.startsWith(n, at));
      if (!name) continue;
      const end = at + name.length;
      // A stem alone, not the first part of another name (马金|溪, 杜泽|老街, 大陈|村): punctuation,
      // a word of grammar or a verb follows (在华埠|举行, 从华埠|出发, 华埠|位于), and no name's
      // suffix. Asked of stems only: full names, most matches, need not pay for jieba.
      const alone = () => {
        const next = text[end];
        return (
          next === undefined ||
          !/[\u3400-\u9fff]/.test(next) ||
          FUNCTION_CHARS.has(next) ||
          // 航埠镇彭村|人，: a person from the place, the word ending there (not 彭村|人家).
          /^人([^\u3400-\u9fff]|$)/.test(text.slice(end, end + 2)) ||
          (!SUFFIXES.some((x) => text.startsWith(x.suffix, end)) && predicateOpens(text.slice(end, end + 6)))
        );
      };
      const villages = villageStems.get(name);
      if (villages) {
        // Or the sentence writes the village right after its town, short or full (石门|清漾,
        // 音坑乡|下淤): the town says which, as a town named anywhere in the article does.
        const afterTown = (v: RegisterPlace) =>
          text.endsWith(v.chain[0]!, at) || text.endsWith(divisionShortForm(v.chain[0]!), at);
        const inTown = villages.filter((v) => article.includes(v.chain[0]!) || afterTown(v));
        const village = inTown.length === 1 ? inTown[0]! : undefined;
        if (
          village &&
          alone() &&
          // 石门 is also a county of Hunan; before one of its own villages it is the town.
          (afterTown(village) ||
            (!afterQualifier(text, at) && cleanStart(text, at, village, dictionary, quzhouName))) &&
          !inWordOrTitle(text, at, end) &&
          !inLongerQuote(text, at, end)
        ) {
          out.push({ place: village, sentence, bare: name, parent: village.chain[0]! });
          at = end - 1;
        }
        // Otherwise a name may start inside it.
        continue;
      }
      const town = townStems.get(name);
      if (town) {
        // The town's county, or any Quzhou county: a Quzhou article that writes a unique town
        // stem no common word shares (华埠 on a road from 常山) means that town.
        if (
          alone() &&
          !inLongerQuote(text, at, end) &&
          !afterQualifier(text, at) &&
          cleanStart(text, at, town, dictionary, quzhouName) &&
          (namedParent(town, article) || namesQuzhou(article))
        ) {
          // 沟溪乡…余东、碗窑、碗东等9个村: where the article names another town in full, one of whose
          // villages has the stem, and not the stem's own town's county (碗窑乡 of 江山市), the
          // stem is that village: one sense per discourse, the article's town.
          const own = namedParent(town, article)
            ? []
            : (townVillagesByStem.get(name) ?? []).filter(
                (v) => v.chain[0] !== town.name && article.includes(v.chain[0]!),
              );
          out.push(
            own.length === 1
              ? { place: own[0]!, sentence, bare: name, parent: own[0]!.chain[0]! }
              : { place: town, sentence, bare: name },
          );
        }
        at = end - 1;
        continue;
      }
      // 莲花|五坦村: after its own town or county by its short form, the name is Quzhou's though
      // another province has a county so named (莲花县, Jiangxi).
      const places = byName.get(name)!;
      const own = places.find((p) => afterOwnDivision(text, at, p));
      if (
        (own !== undefined || !afterQualifier(text, at)) &&
        cleanStart(text, at, own ?? places[0]!, dictionary, quzhouName) &&
        !namedElsewhere(article, name, places)
      ) {
        // 婺剧文化发展的|源头村: a village whose stem is an ordinary word (源头 "source") is that
        // village only where the sentence names its town or county before it, or the article
        // names them and the sentence writes the name as a place (来到|幸福社区) or a body of
        // people (幸福社区|居民): an article about 白云街道 that visits 幸福社区 means the one in
        // 白云街道, one sense per discourse, where 推进清廉社区建设 means no community.
        // Towns are few and their names are looked for: an article that names the county is enough.
        const village = places[0]!.level === 'village';
        const ordinary = village && (dictionary.get(places[0]!.stem)?.freq ?? 0) >= WORD_FREQUENCY;
        const before = text.slice(0, at);
        const after = text.slice(end);
        const asPlace =
          ordinary &&
          (cue.LOCATIVE_BEFORE.test(before) ||
            cue.LOCATIVE_AFTER.test(after) ||
            cue.ORGAN_AFTER.test(after) ||
            cue.HOUSEHOLDS_AFTER.test(after) ||
            (before === '' && cue.ACTOR_AFTER.test(after)));
        const context = ordinary && !asPlace ? before : article;
        // 星火村联合|村里的爱好者: the unit opens a place word with what follows (村里 "in the
        // village", 区内), and the ordinary stem before it is that word (联合 "to unite"), not a name.
        if (ordinary && unitOpensPlaceWord(text, end)) {
          at = end - 1;
          continue;
        }
        // Not where the sentence makes the words a goal or a rank (打造|幸福社区, 省级|明星村): there
        // they are the kind of place, whichever town the text is about.
        const kind = ordinary && (GOAL_OR_RANK_BEFORE.test(before) || GOAL_AFTER.test(after));
        const named = (kind ? [] : places)
          .map((p) => ({
            p,
            parent: namedParent(
              p,
              ordinary && (besideOrAfterTown(p, near) || townInArticle(p, article)) ? article : context,
            ),
          }))
          .filter((n) => n.parent !== undefined);
        // Of namesakes in one county (坑头村 of 詹家镇 and of 沐尘畲族乡, 龙游县), the one whose town
        // the article names.
        const byTown = named.filter((n) => n.p.chain.length > 3 && n.parent === n.p.chain[0]);
        const identified = (named.length > 1 && byTown.length === 1 ? byTown : named).map((n) => n.p);
        // A name China has elsewhere too (白云街道) is Quzhou's where the text writes one of its
        // Quzhou divisions right after it (白云街道幸福社区): the register holds that pair once. So
        // is a name Quzhou holds once, written right after the prefecture (衢州白云街道).
        const place =
          identified.length === 1
            ? identified[0]
            : !ordinary && places.length === 1 && register.named(name) === 1
              ? places[0]
              : identified.length === 0
                ? (parentOfNext(places, text, end) ??
                  (places.length === 1 &&
                  (afterPrefecture(text, at) || townOfNamedPrefecture(places[0]!, article))
                    ? places[0]
                    : undefined))
                : undefined;
        if (place) {
          const parent = namedParent(place, context);
          out.push({ place, sentence, ...(parent ? { parent } : {}) });
        }
      }
      at = end - 1;
    }
  }
  return out;
}

/**
 * text[at, end) lies inside a word of the dictionary (烂柯山/nz holds 柯山) or inside a title's
 * marks (《狮峰雄起》): a stem without its suffix is no name there.
 */
function inWordOrTitle(text: string, at: number, end: number): boolean {
  const before = text.slice(0, at);
  if (before.lastIndexOf('《') > before.lastIndexOf('》')) return true;
  const from = Math.max(0, at - 6);
  return tokenize(text.slice(from, Math.min(text.length, end + 6))).some((t) => {
    const [s, e] = [t.start + from, t.end + from];
    // 占村人/n of 坛石镇占|村人: the place's last character and 人 make "a person from" it,
    // which ends the name.
    const personOf = s === end - 1 && e === end + 1 && text[end] === '人';
    return t.tag !== 'x' && !personOf && ((s < at && e > at) || (s < end && e > end));
  });
}

/** The name's last character (its unit) opens a word of place with what follows: 村|里, 区|内. */
function unitOpensPlaceWord(text: string, end: number): boolean {
  const first = tokenize(text.slice(end - 1, end + 3))[0];
  return first !== undefined && first.start === 0 && first.end >= 2 && first.tag === 's';
}

/**
 * text[at, end) is part of a longer phrase in quotation marks (“信安分”, a credit score named after
 * the town): a quoted phrase is one name, and a stem inside it is not the town.
 */
function inLongerQuote(text: string, at: number, end: number): boolean {
  const open = Math.max(text.lastIndexOf('“', at - 1), text.lastIndexOf('「', at - 1));
  if (open < 0 || Math.max(text.lastIndexOf('”', at - 1), text.lastIndexOf('」', at - 1)) > open)
    return false;
  const close = text.slice(end).search(/[”」]/);
  return close >= 0 && (open !== at - 1 || close !== 0);
}

/**
 * What follows opens with a verb, a preposition, an adverb or a conjunction (在华埠|举行), also
 * where jieba's guesser glued it to the next character (在清湖|舍舟/x 行陆: 舍 is a verb).
 */
function predicateOpens(after: string): boolean {
  const first = tokenize(after)[0];
  if (!first) return false;
  if (PREDICATE_TAG.test(first.tag)) return true;
  const lead = guessedLead(first);
  return lead !== undefined && PREDICATE_TAG.test(lead.tag);
}

/** What may stand on either side of a list item: the list's commas, punctuation, a conjunction, 等, or a grammar word (诞生了|航埠, 青石|为). */
const ITEM_EDGE = /[、，。,；;：:（）()\s的和与及等]/;

/**
 * Towns written by their stems alone in a list (方向的芳村、东案、新昌、大桥头; 航埠、华埠、辉埠):
 * stems that are ordinary words (青石) or other places' names too (新昌, 芳村) are taken where
 * three or more items in a row are Quzhou towns' stems, or two of the same county, whatever
 * county the article names. A list of ordinary words that happens to match is unlikely to be that
 * long or that local.
 */
function listedTowns(
  sentence: Sentence,
  townsByStem: ReadonlyMap<string, RegisterPlace[]>,
): RegisterMention[] {
  const text = sentence.text;
  if (!text.includes('、')) return [];
  const hits: { at: number; end: number; stem: string; town?: RegisterPlace }[] = [];
  /** The longest town stem written at `from`, and where it ends. */
  const stemAt = (from: number) => {
    for (let len = 4; len >= 2; len--) {
      const stem = text.slice(from, from + len);
      if (townsByStem.has(stem)) return { stem, end: from + len };
    }
    return undefined;
  };
  for (let at = 0; at < text.length; at++) {
    const left = at === 0 || ITEM_EDGE.test(text[at - 1]!) || FUNCTION_CHARS.has(text[at - 1]!);
    const item = (end: number) =>
      left &&
      (end === text.length || ITEM_EDGE.test(text[end]!) || FUNCTION_CHARS.has(text[end]!)) &&
      (text[at - 1] === '、' || text[end] === '、');
    const plain = stemAt(at);
    if (plain) {
      if (item(plain.end)) hits.push({ at, ...plain });
      continue;
    }
    // An item may name the town's county first (柯城九华、衢江莲花、龙游溪口): then it says which.
    const prefixed = stemAt(at + 2);
    const county = text.slice(at, at + 2);
    const town =
      prefixed && townsByStem.get(prefixed.stem)!.find((t) => divisionShortForm(t.chain[0]!) === county);
    if (prefixed && town && item(prefixed.end)) hits.push({ at, ...prefixed, town });
  }
  // Runs of hits joined by 、 (or a conjunction before the last).
  const runs: (typeof hits)[] = [];
  for (const h of hits) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (run && prev && /^[、和与及]$/.test(text.slice(prev.end, h.at))) run.push(h);
    else runs.push([h]);
  }
  const out: RegisterMention[] = [];
  for (const run of runs) {
    if (run.length < 2) continue;
    const counties = run.map((h) => new Set(townsByStem.get(h.stem)!.map((t) => t.chain[0])));
    const shared = [...counties[0]!].find((c) => counties.every((set) => set.has(c)));
    if (run.length < 3 && !shared && !run.every((h) => h.town)) continue;
    for (const h of run) {
      const towns = townsByStem.get(h.stem)!;
      const town = h.town ?? (towns.length === 1 ? towns[0] : towns.find((t) => t.chain[0] === shared));
      if (town) out.push({ place: town, sentence, bare: h.stem });
    }
  }
  return out;
}

/**
 * The name starts a word: after punctuation, a grammar word or a division that contains it
 * (大街乡|贺田村), not in the middle of a longer name (长虹乡的高|田坑村 is 高田坑村).
 */
function cleanStart(
  text: string,
  at: number,
  place: RegisterPlace,
  dictionary: ReadonlyMap<string, { freq: number; tag: string }>,
  quzhouName: (name: string) => boolean,
): boolean {
  if (place.level !== 'village' && place.level !== 'town') return true;
  // 常山|东坑村, 柯城|上余坂村: after its own county or town by its short form, as a headline writes
  // it (常山东坑村：…), though jieba reads the county's last character with the name's first (山东).
  if (afterOwnDivision(text, at, place)) return true;
  const before = text[at - 1];
  if (before === undefined || !/[\u3400-\u9fff]/.test(before)) return true;
  if (FUNCTION_CHARS.has(before) || /[省市县区镇乡村道]/.test(before)) return true;
  if (landmarkEndsAt(text, at)) return true;
  const lead = text.slice(Math.max(0, at - 3), at);
  if (cue.BORDERS_BEFORE.test(lead) || cue.HOME_BEFORE.test(lead) || cue.DATE_BEFORE.test(lead)) return true;
  // 由原|戴家村、…合并而成: 原 "former" before a division merged into another, which jieba glues
  // to its first character (原戴/x). (After a word that ends in 原, 还原|戴家村, the name starts
  // there all the same.)
  if (before === '原') return true;
  // A one-character preposition or locative the dictionary does not join to the name's first
  // character (沿|下石埠村), though jieba's HMM may glue them (沿下).
  // So does a verb of one character (到|华埠, 过|碧石坞).
  const alone = dictionary.get(before);
  // Not a verb after 的, whose head is a name (相邻的|兴华新村): there it opens a longer name.
  if (alone?.tag === 'v' && text[at - 2] === '的') return false;
  // Where the dictionary does join them (来信, 去过, 驻华), the name still starts after the verb
  // when what the joined reading leaves (安村 of 来信|安村) is no Quzhou division's name and no
  // word: 来|信安村旅游, 去|过溪畈村的路, 驻|华墅村第一书记.
  const rest = place.name.slice(1);
  if (
    alone &&
    /^(p|f|v)$/.test(alone.tag) &&
    (!dictionary.has(before + place.name[0]) || (!quzhouName(rest) && !dictionary.has(rest)))
  )
    return true;
  // So does a frequent verb or preposition of two characters whose last one jieba reads with the
  // name's first instead (来自|信安村 read 来|自信|安村, 源自|古县村).
  const two = at >= 2 ? dictionary.get(text.slice(at - 2, at)) : undefined;
  if (two && /^(p|v)$/.test(two.tag) && two.freq >= 1000) return true;
  // Or jieba ends a dictionary word right there (毛泽东祖居地|清漾村), which it does not in
  // 长虹乡的|高田坑村 before 田坑村, or reads the whole name as one word of its dictionary after a
  // character it tags a noun (…|湖南镇/ns; 经 "via", once such a noun, is a preposition since
  // lexicon.ts corrects it, and is read above).
  const window = text.slice(Math.max(0, at - 6), Math.min(text.length, at + place.name.length));
  const cut = at - Math.max(0, at - 6);
  const tokens = tokenize(window);
  const last = tokens.find((t) => t.end === cut);
  if (last !== undefined && last.word.length >= 2 && last.tag !== 'x') return true;
  // Or reads a preposition or conjunction of one character alone there (同|上方镇), though the
  // dictionary has it with the name's first character too (同上 "ditto").
  if (last !== undefined && last.word.length === 1 && /^(p|c)$/.test(last.tag)) return true;
  return tokens.some((t) => t.start === cut && t.word === place.name && t.tag !== 'x');
}

/** Whether the text writes one of `place`'s own divisions, short or full, right before `at`. */
function afterOwnDivision(text: string, at: number, place: RegisterPlace): boolean {
  return place.chain
    .slice(0, -1)
    .some((c) => text.endsWith(c, at) || text.endsWith(divisionShortForm(c), at));
}
