/**
 * How much a character looks like part of a place's name: its share of the characters of every
 * division's name in China's register (stems, without 村, 镇, 街道…) against its share of the
 * characters of jieba's common words (proper nouns left out). 坪, 岭, 源 lean to names; 训, 测, 走
 * to words. A word jieba does not know is read as a name (specific.ts) unless its characters lean
 * the other way: 实训, 封测, 先坐 (先|坐高铁), 货走 (货|走公路) are new or broken-up words, not names.
 */
import { generalDictionary } from '../lexicon';
import { divisionName } from './division-names';
import { readRegister } from './read-register';

/** Tags of jieba's proper nouns, whose characters are names' too. */
const PROPER = /^(ns|nr|nrt|nrfg|nz|j)$/;

let table: ((c: string) => number) | undefined;

function build(): (c: string) => number {
  const names = new Map<string, number>();
  let nameTotal = 0;
  for (const row of readRegister()) {
    const name = divisionName(row.name, row.level);
    if (!name) continue;
    for (const c of name.stem) {
      names.set(c, (names.get(c) ?? 0) + 1);
      nameTotal++;
    }
  }
  // Each common word counts by the log of its frequency: 的 in a thousand words, not in millions.
  const words = new Map<string, number>();
  let wordTotal = 0;
  for (const [word, { freq, tag }] of generalDictionary()) {
    if (word.length < 2 || PROPER.test(tag)) continue;
    const weight = Math.log(1 + freq);
    for (const c of word) {
      words.set(c, (words.get(c) ?? 0) + weight);
      wordTotal += weight;
    }
  }
  return (c) =>
    Math.log(((names.get(c) ?? 0) + 1) / nameTotal) - Math.log(((words.get(c) ?? 0) + 1) / wordTotal);
}

/** The mean log ratio of the characters' shares in names and in words: below 0 they lean to words. */
export function nameLikeness(word: string): number {
  if (word.length === 0) return 0;
  table ??= build();
  let sum = 0;
  for (const c of word) sum += table(c);
  return sum / [...word].length;
}
