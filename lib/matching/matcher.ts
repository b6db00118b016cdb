/**
 * Finds glossary terms in plain text: an Aho-Corasick automaton over every term and alias
 * (lib/matching/automaton.ts), with leftmost-longest, non-overlapping selection. No DOM here; the
 * content script feeds it the text of one block at a time (lib/page/text-blocks.ts) and maps the
 * offsets back to DOM positions.
 *
 * Offsets are UTF-16 code units (JS string indices), as DOM Text offsets are.
 */
import { CATEGORIES, type Category } from '../glossary/glossary';
import {
  breadthFirst,
  buildAutomaton,
  CONTEXTUAL,
  EDGE_END,
  EDGE_START,
  edgeTo,
  isWordCode,
  QUOTED,
  QUOTES,
  rootTable,
  unfoldInto,
  type Automaton,
} from './automaton';

/** What the matcher needs from an entry; a {@link GlossaryEntry} satisfies it. */
export interface MatcherTerm {
  id: string;
  term: string;
  aliases: readonly string[];
  category: Category;
  /**
   * Forms (the term or aliases) that may mean something other than this entry: their matches
   * carry `contextual` and are shown only on a page about Quzhou (lib/page/quzhou-page.ts).
   */
  contextual?: readonly string[];
  /** For a division: the id of the division it lies in (天池村 → 横山镇 → 龙游县 → 衢州市). */
  within?: string;
}

export interface MatcherOptions {
  /**
   * Ordinary words that contain a contextual form (通信安全 contains 信安, 打江山 江山): found like
   * terms, so leftmost-longest selection lets them swallow the form, and never reported.
   */
  blockers?: readonly string[];
}

/** One term occurrence: `text.slice(start, end)` is the surface form found. */
export interface Match {
  start: number;
  end: number;
  /** Index of the entry in the `terms` the matcher was compiled from. */
  entry: number;
  category: Category;
  /** The form found may mean something else (see {@link MatcherTerm.contextual}). */
  contextual: boolean;
  /** Written as a river's name (衢江北岸): see lib/matching/river-mentions.ts. */
  river?: boolean;
}

/** A set of categories as bits: bit `i` stands for `CATEGORIES[i]`. */
export type CategoryMask = number;

export const ALL_CATEGORIES: CategoryMask = (1 << CATEGORIES.length) - 1;

export function categoryBit(category: Category): CategoryMask {
  return 1 << CATEGORIES.indexOf(category);
}

/** A mask from a list of categories or from the settings' `Record<Category, boolean>`. */
export function categoryMask(
  categories: Iterable<Category> | Readonly<Record<Category, boolean>>,
): CategoryMask {
  let mask = 0;
  if (Symbol.iterator in categories) {
    for (const category of categories as Iterable<Category>) mask |= categoryBit(category);
  } else {
    for (const category of CATEGORIES) if (categories[category]) mask |= categoryBit(category);
  }
  return mask;
}

function toMask(enabled: ReadonlySet<Category> | CategoryMask | undefined): CategoryMask {
  if (enabled === undefined) return ALL_CATEGORIES;
  return typeof enabled === 'number' ? enabled : categoryMask(enabled);
}

export interface Matcher {
  readonly terms: readonly MatcherTerm[];
  /** Number of distinct surface strings (terms and aliases, not blockers) in the automaton. */
  readonly patternCount: number;
  /**
   * Leftmost-longest, non-overlapping occurrences in `text`, in text order. `enabled` filters the
   * result by category *after* the selection, so a switched-off long term still hides the shorter
   * terms inside it.
   */
  findAll(text: string, enabled?: ReadonlySet<Category> | CategoryMask): Match[];
}

export function compileMatcher(terms: readonly MatcherTerm[], options: MatcherOptions = {}): Matcher {
  return matcherOver(terms, buildAutomaton(terms, options));
}

/**
 * A matcher over an automaton built for exactly these terms (in this order): compiled just now,
 * or at build time and loaded (lib/matching/automaton-data.ts).
 */
