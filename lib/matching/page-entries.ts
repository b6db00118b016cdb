/**
 * The entries a content script matches: the built-in ones from the match index (forms, category
 * and which forms are contextual, without summaries or sources) and the reader's own forms.
 */
import { CATEGORIES } from '../glossary/glossary';
import type { AutomatonData } from './automaton-data';
import type { MatcherTerm } from './matcher';
import type { StraddleWords } from './straddles';

/**
 * What the content script needs of the glossary to find terms on a page, without the summaries
 * and sources that only a popover needs: `data/match-index.json`, compiled with the glossary.
 */
export interface MatchIndex {
  version: number;
  /**
   * One row per glossary entry, in the glossary's order: id, index into CATEGORIES, forms (the
   * term, then the aliases), a bit mask of the forms that are contextual (bit i: forms[i]), and
   * for a division of the register the row of the division it lies in (a village's town, a town's
   * county, a county's city), where the glossary has it.
   */
  entries: [id: string, category: number, forms: string[], contextual: number, within?: number][];
  /** Ordinary words that contain a contextual form (lib/matching/matcher.ts MatcherOptions). */
  blockers: string[];
  /**
   * Other places' names that make a following place name theirs (lib/matching/qualifiers.ts),
   * sorted in JavaScript string order (searched by bisection).
   */
  qualifiers: string[];
  /**
   * Two-character words a contextual form's first character may end and its last may start: a
   * form straddling two is no name (以前|村里, lib/matching/straddles.ts).
   */
  straddles: StraddleWords;
  /** The automaton over `entries` and `blockers`, compiled at build time. */
  automaton: AutomatonData;
}

/** An entry as a content script matches it: its forms, category and contextual forms. */
export type PageEntry = MatcherTerm;

/** The match index's rows as matcher terms, in glossary order. */
export function indexEntries(index: Pick<MatchIndex, 'entries'>): PageEntry[] {
  return index.entries.map(([id, category, forms, mask, within]) => {
    const contextual = mask === 0 ? undefined : forms.filter((_, i) => mask & (1 << i));
    const parent = within === undefined ? undefined : index.entries[within]?.[0];
    return {
      id,
      term: forms[0]!,
      aliases: forms.slice(1),
      category: CATEGORIES[category]!,
      ...(contextual ? { contextual } : {}),
      ...(parent ? { within: parent } : {}),
    };
  });
}

/**
 * A reader's entry as a page entry. Where it is their version of a built-in entry, the forms the
 * built-in one had as contextual stay contextual: editing the summary does not make 江山 mean
 * only 江山市; and the place stays where it lies.
 */
export function userPageEntry(
  entry: Pick<PageEntry, 'id' | 'term' | 'aliases' | 'category'>,
  builtIn: PageEntry | undefined,
): PageEntry {
  const forms = new Set([entry.term, ...entry.aliases]);
  const contextual = builtIn?.contextual?.filter((form) => forms.has(form));
  return {
    id: entry.id,
    term: entry.term,
    aliases: entry.aliases,
    category: entry.category,
    ...(contextual && contextual.length > 0 ? { contextual } : {}),
    ...(builtIn?.within ? { within: builtIn.within } : {}),
  };
}
