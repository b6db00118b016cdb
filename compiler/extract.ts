/**
 * Extraction: runs the rules over every sentence and decides which candidates are local terms.
 * Pure apart from nodejieba (segmentation) and its dictionary, both deterministic.
 */
import type { Category } from '../lib/glossary';
import type { Sentence } from './article';
import { isInDictionary, isNationwide, isOrdinaryWord } from './generic';
import { generalDictionary, tokenize, type Token } from './lexicon';
import { findAbbreviations, findExpansions } from './rules/definitions';
import { findEnumerations, type Enumeration } from './rules/enumerations';
import { findNames, type NameMatch } from './rules/names';
import { findQuotes, isNumericFormula, type QuoteMatch } from './rules/quotes';
import { SUFFIXES } from './rules/suffixes';

export interface Term {
  term: string;
  category: Category;
  /** What kind of thing, from the suffix or rule ("镇", "湖泊", "数字口号"). */
  kind: string;
  aliases: Set<string>;
  sentences: Sentence[];
  parent?: string;
  fullName?: string;
  definition?: string;
  expansion?: string[];
  /** For an item of a formula's expansion: the formula (枢纽之城 → 五城). */
  partOf?: string;
  rules: Set<string>;
}

/** Words after an admin unit that show it is a real body: 荷花街道党工委, 上祝村党支部. */
const ORGAN_AFTER = /^(党工委|党委|党支部|办事处|村民|居民|书记|镇长|乡长|主任|两委|干部|社区书记)/;
const PROPER_TAG = /^(ns|nr|nrt|nrfg|nz|nt|x|eng|m)$/;
const PROGRAM_END =
  /(行动|工程|工作法|议事法|平台|银行|联盟|改革|活动|计划|讲堂|机制|通|购|茶叙|搬迁|竞赛|比拼|大街|菜园|墙|大联动)$/;
const PROGRAM_AFTER = /^(行动|工程|工作法|改革|活动|机制|平台|联办|管理|绿化行)/;
const PROGRAM_VERB_BEFORE = /(落实|实施|推进|开展|推行|深化|探索|推广|发挥好)$/;
const PLACE_END = new RegExp(
  `(${SUFFIXES.filter((s) => s.category === 'place')
    .map((s) => s.suffix)
    .join('|')})$`,
);

/** Below this jieba frequency a noun is rare enough to name a particular place or thing. */
const RARE_NOUN = 600;

function tokensFor(): (s: Sentence) => Token[] {
  const cache = new Map<Sentence, Token[]>();
  return (s) => {
    let t = cache.get(s);
    if (!t) cache.set(s, (t = tokenize(s.text)));
    return t;
  };
}

/** A stem is specific when it is not ordinary vocabulary: unknown to jieba, a proper noun, or a local place's name. */
function isSpecific(stem: string, anchors: Set<string>, rareNouns = true): boolean {
  if (stem.length === 0) return false;
  if ([...anchors].some((a) => stem.includes(a))) return true;
  if (/\d/.test(stem)) return true;
  // jieba tags some very common words as proper nouns (城市/ns, 智慧/nr): those say nothing.
  const freq = (word: string) => generalDictionary().get(word)?.freq ?? 0;
  return tokenize(stem).some(
    (t) =>
      !isInDictionary(t.word) ||
      (PROPER_TAG.test(t.tag) && (t.word.length === 1 || freq(t.word) < 1000)) ||
      // A rare noun names one thing (鸡鸣湿地, 莲花未来社区); generic heads are frequent (城市, 森林).
      (rareNouns && t.word.length >= 2 && /^n/.test(t.tag) && freq(t.word) < RARE_NOUN),
  );
}

function add(
  terms: Map<string, Term>,
  term: string,
  category: Category,
  kind: string,
  sentence: Sentence,
  rule: string,
): Term {
  let t = terms.get(term);
  if (!t) {
    t = { term, category, kind, aliases: new Set(), sentences: [], rules: new Set() };
    terms.set(term, t);
  }
  if (!t.sentences.includes(sentence)) t.sentences.push(sentence);
  t.rules.add(rule);
  return t;
}

