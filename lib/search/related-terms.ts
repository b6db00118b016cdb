/**
 * Related terms for the glossary page: the other glossary terms that occur in an entry's source
 * excerpts, ranked by how many excerpts mention them, then by how often. Pure and DOM-free.
 *
 * One matcher (lib/matching/matcher.ts, the automaton the content script highlights with) is compiled over
 * all entries the first time it is needed and reused for every entry opened afterwards; finding the
 * related terms of one entry is then a single pass over its few excerpts, whatever the glossary
 * size. Leftmost-longest matching means 衢江区 in an excerpt counts for 衢江区, not for 衢江 too.
 */
import { compileMatcher, type Matcher, type MatcherTerm } from '../matching/matcher';
import type { Evidence } from '../glossary/glossary';

export interface RelatedTerm<E> {
  entry: E;
  /** Excerpts of the open entry that mention it. */
  excerpts: number;
  /** Occurrences in all those excerpts. */
  occurrences: number;
}

export type RelatableEntry = MatcherTerm & { readonly sources: readonly Evidence[] };

export interface RelatedFinder<E extends RelatableEntry> {
  /**
   * The terms appearing with `entry` (itself excluded, and any id in `exclude`), best first, at
   * most `limit`. Ties keep the order of the entries the finder was built from.
   */
  related(
    entry: RelatableEntry,
    options?: { limit?: number; exclude?: ReadonlySet<string> },
  ): RelatedTerm<E>[];
}

/** A finder over `entries`; the matcher is compiled on the first call, not here. */
export function createRelatedFinder<E extends RelatableEntry>(entries: readonly E[]): RelatedFinder<E> {
  let matcher: Matcher | undefined;
  return {
    related(entry, { limit = 12, exclude } = {}) {
      if (entry.sources.length === 0 || limit <= 0) return [];
      matcher ??= compileMatcher(entries);
      const excerptCount = new Map<number, number>();
      const occurrenceCount = new Map<number, number>();
      for (const source of entry.sources) {
        const seen = new Set<number>();
        for (const match of matcher.findAll(source.excerpt)) {
          const found = entries[match.entry]!;
          if (found.id === entry.id || found.term === entry.term || exclude?.has(found.id)) continue;
          occurrenceCount.set(match.entry, (occurrenceCount.get(match.entry) ?? 0) + 1);
          if (!seen.has(match.entry)) {
            seen.add(match.entry);
            excerptCount.set(match.entry, (excerptCount.get(match.entry) ?? 0) + 1);
          }
        }
      }
      return [...excerptCount.keys()]
        .sort(
          (a, b) =>
            excerptCount.get(b)! - excerptCount.get(a)! ||
            occurrenceCount.get(b)! - occurrenceCount.get(a)! ||
            a - b,
        )
        .slice(0, limit)
        .map((i) => ({
          entry: entries[i]!,
          excerpts: excerptCount.get(i)!,
          occurrences: occurrenceCount.get(i)!,
        }));
    },
  };
}
