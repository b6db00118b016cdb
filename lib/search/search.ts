/**
 * Popup search over the glossary: Chinese substrings, aliases, pinyin (with or without tones and
 * spaces), pinyin initials and summary words. Pure and DOM-free.
 *
 * The index keeps each kind of key (terms, aliases, pinyin, syllables, initials, summaries) as one
 * newline-joined text, with the entries sorted once, at build, in the order ties are broken. A rank
 * is then one native `indexOf` (or regular-expression) scan of one text: a prefix is a match of
 * `\n` + query, an exact key `\n` + query + `\n`. Because the lines are already in tie-break
 * order, the first hits of a rank are its best, and the scan stops once the limit is filled.
 * A query costs a few native scans plus a loop over at most `limit` hits per rank, whatever the
 * glossary's size and however cold the JavaScript is. That matters because the popup's first
 * keystroke runs this code for the first time: a loop over every entry took 12–20 ms on that
 * keystroke at 10,000 entries in Chromium, against 1–2 ms once optimised; this takes about 1 ms
 * cold (npm run bench:popup, bench:search). The sort is the price: about 20 ms of the index build at
 * 10,000 entries, paid once after the popup's first paint.
 *
 * A misspelt pinyin query (`qujaing`) still finds its term, below every other match, and suggest()
 * offers the nearest terms when nothing matched; both scan the pinyin keys once (fuzzy.ts), which
 * is the one linear pass here, paid only by queries that found little.
 *
 * Pinyin comes from the entries' own `pinyin` field: this module must not pull a pinyin
 * dictionary into the popup bundle.
 */
import { toSimplified } from '../matching/script-fold';
import type { GlossaryEntry } from '../glossary/glossary';
import { nearLines, typoDistance } from './fuzzy';

/** What a search needs from an entry: built-in and user entries both fit. */
export type SearchableEntry = Pick<GlossaryEntry, 'id' | 'term' | 'pinyin' | 'summary'> & {
  readonly aliases: readonly string[];
  readonly fullName?: string;
  readonly expansion?: readonly string[];
  /** Evidence: only its length is used, to put the terms the articles cite most first among ties. */
  readonly sources?: readonly unknown[];
  /** A register division: among ties the larger comes first (龙游县 before 岭洋乡 for `lyx`). */
  readonly division?: { readonly code: string };
};

/** A division's size by its code's length (6 county, 9 town, 12 village); others as villages. */
export function divisionScale(entry: Pick<SearchableEntry, 'division'>): number {
  return entry.division?.code.length ?? 12;
}

export type MatchKind =
  'exact' | 'prefix' | 'alias' | 'substring' | 'pinyin' | 'initials' | 'summary' | 'fuzzy';

/**
 * Ranks, best first. A result's `rank` is its index here; `kind` groups them for the UI.
 * Ties inside a rank: more sources first, then larger division, shorter term, toneless pinyin,
 * term, id. The two `fuzzy` ranks forgive a typo (lib/search/fuzzy.ts): pinyin one edit from a
 * whole key, then from a key's start; they come after every other rank and are looked for only
 * when those found few results (TYPO_BELOW).
 */
export const RANKS = [
  { name: 'term-exact', kind: 'exact' },
  { name: 'term-prefix', kind: 'prefix' },
  { name: 'alias-exact', kind: 'alias' },
  { name: 'alias-prefix', kind: 'alias' },
  { name: 'term-substring', kind: 'substring' },
  { name: 'alias-substring', kind: 'alias' },
  { name: 'pinyin-exact', kind: 'pinyin' },
  { name: 'pinyin-prefix', kind: 'pinyin' },
  { name: 'pinyin-syllable', kind: 'pinyin' },
  { name: 'initials-exact', kind: 'initials' },
  { name: 'initials-prefix', kind: 'initials' },
  { name: 'summary', kind: 'summary' },
  { name: 'pinyin-near', kind: 'fuzzy' },
  { name: 'pinyin-near-prefix', kind: 'fuzzy' },
] as const satisfies readonly { name: string; kind: MatchKind }[];