function acceptAdmin(matches: NameMatch[]): Map<string, NameMatch[]> {
  const byTerm = new Map<string, NameMatch[]>();
  for (const m of matches.filter((m) => m.suffix.admin)) {
    const list = byTerm.get(m.term) ?? [];
    list.push(m);
    byTerm.set(m.term, list);
  }
  const accepted = new Map<string, NameMatch[]>();
  const organ = (m: NameMatch) => {
    const at = m.sentence.text.indexOf(m.term);
    return ORGAN_AFTER.test(m.sentence.text.slice(at + m.term.length));
  };
  const strong = (term: string, ms: NameMatch[]) =>
    !isNationwide(term) &&
    !/\d/.test(ms[0]!.stem) &&
    ((!isOrdinaryWord(ms[0]!.stem, 100) && isSpecific(ms[0]!.stem, new Set())) ||
      ms.some(organ) ||
      ms.some((m) => m.parent));
  for (const [term, ms] of byTerm) if (strong(term, ms)) accepted.set(term, ms);
  // Listed beside a unit of the same kind that is surely a name: 大头村、少岭坞村、上门村.
  for (const [term, ms] of byTerm) {
    if (accepted.has(term) || isNationwide(term) || /\d/.test(ms[0]!.stem)) continue;
    const listed = ms.some((m) => {
      const text = m.sentence.text;
      return [...accepted.keys()].some(
        (other) =>
          other.endsWith(m.suffix.suffix) &&
          (text.includes(`${other}、${term}`) || text.includes(`${term}、${other}`)),
      );
    });
    if (listed) accepted.set(term, ms);
  }
  return accepted;
}

function quoteCategory(q: QuoteMatch): Category {
  const before = q.sentence.text.slice(Math.max(0, q.start - 3), q.start);
  if (PLACE_END.test(q.text) && !isNumericFormula(q.text)) return 'place';
  if (PROGRAM_END.test(q.text) || PROGRAM_AFTER.test(q.after) || PROGRAM_VERB_BEFORE.test(before))
    return 'program';
  // 一件事, 一网智治, 一县一园: "one X" formulas name reforms and programs, not slogans.
  if (/^一[^二三四五六七八九十]/.test(q.text) && q.text.length >= 3) return 'program';
  return 'slogan';
}

/**
 * “加快建设四省边际中心城市” is a call to build a thing the text also quotes alone (“四省边际中心城市”):
 * verbs in front of a quoted term make a slogan of the verbs, not a new term.
 */
function isCallToAction(text: string, quoted: Set<string>): boolean {
  let at = 0;
  for (const t of tokenize(text)) {
    if (t.start !== at || !/^(v|vd|vn|d|ad)$/.test(t.tag)) break;
    at = t.end;
    if (quoted.has(text.slice(at))) return true;
  }
  return false;
}

/** Count-like numerals inside a phrase: 千亩机场、万亩绿心, 聚浙西、通四省、联全国. */
const HAS_NUMERAL = /[一二三四五六七八九十两百千万]/;

function acceptQuote(q: QuoteMatch, anchors: Set<string>): boolean {
  const text = q.text;
  if (text.length < 2 || text.length > 20 || isNationwide(text)) return false;
  // Sentences and sayings, not names: they carry a comma, a copula or a particle.
  if (/[?？，,]|的|就是|成为/.test(text)) return false;
  if (/^[一二三四五六七八九十两百千万]+$/.test(text)) return false;
  if (isNumericFormula(text))
    return !isOrdinaryWord(text, 1) || /^[一二三四五六七八九十两]{2}/.test(text) || /[城有管]$/.test(text);
  if (/\d/.test(text)) return /^[\dA-Za-z]+\+[\dA-Za-z]+$/.test(text);
  if (text.includes('+')) return text.split('+').every((p) => p.length <= 3);
  if (isInDictionary(text)) return false;
  const anchored = [...anchors].some((a) => text.includes(a));
  // Parallel phrases are slogans when they name the place or count things (南孔圣地、衢州有礼).
  if (/[、·]/.test(text)) return anchored || HAS_NUMERAL.test(text) || PROGRAM_AFTER.test(q.after);
  if (text.length === 2) return anchored;
  if (anchored || PROGRAM_END.test(text)) return true;
  // A phrase made only of ordinary words is emphasis (“直播带货”, “总管家”, “智慧大脑”), not a name.
  const ordinary = (t: Token) => isInDictionary(t.word) && !/^(ns|nz)$/.test(t.tag);
  return !tokenize(text).every(ordinary);
}

/**
 * The name as written with the place it belongs to in front: 衢州|陆港现代物流中心,
 * 国家（衢州）|纸浆储备库, 衢江|杭州育才中学. Readers meet both forms, so both should match.
 */
