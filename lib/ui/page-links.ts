/**
 * The glossary page's address fragment, written by the background (popover "more", context menu)
 * and the popup, read by the page: `#entry=<id>` opens an entry, `#q=<text>` searches.
 */
import { isEntryId } from '../glossary/messages';

/** A context-menu selection longer than this is cut: nobody looks up a paragraph. */
export const LOOKUP_MAX_CHARS = 60;

export type GlossaryPageTarget = { entry: string } | { query: string } | Record<string, never>;

export function glossaryPageHash(target: GlossaryPageTarget): string {
  if ('entry' in target) return `#entry=${encodeURIComponent(target.entry)}`;
  if ('query' in target) return `#q=${encodeURIComponent(target.query.slice(0, LOOKUP_MAX_CHARS))}`;
  return '';
}

/** Reads a fragment from the address bar; anything malformed is treated as no target. */
export function parseGlossaryPageHash(hash: string): GlossaryPageTarget {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const entry = params.get('entry');
  if (entry !== null && isEntryId(entry)) return { entry };
  const query = params.get('q');
  if (query !== null && query.trim() !== '') return { query: query.trim().slice(0, LOOKUP_MAX_CHARS) };
  return {};
}
