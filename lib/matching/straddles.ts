/**
 * A contextual form that straddles two ordinary words is no name: 前村, a village of 常山县, read
 * out of 以前|村里 ("in the past, the village…"), 江山 out of 浙江|山区. Its first character ends a
 * word written before it and its last character starts one written after it. Both edges are
 * asked: a real mention cuts at most one (在前村, 前村村民: 在前 is no word), and words of two
 * characters, which the match index lists from jieba's dictionary (compiler/match-index.ts), are
 * enough: a longer word is cut at its last two characters all the same. A village of one
 * character and its unit (上村, 下村, 中村) needs only one edge cut: one character is too little
 * of a name to hold against the word its unit makes with what follows (配上|村里, 捎上|村民,
 * 新|村民, 范|村长) or the word its character ends (其中|村集体, 以前|村口, 人口集中|村, 扫了一下|
 * 村口, 轮流|下村), and such names are written whole or as 上村村 where they are meant; so does a
 * village named by a word that is no noun, with the edge after (联合|村民 is no 联合村), and a
 * counted formula whose numeral ends the word before it (第一|件事 is no 一件事). Only
 * contextual matches are checked: a form with no namesake is a name wherever it is written.
 */
import { keepingContextual, type Matcher } from './matcher';
import { toSimplified } from './script-fold';

/** Two-character words of the dictionary, by the character they share with a contextual form. */
export interface StraddleWords {
  /** For a form's first character, the characters that make a word before it (前: 以目…, 以前). */
  readonly before: Readonly<Record<string, string>>;
  /** For a form's last character, the characters that make a word after it (村: 里民…, 村里). */
  readonly after: Readonly<Record<string, string>>;
  /**
   * Villages named by a frequent word that is no noun, a verb, an adjective or an adverb (联合村,
   * 团结村, 幸福村): as for a village of one character, the edge after alone cuts them (联合|村民,
   * 团结|村里: to join, to unite the villagers).
   */
  readonly wordStems: readonly string[];
}

const NUMERAL = /^[一二三四五六七八九十两]$/;

/** Whether `words` lists `other` for `key`: the two characters make one of its words. */
function listed(words: Readonly<Record<string, string>>, key: string, other: string): boolean {
  const chars = Object.hasOwn(words, key) ? words[key]! : '';
  return chars.includes(other);
}

/**
 * Whether the match at `start`…`end` of `text` straddles two words. A Traditional page is read
 * in Simplified (以前村裡 as 以前村里): folding keeps each code unit's place.
 */
function straddles(text: string, start: number, end: number, words: StraddleWords): boolean {
  const cutBefore = () => {
    if (start < 1) return false;
    const [before, first] = toSimplified(text.slice(start - 1, start + 1));
    return listed(words.before, first!, before!);
  };
  const cutAfter = () => {
    if (end >= text.length) return false;
    const [last, after] = toSimplified(text.slice(end - 1, end + 1));
    return listed(words.after, last!, after!);
  };
  const form = toSimplified(text.slice(start, end));
  if (form.length === 2 && form.endsWith('村')) return cutBefore() || cutAfter();
  if (words.wordStems.includes(form)) return cutAfter();
  // A count whose numeral ends the word before it is that word's: 第一|件事 (the first thing), 十一|
  // 件事 (eleven things), not the reform of services 一件事.
  if (NUMERAL.test(form[0]!) && cutBefore()) return true;
  return cutBefore() && cutAfter();
}

/** The matcher, with contextual matches that straddle two words left out. */
export function withoutStraddles(matcher: Matcher, words: StraddleWords): Matcher {
  return keepingContextual(matcher, (m, text) => !straddles(text, m.start, m.end, words));
}
