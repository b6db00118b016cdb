/**
 * Whether a candidate names one particular thing. A suffix (…公园, …工程) says what kind of thing a
 * name is; the stem before it must say which one. Stems made of ordinary words (管网小区, 风貌提升工程)
 * name a kind, unless the text shows them used as a name (a containing unit written before them,
 * a long official description with a clean edge).
 */
import { isInDictionary, isNationwide } from './generic';
import { generalDictionary, tokenize } from './lexicon';
import { nameLikeness } from './register/name-chars';
import { SURNAMES } from './pipeline/cues';
import { inWiderTerm } from './scope/wider-terms';

const PROPER_TAG = /^(ns|nr|nrt|nrfg|nz|nt|x|eng|m)$/;
/** Below this, an unknown word's characters are those of common words (register/name-chars.ts). */
const UNKNOWN_WORD_LIKENESS = -2;
/** Below this jieba frequency a noun is rare enough to name a particular place or thing. */
const RARE_NOUN = 600;
/** jieba lists a few odd compounds with the lowest frequencies (嗡嗡响 3): rare enough to be names. */
export const RARE_WORD = 5;

const freq = (word: string) => generalDictionary().get(word)?.freq ?? 0;

/** Four characters or more, made of two words of the dictionary of two or more (消防|器材). */
export const isCompound = (word: string): boolean =>
  word.length >= 4 &&
  [...Array(word.length - 3).keys()].some(
    (i) => freq(word.slice(0, i + 2)) > 0 && freq(word.slice(i + 2)) > 0,
  );

/**
 * A stem is specific when it is not ordinary vocabulary: unknown to jieba, a proper noun, a very
 * rare word, or a local place's name. Rare common nouns (鸡鸣湿地, 莲花未来社区) count only where
 * `rareNouns` is set: the caller knows whether the edge of the name is clean enough to trust them.
 * Words jieba tags as people's names count only where `personTags` is set or they open with a
 * surname. `rareNounLikeness` asks a rare noun for the characters of place names too
 * (register/name-chars.ts): a place's callers set it (pipeline/rules-names.ts).
 */
const specificCache = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

export function isSpecific(
  stem: string,
  anchors: ReadonlySet<string>,
  rareNouns = true,
  personTags = true,
  rareNounLikeness = -Infinity,
): boolean {
  // Called for every candidate of a large corpus with the same few stems: remembered per anchor set.
  let cache = specificCache.get(anchors);
  if (!cache) specificCache.set(anchors, (cache = new Map()));
  const key = `${rareNouns ? 1 : 0}${personTags ? 1 : 0}${rareNounLikeness}${stem}`;
  let specific = cache.get(key);
  if (specific === undefined)
    cache.set(key, (specific = computeSpecific(stem, anchors, rareNouns, personTags, rareNounLikeness)));
  return specific;
}

function computeSpecific(
  stem: string,
  anchors: ReadonlySet<string>,
  rareNouns: boolean,
  personTags: boolean,
  rareNounLikeness: number,
): boolean {
  if (stem.length === 0) return false;
  if ([...anchors].some((a) => stem.includes(a))) return true;
  if (/\d/.test(stem)) return true;
  return tokenize(stem).some((t) => {
    if (isNationwide(t.word)) return false;
    // A word jieba does not know is a name, unless its characters are those of common words (实训)
    // and it is no word the province coined (诗画 of 诗画浙江: the reference list knows it).
    if (!isInDictionary(t.word)) return nameLikeness(t.word) >= UNKNOWN_WORD_LIKENESS || inWiderTerm(t.word);
    // jieba lists many compounds of two of its words, rare or not (消防|器材, 3): rarity or a
    // proper tag says nothing of those.
    if (isCompound(t.word)) return false;
    // jieba tags some verbs and nouns as people's names (惠民/nr, 养老/nr): a person's name opens
    // with a surname; without one the tag says nothing, nor does the word's rarity. Only where
    // the caller asks (`personTags` false): places are named with just such words (天王|塔,
    // 文昌|路), and counting them out there lost far more right places than wrong ones.
    if (!personTags && /^nr/.test(t.tag) && !SURNAMES.includes(t.word[0]!)) return false;
    return (
      (t.word.length >= 2 && /^(n|vn)/.test(t.tag) && freq(t.word) <= RARE_WORD) ||
      // jieba tags some very common words as proper nouns (城市/ns, 智慧/nr): those say nothing.
      (PROPER_TAG.test(t.tag) &&
        (t.word.length === 1 || freq(t.word) < 1000) &&
        // jieba tags some nouns as numerals (分项/m, "sub-item"): a numeral has a digit or a number.
        (t.tag !== 'm' || /[\d一二三四五六七八九十百千万两零〇]/.test(t.word))) ||
      // A rare noun names one thing; generic heads are frequent (城市, 森林).
      (rareNouns &&
        t.word.length >= 2 &&
        /^n/.test(t.tag) &&
        freq(t.word) < RARE_NOUN &&
        nameLikeness(t.word) >= rareNounLikeness)
    );
  });
}

/**
 * 衢江区|现代社区: a unit's name followed by nationwide vocabulary is that generic thing in the
 * unit, not a name of its own.
 */
export function isUnitPlusGeneric(term: string): boolean {
  // 村|强村公司: the village's, written with the one character (市, 县 alone may open a name:
  // 市人民医院 is the city's hospital).
  if (term.startsWith('村') && isNationwide(term.slice(1))) return true;
  for (let i = 2; i < term.length - 1; i++) {
    if (/(市|区|县|镇|乡|街道)$/.test(term.slice(0, i)) && isNationwide(term.slice(i))) return true;
  }
  return false;
}
