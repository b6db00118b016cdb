/**
 * Lists with a known term in them (rules/enumerations.ts cuts them): the other items are terms of
 * the same kind, where each looks like a name on its own.
 */
import type { Category } from '../lib/glossary/glossary';
import type { Sentence } from './article';
import { LIST_OFFICE } from './pipeline/cues';
import type { Enumeration } from './rules/enumerations';
import { SUFFIXES } from './rules/suffixes';
import { isSpecific } from './specific';
import { add, type Term } from './term';

/** Things a list heads, when nothing else tells an item's kind. */
const LIST_HEADS: [RegExp, Category][] = [
  [/^等?(美丽乡村|未来乡村|未来社区|村|小区|安置小区|高品质安置)|入选.{0,6}(乡村|社区)/, 'place'],
  [/^等?(一批)?(重大|重点|大)?(项目|工程|做法|工作|机制|手段|平台|应用)/, 'program'],
];
/**
 * A count of units closing the list (源塘、汪坑、大坂、胡坑四个自然村): where the count is the
 * number of items, each item is one such unit, known or not.
 */
const COUNTED_UNITS =
  /^等?([一二两三四五六七八九十]|\d{1,2})个(自然村|行政村|村|村庄|乡镇|镇|乡|街道|社区|小区)/;
const NUMERALS = '一二三四五六七八九十';
const countOf = (n: string) => (/^\d+$/.test(n) ? Number(n) : n === '两' ? 2 : NUMERALS.indexOf(n) + 1);
const UNIT_KIND: Record<string, string> = { 村: '自然村', 村庄: '自然村', 乡镇: '镇' };

/** Items that open with a unit or a name suffix were cut at the wrong place. */
const UNIT_FIRST = new RegExp(
  `^(街道|社区|村|镇|乡|区|县|市|${SUFFIXES.filter((s) => s.category === 'place' && s.suffix.length >= 2)
    .map((s) => s.suffix)
    .join('|')})`,
);

/**
 * Lists with a known term in them: the other items are terms of the same kind (see
 * rules/enumerations.ts). Each item must look like a name on its own.
 */
export function addListed(
  terms: Map<string, Term>,
  lists: Enumeration[],
  anchors: Set<string>,
  reject: (item: string, sentence: Sentence, reason: string, category: Category) => void = () => {},
  /** Items an earlier round's decisions dropped: added again, but never support for another list. */
  dropped: ReadonlySet<string> = new Set(),
): void {
  const byAlias = new Map<string, Term>();
  for (const t of terms.values()) for (const a of t.aliases) byAlias.set(a, t);
  // An item that is a known term with more around it (樟潭街道廖家村, 聚力枢纽之城) is a cut, not a name.
  const longerForm = (item: string) =>
    [...terms.keys()].some((k) => k.length >= 2 && k !== item && (item.startsWith(k) || item.endsWith(k)));
  for (const list of lists) {
    // An item that is a known place with more after it (衢江港区|保税仓) shows the list is local too.
    const placeFirst = (i: string) =>
      [...terms.values()].find(
        (t) =>
          t.category === 'place' &&
          t.term.length >= 3 &&
          i.startsWith(t.term) &&
          i.length - t.term.length <= 3 &&
          !LIST_OFFICE.test(i),
      );
    const counted = COUNTED_UNITS.exec(list.after);
    if (counted && countOf(counted[1]!) === list.items.length && list.items.length >= 2) {
      const kind = UNIT_KIND[counted[2]!] ?? counted[2]!;
      for (const item of list.items) {
        if (terms.has(item) || byAlias.has(item) || !/^[\u3400-\u9fff]{2,5}$/.test(item)) continue;
        if (UNIT_FIRST.test(item) || longerForm(item)) continue;
        add(terms, item, 'place', kind, list.sentence, 'counted-list');
      }
      continue;
    }
    const known = list.items
      .map((i) => terms.get(i) ?? byAlias.get(i) ?? placeFirst(i))
      .filter((t): t is Term => t !== undefined && !dropped.has(t.term));
    if (known.length === 0 || known.length === list.items.length) continue;
    const head = LIST_HEADS.find(([re]) => re.test(list.after))?.[1];
    const counts = new Map<Category, number>();
    for (const k of known) counts.set(k.category, (counts.get(k.category) ?? 0) + 1);
    const majority = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    for (const item of list.items) {
      if (terms.has(item) || byAlias.has(item) || item.length < 2 || item.length > 12) continue;
      const suffix = SUFFIXES.find((x) => item.endsWith(x.suffix) && item.length > x.suffix.length + 1);
      const category = suffix?.category ?? head ?? majority;
      const no = (reason: string) => reject(item, list.sentence, reason, category);
      if (!/^[\u3400-\u9fff]+$/.test(item)) continue;
      // A suffix names the kind and a place head (等高品质安置小区) names it for every item, so
      // ordinary words are enough for the name itself (航天智慧农业产业园, 新屋里).
      if (!suffix && head !== 'place' && !isSpecific(item, anchors)) {
        no('listed beside a term, but with no suffix and only ordinary words');
        continue;
      }
      // A unit glued to its neighbour (街道|廖家村, 南山底村|排门自然村) is two names, not a new one,
      // and so is a suffix glued to the next word (安置地块|路网).
      if (UNIT_FIRST.test(item) || longerForm(item)) {
        no('cut at the wrong place: it opens with a unit or holds a known term');
        continue;
      }
      // 霞飞跨|江大桥: an item cut out of a longer known name written in the same sentence.
      if (
        [...terms.keys()].some(
          (k) => k.length > item.length && k.includes(item) && list.sentence.text.includes(k),
        )
      ) {
        no('a piece of a longer name written in the same sentence');
        continue;
      }
      add(terms, item, category, suffix?.kind ?? '并列项', list.sentence, 'enumeration');
    }
  }
}
