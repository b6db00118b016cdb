/**
 * Whether a candidate names one particular thing. A suffix (…公园, …工程) says what kind of thing a
 * name is; the stem before it must say which one. Stems made of ordinary words (管网小区, 风貌提升工程)
 * name a kind, unless the text shows them used as a name (a containing unit written before them,
 * a long official description with a clean edge).
 */
import { isGenericPhrase, isInDictionary, isNationwide } from './generic';
import { generalDictionary, tokenize } from './lexicon';
import type { NameMatch } from './rules/names';

const PROPER_TAG = /^(ns|nr|nrt|nrfg|nz|nt|x|eng|m)$/;
/** Below this jieba frequency a noun is rare enough to name a particular place or thing. */
const RARE_NOUN = 600;
/** jieba lists a few odd compounds with the lowest frequencies (嗡嗡响 3): rare enough to be names. */
const RARE_WORD = 5;
/** Activity words: a stem ending in one only says what is done (风貌提升工程, 人才培育计划). */
const ACTIVITY = /(提升|培育|管理|改造|整治|建设|服务|治理)$/;

const freq = (word: string) => generalDictionary().get(word)?.freq ?? 0;

/**
 * A stem is specific when it is not ordinary vocabulary: unknown to jieba, a proper noun, a very
 * rare word, or a local place's name. Rare common nouns (鸡鸣湿地, 莲花未来社区) count only where
 * `rareNouns` is set: the caller knows whether the edge of the name is clean enough to trust them.
 */
const specificCache = new WeakMap<Set<string>, Map<string, boolean>>();

export function isSpecific(stem: string, anchors: Set<string>, rareNouns = true): boolean {
  // Called for every candidate of a large corpus with the same few stems: remembered per anchor set.
  let cache = specificCache.get(anchors);
  if (!cache) specificCache.set(anchors, (cache = new Map()));
  const key = `${rareNouns ? 1 : 0}${stem}`;
  let specific = cache.get(key);
  if (specific === undefined) cache.set(key, (specific = computeSpecific(stem, anchors, rareNouns)));
  return specific;
}

function computeSpecific(stem: string, anchors: Set<string>, rareNouns: boolean): boolean {
  if (stem.length === 0) return false;
  if ([...anchors].some((a) => stem.includes(a))) return true;
  if (/\d/.test(stem)) return true;
  return tokenize(stem).some(
    (t) =>
      !isNationwide(t.word) &&
      (!isInDictionary(t.word) ||
        (t.word.length >= 2 && /^(n|vn)/.test(t.tag) && freq(t.word) <= RARE_WORD) ||
        // jieba tags some very common words as proper nouns (城市/ns, 智慧/nr): those say nothing.
        (PROPER_TAG.test(t.tag) && (t.word.length === 1 || freq(t.word) < 1000)) ||
        // A rare noun names one thing; generic heads are frequent (城市, 森林).
        (rareNouns && t.word.length >= 2 && /^n/.test(t.tag) && freq(t.word) < RARE_NOUN)),
  );
}

/**
 * 衢江区|现代社区: a unit's name followed by nationwide vocabulary is that generic thing in the
 * unit, not a name of its own.
 */
export function isUnitPlusGeneric(term: string): boolean {
  for (let i = 2; i < term.length - 1; i++) {
    if (/(市|区|县|镇|乡|街道)$/.test(term.slice(0, i)) && isNationwide(term.slice(i))) return true;
  }
  return false;
}

/**
 * 谋划|共同富裕产业园, 衢江推进|未来社区: nationwide vocabulary inside a stem with only a verb
 * before it, or a place followed by a verb. What is left is a clause, not a name.
 */
function wrapsNationwide(stem: string, anchors: Set<string>): boolean {
  for (const a of anchors) {
    if (!stem.startsWith(a) || stem.length === a.length) continue;
    const next = tokenize(stem.slice(a.length))[0];
    if (next && next.tag === 'v' && freq(next.word) >= 1000) return true;
  }
  const inner = tokenize(stem).find((t) => t.start > 0 && isNationwide(t.word));
  return inner !== undefined && !isSpecific(stem.slice(0, inner.start), anchors, false);
}

/**
 * Whether a suffix-named candidate (not an administrative unit) is a local name, and which reading
 * of it: the chosen one, or a longer one where the chosen stem is a bare common word.
 */
/** One-character suffixes of natural and built places whose names are ordinary words. */
const NATURAL_ONE_CHAR = new Set(['山', '关', '阁', '街', '巷', '桥']);

export function acceptName(
  m: NameMatch,
  anchors: Set<string>,
): { term: string; stem: string; parent?: string } | undefined {
  // 衢江区|省市县长工程: a name written right after its place is named by the text; the place is
  // not part of the name (the caller keeps the long form as an alias).
  const placeFirst = m.alternatives.some((r) => {
    const head = r.term.slice(0, r.term.length - m.term.length);
    return (
      anchors.has(head) ||
      [...anchors].some((a) => head.startsWith(a) && /^[市区县]$/.test(head.slice(a.length)))
    );
  });
  if (placeFirst && !isInDictionary(m.stem) && !isNationwide(m.stem) && !isNationwide(m.term)) return m;
  for (const r of [m, ...m.alternatives]) {
    const reading = { ...m, ...r };
    if (isNationwide(reading.term) || isNationwide(reading.stem)) continue;
    if (isUnitPlusGeneric(reading.term) || wrapsNationwide(reading.stem, anchors)) continue;
    // Rare nouns are trusted only at a clean edge that is not the head of a 的-phrase.
    const clean = r.support >= 3 && !(r === m && m.afterDe);
    const specific = isSpecific(reading.stem, anchors, clean);
    const generic = isGenericPhrase(reading.stem);
    // 风貌提升工程: an activity with nothing particular before it.
    const activity = ACTIVITY.exec(reading.stem);
    if (activity && !isSpecific(reading.stem.slice(0, activity.index), anchors, false)) continue;
    if (specific) return r;
    // A place written inside its unit (双港社区|大乐园小区) is named by the text, whatever its words.
    if (m.suffix.category === 'place' && r.parent && generic && !isInDictionary(reading.stem)) return r;
    // Mountains, passes, pavilions and lanes are named with ordinary words (仙霞|关, 鸡鸣|山):
    // at a clean edge, a two-character noun stem is the name.
    if (
      r.support >= 4 &&
      NATURAL_ONE_CHAR.has(m.suffix.suffix) &&
      reading.stem.length === 2 &&
      !isInDictionary(reading.term) &&
      /^(n|nr|ns|nz|ng|x)$/.test(tokenize(reading.stem)[0]?.tag ?? '') &&
      tokenize(reading.stem).length === 1
    )
      return r;
    // Long official descriptions at a clean edge: 航天智慧农业产业园, 西周高等级土墩墓群.
    if (r.support >= 4 && reading.stem.length >= 5 && tokenize(reading.stem).length >= 3) return r;
  }
  return undefined;
}
