/**
 * What content scripts read of the reader's own entries: each entry's id, category and forms, and
 * the hidden ids. Every frame of every page reads this, so it carries no summaries, sources or
 * notes: a popover asks the background, which reads the whole entry from the overlay. Both mirrors
 * live in storage.local (lib/storage/user-overlay.ts) and are written together by
 * lib/storage/store.ts. Pure: no storage here.
 */
import { CATEGORIES, type Category } from '../glossary/glossary';
import { isEntryId } from '../glossary/messages';
import type { UserOverlay } from './user-overlay';

export interface UserForm {
  id: string;
  term: string;
  aliases: string[];
  category: Category;
}

export interface UserForms {
  entries: UserForm[];
  /** Ids of hidden entries (built-in or the reader's). */
  hidden: string[];
}

/** The forms of the reader's (already validated) data. */
export function formsOf(overlay: UserOverlay): UserForms {
  return {
    entries: overlay.entries.map(({ id, term, aliases, category }) => ({ id, term, aliases, category })),
    hidden: overlay.hidden,
  };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/**
 * Keeps what has the right shape; the full validation ran when the data was stored (IndexedDB is
 * the source of truth), and a frame should not pay for it again. A damaged record is dropped.
 */
export function normalizeForms(value: unknown): UserForms {
  const input = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const entries: UserForm[] = [];
  for (const raw of Array.isArray(input.entries) ? input.entries : []) {
    const e = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if (
      isEntryId(e.id) &&
      isText(e.term) &&
      Array.isArray(e.aliases) &&
      e.aliases.every(isText) &&
      CATEGORIES.includes(e.category as Category)
    )
      entries.push({ id: e.id, term: e.term, aliases: [...e.aliases], category: e.category as Category });
  }
  const hidden = Array.isArray(input.hidden) ? input.hidden.filter(isEntryId) : [];
  return { entries, hidden };
}
