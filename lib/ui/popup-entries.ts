/**
 * The entries the popup searches: built-in and the reader's own, minus hidden ones, read from
 * IndexedDB once per popup opening.
 *
 * When IndexedDB fails (private window, blocked upgrade, full disk) the popup still searches: it
 * falls back to the glossary shipped in the bundle with the reader's data from the storage.local
 * mirror (lib/storage/user-overlay.ts), which is exactly what the content scripts highlight. The error is
 * returned next to the entries so the popup can say what went wrong instead of failing silently.
 */
import { allEntries, listHidden, toStorageError, type GlossaryDB, type StorageError } from '../storage/db';
import type { Glossary, AnyEntry } from '../glossary/glossary';
import { openStore } from '../storage/store';
import { loadUserOverlay, visibleEntries } from '../storage/user-overlay';

export interface PopupEntries {
  /** Visible entries, built-in order first, then the reader's new ones (lib/storage/user-entries.ts). */
  entries: AnyEntry[];
  /** Set when IndexedDB failed and `entries` come from the fallback (possibly empty). */
  error?: StorageError;
}

export interface LoadOptions {
  /** Opens the database (default: openStore, which also loads the shipped glossary if missing). */
  open?: () => Promise<GlossaryDB>;
  /** What to search when IndexedDB fails (default: the shipped glossary + the storage mirror). */
  fallback?: () => Promise<AnyEntry[]>;
}

/** The shipped glossary with the reader's mirrored entries applied and hidden ones removed. */
export async function shippedVisibleEntries(): Promise<AnyEntry[]> {
  // A dynamic import: the 10,000-entry JSON is parsed only on this rare path, never before paint.
  const [glossary, overlay] = await Promise.all([import('../../data/glossary.json'), loadUserOverlay()]);
  return visibleEntries((glossary.default as Glossary).entries, overlay);
}

export async function loadPopupEntries(options: LoadOptions = {}): Promise<PopupEntries> {
  const open = options.open ?? (() => openStore());
  const fallback = options.fallback ?? shippedVisibleEntries;
  let db: GlossaryDB | undefined;
  try {
    db = await open();
    const [entries, hidden] = await Promise.all([allEntries(db), listHidden(db)]);
    const hiddenIds = new Set(hidden);
    return { entries: hiddenIds.size === 0 ? entries : entries.filter((e) => !hiddenIds.has(e.id)) };
  } catch (caught) {
    const error = toStorageError(caught, db ? 'use' : 'open');
    const entries = await fallback().catch(() => []);
    return { entries, error };
  } finally {
    // The popup only reads once: holding the connection would block a later schema upgrade.
    db?.close();
  }
}
