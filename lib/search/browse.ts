/**
 * Browsing the glossary on the glossary page: pinyin order, the A–Z letter index, filters by
 * category (plus the reader's own entries and the hidden ones), counts for the filter chips, and
 * the place tree (parent place, places under it). Pure and DOM-free.
 *
 * Everything that costs more than one cheap pass is done once per entry list by prepareBrowse, so
 * changing a filter on a 10,000-entry glossary is a single linear scan with no sorting.
 * Pinyin keys come from the entries' own `pinyin` field (lib/search/search.ts plainPinyin), so this module
 * does not pull a pinyin dictionary into the page.
 */
import { CATEGORIES, parentCode, type Category, type AnyEntry } from '../glossary/glossary';
import { plainPinyin } from './search';

/** The letter index: A–Z, then `#` for terms whose pinyin starts with a digit or anything else. */
// prettier-ignore
export const LETTERS = [
  'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M',
  'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', '#',
] as const;
export type Letter = (typeof LETTERS)[number];

/** A category, or every visible entry, the reader's own (new or edited), or the hidden ones. */
export type CategoryFilter = Category | 'all' | 'mine' | 'hidden';
export const CATEGORY_FILTERS: readonly CategoryFilter[] = ['all', ...CATEGORIES, 'mine', 'hidden'];

export interface BrowseFilter {
  category: CategoryFilter;
  /** Only entries under this letter; null for all letters. */
  letter: Letter | null;
}

export interface BrowseItem<E extends AnyEntry = AnyEntry> {
  entry: E;
  /** Toneless pinyin without spaces, ü as v (sishengbianji): the sort key. */
  key: string;
  letter: Letter;
}

/** The index letter of a pinyin key: its first letter, or `#` (digits, Latin-only terms, empty). */
export function letterOf(key: string): Letter {
  const code = key.charCodeAt(0);
  return code >= 97 && code <= 122 ? (String.fromCharCode(code - 32) as Letter) : '#';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The entries in browsing order: toneless pinyin, then term (by UTF-16 code unit), then id, like
 * data/glossary.json itself, so user entries fall into place among the built-in ones.
 */
export function prepareBrowse<E extends AnyEntry>(entries: readonly E[]): BrowseItem<E>[] {
  return entries
    .map((entry) => {
      const key = plainPinyin(entry.pinyin);
      return { entry, key, letter: letterOf(key) };
    })
    .sort(
      (a, b) =>
        compare(a.key, b.key) || compare(a.entry.term, b.entry.term) || compare(a.entry.id, b.entry.id),
    );
}

function inCategory(entry: AnyEntry, isHidden: boolean, category: CategoryFilter): boolean {
  if (category === 'hidden') return isHidden;
  if (isHidden) return false; // hidden entries are only listed under 'hidden'
  if (category === 'all') return true;
  if (category === 'mine') return entry.origin === 'user';
  return entry.category === category;
}

/** The items that pass `filter`, in browsing order. */
export function filterBrowse<E extends AnyEntry>(
  items: readonly BrowseItem<E>[],
  hidden: ReadonlySet<string>,
  filter: BrowseFilter,
): BrowseItem<E>[] {
  return items.filter(
    (item) =>
      inCategory(item.entry, hidden.has(item.entry.id), filter.category) &&
      (filter.letter === null || item.letter === filter.letter),
  );
}

/** How many entries each category filter shows (any letter). */
export function categoryCounts(
  items: readonly BrowseItem[],
  hidden: ReadonlySet<string>,
): Record<CategoryFilter, number> {
  const counts = Object.fromEntries(CATEGORY_FILTERS.map((c) => [c, 0])) as Record<CategoryFilter, number>;
  for (const { entry } of items) {
    if (hidden.has(entry.id)) {
      counts.hidden++;
      continue;
    }
    counts.all++;
    counts[entry.category]++;
    if (entry.origin === 'user') counts.mine++;
  }
  return counts;
}

/** How many entries of `category` each letter holds: letters with none are shown disabled. */
export function letterCounts(
  items: readonly BrowseItem[],
  hidden: ReadonlySet<string>,
  category: CategoryFilter,
): Record<Letter, number> {
  const counts = Object.fromEntries(LETTERS.map((l) => [l, 0])) as Record<Letter, number>;
  for (const item of items) {
    if (inCategory(item.entry, hidden.has(item.entry.id), category)) counts[item.letter]++;
  }
  return counts;
}

export interface PlaceTree<E extends AnyEntry = AnyEntry> {
  /** The entry a place name refers to: by term first, else by alias (first in browsing order). */
  byName: ReadonlyMap<string, E>;
  /** The place each place lies in, by entry id. */
  parentOf: ReadonlyMap<string, E>;
  /** The places that lie in this one, by entry id, in browsing order. */
  children: ReadonlyMap<string, readonly E[]>;
  /**
   * The entries that are not places but name this place as theirs (a programme run in 衢江区, a
   * county's media centre), by entry id, in browsing order: listed apart, never as its places.
   */
  located: ReadonlyMap<string, readonly E[]>;
}

/**
 * The hierarchy of places. A register division lies in the division its code names (the register
 * is the source of truth: two towns' 白沙村 each find their own town); any other entry in the place
 * its `parent` text names, through place terms and aliases. Only places are a place's `children`
 * (a programme run in 衢江区 is not one of its places); the other entries naming it go to `located`.
 * `items` in browsing order, so children come out sorted by pinyin.
 */
export function placeTree<E extends AnyEntry>(items: readonly BrowseItem<E>[]): PlaceTree<E> {
  const byName = new Map<string, E>();
  const byCode = new Map<string, E>();
  const places = items.map((i) => i.entry).filter((e) => e.category === 'place');
  for (const entry of places) {
    if (!byName.has(entry.term)) byName.set(entry.term, entry);
    const division = 'division' in entry ? entry.division : undefined;
    if (division) byCode.set(division.code, entry);
  }
  for (const entry of places) {
    for (const alias of entry.aliases) if (!byName.has(alias)) byName.set(alias, entry);
  }
  const parentOf = new Map<string, E>();
  const children = new Map<string, E[]>();
  const located = new Map<string, E[]>();
  for (const { entry } of items) {
    const division = 'division' in entry ? entry.division : undefined;
    const up = division ? parentCode(division.code) : undefined;
    const parent =
      up !== undefined ? byCode.get(up) : entry.parent === undefined ? undefined : byName.get(entry.parent);
    if (!parent || parent.id === entry.id) continue;
    parentOf.set(entry.id, parent);
    const lists = entry.category === 'place' ? children : located;
    const list = lists.get(parent.id);
    if (list) list.push(entry);
    else lists.set(parent.id, [entry]);
  }
  return { byName, parentOf, children, located };
}
