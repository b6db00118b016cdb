/**
 * Typo-tolerant pinyin matching for the search (lib/search/search.ts): bounded edit distances
 * between a typed pinyin key and the entries' toneless pinyin keys, and the scan that finds the
 * keys near a query. Pure and DOM-free.
 *
 * The distance is the restricted Damerau–Levenshtein distance (optimal string alignment): an
 * insertion, a deletion, a substitution or a swap of two adjacent letters each count as one edit,
 * so `qujaing` is one edit from `qujiang`, as the reader sees it. For the one-edit matches that
 * search results use it equals the unrestricted distance; the two only differ when a swapped pair
 * is edited again, which a suggestion two or three edits away may miss.
 *
 * Every computation is bounded by `max`: only a band of 2·max + 1 cells per row is filled and a
 * row whose cells all exceed `max` ends it, so a key costs O(max · query length) whatever its
 * length, and a scan of 10,000 keys stays linear (npm run bench:search).
 */

/**
 * A pinyin query this long or longer may be a typo (see typoDistance): a shorter one is one edit
 * from the start of a large part of the glossary (`qji` from every key beginning qi or ji), so it
 * would bury the reader's term instead of finding it.
 */
const TYPO_MIN_LETTERS = 4;

/** Letters a-z in a pinyin key: tone and other digits do not make a query specific. */
function letterCount(py: string): number {
  let letters = 0;
  for (let i = 0; i < py.length; i++) {
    const code = py.charCodeAt(i);
    if (code >= 97 && code <= 122) letters++;
  }
  return letters;
}

/**
 * How many edits a query may be from a key: one for search results (a single slip of the finger,
 * what the issue asks to forgive), more for "did you mean" suggestions after nothing was found,
 * growing with the query so that a long misremembered name still finds its nearest term while a
 * short one does not reach half the glossary. 0: no typo matching at all.
 */
export function typoDistance(py: string, use: 'results' | 'suggestions'): number {
  const letters = letterCount(py);
  if (letters < TYPO_MIN_LETTERS) return 0;
  if (use === 'results') return 1;
  return letters >= 10 ? 3 : letters >= 6 ? 2 : 1;
}

// Rows of the dynamic programme, reused across calls: a scan computes thousands of distances per
// keystroke, which need not allocate three arrays each.
let rowTwoBack = new Int32Array(32);
let rowBack = new Int32Array(32);
let row = new Int32Array(32);

/**
 * The distance from `query` to the key `text.slice(from, to)` (`prefix` false) or to the nearest
 * prefix of that key (`prefix` true), or `max + 1` when it is more than `max`. The key is read in
 * place rather than sliced out, as a scan reaches thousands of keys. Rows run over the key, columns over the query; a cell outside the band holds `max + 1`, which
 * is all a bounded answer needs to know of it.
 */
function boundedDistance(
  query: string,
  text: string,
  from: number,
  to: number,
  max: number,
  prefix: boolean,
): number {
  const m = query.length;
  const n = to - from;
  const over = max + 1;
  if (!prefix && Math.abs(n - m) > max) return over;
  if (rowBack.length < m + 2) {
    rowTwoBack = new Int32Array(m + 2);
    rowBack = new Int32Array(m + 2);
    row = new Int32Array(m + 2);
  }
  // Row 0: the empty key prefix, j insertions away from the query's first j letters.
  for (let j = 0; j <= Math.min(m, max); j++) rowBack[j] = j;
  if (max + 1 <= m) rowBack[max + 1] = over;
  let best = m <= max ? m : over; // the empty prefix
  // Past row m + max no cell of the last column can be within max (it is at least i - m).
  const lastRow = prefix ? Math.min(n, m + max) : n;
  for (let i = 1; i <= lastRow; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    row[0] = i <= max ? i : over;
    if (lo > 1) row[lo - 1] = over;
    let rowMin = row[0]!;
    const k = text.charCodeAt(from + i - 1);
    const kBefore = i > 1 ? text.charCodeAt(from + i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const q = query.charCodeAt(j - 1);
      let d = rowBack[j - 1]! + (q === k ? 0 : 1);
      const del = rowBack[j]! + 1;
      if (del < d) d = del;
      const ins = row[j - 1]! + 1;
      if (ins < d) d = ins;
      // A swap of two adjacent letters: query …ab… against key …ba….
      if (j > 1 && q === kBefore && query.charCodeAt(j - 2) === k) {
        const swap = rowTwoBack[j - 2]! + 1;
        if (swap < d) d = swap;
      }
      row[j] = d > over ? over : d;
      if (d < rowMin) rowMin = d;
    }
    if (hi < m) row[hi + 1] = over;
    if (prefix && hi === m && row[m]! < best) best = row[m]!;
    // Every later cell descends from this row or, through a swap, costs at least as much as one
    // of its cells: nothing within max can follow.
    if (rowMin > max) return prefix ? best : over;
    const done = rowTwoBack;
    rowTwoBack = rowBack;
    rowBack = row;
    row = done;
  }
  if (prefix) return best;
  const whole = rowBack[m]!;
  return whole > max ? over : whole;
}

