/**
 * Whether a page is about Quzhou, and which of its contextual matches (江山, 白沙村: forms with
 * namesakes elsewhere) are Quzhou's. Pure functions over matches; lib/page/highlighter.ts applies
 * them as a page's matches come and go, the tests and the e2e harness to a whole page at once.
 *
 * A page is judged by its unambiguous Quzhou divisions (衢州, 开化县, 廿里镇), in three grades:
 * - fewer than {@link QUZHOU_NAMES_NEEDED}: about somewhere else, no contextual match is shown;
 * - {@link DISTINCT_NAMES_ABOUT} distinct places, or {@link NAMES_ABOUT} names of two places or
 *   more: about Quzhou, every contextual match is shown (but a division named by unit words alone,
 *   街道社区, only with its town: {@link UNIT_NAMED});
 * - in between, Quzhou named in passing, as a neighbour's news does (a rail line to 衢州, a visitor
 *   from 柯城区): a contextual division is shown only where the page also names the division it
 *   lies in or one that lies in it (乌龙村 with its town, 溪口镇 with its county or a village of
 *   its). A page about Quzhou that names few of its places still says where its village is; a
 *   page about 建德 that names 衢州 twice puts its own 乌龙村 in its own 乾潭镇, which is no
 *   Quzhou town (tests/elsewhere-pages.test.ts: on the made-up Quzhou articles of the eval sets
 *   this hides nothing the labellers marked).
 */
import type { Category } from '../glossary/glossary';
import type { MatcherTerm } from '../matching/matcher';

/**
 * Whether a match shows that the page is about Quzhou: a division's name that means nothing but the
 * Quzhou division (衢州, 开化县, 廿里镇). Only divisions: an unambiguous slogan can be province-wide
 * (八八战略 is Zhejiang's), and on another city's page it would make that city's villages Quzhou's.
 * Nor any other place: a road or railway (杭金衢高速, 351国道) runs through other cities too, and a
 * page about 金华's logistics park beside the 杭金衢 expressway names it as often as a page about
 * Quzhou; a river, a mountain, a park or a region is shared with neighbours (钱江源国家公园 borders
 * 休宁, whose page names it; 仙霞岭 runs into 福建; 四省边际 spans four provinces). So is a
 * division's name written as the river it shares (衢江北岸: 兰溪's news of its own bank).
 */
export function namesQuzhou(match: QuzhouName, tree: PlaceTree): boolean {
  return !match.contextual && !match.river && match.category === 'place' && isDivision(tree, match.entry);
}

/** What {@link namesQuzhou} reads of a match. */
interface QuzhouName {
  readonly entry: number;
  readonly contextual: boolean;
  readonly category: Category;
  /** Written as a river's name, not the division's (lib/matching/river-mentions.ts). */
  readonly river?: boolean;
}

/**
 * How many such names make a page one that names Quzhou at all. One is a passing mention as
 * often as not: a page about 兰溪 names the 衢江 that flows into it, a province's news lists 衢州
 * among its cities; counting it made those pages' own villages (余村, 石门村, 溪东村) Quzhou's.
 */
const QUZHOU_NAMES_NEEDED = 2;
/**
 * How many distinct places, or names of two places or more, make a page about Quzhou rather than
 * one naming it in passing: a neighbour's news names 衢州 and perhaps one county, twice or three
 * times, and a province's news lists 衢州 among its cities paragraph after paragraph; a page about
 * Quzhou names its places again and again, more than one of them, in its text or its masthead and
 * menus.
 */
const DISTINCT_NAMES_ABOUT = 3;
const NAMES_ABOUT = 4;

/** What a page's unambiguous Quzhou names say about it (see the file comment). */
export type PageSense = 'elsewhere' | 'passing' | 'quzhou';

export function pageSense(names: number, distinct: number): PageSense {
  if (names < QUZHOU_NAMES_NEEDED) return 'elsewhere';
  return distinct >= DISTINCT_NAMES_ABOUT || (names >= NAMES_ABOUT && distinct >= 2) ? 'quzhou' : 'passing';
}

/**
 * The places among a matcher's terms: for each term, the division it lies in and those in it, and
 * whether it is named by unit words alone.
 */
