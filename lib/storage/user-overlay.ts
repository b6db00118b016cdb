/**
 * The reader's entries and hidden terms, whole, mirrored from IndexedDB into `storage.local`: the
 * background answers popovers from it (content scripts run in the page's origin and cannot open
 * the extension's IndexedDB; they read only the forms, lib/storage/user-forms.ts), and the popup
 * falls back to it when IndexedDB fails. IndexedDB stays the source of truth; every write goes
 * through lib/storage/store.ts, which republishes both mirrors afterwards.
 */
import { storage } from 'wxt/utils/storage';
import type { GlossaryEntry, UserEntry } from '../glossary/glossary';
import { isEntryId } from '../glossary/messages';
import { mergeEntries, validateUserEntry } from './user-entries';
import { normalizeForms, type UserForms } from './user-forms';

export interface UserOverlay {
  entries: UserEntry[];
  /** Ids of hidden entries (built-in or the reader's). */
  hidden: string[];
}

export const EMPTY_OVERLAY: UserOverlay = { entries: [], hidden: [] };

export const userOverlayItem = storage.defineItem<UserOverlay>('local:user-overlay', {
  fallback: EMPTY_OVERLAY,
  version: 1,
});

/** Keeps what validates; a damaged record is dropped rather than breaking every page. */
export function normalizeOverlay(value: unknown): UserOverlay {
  const input = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const entries: UserEntry[] = [];
  for (const raw of Array.isArray(input.entries) ? input.entries : []) {
    const checked = validateUserEntry(raw);
    if (checked.ok) entries.push(checked.value);
  }
  const hidden = Array.isArray(input.hidden) ? input.hidden.filter(isEntryId) : [];
  return { entries, hidden: [...new Set(hidden)].sort() };
}

/** The entries to highlight and search: built-in ones with the reader's applied, minus hidden ones. */
export function visibleEntries<
  B extends { id: string } = GlossaryEntry,
  U extends { id: string } = UserEntry,
>(builtIn: readonly B[], overlay: { entries: readonly U[]; hidden: readonly string[] }): (B | U)[] {
  const hidden = new Set(overlay.hidden);
  return mergeEntries(builtIn, overlay.entries).filter((entry) => !hidden.has(entry.id));
}

export async function loadUserOverlay(): Promise<UserOverlay> {
  return normalizeOverlay(await userOverlayItem.getValue());
}

export function watchUserOverlay(listener: (overlay: UserOverlay) => void): () => void {
  return userOverlayItem.watch((value) => listener(normalizeOverlay(value)));
}

const EMPTY_FORMS: UserForms = { entries: [], hidden: [] };

/** The forms mirror (lib/storage/user-forms.ts): what content scripts read. */
export const userFormsItem = storage.defineItem<UserForms>('local:user-forms', {
  fallback: EMPTY_FORMS,
  version: 1,
});

export async function loadUserForms(): Promise<UserForms> {
  return normalizeForms(await userFormsItem.getValue());
}

export function watchUserForms(listener: (forms: UserForms) => void): () => void {
  return userFormsItem.watch((value) => listener(normalizeForms(value)));
}
