/**
 * What one row of the popup's lists shows, as plain data: the components only lay it out, and
 * these functions are tested without a DOM.
 */
import type { Category, AnyEntry } from '../../lib/glossary/glossary';
import type { PageTerm } from '../../lib/glossary/messages';
import type { SearchResult } from '../../lib/search/search';
import { summaryText } from '../../lib/glossary/entry-text';

/**
 * Characters of summary kept in a row. CSS cuts the line with an ellipsis at whatever width the
 * popup has (it is one line at any zoom); this only keeps long summaries out of the DOM.
 */
export const SUMMARY_MAX_CHARS = 60;

export interface EntryRow {
  id: string;
  term: string;
  pinyin: string;
  category: Category;
  /** The start of the summary, without the leading "term：". */
  summary: string;
  /** The alias or full name that matched, when the match was not on the term itself. */
  alias?: string;
}

export interface PageTermRow {
  id: string;
  term: string;
  category: Category;
  count: number;
  /** From the loaded glossary, once it is there (the page's reply carries only the term). */
  pinyin?: string;
  summary?: string;
}

function summaryStart(entry: Pick<AnyEntry, 'term' | 'summary'>): string {
  const text = summaryText(entry).replace(/\s+/g, ' ').trim();
  const chars = [...text];
  return chars.length <= SUMMARY_MAX_CHARS ? text : chars.slice(0, SUMMARY_MAX_CHARS).join('');
}

export function resultRow(result: SearchResult<AnyEntry>): EntryRow {
  const { entry } = result;
  const row: EntryRow = {
    id: entry.id,
    term: entry.term,
    pinyin: entry.pinyin,
    category: entry.category,
    summary: summaryStart(entry),
  };
  if (result.alias !== undefined && result.alias !== entry.term) row.alias = result.alias;
  return row;
}

export function pageTermRow(term: PageTerm, entry: AnyEntry | undefined): PageTermRow {
  const row: PageTermRow = { id: term.id, term: term.term, category: term.category, count: term.count };
  if (entry) {
    row.pinyin = entry.pinyin;
    row.summary = summaryStart(entry);
  }
  return row;
}
