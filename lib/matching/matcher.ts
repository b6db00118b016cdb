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

function isNumberFormula(text: string): boolean {
  return /^[0-9+\-.·×]+$/.test([...text].map((c) => String.fromCharCode(foldCode(c.charCodeAt(0)))).join(''));
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
  for (let code = 0; code < 0x10000; code++) {
    const symbol = symbolOfFolded.get(foldCode(code));
    if (symbol !== undefined) symbolOf[code] = symbol;
  }
  const symbolCount = symbolOfFolded.size + 1;

  // 2. Trie, built with Maps, then frozen into typed arrays. State 0 is the root.
  const children: Map<number, number>[] = [new Map()];
  const depthList = [0];
  const ownerEntry = [-1];
  const ownerKind = [TERM];
  const edgeFlags = [0];
  let maxLength = 0;
  for (const { text, entry, kind, contextual } of patterns) {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const symbol = symbolOf[text.charCodeAt(i)]!;
      let next = children[state]!.get(symbol);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        depthList.push(depthList[state]! + 1);
        ownerEntry.push(-1);
        ownerKind.push(TERM);
        edgeFlags.push(0);
        children[state]!.set(symbol, next);
      }
      state = next;
    }
    maxLength = Math.max(maxLength, text.length);
    // The same string as several entries' term or alias: a term beats an alias, an alias a
    // blocker, then the lower entry index wins (patterns arrive in entry order, so "first seen"
    // is enough for the rest).
    const current = ownerEntry[state]!;
    if (current === -1 || kind < ownerKind[state]!) {
      ownerEntry[state] = entry;
      ownerKind[state] = kind;
      edgeFlags[state] =
        (isWordCode(text.charCodeAt(0)) ? EDGE_START : 0) |
        (isWordCode(text.charCodeAt(text.length - 1)) ? EDGE_END : 0) |
        (isNumberFormula(text) ? QUOTED : 0) |
        (contextual ? CONTEXTUAL : 0);
    }
  }

  const stateCount = children.length;
  const depth = Int32Array.from(depthList);
  const entryOf = Int32Array.from(ownerEntry);
  const flags = Uint8Array.from(edgeFlags);
  const edgeStart = new Int32Array(stateCount + 1);
  let edgeTotal = 0;
  for (let s = 0; s < stateCount; s++) {
    edgeStart[s] = edgeTotal;
    edgeTotal += s === 0 ? 0 : children[s]!.size;
  }
  edgeStart[stateCount] = edgeTotal;
  const edgeSymbol = new Uint16Array(edgeTotal);
  const edgeTarget = new Int32Array(edgeTotal);
  for (let s = 1; s < stateCount; s++) {
    let k = edgeStart[s]!;
    for (const [symbol, target] of children[s]!) {
      edgeSymbol[k] = symbol;
      edgeTarget[k++] = target;
    }
  }
  const rootNext = new Int32Array(symbolCount);
  for (const [symbol, target] of children[0]!) rootNext[symbol] = target;

  // 3. Failure links (longest proper suffix that is a trie state) and output links (nearest state
  // on the failure chain, itself included, that ends a pattern), breadth first.
  const fail = new Int32Array(stateCount);
  const output = new Int32Array(stateCount).fill(-1);
  const nextOutput = new Int32Array(stateCount).fill(-1);
  const queue: number[] = [];
  for (const target of children[0]!.values()) queue.push(target);
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    nextOutput[s] = output[fail[s]!]!;
    output[s] = entryOf[s]! >= 0 ? s : nextOutput[s]!;
    for (const [symbol, target] of children[s]!) {
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
      queue.push(target);
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

  return { terms, patternCount: countTerminals(entryOf, blockerEntry), findAll };
}

function countTerminals(entryOf: Int32Array, blockerEntry: number): number {
  let count = 0;
  for (const entry of entryOf) if (entry >= 0 && entry !== blockerEntry) count++;
  return count;
}