export function matcherOver(terms: readonly MatcherTerm[], automaton: Automaton): Matcher {
  const { folded, depth, entryOf, flags, fail, edgeStart, edgeSymbol, edgeTarget, blockerEntry, maxLength } =
    automaton;
  const stateCount = fail.length;
  const symbolOf = new Uint16Array(0x10000);
  folded.forEach((code, i) => unfoldInto(symbolOf, code, i + 1));
  const rootNext = rootTable(edgeStart, edgeSymbol, edgeTarget, folded.length + 1);

  // Output links: the nearest state on the failure chain, itself included, that ends a pattern.
  const output = new Int32Array(stateCount).fill(-1);
  const nextOutput = new Int32Array(stateCount).fill(-1);
  for (const s of breadthFirst(edgeStart, edgeTarget)) {
    nextOutput[s] = output[fail[s]!]!;
    output[s] = entryOf[s]! >= 0 ? s : nextOutput[s]!;
  }

  function transition(state: number, symbol: number): number {
    return edgeTo(edgeStart, edgeSymbol, edgeTarget, state, symbol);
  }

  // Candidate matches by start position, in a ring buffer: pending starts are never more than
  // `maxLength` apart, and the tag (the start itself) tells a live slot from a stale one.
  let ringSize = 1;
  while (ringSize <= maxLength) ringSize <<= 1;
  const ringMask = ringSize - 1;
  const ringTag = new Int32Array(ringSize).fill(-1);
  const ringEnd = new Int32Array(ringSize);
  const ringEntry = new Int32Array(ringSize);
  const ringContextual = new Uint8Array(ringSize);
  const categoryIndex = Uint8Array.from(terms, (t) => CATEGORIES.indexOf(t.category));

  function findAll(text: string, enabled?: ReadonlySet<Category> | CategoryMask): Match[] {
    const mask = toMask(enabled);
    const found: Match[] = [];
    if (stateCount === 1 || mask === 0) return found;
    ringTag.fill(-1);
    const n = text.length;
    let state = 0;
    // `decided`: every start before it has been settled (emitted, skipped, or inside an emitted
    // match). A start can be settled once no later text can produce a match beginning there,
    // i.e. once it lies before the current state's depth window. `lastStart` (the largest start
    // recorded) lets the common case, nothing pending, skip the settling loop.
    let decided = 0;
    let lastStart = -1;
    for (let i = 0; i <= n; i++) {
      let safe: number;
      if (i < n) {
        const symbol = symbolOf[text.charCodeAt(i)]!;
        if (symbol === 0) {
          state = 0;
          safe = i + 1;
        } else {
          for (;;) {
            if (state === 0) {
              state = rootNext[symbol]!;
              break;
            }
            const to = transition(state, symbol);
            if (to >= 0) {
              state = to;
              break;
            }
            state = fail[state]!;
          }
          // Every pattern ending here, longest first. For each start only the longest counts,
          // and a start seen again later (at a larger end) is always longer: overwrite.
          for (let o = output[state]!; o >= 0; o = nextOutput[o]!) {
            const end = i + 1;
            const start = end - depth[o]!;
            const edges = flags[o]!;
            if (edges !== 0) {
              if (edges & EDGE_START && start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
              if (edges & EDGE_END && end < n && isWordCode(text.charCodeAt(end))) continue;
              if (
                edges & QUOTED &&
                !(QUOTES.has(text.charCodeAt(start - 1)) && QUOTES.has(text.charCodeAt(end)))
              ) {
                continue;
              }
            }
            const slot = start & ringMask;
            ringTag[slot] = start;
            ringEnd[slot] = end;
            ringEntry[slot] = entryOf[o]!;
            ringContextual[slot] = edges & CONTEXTUAL;
            if (start > lastStart) lastStart = start;
          }
          safe = i + 1 - depth[state]!;
        }
      } else safe = n;
      if (lastStart < decided) {
        if (safe > decided) decided = safe;
        continue;
      }
      while (decided < safe) {
        const slot = decided & ringMask;
        if (ringTag[slot] === decided) {
          const end = ringEnd[slot]!;
          const entry = ringEntry[slot]!;
          if (entry !== blockerEntry) {
            const category = categoryIndex[entry]!;
            if (mask & (1 << category))
              found.push({
                start: decided,
                end,
                entry,
                category: CATEGORIES[category]!,
                contextual: ringContextual[slot] !== 0,
              });
          }
          decided = end;
        } else decided++;
      }
    }
    return found;
  }

  let patternCount = 0;
  for (let s = 0; s < stateCount; s++) if (entryOf[s]! >= 0 && entryOf[s] !== blockerEntry) patternCount++;
  return { terms, patternCount, findAll };
}

/**
 * The matcher, keeping of each text's contextual matches only those `keep` accepts (given the
 * text and all its matches); plain matches always stay. How the page readers (qualifiers.ts,
 * straddles.ts) each leave some out; a text with no contextual match costs nothing more.
 */
export function keepingContextual(
  matcher: Matcher,
  keep: (match: Match, text: string, found: readonly Match[]) => boolean,
): Matcher {
  return {
    terms: matcher.terms,
    patternCount: matcher.patternCount,
    findAll(text, enabled) {
      const found = matcher.findAll(text, enabled);
      if (!found.some((m) => m.contextual)) return found;
      return found.filter((m) => !m.contextual || keep(m, text, found));
    },
  };
}