const R = {
  termExact: 0,
  termPrefix: 1,
  aliasExact: 2,
  aliasPrefix: 3,
  termSubstring: 4,
  aliasSubstring: 5,
  pinyinExact: 6,
  pinyinPrefix: 7,
  pinyinSyllable: 8,
  initialsExact: 9,
  initialsPrefix: 10,
  summary: 11,
  pinyinNear: 12,
  pinyinNearPrefix: 13,
} as const;

/**
 * Typo matches are looked for only when the other ranks found fewer results than this. A pinyin
 * query of four letters or more that the exact ranks match five times is being typed correctly,
 * and its near keys would be noise under real matches; a misspelt one almost always matches
 * nothing at all (pinyin is specific: `qujaing` and `lianglshan` start no key, no syllable run and
 * no initials). Five also keeps the scan (0.2–0.6 ms a keystroke at 10,000 entries once warm,
 * npm run bench:search, group typo) off the keystrokes of common queries.
 */
const TYPO_BELOW = 5;

export interface SearchResult<E extends SearchableEntry = GlossaryEntry> {
  entry: E;
  kind: MatchKind;
  /** Index into RANKS: lower is better. */
  rank: number;
  /** For alias matches: the alias (or full name) that matched, as written in the entry. */
  alias?: string;
}

/**
 * One kind of key for every entry, as one text: `\n` + the keys joined by `\n` + `\n`, so that no
 * key holds a newline and a line is found from any offset by binary search over `starts`.
 */
interface Lines {
  readonly text: string;
  /** Offset in `text` of each line's first character, then `text.length` as a sentinel. */
  readonly starts: Int32Array;
  /** The entry (its position in `SearchIndex.entries`) of each line; line l is entry l without it. */
  readonly owners?: Int32Array;
}

/**
 * The search index. `entries` are in tie-break order (see {@link RANKS}), not in input order; the
 * texts hold their keys in the same order. Treat the rest as opaque.
 */
export interface SearchIndex<E extends SearchableEntry = GlossaryEntry> {
  readonly entries: readonly E[];
  /** normalizeText(term) */
  readonly terms: Lines;
  /** normalizeText of each alias and the full name; `aliasNames` holds each line's original. */
  readonly aliases: Lines & { readonly owners: Int32Array };
  readonly aliasNames: readonly string[];
  /** Toneless syllables separated by single spaces, ü as v (si sheng bian ji). */
  readonly syllables: Lines;
  /** The same without spaces (sishengbianji). */
  readonly pinyin: Lines;
  /** First letter of each syllable (ssbjzxcs). */
  readonly initials: Lines;
  /**
   * Summary + expansion, lower case, full-width letters and digits as ASCII (cheaper than NFKC on the
   * bulk of the text). Built by the first query that reaches the summary rank, or warmSearchIndex.
   */
  summaries: Lines | undefined;
}

const HAN = /\p{Script=Han}/u;

/**
 * For terms, aliases, summaries and queries: NFKC (full-width → half-width), Traditional characters
 * as Simplified (龍游 finds 龙游县; lib/matching/script-fold.ts), lower case, single spaces.
 */
export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Toneless syllables, space-separated, ü as v; other characters inside a syllable are dropped.
 * Works line by line on newline-joined input (see mapJoined). NFKD turns full-width letters into
 * ASCII and splits tone marks off their vowels in one pass.
 */
function spacedPinyin(pinyin: string): string {
  return pinyin
    .toLowerCase()
    .normalize('NFKD')
    .replace(/u\u0308/g, 'v')
    .replace(/[^a-z0-9\s]+/g, '')
    .replace(/[^\S\n]{2,}|[^\S\n ]/g, ' ')
    .replace(/^ +| +$/gm, '');
}

/** Toneless ASCII pinyin with ü as v, keeping only [a-z0-9]: `sì shěng` → `sisheng`, `lǜ` → `lv`. */
export function plainPinyin(pinyin: string): string {
  return spacedPinyin(pinyin).replace(/\s/g, '');
}

