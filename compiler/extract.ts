/**
 * Extraction: runs the rules over every sentence and decides which candidates are local terms.
 * Pure apart from nodejieba (segmentation) and its dictionary, both deterministic.
 */
import type { Category } from '../lib/glossary';
import type { Sentence } from './article';
import { isInDictionary, isNationwide, isOrdinaryWord } from './generic';
import { generalDictionary, tokenize, type Token } from './lexicon';
import { findAbbreviations, findExpansions } from './rules/definitions';
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

function tokensFor(): (s: Sentence) => Token[] {
  const cache = new Map<Sentence, Token[]>();
  return (s) => {
    let t = cache.get(s);
    if (!t) cache.set(s, (t = tokenize(s.text)));
    return t;
  };
}

/** A stem is specific when it is not ordinary vocabulary: unknown to jieba, a proper noun, or a local place's name. */
function isSpecific(stem: string, anchors: Set<string>): boolean {
  if (stem.length === 0) return false;
  if ([...anchors].some((a) => stem.includes(a))) return true;
  if (/\d/.test(stem)) return true;
  // jieba tags some very common words as proper nouns (城市/ns, 智慧/nr): those say nothing.
  return tokenize(stem).some(
    (t) =>
      !isInDictionary(t.word) ||
      (PROPER_TAG.test(t.tag) &&
        (t.word.length === 1 || (generalDictionary().get(t.word)?.freq ?? 0) < 1000)),
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
    ((!isOrdinaryWord(ms[0]!.stem, 20) && isSpecific(ms[0]!.stem, new Set())) ||
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

  for (const m of names) {
    if (m.suffix.admin || isNationwide(m.term) || isNationwide(m.stem)) continue;
    if (!isSpecific(m.stem, anchors)) continue;
    // A verb before a bare place name (让衢江, 放眼衢江) is not a new name ending in 江.
    if ([...anchors].some((a) => m.term.endsWith(a))) continue;
    const t = add(terms, m.term, m.suffix.category, m.suffix.kind, m.sentence, 'name-suffix');
    if (m.parent && m.parent !== m.term) t.parent ??= m.parent;
  }

  const quotes = findQuotes(sentences);
  for (const q of quotes) {
    // “东部新城、衢江新区”: a list of places in one pair of quotes.
    const parts = q.text.split('、');
    if (parts.length > 1 && parts.every((p) => PLACE_END.test(p) && p.length >= 3)) {
      for (const p of parts) if (!isNationwide(p)) add(terms, p, 'place', '地区', q.sentence, 'quoted');
      continue;
    }
    if (!acceptQuote(q, anchors)) continue;
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

  for (const a of findAbbreviations(sentences)) {
    const shortIsName = !isNationwide(a.short) && isSpecific(a.short, anchors);
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
  return terms;
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
