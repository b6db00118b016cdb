/**
 * Popup search over the glossary: Chinese substrings, aliases, pinyin (with or without tones and
 * spaces), pinyin initials and summary words. Pure and DOM-free.
 *
 * The index is a set of parallel arrays of pre-normalised keys (entries in input order), built
 * with a few native passes over newline-joined text so it stays cheap while the popup's code is
 * still cold. A query is one linear pass of native string comparisons (`startsWith`, `includes`);
 * ties are ordered only among the matches, by a bounded top-k selection, so the build never sorts.
 * Pinyin comes from the entries' own `pinyin` field: this module must not pull a pinyin
 * dictionary into the popup bundle.
 */
import type { GlossaryEntry } from './glossary';

/** What a search needs from an entry: built-in and user entries both fit. */
export type SearchableEntry = Pick<GlossaryEntry, 'id' | 'term' | 'pinyin' | 'summary'> & {
  readonly aliases: readonly string[];
  readonly fullName?: string;
  readonly expansion?: readonly string[];
  /** Evidence: only its length is used, to put the terms the articles cite most first among ties. */
  readonly sources?: readonly unknown[];
};

export type MatchKind = 'exact' | 'prefix' | 'alias' | 'substring' | 'pinyin' | 'initials' | 'summary';

/**
 * Ranks, best first. A result's `rank` is its index here; `kind` groups them for the UI.
 * Ties inside a rank: more sources first, then shorter term, toneless pinyin, term, id.
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
} as const;
const RANK_COUNT = RANKS.length;

export interface SearchResult<E extends SearchableEntry = GlossaryEntry> {
  entry: E;
  kind: MatchKind;
  /** Index into RANKS: lower is better. */
  rank: number;
  /** For alias matches: the alias (or full name) that matched, as written in the entry. */
  alias?: string;
}

/**
 * Pre-normalised keys, one slot per entry, in the input's order. Treat as opaque: the fields are
 * plain arrays of strings, cheap to build and to keep.
 */
export interface SearchIndex<E extends SearchableEntry = GlossaryEntry> {
  readonly entries: readonly E[];
  /** normalizeText(term) */
  readonly terms: readonly string[];
  /** normalizeText of aliases and fullName; `aliasSource` holds the originals, same shape. */
  readonly aliases: readonly (readonly string[])[];
  readonly aliasSource: readonly (readonly string[])[];
  /** Toneless syllables separated by single spaces, ü as v (si sheng bian ji). */
  readonly syllables: readonly string[];
  /** The same without spaces (sishengbianji). */
  readonly pinyin: readonly string[];
  /** The same with ü as u (lu for lü); identical to `pinyin[i]` where there is no ü. */
  readonly pinyinU: readonly string[];
  /** First letter of each syllable (ssbjzxcs). */
  readonly initials: readonly string[];
  /**
   * Summary + expansion, lower case, full-width letters and digits as ASCII (cheaper than NFKC on the
   * bulk of the text). Computed on the first query that reaches the summary rank.
   */
  summaries: readonly string[] | undefined;
}

const HAN = /\p{Script=Han}/u;

/** For terms, aliases, summaries and queries: NFKC (full-width → half-width), lower case, single spaces. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
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
 * if a value holds the separator.
 */
function mapJoined(values: readonly string[], transform: (text: string) => string): string[] {
  const lines = transform(values.join('\n')).split('\n');
  return lines.length === values.length ? lines : values.map(transform);
}

export function buildSearchIndex<E extends SearchableEntry>(input: readonly E[]): SearchIndex<E> {
  const entries = input.slice();
  const syllables = mapJoined(
    entries.map((e) => e.pinyin),
    spacedPinyin,
  );
  const pinyin = mapJoined(syllables, (text) => text.replace(/ /g, ''));
  const pinyinU = mapJoined(pinyin, (text) => text.replace(/v/g, 'u'));
  // Keep each syllable's first letter: drop spaces and every letter that follows another.
  const initials = mapJoined(syllables, (text) => text.replace(/ |\B[a-z0-9]+/g, ''));
  const terms = mapJoined(
    entries.map((e) => e.term),
    normalizeTextLines,
  );
  const aliases: (readonly string[])[] = [];
  const aliasSource: (readonly string[])[] = [];
  for (const entry of entries) {
    const sources = entry.fullName ? [...entry.aliases, entry.fullName] : entry.aliases;
    aliasSource.push(sources);
    aliases.push(sources.length === 0 ? sources : sources.map(normalizeText));
  }
  return { entries, terms, aliases, aliasSource, syllables, pinyin, pinyinU, initials, summaries: undefined };
}

/** normalizeText for newline-joined values: each line on its own. */
function normalizeTextLines(text: string): string {
  return text
    .normalize('NFKC')
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
  summaryKeys(index);
}

/**
 * Summary keys: lower case, full-width letters and digits as ASCII. Cheaper than NFKC (summaries are
 * most of the index's text): full-width punctuation stays, which only matters for a query that
 * searches punctuation inside a summary.
 */
