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

/** The general dictionary nodejieba ships, loaded once. */
export function generalDictionary(): Map<string, DictWord> {
  if (dictionary) return dictionary;
  const path = require.resolve('nodejieba/submodules/cppjieba/dict/jieba.dict.utf8');
  const map = new Map<string, DictWord>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, freq, tag] = line.split(' ');
    if (word && freq && tag) map.set(word, { freq: Number(freq), tag });
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
    tokens.push({ word, tag, start, end: start + word.length });
    pos = start + word.length;
  }
  return tokens;
}