function placePrefixed(m: NameMatch, placeNames: string[]): string | undefined {
  const text = m.sentence.text;
  for (let at = text.indexOf(m.term); at >= 0; at = text.indexOf(m.term, at + 1)) {
    const before = text.slice(Math.max(0, at - 8), at);
    const national = /国家（[^（）]{2,4}）$/.exec(before);
    if (national) return national[0] + m.term;
    const place = placeNames.find((p) => before.endsWith(p));
    if (place) return place + m.term;
  }
  return undefined;
}

/** Runs every rule and returns the accepted terms, keyed by term. */
export function extractTerms(sentences: Sentence[]): Map<string, Term> {
  const tokensOf = tokensFor();
  const terms = new Map<string, Term>();
  const names = findNames(sentences, tokensOf);

  // Administrative units first: their names anchor everything else (衢江 in 衢江港区).
  const admin = acceptAdmin(names);
  const anchors = new Set<string>();
  for (const [term, ms] of admin) {
    const first = ms[0]!;
    if (first.stem.length >= 2) anchors.add(first.stem);
    for (const m of ms) {
      const t = add(terms, term, 'place', first.suffix.kind, m.sentence, 'name-suffix');
      if (m.parent && m.parent !== term) t.parent ??= m.parent;
    }
  }

  const placeNames = [...admin.keys(), ...anchors].sort((a, b) => b.length - a.length);
  for (const m of names) {
    if (m.suffix.admin || isNationwide(m.term) || isNationwide(m.stem)) continue;
    if (!isSpecific(m.stem, anchors)) continue;
    // A verb before a bare place name (让衢江, 放眼衢江) is not a new name ending in 江.
    if ([...anchors].some((a) => m.term.endsWith(a))) continue;
    const t = add(terms, m.term, m.suffix.category, m.suffix.kind, m.sentence, 'name-suffix');
    if (m.parent && m.parent !== m.term) t.parent ??= m.parent;
    const prefixed = placePrefixed(m, placeNames);
    if (prefixed) t.aliases.add(prefixed);
  }

  const quotes = findQuotes(sentences);
  const quotedTexts = new Set(quotes.map((q) => q.text));
  for (const q of quotes) {
    // “东部新城、衢江新区”: a list of places in one pair of quotes.
    const parts = q.text.split('、');
    if (parts.length > 1 && parts.every((p) => PLACE_END.test(p) && p.length >= 3)) {
      for (const p of parts) if (!isNationwide(p)) add(terms, p, 'place', '地区', q.sentence, 'quoted');
      continue;
    }
    if (!acceptQuote(q, anchors)) continue;
    if (isCallToAction(q.text, quotedTexts)) continue;
    const category = quoteCategory(q);
    const kind = isNumericFormula(q.text)
      ? '数字概括'
      : category === 'program'
        ? '举措'
        : category === 'place'
          ? '地区'
          : '口号';
    const t = add(
      terms,
      q.text,
      terms.get(q.text)?.category ?? category,
      terms.get(q.text)?.kind ?? kind,
      q.sentence,
      'quoted',
    );
    if (parts.length > 1) for (const p of parts) if (p.length >= 4) t.aliases.add(p);
  }

  for (const e of findExpansions(quotes)) {
    const t = terms.get(e.term);
    if (!t) continue;
    t.expansion ??= e.items;
    if (!t.sentences.includes(e.sentence)) t.sentences.unshift(e.sentence);
    t.rules.add('expansion');
    if (!e.named) continue;
    for (const item of e.items) {
      const part = add(terms, item, t.category, '组成部分', e.sentence, 'expansion');
      part.partOf = e.term;
    }
  }

  for (const found of findAbbreviations(sentences)) {
    // The clause before the brackets may open with a verb: 设立|物联万家物业服务中心（以下简称物业服务）.
    const lead = tokenize(found.full).find((t) => t.start === 0);
    const a =
      lead && /^(v|p|c|d)$/.test(lead.tag) && found.full.length - lead.end >= 4
        ? { ...found, full: found.full.slice(lead.end) }
        : found;
    // A short form must be a name by itself; a rare common noun (物业服务) is not enough.
    const shortIsName = !isNationwide(a.short) && isSpecific(a.short, anchors, false);
    const suffix = SUFFIXES.find((s) => a.full.endsWith(s.suffix));
    const category = suffix?.category ?? 'organization';
    const main = shortIsName ? a.short : a.full;
    // The name rule may have found the full name without its leading unit (六禾港盟…公司 after 衢州市).
    const fullForms = [...terms.keys()].filter((k) => k !== a.short && k.length >= 6 && a.full.endsWith(k));
    const existingFull = fullForms.map((k) => terms.get(k)!).find(Boolean);
    const t = add(terms, main, category, suffix?.kind ?? '机构', a.sentence, 'abbreviation');
    t.category = category;
    if (shortIsName) {
      t.fullName = a.full;
      t.aliases.add(a.full);
      if (existingFull) {
        for (const s of existingFull.sentences) if (!t.sentences.includes(s)) t.sentences.push(s);
        for (const k of fullForms) terms.delete(k);
      }
    }
    if (a.definition) t.definition = a.definition;
  }

  addBareNames(terms, admin, sentences);
  addListed(terms, findEnumerations(sentences, tokensOf), anchors);
  return terms;
}