/** Pinyin key of a typed query: like plainPinyin, also dropping tone digits (`si4 sheng3`) and `u:`. */
export function queryPinyin(query: string): string {
  const text = query.normalize('NFKC').toLowerCase().replace(/u:/g, 'v');
  // A tone digit is 1-5 right after a letter and not followed by another digit (g60 keeps its 6, 0).
  return plainPinyin(text.replace(/([a-z\u0300-\u036fü])[1-5](?![0-9])/g, '$1'));
}

/**
 * Applies `transform` to every string at once: one native pass over the joined text is much cheaper
 * than thousands of small calls while the popup's code is still cold. Falls back to one call each
 * if a value holds the separator; no result holds a newline.
 */
function mapJoined(values: readonly string[], transform: (text: string) => string): string[] {
  const lines = transform(values.join('\n')).split('\n');
  return lines.length === values.length ? lines : values.map((value) => transform(value).replace(/\n/g, ' '));
}

/** Lines from keys, after `transform` (through mapJoined) when there is one. */
function joinLines(keys: readonly string[], transform?: (text: string) => string): Lines {
  const lines = transform ? mapJoined(keys, transform) : keys;
  const starts = new Int32Array(lines.length + 1);
  let offset = 1;
  for (let line = 0; line < lines.length; line++) {
    starts[line] = offset;
    offset += lines[line]!.length + 1;
  }
  starts[lines.length] = offset;
  return { text: lines.length === 0 ? '\n' : `\n${lines.join('\n')}\n`, starts };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Entry order for ties inside a rank: the entry the articles cite more often first (typing `ssbj`,
 * 四省边际中心城市 with its many sources comes before 四省边际枢纽港, which one sentence mentions),
 * then the larger division (a county before a township with the same initials), shorter term,
 * toneless pinyin, term, id, input order.
 */
function tieBreakOrder(entries: readonly SearchableEntry[], pinyin: readonly string[]): number[] {
  // Numbers read once: the comparator runs about n log n times, while the code is still cold.
  const cited = Int32Array.from(entries, (e) => e.sources?.length ?? 0);
  const scale = Int32Array.from(entries, divisionScale);
  const length = Int32Array.from(entries, (e) => e.term.length);
  return Array.from(entries, (_, i) => i).sort(
    (a, b) =>
      cited[b]! - cited[a]! ||
      scale[a]! - scale[b]! ||
      length[a]! - length[b]! ||
      compareStrings(pinyin[a]!, pinyin[b]!) ||
      compareStrings(entries[a]!.term, entries[b]!.term) ||
      compareStrings(entries[a]!.id, entries[b]!.id) ||
      a - b,
  );
}

export function buildSearchIndex<E extends SearchableEntry>(input: readonly E[]): SearchIndex<E> {
  const spaced = mapJoined(
    input.map((e) => e.pinyin),
    spacedPinyin,
  );
  const plain = mapJoined(spaced, (text) => text.replace(/ /g, ''));
  const order = tieBreakOrder(input, plain);
  const entries = order.map((i) => input[i]!);
  const syllables = order.map((i) => spaced[i]!);
  const aliasNames: string[] = [];
  const aliasOwners: number[] = [];
  entries.forEach((entry, position) => {
    for (const name of entry.fullName ? [...entry.aliases, entry.fullName] : entry.aliases) {
      aliasNames.push(name);
      aliasOwners.push(position);
    }
  });
  return {
    entries,
    terms: joinLines(
      entries.map((e) => e.term),
      normalizeTextLines,
    ),
    aliases: { ...joinLines(aliasNames.map(normalizeText)), owners: Int32Array.from(aliasOwners) },
    aliasNames,
    syllables: joinLines(syllables),
    pinyin: joinLines(order.map((i) => plain[i]!)),
    // Keep each syllable's first letter: drop spaces and every letter that follows another.
    initials: joinLines(syllables, (text) => text.replace(/ |\B[a-z0-9]+/g, '')),
    summaries: undefined,
  };
}

/** normalizeText for newline-joined values: each line on its own. */
function normalizeTextLines(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[^\S\n]+/g, ' ')
    .replace(/^ +| +$/gm, '');
}

