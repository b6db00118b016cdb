/**
 * Pinyin for terms, with tone marks, one syllable per character: used by the compiler and for the
 * reader's own entries (lib/storage/user-entries.ts), so both read a term the same way.
 * pinyin-pro reads words in context (银行 yín háng, 行动 xíng dòng); local readings are pinned
 * so a library update cannot change them: 衢 is qú (not the rare qí), 廿 is niàn.
 */
import { customPinyin, pinyin } from 'pinyin-pro';

const LOCAL_READINGS: Record<string, string> = { 衢: 'qú', 廿: 'niàn', 衢州: 'qú zhōu', 衢江: 'qú jiāng' };
let pinned = false;

function readHan(text: string): string {
  if (!pinned) {
    customPinyin(LOCAL_READINGS);
    pinned = true;
  }
  return pinyin(text, { toneType: 'symbol', nonZh: 'consecutive' });
}

const DIGIT_READINGS = ['líng', 'yī', 'èr', 'sān', 'sì', 'wǔ', 'liù', 'qī', 'bā', 'jiǔ'];

/**
 * A number as it is spoken in a term: up to two digits as a number (“1+15” is yī jiā shí wǔ), longer
 * ones digit by digit, as code-like numbers are read (“152” yī wǔ èr, 351国道 sān wǔ yī).
 */
function readNumber(digits: string): string[] {
  const d = [...digits].map(Number);
  if (d.length === 2 && d[0] !== 0) {
    const tens = d[0] === 1 ? ['shí'] : [DIGIT_READINGS[d[0]!]!, 'shí'];
    return d[1] === 0 ? tens : [...tens, DIGIT_READINGS[d[1]!]!];
  }
  return d.map((n) => DIGIT_READINGS[n]!);
}

/** Full-width digits and Latin letters (ＡＢ１２) as ASCII, so they are read like the half-width ones. */
function halfWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0b]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

const HAN = /\p{Script=Han}/u;

/**
 * The term read aloud: Han characters as pinyin-pro reads them in context, numbers as spoken, “+”
 * as jiā, Latin letters as written; punctuation (、，·“”) is not read, so it is left out.
 */
export function termPinyin(term: string): string {
  const syllables: string[] = [];
  // Runs of Han text are read together so that words keep their contextual readings.
  for (const run of halfWidth(term).match(/\p{Script=Han}+|\d+|\+|[A-Za-z]+|[^\p{Script=Han}\dA-Za-z+]+/gu) ??
    []) {
    if (HAN.test(run)) syllables.push(readHan(run));
    else if (/^\d+$/.test(run)) syllables.push(...readNumber(run));
    else if (run === '+') syllables.push('jiā');
    else if (/^[A-Za-z]+$/.test(run)) syllables.push(run);
  }
  return syllables.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Toneless ASCII pinyin of a term, syllables kept apart: for ids and sorting. Digits and
 * punctuation stay as written here (152 → "152"), unlike termPinyin, so that the ids entries have
 * had since the first release (which readers' own versions of entries refer to) do not change.
 * (lib/search/search.ts plainPinyin works on a pinyin string instead and joins the syllables.)
 */
export function tonelessTermPinyin(term: string): string {
  return readHan(term)
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'v')
    .toLowerCase();
}
