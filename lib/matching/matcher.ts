/**
 * Finds glossary terms in plain text: an Aho-Corasick automaton over every term and alias, with
 * leftmost-longest, non-overlapping selection. No DOM here; the content script feeds it the text of
 * one block at a time (lib/page/text-blocks.ts) and maps the offsets back to DOM positions.
 *
 * Layout, chosen for throughput on Chinese text (where most characters are in no term at all):
 * - every UTF-16 code unit goes through one `Uint16Array(65536)` lookup to a small symbol number;
 *   code units that occur in no term map to 0, which sends the automaton straight back to the
 *   root without looking at any transition;
 * - the root's transitions are a dense table indexed by symbol; deeper states (few children each)
 *   keep theirs in compressed rows (`edgeStart`/`edgeSymbol`/`edgeTarget`), scanned linearly;
 * - failure links make the scan one pass over the text whatever the number of terms.
 * Offsets are UTF-16 code units (JS string indices), as DOM Text offsets are.
 */
import { CATEGORIES, type Category } from '../glossary/glossary';

/** What the matcher needs from an entry; a {@link GlossaryEntry} satisfies it. */
export interface MatcherTerm {
  id: string;
  term: string;
  aliases: readonly string[];
  category: Category;
  /**
   * Forms (the term or aliases) that may mean something other than this entry: their matches
   * carry `contextual` and are shown only on a page about Quzhou (lib/page/highlighter.ts).
   */
  contextual?: readonly string[];
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

// Folding, applied through the symbol table so it costs nothing at match time and keeps offsets
// exact (one code unit in, one symbol out): full-width ASCII forms (Ｐ，１，＋, common in Chinese
// typesetting) read as their ASCII twins, and ASCII letters ignore case (组团PK = 组团pk).
function foldCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) code += 0x20;
  return code;
}

/** The text with every code unit folded; the same string when nothing folds (most Chinese). */
function foldText(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (foldCode(code) !== code) {
      let out = '';
      for (let j = 0; j < text.length; j++) out += String.fromCharCode(foldCode(text.charCodeAt(j)));
      return out;
    }
  }
  return text;
}

/** Gives `symbol` to every code unit that {@link foldCode} maps to `folded` (itself included). */
function unfoldInto(symbolOf: Uint16Array, folded: number, symbol: number): void {
  symbolOf[folded] = symbol;
  if (folded < 0x21 || folded > 0x7e) return;
  symbolOf[folded + 0xfee0] = symbol; // full-width twin
  if (folded >= 0x61 && folded <= 0x7a) {
    symbolOf[folded - 0x20] = symbol; // capital
    symbolOf[folded - 0x20 + 0xfee0] = symbol; // full-width capital
  }
}

/** ASCII letters and digits (after folding): terms that begin or end with one need a word edge. */
function isWordCode(code: number): boolean {
  const c = foldCode(code);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
}

function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

// Flags of a pattern-ending state:
// - CONTEXTUAL: the form is one of its entry's contextual forms;
// - EDGE_START / EDGE_END: that edge must sit on an ASCII word boundary, so that 3+X is not found
//   in 13+X and 组团PK not in 组团PKW;
// - QUOTED: the pattern is a bare number formula (1433, 152, 1+15) and is only a term between
//   quote marks, the way news text writes slogans (“1433”战略体系); unquoted, 1433 is a sum of money.
const EDGE_START = 1;
const EDGE_END = 2;
const QUOTED = 4;
const CONTEXTUAL = 8;

const QUOTES = new Set([...'“”‘’"\'「」『』《》〈〉'].map((c) => c.charCodeAt(0)));

/** Digits and + - . · × only (after folding). A loop, not a regex over a rebuilt string: this runs
 * for every pattern while a frame starts. */
function isNumberFormula(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = foldCode(text.charCodeAt(i));
    if (!((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || c === 0xb7 || c === 0xd7))
      return false;
  }
  return true;
}

/** What owns a pattern, in order of precedence when several share one string. */
const TERM = 0;
const ALIAS = 1;
const BLOCKER = 2;

