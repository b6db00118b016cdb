/**
 * nodejieba, wrapped: segmentation with part-of-speech tags, and the general-language dictionary
 * it ships (jieba.dict.utf8: word, frequency, tag). The dictionary tells us which strings are
 * ordinary Chinese words; local names are mostly absent from it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nodejieba from 'nodejieba';

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

export interface DictWord {
  freq: number;
  tag: string;
}

const require = createRequire(import.meta.url);
let dictionary: Map<string, DictWord> | undefined;

/**
 * Words jieba's dictionary tags as names or nouns that are ordinary verbs or nouns in any text:
 * 串联/ns ("to link up": 串联|烂柯山景区 read as one place), 谋划/n, 途经/n, 流经/n and 参观/n
 * (verbs: "to plan", "to pass through", "to flow past", "to visit"), 路基/nrt ("roadbed", no
 * person), 漫山/ns and 满山/ns ("all over the hills": 漫山|花海 is no place), and 经/n, which alone in
 * news is the preposition "via" (经|三江西路、三江东路), not scripture. Corrected wherever the
 * dictionary or its tags are read.
 */
const TAG_CORRECTIONS: ReadonlyMap<string, string> = new Map([
  ['串联', 'v'],
  ['谋划', 'v'],
  ['途经', 'v'],
  ['流经', 'v'],
  ['参观', 'v'],
  ['路基', 'n'],
  ['漫山', 'd'],
  ['满山', 'd'],
  ['经', 'p'],
]);

/** The general dictionary nodejieba ships, loaded once. */
export function generalDictionary(): Map<string, DictWord> {
  if (dictionary) return dictionary;
  const path = require.resolve('nodejieba/submodules/cppjieba/dict/jieba.dict.utf8');
  const map = new Map<string, DictWord>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, freq, tag] = line.split(' ');
    if (word && freq && tag) map.set(word, { freq: Number(freq), tag: TAG_CORRECTIONS.get(word) ?? tag });
  }
  dictionary = map;
  return map;
}

let loaded = false;

/** Segments a sentence into tagged tokens with their offsets. */
export function tokenize(sentence: string): Token[] {
  if (!loaded) {
    nodejieba.load();
    loaded = true;
  }
  const tokens: Token[] = [];
  let pos = 0;
  for (const { word, tag } of nodejieba.tag(sentence)) {
    // jieba drops nothing but may normalise nothing either; find the word from where we are.
    const at = sentence.indexOf(word, pos);
    const start = at >= 0 ? at : pos;
    tokens.push({ word, tag: TAG_CORRECTIONS.get(word) ?? tag, start, end: start + word.length });
    pos = start + word.length;
  }
  return tokens;
}

/**
 * The dictionary's entry for the first character of a word jieba's guesser made up (x): 俱 of
 * 俱遭/x, 舍 of 舍舟/x. The guesser glues a one-character word to the next character, so the entry
 * says what that word is. So do the dictionary's rarest proper nouns, person names it once read
 * that way (有青龙/nr 3 of 就有|青龙埠). Undefined for any other token.
 */
export function guessedLead(t: Token): DictWord | undefined {
  const dict = generalDictionary();
  const rareName = /^n[rsz]/.test(t.tag) && t.word.length >= 3 && (dict.get(t.word)?.freq ?? 0) < 10;
  return t.tag === 'x' || rareName ? dict.get(t.word[0]!) : undefined;
}

/**
 * The most probable cut of `text` into words of the general dictionary alone (jieba's DAG route
 * without its HMM, which glues unknown characters into new words: 水绕|山 stays 水绕 under HMM).
 * Characters the dictionary does not know are pieces of their own.
 */
export function dictionaryCut(text: string): string[] {
  const dict = generalDictionary();
  const n = text.length;
  // best[i]: the best log-probability of text[i..] and the end of its first word.
  const best: { score: number; end: number }[] = new Array(n + 1);
  best[n] = { score: 0, end: n };
  const total = Math.log(60_000_000);
  for (let i = n - 1; i >= 0; i--) {
    best[i] = { score: -Infinity, end: i + 1 };
    for (let j = i + 1; j <= Math.min(n, i + 8); j++) {
      const freq = dict.get(text.slice(i, j))?.freq ?? (j === i + 1 ? 1 : 0);
      if (freq === 0) continue;
      const score = Math.log(freq) - total + best[j]!.score;
      if (score > best[i]!.score) best[i] = { score, end: j };
    }
  }
  const words: string[] = [];
  for (let i = 0; i < n; i = best[i]!.end) words.push(text.slice(i, best[i]!.end));
  return words;
}
