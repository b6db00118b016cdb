/**
 * Rule: quoted phrases. Chinese news quotes slogans, formulas and program names (“五城”, “八八战略”,
 * “净地行动”), but also ordinary words used as metaphors (“马前卒”, “快进键”); the filter in
 * quote-select.ts tells them apart.
 */
import type { Sentence } from '../article';

export interface QuoteMatch {
  text: string;
  sentence: Sentence;
  /** Position of the opening quote in the sentence. */
  start: number;
  end: number;
  /** What the sentence says right after the closing quote (up to 4 characters). */
  after: string;
}

/** Up to 40 characters: parallel slogans run long (支部建在小区、小组设在楼栋、…); quote-select.ts decides. */
const QUOTE_RE = /[“「『]([^“”「」『』。！？]{1,40})[”」』]/g;

export function findQuotes(sentences: Sentence[]): QuoteMatch[] {
  const out: QuoteMatch[] = [];
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(QUOTE_RE)) {
      const text = m[1]!.trim();
      if (text.length === 0) continue;
      const end = m.index + m[0].length;
      out.push({ text, sentence, start: m.index, end, after: sentence.text.slice(end, end + 4) });
    }
  }
  return out;
}

const NUMERAL = '一二三四五六七八九十两百千万';
const DIGIT_VALUE: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/**
 * A numeric formula: 五城, 三有, 八八战略, 四边三化, 三通一智（治）, 1433, 3+X, 1+15.
 * Measures (15分钟, 2023年, 5个) are quantities, not formulas.
 */
export function isNumericFormula(text: string): boolean {
  if (/^\d{3,4}$/.test(text)) return !/^(19|20)\d\d$/.test(text);
  if (/^\d+\+[\dA-Za-z]+$/.test(text)) return true;
  if (/^[\dA-Za-z]+\+[\u4e00-\u9fff]/.test(text)) return false;
  if (/^\d/.test(text)) return false;
  if (!NUMERAL.includes(text[0] ?? '')) return false;
  // 一把手, 一些, 三分之二: numeral + measure word is a quantity; so are 三大攻坚战 (the three
  // major battles) and 三级书记 (secretaries at three levels): counts of things, not formulas.
  return (
    !/^[一二三四五六七八九十两百千万]+(个|些|分|次|年|月|日|天|批|名|位|点|把手|起|道|种|倍|大|级)/.test(
      text,
    ) || /^[一二三四五六七八九十两]个[\u4e00-\u9fff]{1,2}$/.test(text)
  );
}

/** The number a formula starts with (五城 → 5), where it is a single numeral. */
export function leadingCount(text: string): number | undefined {
  return DIGIT_VALUE[text[0] ?? ''];
}