/**
 * Computes the parts of the index that are otherwise built on first use (the summary keys), so the
 * first keystroke that reaches the summary rank does not pay for them. Call it when the popup is
 * idle after its first paint (requestIdleCallback); optional.
 */
export function warmSearchIndex(index: SearchIndex<SearchableEntry>): void {
  summaryLines(index);
}

/**
 * Summary keys: lower case, full-width letters and digits as ASCII. Cheaper than NFKC (summaries are
 * most of the index's text): full-width punctuation stays, which only matters for a query that
 * searches punctuation inside a summary.
 */
function summaryLines(index: SearchIndex<SearchableEntry>): Lines {
  index.summaries ??= joinLines(
    index.entries.map((e) =>
      e.expansion && e.expansion.length > 0 ? `${e.summary} ${e.expansion.join(' ')}` : e.summary,
    ),
    (text) =>
      text
        .toLowerCase()
        .replace(/[\uff10-\uff19\uff41-\uff5a]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
        .replace(/\u3000/g, ' '),
  );
  return index.summaries;
}

/** The line holding offset `at` (a line's characters and the newline after it). */
function lineAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * What a rank looks for in a text: a string for `indexOf` or a global regular expression, and
 * whether it starts with the newline that ends the line before (exact and prefix keys), so that a
 * hit at offset `at` lies in the line starting at `at + 1`.
 */
interface Needle {
  readonly find: string | RegExp;
  readonly anchored: boolean;
}

function indexOfNeedle(text: string, needle: Needle, from: number): number {
  const { find } = needle;
  if (typeof find === 'string') return text.indexOf(find, from);
  find.lastIndex = from;
  return find.exec(text)?.index ?? -1;
}

/**
 * The first `max` entries, in index order, with a line of `lines` matching `needle` and not yet
 * `taken`; for each, the line that matched first.
 */
function firstHits(
  lines: Lines,
  needle: Needle,
  taken: Uint8Array,
  max: number,
): { entries: number[]; lines: number[] } {
  const { text, starts, owners } = lines;
  const found: number[] = [];
  const foundLines: number[] = [];
  let from = 0;
  while (found.length < max) {
    const at = indexOfNeedle(text, needle, from);
    if (at === -1) break;
    const line = lineAt(starts, needle.anchored ? at + 1 : at);
    const entry = owners ? owners[line]! : line;
    if (taken[entry] === 0 && found.at(-1) !== entry) {
      found.push(entry);
      foundLines.push(line);
    }
    // On from the newline ending this line: the rest of the line can only repeat the entry, and an
    // anchored needle starts at that newline.
    from = starts[line + 1]! - 1;
  }
  return { entries: found, lines: foundLines };
}

const exactKey = (key: string): Needle => ({ find: `\n${key}\n`, anchored: true });
const keyPrefix = (key: string): Needle => ({ find: `\n${key}`, anchored: true });
const inside = (key: string): Needle => ({ find: key, anchored: false });

/**
 * Query pinyin (only [a-z0-9], nothing to escape) as a needle over pinyin keys. A `u` also matches
 * a `v` (ü) in a key, so that `lushui` finds lǜ shuǐ, unless the query has a `v` itself (it then
 * wrote ü as v). `syllableStart` looks in the spaced syllables for the query starting at a later
 * syllable and running on across the spaces (bianji in si sheng bian ji).
 */
function pinyinNeedle(py: string, match: 'exact' | 'prefix' | 'syllableStart'): Needle {
  const uv = py.includes('u') && !py.includes('v');
  if (!uv && match !== 'syllableStart') return match === 'exact' ? exactKey(py) : keyPrefix(py);
  const letters = [...py].map((ch) => (uv && ch === 'u' ? '[uv]' : ch));
  if (match === 'syllableStart') return { find: new RegExp(` ${letters.join(' ?')}`, 'g'), anchored: false };
  const pattern = `\\n${letters.join('')}${match === 'exact' ? '\\n' : ''}`;
  return { find: new RegExp(pattern, 'g'), anchored: true };
}

/**
 * Entries matching `query`, best first, at most `limit`. An empty query gives no results.
 * Every entry appears once, under its best rank.
 */
export function search<E extends SearchableEntry>(
  index: SearchIndex<E>,
  query: string,
  limit = 50,
): SearchResult<E>[] {
  let text = normalizeText(query);
  if (text === '' || limit <= 0) return [];
  const hasHan = HAN.test(text);
  // 衢 江 → 衢江: spaces between Chinese characters are typing noise.
  if (hasHan) text = text.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
  const results: SearchResult<E>[] = [];
  const taken = new Uint8Array(index.entries.length);
  // Ranks in order: each takes the best entries of its own that no better rank took, until the
  // limit is reached.
  const add = (r: number, positions: readonly number[], lines?: readonly number[]) => {
    const kind = RANKS[r]!.kind;
    for (let h = 0; h < positions.length && results.length < limit; h++) {
      const position = positions[h]!;
      taken[position] = 1;
      const result: SearchResult<E> = { entry: index.entries[position]!, kind, rank: r };
      if (kind === 'alias') result.alias = index.aliasNames[lines![h]!];
      results.push(result);
    }
  };
  const rank = (r: number, lines: Lines, needle: Needle) => {
    if (results.length >= limit) return;
    const hits = firstHits(lines, needle, taken, limit - results.length);
    add(r, hits.entries, hits.lines);
  };

  rank(R.termExact, index.terms, exactKey(text));
  rank(R.termPrefix, index.terms, keyPrefix(text));
  rank(R.aliasExact, index.aliases, exactKey(text));
  rank(R.aliasPrefix, index.aliases, keyPrefix(text));
  rank(R.termSubstring, index.terms, inside(text));
  rank(R.aliasSubstring, index.aliases, inside(text));
  // Pinyin and initials only for Latin queries.
  const py = hasHan ? '' : queryPinyin(text);
  if (py !== '' && results.length < limit) {
    rank(R.pinyinExact, index.pinyin, pinyinNeedle(py, 'exact'));
    rank(R.pinyinPrefix, index.pinyin, pinyinNeedle(py, 'prefix'));
    // `s` alone is too short to look for at every syllable.
    if (py.length >= 2) rank(R.pinyinSyllable, index.syllables, pinyinNeedle(py, 'syllableStart'));
    rank(R.initialsExact, index.initials, exactKey(py));
    rank(R.initialsPrefix, index.initials, keyPrefix(py));
  }
  if (results.length < limit) rank(R.summary, summaryLines(index), inside(text));
  // Last, and only when the rest found little: pinyin one edit from a key or from its start.
  const typo = typoDistance(py, 'results');
  if (typo > 0 && results.length < Math.min(TYPO_BELOW, limit)) {
    const { pinyin } = index;
    const near = nearLines(pinyin.text, pinyin.starts, py, typo, taken, limit - results.length);
    add(R.pinyinNear, near.whole.flat());
    add(R.pinyinNearPrefix, near.prefix.flat());
  }
  return results;
}

/**
 * The entries nearest to a pinyin query, at most `limit`: what the popup offers ("did you mean …")
 * when search() found nothing. Only those at the smallest distance found (a term two edits away is
 * not offered next to one a single edit away); among them a whole key before a key's start, then
 * tie-break order. Chinese and short queries get none (see typoDistance).
 */
export function suggest<E extends SearchableEntry>(index: SearchIndex<E>, query: string, limit = 3): E[] {
  const text = normalizeText(query);
  if (limit <= 0 || HAN.test(text)) return [];
  const py = queryPinyin(text);
  const max = typoDistance(py, 'suggestions');
  if (max === 0) return [];
  const near = nearLines(index.pinyin.text, index.pinyin.starts, py, max);
  const nearest = near.whole.findIndex((whole, distance) => whole.length + near.prefix[distance]!.length > 0);
  if (nearest === -1) return [];
  const lines = [...near.whole[nearest]!, ...near.prefix[nearest]!];
  return lines.slice(0, limit).map((line) => index.entries[line]!);
}
