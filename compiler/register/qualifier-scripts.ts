/**
 * Other places' names as a Traditional page writes them, read the way the content script reads
 * it. The content script folds a page character by character (lib/matching/script-fold.ts), but
 * OpenCC writes some names by the phrase, with a character Simplified text also uses and so never
 * folded: 兰溪市 becomes 蘭谿市, folded to 兰谿市, which is no qualifier. Each such folded form is
 * listed beside the name (lib/matching/qualifiers.ts).
 */
import * as OpenCC from 'opencc-js';
import { toSimplified } from '../../lib/matching/script-fold';

/** `qualifiers` and the folded Traditional forms that differ from them, sorted (JavaScript order). */
export function withTraditionalForms(qualifiers: readonly string[]): string[] {
  const converters = (['tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  const forms = new Set(qualifiers);
  for (const name of qualifiers)
    for (const convert of converters) {
      const folded = toSimplified(convert(name));
      // One code unit for one: the content script compares folded text span for span.
      if (folded.length === name.length) forms.add(folded);
    }
  return [...forms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
