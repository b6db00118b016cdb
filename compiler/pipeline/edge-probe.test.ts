/**
 * Where a name starts. Made-up names (the stem of a real Quzhou village, which names one thing,
 * and a suffix) written right after a frequent common noun or verb of jieba's dictionary, in a
 * sentence where that word is the sentence's (今年，内容|贺田公园，效果明显。). The entry must be the
 * name, without the word. Not a list of cases the rules were tuned on: every word of a kind.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGlossary } from '../compile';
import { generalDictionary } from '../lexicon';
import { buildPlaceRegister, type PlaceRegister } from '../register/places';
import { readRegister } from '../register/read-register';

let register: PlaceRegister;
beforeAll(() => {
  register = buildPlaceRegister(readRegister());
}, 60_000);

interface Edges {
  names: number;
  glued: string[];
  right: number;
}

/** Every `step`th village stem of two characters that jieba's dictionary does not know. */
function villageStems(step: number): string[] {
  const dictionary = generalDictionary();
  return register.places
    .filter((p) => p.level === 'village' && p.stem.length === 2 && !dictionary.has(p.stem))
    .map((p) => p.stem)
    .filter((_, i) => i % step === 0)
    .slice(0, 20);
}

/**
 * Writes each word before every stem with one of the suffixes, a word to an article, in `frame`,
 * and counts the names that come out with the word before them and those that come out as themselves.
 */
function edgesAfter(
  words: string[],
  stems: string[],
  suffixes: string[],
  frame: (phrase: string) => string,
): Edges {
  const expected = new Map<string, string>();
  const articles = words.map((word, i) => {
    const lines = stems.map((stem, j) => {
      const name = stem + suffixes[(i + j) % suffixes.length]!;
      expected.set(word + name, name);
      return frame(word + name);
    });
    return { name: `made-up-${i}.txt`, text: lines.join('\n\n') };
  });
  const { glossary } = compileGlossary(articles, undefined, { register });
  const terms = new Set(glossary.entries.filter((e) => e.sources.length > 0).map((e) => e.term));
  const glued = [...expected.keys()].filter((long) => terms.has(long));
  const right = [...expected.values()].filter((name) => terms.has(name)).length;
  return { names: expected.size, glued, right };
}

/** Frequent words of two characters with jieba's tag `tag`, each before the names. */
function edges(tag: string): Edges {
  const words = [...generalDictionary().entries()]
    .filter(([w, e]) => w.length === 2 && e.tag === tag && e.freq >= 3000)
    .map(([w]) => w)
    .sort()
    .filter((_, i) => i % 8 === 0)
    .slice(0, 30);
  return edgesAfter(
    words,
    villageStems(50),
    ['公园', '水库', '大桥', '产业园'],
    (p) => `今年，${p}，效果明显。`,
  );
}

/**
 * A verb of one character that takes a place as its object (进, 访, 登, 建), which jieba's guesser
 * glues to the name's first character (进平园/x 公园). Each verb is in an article of its own, so no
 * clean mention elsewhere fixes the edge.
 */
const afterVerbChar = (): Edges =>
  edgesAfter(
    [...'登游进出访临建修回走逛守跨赴背'],
    villageStems(40),
    ['山', '公园', '水库', '大桥', '古道', '湖'],
    (p) => `周末，游客纷纷${p}。`,
  );

// At most 2% glued: a stem may open with a character that ends a word of the dictionary too
// (传播界 "the media" before 界田公园).
describe('a name written right after a word of the sentence', () => {
  // Known gap: a frequent common noun, or a verb a noun can stand for, stays part of the name
  // (1,502 of 1,860 and 532 of 589 in a fuller run). A rule that cut it (common-opening, 47f85b8)
  // changed nothing on the read sets and cost one right entry on a blind set, so it was reverted:
  // some real names do open with such a word.
  it.fails('leaves out a common noun (内容|贺田公园)', () => {
    const { names, glued, right } = edges('n');
    expect(glued.length, glued.join(' ')).toBeLessThanOrEqual(names * 0.02);
    expect(right).toBeGreaterThan(names * 0.8);
  });

  it.fails('leaves out a verb a noun can stand for (发展|贺田产业园)', () => {
    const { names, glued, right } = edges('vn');
    expect(glued.length, glued.join(' ')).toBeLessThanOrEqual(names * 0.02);
    expect(right).toBeGreaterThan(names * 0.8);
  });

  it('leaves out a verb of one character jieba glues to the name (进|平园公园)', () => {
    // Stems that open with a word of their own (鱼|山 of 鱼山, 登龙/nz) keep a few glued.
    const { names, glued, right } = afterVerbChar();
    expect(glued.length, glued.join(' ')).toBeLessThanOrEqual(names * 0.06);
    expect(right).toBeGreaterThan(names * 0.9);
  });

  it('leaves out a verb (建设|贺田水库)', () => {
    const { names, glued, right } = edges('v');
    expect(glued.length, glued.join(' ')).toBeLessThanOrEqual(names * 0.02);
    expect(right).toBeGreaterThan(names * 0.8);
  });
});
