/**
 * Pinyin for terms, with tone marks, one syllable per character: used by the compiler and for the
 * reader's own entries (lib/storage/user-entries.ts), so both read a term the same way.
 * pinyin-pro reads words in context (银行 yín háng, 行动 xíng dòng); local readings are pinned
 * so a library update cannot change them: 衢 is qú (not the rare qí), 廿 is niàn.
 */
import { customPinyin, pinyin } from 'pinyin-pro';

const LOCAL_READINGS: Record<string, string> = { 衢: 'qú', 廿: 'niàn', 衢州: 'qú zhōu', 衢江: 'qú jiāng' };
let pinned = false;

export function termPinyin(term: string): string {
  if (!pinned) {
    customPinyin(LOCAL_READINGS);
    pinned = true;
  }
  // Only Han characters get syllables; digits, Latin letters and punctuation are kept as they are.
  return pinyin(term, { toneType: 'symbol', nonZh: 'consecutive' }).replace(/\s+/g, ' ').trim();
}

/**
 * Toneless ASCII pinyin of a term, syllables kept apart: for ids and sorting. (lib/search/search.ts
 * plainPinyin works on a pinyin string instead and joins the syllables.)
 */
export function tonelessTermPinyin(term: string): string {
  return termPinyin(term)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'v')
    .toLowerCase();
}