/** Things a list heads, when nothing else tells an item's kind. */
const LIST_HEADS: [RegExp, Category][] = [
  [/^等?(美丽乡村|未来乡村|未来社区|村|小区|安置小区|高品质安置)|入选.{0,6}(乡村|社区)/, 'place'],
  [/^等?(一批)?(重大|重点|大)?(项目|工程|做法|工作|机制|手段|平台|应用)/, 'program'],
];
/** Items that are offices and posts, not local names: 区民政局, 现代社区建设专班. */
const OFFICE = /(局|委|办|专班|部门|协会|领导|书记|主任|干部)$/;

/**
 * Lists with a known term in them: the other items are terms of the same kind (see
 * rules/enumerations.ts). Each item must look like a name on its own.
 */
function addListed(terms: Map<string, Term>, lists: Enumeration[], anchors: Set<string>): void {
  const byAlias = new Map<string, Term>();
  for (const t of terms.values()) for (const a of t.aliases) byAlias.set(a, t);
  // An item that is a known term with more around it (樟潭街道廖家村, 聚力枢纽之城) is a cut, not a name.
  const longerForm = (item: string) =>
    [...terms.keys()].some((k) => k.length >= 2 && k !== item && (item.startsWith(k) || item.endsWith(k)));
  for (const list of lists) {
    const known = list.items
      .map((i) => terms.get(i) ?? byAlias.get(i))
      .filter((t): t is Term => t !== undefined);
    if (known.length === 0 || known.length === list.items.length) continue;
    const head = LIST_HEADS.find(([re]) => re.test(list.after))?.[1];
    const counts = new Map<Category, number>();
    for (const k of known) counts.set(k.category, (counts.get(k.category) ?? 0) + 1);
    const majority = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    for (const item of list.items) {
      if (terms.has(item) || byAlias.has(item) || item.length < 2 || item.length > 12) continue;
      if (!/^[\u3400-\u9fff]+$/.test(item) || OFFICE.test(item) || isNationwide(item)) continue;
      if (isOrdinaryWord(item, 1) || !isSpecific(item, anchors)) continue;
      // A unit glued to its neighbour (街道|廖家村, 南山底村|排门自然村) is two names, not a new one.
      if (/^(街道|社区|村|镇|乡|区|县|市)/.test(item) || longerForm(item)) continue;
      // The first item's left edge is a guess: 辖区|皂角村 opens with a frequent word.
      const lead = tokenize(item)[0];
      if (
        lead &&
        lead.word.length >= 2 &&
        lead.word.length < item.length - 1 &&
        isOrdinaryWord(lead.word, 1000)
      )
        continue;
      const suffix = SUFFIXES.find((x) => item.endsWith(x.suffix) && item.length > x.suffix.length);
      const category = suffix?.category ?? head ?? majority;
      add(terms, item, category, suffix?.kind ?? '并列项', list.sentence, 'enumeration');
    }
  }
}

/** 衢江 for 衢江区, 柯城 for 柯城区: a unit's name used without its suffix, where the text does so often. */
function addBareNames(
  terms: Map<string, Term>,
  admin: Map<string, NameMatch[]>,
  sentences: Sentence[],
): void {
  const corpus = sentences.map((s) => s.text).join('\n');
  for (const [term, ms] of admin) {
    const stem = ms[0]!.stem;
    if (stem.length < 2 || terms.has(stem) || isOrdinaryWord(stem, 3)) continue;
    let bare = 0;
    for (let i = corpus.indexOf(stem); i >= 0; i = corpus.indexOf(stem, i + 1)) {
      if (!corpus.startsWith(term, i)) bare++;
    }
    if (bare >= 2) terms.get(term)?.aliases.add(stem);
  }
}
