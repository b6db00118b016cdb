/**
 * What the extension's pages (popup, glossary page) and the background use to read and change the
 * glossary: the IndexedDB functions of lib/storage/db.ts plus the two duties around them: the shipped
 * glossary is loaded if it is not there yet, and every change to the reader's data is mirrored to
 * the content scripts (lib/storage/user-overlay.ts) once IndexedDB has committed it.
 */
import type { Glossary, UserEntry } from '../glossary/glossary';
import {
  deleteUserEntry,
  getGlossaryMeta,
  importUserData,
  loadGlossary,
  openGlossaryDB,
  putUserEntry,
  readUserData,
  setHidden,
  type GlossaryDB,
  type OpenOptions,
} from './db';
import type { UserExport } from './user-entries';
import { storage } from 'wxt/utils/storage';
import { formsOf } from './user-forms';
import { normalizeOverlay, userFormsItem, userOverlayItem } from './user-overlay';

/** The glossary shipped in the bundle, loaded on demand so pages paint before parsing it. */
async function shippedGlossary(): Promise<Glossary> {
  return (await import('../../data/glossary.json')).default as Glossary;
}

/**
 * Opens the database. The background loads the shipped glossary on install and update; a page
 * opened before that finished (or after the reader cleared site data) loads it itself.
 */
export async function openStore(options: OpenOptions = {}): Promise<GlossaryDB> {
  const db = await openGlossaryDB(options);
  if (!(await getGlossaryMeta(db))) await loadGlossary(db, await shippedGlossary());
  return db;
}

/**
 * Copies the reader's data to extension storage: whole (the background and the popup's fallback
 * read it) and as forms (content scripts read those), in one write.
 */
export async function publishUserData(db: GlossaryDB): Promise<void> {
  const overlay = normalizeOverlay(await readUserData(db));
  await storage.setItems([
    { item: userOverlayItem, value: overlay },
    { item: userFormsItem, value: formsOf(overlay) },
  ]);
}

export async function saveEntry(db: GlossaryDB, entry: UserEntry): Promise<UserEntry> {
  const saved = await putUserEntry(db, entry);
  await publishUserData(db);
  return saved;
}

export async function removeEntry(db: GlossaryDB, id: string): Promise<void> {
  await deleteUserEntry(db, id);
  await publishUserData(db);
}

export async function hideEntry(db: GlossaryDB, id: string, hidden: boolean): Promise<void> {
  await setHidden(db, id, hidden);
  await publishUserData(db);
}

export async function importUserFile(
  db: GlossaryDB,
  data: Pick<UserExport, 'entries' | 'hidden'>,
  mode: 'merge' | 'replace' = 'merge',
): Promise<void> {
  await importUserData(db, data, mode);
  await publishUserData(db);
}