export function compileMatcher(terms: readonly MatcherTerm[], options: MatcherOptions = {}): Matcher {
  // 1. Symbols: each distinct folded code unit used by a pattern gets a number from 1.
  const symbolOf = new Uint16Array(0x10000);
  const symbolOfFolded = new Map<number, number>();
  const patterns: { text: string; entry: number; kind: number; contextual: boolean }[] = [];
  terms.forEach((t, entry) => {
    const surfaces = [t.term, ...t.aliases];
    surfaces.forEach((text, i) => {
      if (text.length > 0 && isWellFormed(text))
        patterns.push({
          text,
          entry,
          kind: i > 0 ? ALIAS : TERM,
          contextual: t.contextual?.includes(text) ?? false,
        });
    });
  });
  // Blockers own their state with an entry index past the terms; findAll swallows them.
  const blockerEntry = terms.length;
  for (const text of options.blockers ?? []) {
    if (text.length > 0 && isWellFormed(text))
      patterns.push({ text, entry: blockerEntry, kind: BLOCKER, contextual: false });
  }
  for (const { text } of patterns) {
    for (let i = 0; i < text.length; i++) {
      const folded = foldCode(text.charCodeAt(i));
      if (!symbolOfFolded.has(folded)) symbolOfFolded.set(folded, symbolOfFolded.size + 1);
    }
  }
  if (symbolOfFolded.size >= 0xffff) throw new RangeError('too many distinct characters in the glossary');
  // Every code unit that folds to a pattern's symbol: the folded one and its unfolded twins.
  symbolOfFolded.forEach((symbol, folded) => unfoldInto(symbolOf, folded, symbol));
  const symbolCount = symbolOfFolded.size + 1;

  // 2. Trie, straight into typed arrays: patterns sorted share each prefix with the one before, so
  // every state is made once, with no Map per state and no array per pattern (compiling runs in
  // every frame of every page: this is its startup cost).
  // Sorted by their folded text (native string comparison), patterns that share a prefix are
  // neighbours; equal strings keep entry order (a stable sort), so "first seen" still wins.
  // The sort is the engine's own string sort (no comparator called from script): each key carries
  // its pattern's index in its last two code units, after a U+0000 that sorts before any text.
  const keys = patterns.map(({ text }) => foldText(text));
  const tagged = keys.map((key, i) => `${key}\u0000${String.fromCharCode(i >>> 16, i & 0xffff)}`).sort();
  const order = tagged.map((t) => (t.charCodeAt(t.length - 2) << 16) | t.charCodeAt(t.length - 1));
  let totalLength = 1;
  for (const key of keys) totalLength += key.length;
  const parentOf = new Int32Array(totalLength);
  const symbolIn = new Uint16Array(totalLength);
  const depth = new Int32Array(totalLength);
  const entryOf = new Int32Array(totalLength).fill(-1);
  const ownerKind = new Uint8Array(totalLength);
  const flags = new Uint8Array(totalLength);
  const childCount = new Int32Array(totalLength + 1);
  let stateCount = 1;
  let maxLength = 0;
  const path = new Int32Array(totalLength + 1); // path[d]: the state at depth d of the previous key
  let previous = '';
  for (const p of order) {
    const key = keys[p]!;
    const { text, entry, kind, contextual } = patterns[p]!;
    let shared = 0;
    while (
      shared < key.length &&
      shared < previous.length &&
      key.charCodeAt(shared) === previous.charCodeAt(shared)
    )
      shared++;
    for (let d = shared; d < key.length; d++) {
      const state = stateCount++;
      const parent = path[d]!;
      parentOf[state] = parent;
      symbolIn[state] = symbolOf[key.charCodeAt(d)]!;
      depth[state] = d + 1;
      childCount[parent]!++;
      path[d + 1] = state;
    }
    previous = key;
    const state = path[key.length]!;
    maxLength = Math.max(maxLength, text.length);
    // The same string as several entries' term or alias: a term beats an alias, an alias a
    // blocker, then the lower entry index wins (first seen).
    if (entryOf[state] === -1 || kind < ownerKind[state]!) {
      entryOf[state] = entry;
      ownerKind[state] = kind;
      flags[state] =
        (isWordCode(text.charCodeAt(0)) ? EDGE_START : 0) |
        (isWordCode(text.charCodeAt(text.length - 1)) ? EDGE_END : 0) |
        (isNumberFormula(text) ? QUOTED : 0) |
        (contextual ? CONTEXTUAL : 0);
    }
  }

  // Compressed rows of the children of every state but the root, which gets a dense table. States
  // are numbered in creation order, so each parent's children arrive in key order.
  const edgeStart = new Int32Array(stateCount + 1);
  let edgeTotal = 0;
  for (let s = 0; s < stateCount; s++) {
    edgeStart[s] = edgeTotal;
    edgeTotal += s === 0 ? 0 : childCount[s]!;
  }
  edgeStart[stateCount] = edgeTotal;
  const edgeSymbol = new Uint16Array(edgeTotal);
  const edgeTarget = new Int32Array(edgeTotal);
  const filled = edgeStart.slice(0, stateCount);
  const rootNext = new Int32Array(symbolCount);
  const rootChildren: number[] = [];
  for (let s = 1; s < stateCount; s++) {
    const parent = parentOf[s]!;
    if (parent === 0) {
      rootNext[symbolIn[s]!] = s;
      rootChildren.push(s);
    } else {
      const k = filled[parent]!++;
      edgeSymbol[k] = symbolIn[s]!;
      edgeTarget[k] = s;
    }
  }

  // 3. Failure links (longest proper suffix that is a trie state) and output links (nearest state
  // on the failure chain, itself included, that ends a pattern), breadth first.
  const fail = new Int32Array(stateCount);
  const output = new Int32Array(stateCount).fill(-1);
  const nextOutput = new Int32Array(stateCount).fill(-1);
  const queue = new Int32Array(stateCount);
  let tail = 0;
  for (const target of rootChildren) queue[tail++] = target;
  for (let head = 0; head < tail; head++) {
    const s = queue[head]!;
    nextOutput[s] = output[fail[s]!]!;
    output[s] = entryOf[s]! >= 0 ? s : nextOutput[s]!;
    for (let k = edgeStart[s]!, end = edgeStart[s + 1]!; k < end; k++) {
      const symbol = edgeSymbol[k]!;
      const target = edgeTarget[k]!;
      let f = fail[s]!;
      let to = -1;
      while (to < 0) {
        if (f === 0) to = rootNext[symbol]!;
        else {
          to = transition(f, symbol);
          if (to < 0) f = fail[f]!;
        }
      }
      fail[target] = to;
      queue[tail++] = target;
    }
  }

  function transition(state: number, symbol: number): number {
    for (let k = edgeStart[state]!, end = edgeStart[state + 1]!; k < end; k++) {
      if (edgeSymbol[k] === symbol) return edgeTarget[k]!;
    }
    return -1;
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