export interface PlaceTree {
  /** Index of the term the term's division lies in; -1: none (not a division, or the city). */
  readonly parent: readonly number[];
  /** Indices of the terms whose divisions lie in the term's. */
  readonly children: readonly (readonly number[])[];
  /** Whether the term is a division named by unit words alone ({@link UNIT_NAMED}). */
  readonly unitNamed: readonly boolean[];
}

/**
 * A community or village named by unit words alone (街道社区, the subdistrict's community; 中心社区,
 * the central one): any page writes those words after a subdistrict the glossary does not know
 * (女埠街道|社区卫生服务中心) or alone (街道|社区卫生服务站), so even on a page about Quzhou it is shown
 * only where the page names its town, as news about the place does (贺村镇's 中心社区).
 */
const UNIT_NAMED = /^(街道|社区|中心)(社区|村)$/;

export function placeTree(
  terms: readonly Pick<MatcherTerm, 'id' | 'term' | 'category' | 'within'>[],
): PlaceTree {
  const indexOf = new Map(terms.map((t, i) => [t.id, i]));
  // A division whose own division the reader has hidden has no parent here: with no division in
  // it either (a village), nothing places it, and it is shown as a term that is no division is.
  const parent = terms.map((t) => (t.within === undefined ? -1 : (indexOf.get(t.within) ?? -1)));
  const children: number[][] = terms.map(() => []);
  parent.forEach((p, i) => p >= 0 && children[p]!.push(i));
  const unitNamed = terms.map((t, i) => parent[i]! >= 0 && UNIT_NAMED.test(t.term));
  return { parent, children, unitNamed };
}

/** Whether the term is a division the tree links to another: one that places or is placed. */
export function isDivision(tree: PlaceTree, entry: number): boolean {
  return (tree.parent[entry] ?? -1) >= 0 || (tree.children[entry]?.length ?? 0) > 0;
}

/**
 * Whether a contextual match of term `entry` is shown on a page of this sense. `named(e)`: the
 * page has a match of term e (contextual or not, shown or not).
 */
export function showsContextual(
  sense: PageSense,
  entry: number,
  tree: PlaceTree,
  named: (entry: number) => boolean,
): boolean {
  if (sense === 'elsewhere') return false;
  if (sense === 'quzhou' && tree.unitNamed[entry] !== true) return true;
  // Not a division (a river, a programme): nothing to place it by.
  if (!isDivision(tree, entry)) return true;
  const parent = tree.parent[entry]!;
  return (parent >= 0 && named(parent)) || (tree.children[entry] ?? []).some(named);
}

/**
 * Of the Quzhou places one form names (白沙村 of 新新街道 and of 凤林镇), the one the page means:
 * the one whose nearest division the page names (`named(e)`: the page has a match of term e), a
 * town before its county, as a reader of 江山市凤林镇's news takes its 白沙村. Where the page names
 * none of theirs, or names each as near, the first candidate stays (the matcher's).
 */
export function meantPlace(
  candidates: readonly number[],
  tree: PlaceTree,
  named: (entry: number) => boolean,
): number {
  let best = candidates[0]!;
  let nearest = Infinity;
  for (const candidate of candidates) {
    let depth = 1;
    // A chain is four links at most (village, town, county, city); the bound guards bad data.
    for (let at = tree.parent[candidate] ?? -1; at >= 0 && depth < nearest && depth <= 8; depth++) {
      if (named(at)) {
        nearest = depth;
        best = candidate;
        break;
      }
      at = tree.parent[at] ?? -1;
    }
  }
  return best;
}

/** The unambiguous Quzhou names among matches, and how many distinct terms they are. */
function quzhouNames(matches: Iterable<QuzhouName>, tree: PlaceTree): { names: number; distinct: number } {
  let names = 0;
  const terms = new Set<number>();
  for (const m of matches)
    if (namesQuzhou(m, tree)) {
      names++;
      terms.add(m.entry);
    }
  return { names, distinct: terms.size };
}

/** A whole page's matches as the content script shows them (categories aside). */
export function shownOnPage<M extends QuzhouName>(matches: readonly M[], tree: PlaceTree): M[] {
  const { names, distinct } = quzhouNames(matches, tree);
  const sense = pageSense(names, distinct);
  const named = new Set(matches.map((m) => m.entry));
  return matches.filter((m) => !m.contextual || showsContextual(sense, m.entry, tree, (e) => named.has(e)));
}
