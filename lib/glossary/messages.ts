/**
 * Messages between the extension's parts, typed and validated. Every receiver runs the matching
 * `parse…` function first: a message that does not have the exact shape is ignored, so a page
 * script or a stale content script from an older version cannot drive the extension.
 */
import { CATEGORIES, type AnyEntry, type Category } from './glossary';

/** Sent by the popup (or the background, for the keyboard command) to a tab's content script. */
export type ContentRequest =
  /** Which glossary terms are highlighted on this page, with counts. */
  | { type: 'page-terms' }
  /** Scroll to the first occurrence of an entry and flash it. */
  | { type: 'reveal-term'; id: string }
  /** Keyboard command: switch highlighting off or back on for this page only. */
  | { type: 'toggle-page' };

export interface PageTerm {
  id: string;
  term: string;
  category: Category;
  count: number;
}

export interface PageTermsReply {
  /** The page's hostname, for "off on this site": the popup needs no `tabs` permission to know it. */
  hostname: string;
  /** Whether highlighting currently runs on this page (settings, site switch and keyboard command). */
  active: boolean;
  terms: PageTerm[];
}

/** Sent by a content script to the background. */
export type BackgroundRequest =
  /** The popover's "more" link: open the glossary page at this entry. */
  | { type: 'open-entry'; id: string }
  /**
   * An entry's details for the popover: content scripts carry only forms (data/match-index.json,
   * lib/storage/user-forms.ts), not summaries and sources. Answered with an EntryDetailsReply.
   */
  | { type: 'entry-details'; id: string };

export interface EntryDetailsReply {
  /** The reader's version where they have one; null when no entry has that id (an update). */
  entry: AnyEntry | null;
}

type Fields = Record<string, unknown>;

function asObject(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

/** Entry ids are pinyin slugs (`nian-li-zhen`, `user-…`): short, ASCII, URL-safe. */
export function isEntryId(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9][a-z0-9-]{0,119}$/.test(value);
}

export function parseContentRequest(value: unknown): ContentRequest | undefined {
  const message = asObject(value);
  switch (message?.type) {
    case 'page-terms':
    case 'toggle-page':
      return { type: message.type };
    case 'reveal-term':
      return isEntryId(message.id) ? { type: 'reveal-term', id: message.id } : undefined;
    default:
      return undefined;
  }
}

export function parseBackgroundRequest(value: unknown): BackgroundRequest | undefined {
  const message = asObject(value);
  if ((message?.type === 'open-entry' || message?.type === 'entry-details') && isEntryId(message.id))
    return { type: message.type, id: message.id };
  return undefined;
}

/**
 * The background's answer to entry-details. It comes from our own background, but a reply is
 * still checked for the fields the popover reads before any of it is shown.
 */
export function parseEntryDetailsReply(value: unknown, id: string): EntryDetailsReply | undefined {
  const reply = asObject(value);
  if (!reply || !('entry' in reply)) return undefined;
  if (reply.entry === null) return { entry: null };
  const entry = asObject(reply.entry);
  if (
    !entry ||
    entry.id !== id ||
    typeof entry.term !== 'string' ||
    !Array.isArray(entry.aliases) ||
    !CATEGORIES.includes(entry.category as Category) ||
    typeof entry.pinyin !== 'string' ||
    typeof entry.summary !== 'string' ||
    !Array.isArray(entry.sources)
  )
    return undefined;
  return { entry: entry as unknown as AnyEntry };
}

export function parsePageTermsReply(value: unknown): PageTermsReply | undefined {
  const reply = asObject(value);
  if (
    !reply ||
    typeof reply.hostname !== 'string' ||
    typeof reply.active !== 'boolean' ||
    !Array.isArray(reply.terms)
  )
    return undefined;
  const terms: PageTerm[] = [];
  for (const item of reply.terms) {
    const term = asObject(item);
    if (
      !term ||
      !isEntryId(term.id) ||
      typeof term.term !== 'string' ||
      !CATEGORIES.includes(term.category as Category) ||
      typeof term.count !== 'number' ||
      !Number.isInteger(term.count) ||
      term.count < 1
    ) {
      return undefined;
    }
    terms.push({ id: term.id, term: term.term, category: term.category as Category, count: term.count });
  }
  return { hostname: reply.hostname, active: reply.active, terms };
}
