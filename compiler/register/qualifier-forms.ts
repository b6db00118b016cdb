/**
 * Other places' names as the content script should read them before a place name
 * (lib/matching/qualifiers.ts), from the register's (compiler/register/places.ts):
 * - not a short form that jieba's dictionary knows as a word and no place (比如/v of 比如县, 平安/a
 *   of 平安县, 会同/v, 清流/n, 南岸/f): news writes those words before Quzhou's names all the time
 *   (比如|石门镇, “平安|江山”, 会同|湖镇镇), and a county's full name (比如县) still qualifies;
 * - and as a Traditional page writes them, read the way the content script reads it. It folds a
 *   page character by character (lib/matching/script-fold.ts), but OpenCC writes some names by the
 *   phrase, with a character Simplified text also uses and so never folded: 兰溪市 becomes 蘭谿市,
 *   folded to 兰谿市, which is no qualifier. Each such folded form is listed beside the name.
 */
import * as OpenCC from 'opencc-js';
import { toSimplified } from '../../lib/matching/script-fold';

/** Units that end a division's full name (湖南省, 安吉县, 阳泉城区); a name without one is short. */
const UNIT_END = /(省|市|县|区|州|盟|旗)$/;

/** The qualifiers to ship, sorted in JavaScript string order (the content script bisects them). */
export function qualifierForms(
  qualifiers: readonly string[],
  dictionary: ReadonlyMap<string, { tag: string }>,
): string[] {
  const isWord = (name: string) => {
    const word = dictionary.get(name);
    return word !== undefined && !word.tag.startsWith('ns');
  };
  const kept = qualifiers.filter((name) => UNIT_END.test(name) || !isWord(name));
  const converters = (['tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  const forms = new Set(kept);
  for (const name of kept)
    for (const convert of converters) {
      const folded = toSimplified(convert(name));
      // One code unit for one: the content script compares folded text span for span.
      if (folded.length === name.length) forms.add(folded);
    }
  return [...forms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
