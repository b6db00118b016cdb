/**
 * Lists with a known term in them (rules/enumerations.ts cuts them): the other items are proposed
 * as terms of the same kind. Whether each looks like a name on its own is the decision stage's to
 * say (pipeline/rules-lists.ts), from the lists recorded on it (`Term.lists`).
 */
import type { Category } from '../lib/glossary/glossary';
import { LIST_OFFICE } from './pipeline/cues';
import type { Enumeration } from './rules/enumerations';
import { listItemSuffix } from './rules/suffixes';
import { add, type Term } from './term';
import { generalDictionary } from './lexicon';

/** Things a list heads, when nothing else tells an item's kind. */
const LIST_HEADS: [RegExp, Category][] = [
  [/^等?(美丽乡村|未来乡村|未来社区|村|小区|安置小区|高品质安置)|入选.{0,6}(乡村|社区)/, 'place'],
  [/^等?(一批)?(重大|重点|大)?(项目|工程|做法|工作|机制|手段|平台|应用)/, 'program'],
];
/** Mechanisms or models closing a list (…等机制, …等模式): its items are named ones. */
const MECHANISM_HEAD = /^等(创新)?(机制|模式)/;
/** Departments or bodies closing a list (…和教育部门, …等单位): its items are offices. */
const OFFICES_HEAD = /^(等|和|及|与)?[\u4e00-\u9fff]{0,4}(部门|单位|机关)/;
/**
 * Products closing a list (椪柑、香榧、冻米糖等土特产, …等特色农产品, …等小吃): its items are products,
 * which name no one place, programme or body (LABELLING.md: named local products are negatives).
 */
const PRODUCTS_HEAD = /^(等|和|及|与)?[\u4e00-\u9fff]{0,4}(土特产|特产|农产品|农副产品|产品|美食|小吃|山货)/;
/**
 * A count of units closing the list (源塘、汪坑、大坂、胡坑四个自然村): where the count is the
 * number of items, each item is one such unit, known or not.
 */
const COUNTED_UNITS =
  /^等?([一二两三四五六七八九十]|\d{1,2})个(自然村|行政村|村|村庄|乡镇|镇|乡|街道|社区|小区)/;
/**
 * A kind of settlement closing the list after what its items have in common (黄土岭、大头、新店等
 * 农家乐较集中的村庄): each item is one such village or town, as where a count closes it.
 */
const UNITS_HEAD = /^等[\u4e00-\u9fff]{0,8}的(村庄|村落|村子|自然村|行政村|乡镇|集镇)/;
const NUMERALS = '一二三四五六七八九十';
const countOf = (n: string) => (/^\d+$/.test(n) ? Number(n) : n === '两' ? 2 : NUMERALS.indexOf(n) + 1);
const UNIT_KIND: Record<string, string> = {
  村: '自然村',
  村庄: '自然村',
  村落: '自然村',
  村子: '自然村',
  乡镇: '镇',
};

/**
 * 跨|苏庄、长虹、何田、齐溪四个乡镇: the verb or preposition governing a list is written on its first
 * item, one frequent character of the dictionary longer than every other item. So is the aspect
 * particle after such a verb (流转|了|泽随、莲塘、后舒三个村).
 */
function governedList(items: readonly string[]): boolean {
  const [first, ...rest] = items;
  if (!first || first.length < 3 || rest.some((i) => i.length >= first.length)) return false;
  const entry = generalDictionary().get(first[0]!);
  return entry !== undefined && /^(v|p|ul|uz|ug)$/.test(entry.tag) && entry.freq >= 1000;
}

/**
 * The first item of a list of townships read with the end of their county before it (开化县|齐溪、
 * 何田、长虹等乡镇, read 化县齐溪): the item is what follows the county's 县, 市 or 区.
 */
function afterCounty(item: string): string {
  const m = /^.{1,3}?[县市区](?=.{2,})/.exec(item);
  return m ? item.slice(m[0].length) : item;
}

/**
 * Lists with a known term in them: the other items are proposed as terms of the same kind (see
 * rules/enumerations.ts), each with the list it was read from.
 */