/** The edit distance between `a` and `b`, or `max + 1` when it is more than `max`. */
export function editDistance(a: string, b: string, max: number): number {
  return boundedDistance(a, b, 0, b.length, max, false);
}

/**
 * The edit distance from `query` to the nearest prefix of `key` (the reader may have typed only
 * the start of a term, with a typo in it), or `max + 1` when it is more than `max`.
 */
export function prefixEditDistance(query: string, key: string, max: number): number {
  return boundedDistance(query, key, 0, key.length, max, true);
}

/** Keys near a query, as line numbers in key order, grouped by distance (see nearLines). */
export interface NearLines {
  /** `whole[d]`: lines whose whole key is d edits from the query. */
  readonly whole: number[][];
  /** `prefix[d]`: lines with a prefix d edits from the query, and the whole key farther. */
  readonly prefix: number[][];
}

/**
 * The lines of a newline-joined key text (`\n` + keys joined by `\n` + `\n`, line l starting at
 * `starts[l]`, `starts` ending with a sentinel) within `max` edits of `query` by their whole key or
 * a prefix, leaving out the lines marked in `skip`. Scans every line once; stops early when
 * `enough` lines were found with a whole key at distance ≤ `max` (they rank before every prefix
 * match).
 */
export function nearLines(
  text: string,
  starts: Int32Array,
  query: string,
  max: number,
  skip?: Uint8Array,
  enough = Infinity,
): NearLines {
  const whole: number[][] = Array.from({ length: max + 1 }, () => []);
  const prefix: number[][] = Array.from({ length: max + 1 }, () => []);
  const shortest = query.length - max;
  let wholeFound = 0;
  const consider = (line: number) => {
    const start = starts[line]!;
    const end = starts[line + 1]! - 1;
    if (end - start < shortest || skip?.[line] === 1) return;
    const near = boundedDistance(query, text, start, end, max, true);
    if (near > max) return;
    // The whole key is never nearer than its nearest prefix (it is one of them).
    const full = boundedDistance(query, text, start, end, max, false);
    if (full === near) {
      whole[near]!.push(line);
      wholeFound++;
    } else prefix[near]!.push(line);
  };
  const candidates = candidateLines(query, max);
  if (candidates === undefined) {
    for (let line = 0; line < starts.length - 1 && wholeFound < enough; line++) consider(line);
    return { whole, prefix };
  }
  let line = 0;
  for (let hit = candidates.exec(text); hit !== null && wholeFound < enough; hit = candidates.exec(text)) {
    // A hit starts at the newline before its line, and lines only move forward.
    while (starts[line]! - 1 < hit.index) line++;
    consider(line);
    // On from the newline that ends this line, where a hit on the next line would start.
    candidates.lastIndex = starts[line + 1]! - 1;
  }
  return { whole, prefix };
}

/**
 * A regular expression finding, at the newline before it, each key that may be within `max`
 * edits of `query` (a query holds no newline); undefined when every key may. Within max edits one of the query's first
 * max + 1 letters is kept as one of the key's first max + 1 (the letters before the first kept one
 * cost an edit each, and a query longer than max keeps one). The native scan rejects most keys
 * before any JavaScript runs for them, which is most of the cost while the popup's code is cold
 * (the first scans at 10,000 entries took 4–8 ms looping over every key in JavaScript).
 */
function candidateLines(query: string, max: number): RegExp | undefined {
  if (query.length <= max) return undefined;
  const letters = [...new Set(query.slice(0, max + 1))]
    .map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('');
  return new RegExp(`\\n[^\\n]{0,${max}}[${letters}]`, 'g');
}
