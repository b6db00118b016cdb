/**
 * The Aho-Corasick automaton behind lib/matching/matcher.ts, built as plain typed arrays: compiled
 * in the content script for the reader's own entries, and at build time for the shipped glossary
 * (lib/matching/automaton-data.ts carries it in the match index), so most frames load it instead
 * of compiling it.
 *
 * Layout, chosen for throughput on Chinese text (where most characters are in no term at all):
 * - every UTF-16 code unit maps to a small symbol number through one table; code units that occur
 *   in no pattern map to 0, which sends the automaton straight back to the root;
 * - each state's children are a compressed row (`edgeStart`/`edgeSymbol`/`edgeTarget`), scanned
 *   linearly (states have few children); the searcher gives the root a dense table;
 * - failure links make the scan one pass over the text whatever the number of terms.
 */
import type { MatcherOptions, MatcherTerm } from './matcher';
import { simplifiedCode, traditionalTwins } from './script-fold';

export interface Automaton {
  /** The folded code unit of each symbol: symbol i + 1 stands for `folded[i]` and its twins. */
  folded: Uint16Array;
  /** Per state: its depth (pattern length, for a pattern's end), its pattern's entry (-1: none),
   * its flags (below), its failure link. */
  depth: Int32Array;
  entryOf: Int32Array;
  flags: Uint8Array;
  fail: Int32Array;
  /** Children: state s's are edgeSymbol/edgeTarget[edgeStart[s] .. edgeStart[s + 1]). */
  edgeStart: Int32Array;
  edgeSymbol: Uint16Array;
  edgeTarget: Int32Array;
  /** The entry index blockers carry (the number of terms): matched, never reported. */
  blockerEntry: number;
  maxLength: number;
}

// Folding, applied through the symbol table so it costs nothing at match time and keeps offsets
// exact (one code unit in, one symbol out): full-width ASCII forms (Ｐ，１，＋, common in Chinese
// typesetting) read as their ASCII twins, ASCII letters ignore case (组团PK = 组团pk), and
// Traditional characters read as their Simplified forms (龍游縣 = 龙游县; script-fold.ts).
export function foldCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) code += 0x20;
  return simplifiedCode(code);
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
export function unfoldInto(symbolOf: Uint16Array, folded: number, symbol: number): void {
  symbolOf[folded] = symbol;
  for (const twin of traditionalTwins(folded)) symbolOf[twin] = symbol;
  if (folded < 0x21 || folded > 0x7e) return;
  symbolOf[folded + 0xfee0] = symbol; // full-width twin
  if (folded >= 0x61 && folded <= 0x7a) {
    symbolOf[folded - 0x20] = symbol; // capital
    symbolOf[folded - 0x20 + 0xfee0] = symbol; // full-width capital
  }
}

/** ASCII letters and digits (after folding): terms that begin or end with one need a word edge. */
export function isWordCode(code: number): boolean {
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
export const EDGE_START = 1;
export const EDGE_END = 2;
export const QUOTED = 4;
export const CONTEXTUAL = 8;

export const QUOTES = new Set([...'“”‘’"\'「」『』《》〈〉'].map((c) => c.charCodeAt(0)));

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

/** The state `state` goes to on `symbol`, or -1. */
export function edgeTo(
  edgeStart: Int32Array,
  edgeSymbol: Uint16Array,
  edgeTarget: Int32Array,
  state: number,
  symbol: number,
): number {
  for (let k = edgeStart[state]!, end = edgeStart[state + 1]!; k < end; k++) {
    if (edgeSymbol[k] === symbol) return edgeTarget[k]!;
  }
  return -1;
}

/** The root's row as a dense table by symbol. */
export function rootTable(
  edgeStart: Int32Array,
  edgeSymbol: Uint16Array,
  edgeTarget: Int32Array,
  symbolCount: number,
): Int32Array {
  const next = new Int32Array(symbolCount);
  for (let k = edgeStart[0]!, end = edgeStart[1]!; k < end; k++) next[edgeSymbol[k]!] = edgeTarget[k]!;
  return next;
}

/** Every state but the root, breadth first (each after its failure link's state). */
export function breadthFirst(edgeStart: Int32Array, edgeTarget: Int32Array): Int32Array {
  const queue = new Int32Array(edgeStart.length - 2);
  let tail = 0;
  for (let k = edgeStart[0]!, end = edgeStart[1]!; k < end; k++) queue[tail++] = edgeTarget[k]!;
  for (let head = 0; head < tail; head++) {
    const s = queue[head]!;
    for (let k = edgeStart[s]!, end = edgeStart[s + 1]!; k < end; k++) queue[tail++] = edgeTarget[k]!;
  }
  return queue;
}

/** What owns a pattern, in order of precedence when several share one string. */
const TERM = 0;
const ALIAS = 1;
const BLOCKER = 2;

export function buildAutomaton(terms: readonly MatcherTerm[], options: MatcherOptions = {}): Automaton {
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

  // 2. Trie, straight into typed arrays: sorted by their folded text, patterns that share a prefix
  // are neighbours, so every state is made once, with no Map per state and no array per pattern.
  // The sort is the engine's own string sort (no comparator called from script): each key carries
  // its pattern's index in its last two code units after a U+0000, so equal strings keep entry
  // order and "first seen" still wins.
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

  // Compressed rows of every state's children (the root's too; searching uses a dense table for
  // the root). States are numbered in creation order, so each parent's children arrive in order.
  const edgeStart = new Int32Array(stateCount + 1);
  let edgeTotal = 0;
  for (let s = 0; s < stateCount; s++) {
    edgeStart[s] = edgeTotal;
    edgeTotal += childCount[s]!;
  }
  edgeStart[stateCount] = edgeTotal;
  const edgeSymbol = new Uint16Array(edgeTotal);
  const edgeTarget = new Int32Array(edgeTotal);
  const filled = edgeStart.slice(0, stateCount);
  for (let s = 1; s < stateCount; s++) {
    const k = filled[parentOf[s]!]!++;
    edgeSymbol[k] = symbolIn[s]!;
    edgeTarget[k] = s;
  }
  const rootNext = rootTable(edgeStart, edgeSymbol, edgeTarget, symbolCount);

  // 3. Failure links (longest proper suffix that is a trie state), breadth first.
  const fail = new Int32Array(stateCount);
  const queue = breadthFirst(edgeStart, edgeTarget);
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
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
    }
  }

  function transition(state: number, symbol: number): number {
    return edgeTo(edgeStart, edgeSymbol, edgeTarget, state, symbol);
  }

  return {
    folded: Uint16Array.from(symbolOfFolded.keys()),
    depth: depth.slice(0, stateCount),
    entryOf: entryOf.slice(0, stateCount),
    flags: flags.slice(0, stateCount),
    edgeStart,
    edgeSymbol,
    edgeTarget,
    fail,
    blockerEntry,
    maxLength,
  };
}