export function addListed(
  terms: Map<string, Term>,
  lists: Enumeration[],
  /** Items an earlier round's decisions dropped: added again, but never support for another list. */
  dropped: ReadonlySet<string> = new Set(),
): void {
  const byAlias = new Map<string, Term>();
  for (const t of terms.values()) for (const a of t.aliases) byAlias.set(a, t);
  // Items these lists proposed: another list that names one is more evidence for it.
  const proposed = new Set<string>();
  const isNew = (item: string) => proposed.has(item) || !(terms.has(item) || byAlias.has(item));
  // Known when the list is read: not an item of an earlier list the last round dropped (浙江 of
  // 浙江、…), which the lists propose again.
  const isKnown = (k: string) => terms.has(k) && !(proposed.has(k) && dropped.has(k));
  // A term known when the list is read that the item opens or ends with (樟潭街道|廖家村, 聚力|枢纽之城).
  const edgeTerm = (item: string) => {
    for (let n = item.length - 1; n >= 2; n--) {
      if (isKnown(item.slice(0, n))) return item.slice(0, n);
      if (isKnown(item.slice(-n))) return item.slice(-n);
    }
    return undefined;
  };
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
    // 氟硅新材料、锂电新能源产业: a list closed by an industry is a list of trades, 产业 said once
    // for all of them; its items are no names.
    if (/(产业|行业)$/.test(list.items[list.items.length - 1]!)) continue;
    const counted = COUNTED_UNITS.exec(list.after);
    const headed = UNITS_HEAD.exec(list.after);
    if (
      (counted && countOf(counted[1]!) === list.items.length && list.items.length >= 2) ||
      (headed && list.items.length >= 2)
    ) {
      const unit = counted?.[2] ?? headed![1]!;
      const kind = UNIT_KIND[unit] ?? unit;
      for (const [index, written] of list.items.entries()) {
        // 银坑村有|吴家: the place the units lie in, and 有, opening the first item.
        const lead = edgeTerm(written);
        const item =
          lead && written.startsWith(lead) && /^[有是]/.test(written.slice(lead.length))
            ? written.slice(lead.length + 1)
            : index === 0 && governedList(list.items)
              ? written.slice(1)
              : index === 0
                ? afterCounty(written)
                : written;
        if (!isNew(item) || !/^[\u3400-\u9fff]{2,5}$/.test(item)) continue;
        const edge = edgeTerm(item);
        const t = add(terms, item, 'place', kind, list.sentence, 'counted-list');
        (t.lists ??= []).push({ head: 'place', ...(edge ? { edgeTerm: edge } : {}) });
        proposed.add(item);
      }
      continue;
    }
    const support = list.items
      .map((i) => terms.get(i) ?? byAlias.get(i) ?? placeFirst(i))
      .filter((t): t is Term => t !== undefined && !dropped.has(t.term));
    // 生态资源储蓄单、储蓄贷、整村经营等机制: a list the text closes as mechanisms or models names
    // each of its items, known or not.
    const named = MECHANISM_HEAD.test(list.after) && list.items.length >= 2;
    if ((support.length === 0 && !named) || support.length === list.items.length) continue;
    // 民政、卫健和教育部门: a list that closes with departments or bodies holds offices by their
    // short names, whatever place opens it (柯城区民政).
    if (OFFICES_HEAD.test(list.after) || PRODUCTS_HEAD.test(list.after)) continue;
    const head = LIST_HEADS.find(([re]) => re.test(list.after))?.[1];
    const counts = new Map<Category, number>();
    for (const k of support) counts.set(k.category, (counts.get(k.category) ?? 0) + 1);
    const majority = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'program';
    for (const item of list.items) {
      if (!isNew(item) || item.length < 2 || item.length > 12) continue;
      const suffix = listItemSuffix(item);
      const category = suffix?.category ?? head ?? majority;
      if (!/^[\u3400-\u9fff]+$/.test(item)) continue;
      const edge = edgeTerm(item);
      // 霞飞跨|江大桥: a longer known name holds the item and is written in the same sentence.
      const whole = [...terms.keys()].find(
        (k) => k.length > item.length && k.includes(item) && list.sentence.text.includes(k) && isKnown(k),
      );
      const t = add(terms, item, category, suffix?.kind ?? '并列项', list.sentence, 'enumeration');
      (t.lists ??= []).push({
        ...(head ? { head } : {}),
        ...(edge ? { edgeTerm: edge } : {}),
        ...(whole ? { pieceOf: whole } : {}),
      });
      proposed.add(item);
    }
  }
}
