/**
 * The reader's entries and hidden terms, mirrored from IndexedDB into `storage.local` so content
 * scripts can use them: content scripts run in the page's origin and cannot open the extension's
 * IndexedDB, but they can read and watch extension storage. IndexedDB stays the source of truth;
 * every write goes through lib/storage/store.ts, which republishes this mirror afterwards.
 */
import { storage } from 'wxt/utils/storage';
import type { GlossaryEntry, UserEntry } from '../glossary/glossary';
import { isEntryId } from '../glossary/messages';
import { mergeEntries, validateUserEntry } from './user-entries';

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
export function visibleEntries<B extends { id: string } = GlossaryEntry>(
  builtIn: readonly B[],
  overlay: UserOverlay,
): (B | UserEntry)[] {
  const hidden = new Set(overlay.hidden);
  return mergeEntries(builtIn, overlay.entries).filter((entry) => !hidden.has(entry.id));
}

export async function loadUserOverlay(): Promise<UserOverlay> {
  return normalizeOverlay(await userOverlayItem.getValue());
}

export async function saveUserOverlay(overlay: UserOverlay): Promise<void> {
  await userOverlayItem.setValue(normalizeOverlay(overlay));
}

export function watchUserOverlay(listener: (overlay: UserOverlay) => void): () => void {
  return userOverlayItem.watch((value) => listener(normalizeOverlay(value)));
}