function summaryKeys(index: SearchIndex<SearchableEntry>): readonly string[] {
  index.summaries ??= mapJoined(
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

/**
 * Whether `query` starts at a syllable other than the first (bianji in si sheng bian ji).
 * `key` is `spaced` without its spaces; the spaced form is only walked when `key` contains the query.
 */
function atSyllable(key: string, spaced: string, query: string): boolean {
  if (key.indexOf(query, 1) === -1) return false;
  let offset = 0; // letters before the current position = where the next syllable starts in `key`
  for (let s = 0; s < spaced.length; s++) {
    if (spaced.charCodeAt(s) !== 32) offset++;
    else if (key.startsWith(query, offset)) return true;
  }
  return false;
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
  // Pinyin and initials only for Latin queries; `s` alone is too short for a syllable-start match.
  const py = hasHan ? '' : queryPinyin(text);
  const syllableOk = py.length >= 2;
  const pyHasU = py.includes('u');

  const buckets: number[][] = Array.from({ length: RANK_COUNT }, () => []);
  const matchedAlias: (string | undefined)[] = [];
  // Ranks above `cutoff` cannot reach the first `limit` results any more: skip testing them.
  let cutoff = RANK_COUNT - 1;
  const counts = new Array<number>(RANK_COUNT).fill(0);
  const add = (rank: number, i: number) => {
    buckets[rank]!.push(i);
    counts[rank]!++;
    if (rank < cutoff) {
      let total = 0;
      for (let r = 0; r < cutoff; r++) {
        total += counts[r]!;
        if (total >= limit) {
          cutoff = r;
          break;
        }
      }
    }
  };

  const { terms, aliases, syllables, pinyin, pinyinU, initials } = index;
  let summaries: readonly string[] | undefined;
  const n = terms.length;
  for (let i = 0; i < n; i++) {
    const term = terms[i]!;
    if (term === text) {
      add(R.termExact, i);
      continue;
    }
    if (cutoff < R.termPrefix) continue;
    if (term.startsWith(text)) {
      add(R.termPrefix, i);
      continue;
    }
    if (cutoff < R.aliasExact) continue;
    const entryAliases = aliases[i]!;
    let aliasRank = -1;
    let aliasAt = -1;
    for (let a = 0; a < entryAliases.length; a++) {
      const alias = entryAliases[a]!;
      const rank =
        alias === text
          ? R.aliasExact
          : alias.startsWith(text)
            ? R.aliasPrefix
            : alias.includes(text)
              ? R.aliasSubstring
              : -1;
      if (rank !== -1 && (aliasRank === -1 || rank < aliasRank)) {
        aliasRank = rank;
        aliasAt = a;
      }
    }
    if (aliasRank !== -1 && aliasRank < R.termSubstring) {
      matchedAlias[i] = index.aliasSource[i]![aliasAt];
      add(aliasRank, i);
      continue;
    }
    if (cutoff < R.termSubstring) continue;
    if (term.includes(text)) {
      add(R.termSubstring, i);
      continue;
    }
    if (aliasRank !== -1) {
      matchedAlias[i] = index.aliasSource[i]![aliasAt];
      add(aliasRank, i);
      continue;
    }
    if (py !== '' && cutoff >= R.pinyinExact) {
      const key = pinyin[i]!;
      // The ü-as-u spelling only matters when the query has a u and the entry a ü.
      const keyU = pyHasU && pinyinU[i] !== key ? pinyinU[i]! : '';
      if (key === py || keyU === py) {
        add(R.pinyinExact, i);
        continue;
      }
      if (cutoff < R.pinyinPrefix) continue;
      if (key.startsWith(py) || (keyU !== '' && keyU.startsWith(py))) {
        add(R.pinyinPrefix, i);
        continue;
      }
      if (cutoff < R.pinyinSyllable) continue;
      if (
        syllableOk &&
        (atSyllable(key, syllables[i]!, py) || (keyU !== '' && atSyllable(keyU, syllables[i]!, py)))
      ) {
        add(R.pinyinSyllable, i);
        continue;
      }
      if (cutoff < R.initialsExact) continue;
      const first = initials[i]!;
      if (first === py) {
        add(R.initialsExact, i);
        continue;
      }
      if (cutoff < R.initialsPrefix) continue;
      if (first.startsWith(py)) {
        add(R.initialsPrefix, i);
        continue;
      }
    }
    if (cutoff < R.summary) continue;
    summaries ??= summaryKeys(index);
    if (summaries[i]!.includes(text)) add(R.summary, i);
  }

  const results: SearchResult<E>[] = [];
  const before = tieBreak(index);
  for (let rank = 0; rank < RANK_COUNT && results.length < limit; rank++) {
    const kind = RANKS[rank]!.kind;
    for (const i of best(buckets[rank]!, limit - results.length, before)) {
      const result: SearchResult<E> = { entry: index.entries[i]!, kind, rank };
      const alias = matchedAlias[i];
      if (alias !== undefined) result.alias = alias;
      results.push(result);
    }
  }
  return results;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Tie-break order between two entry slots: the entry the articles cite more often first (typing
 * `ssbj`, 四省边际中心城市 with its many sources comes before 四省边际枢纽港, which one sentence
 * mentions), then shorter term, toneless pinyin, term, id.
 */
function tieBreak(index: SearchIndex<SearchableEntry>): (a: number, b: number) => number {
  const { entries, pinyin } = index;
  return (a, b) => {
    const x = entries[a]!;
    const y = entries[b]!;
    return (
      (y.sources?.length ?? 0) - (x.sources?.length ?? 0) ||
      x.term.length - y.term.length ||
      compareStrings(pinyin[a]!, pinyin[b]!) ||
      compareStrings(x.term, y.term) ||
      compareStrings(x.id, y.id)
    );
  };
}

/**
 * The first `k` of `slots` in `compare` order, sorted: a bounded insertion into a sorted array of
 * at most k, so a bucket of thousands costs about one comparison per slot.
 */
function best(slots: readonly number[], k: number, compare: (a: number, b: number) => number): number[] {
  if (slots.length <= k) return slots.slice().sort(compare);
  const top: number[] = [];
  for (const slot of slots) {
    if (top.length === k && compare(slot, top[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(top[mid]!, slot) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, slot);
    if (top.length > k) top.pop();
  }
  return top;
}
