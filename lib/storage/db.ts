/**
 * The extension's IndexedDB database, through `idb`: the built-in glossary (reloaded when the
 * shipped glossary changes), the reader's own entries and hidden terms (never touched by a reload).
 *
 * Schema, version 2 (current):
 *   entries       keyPath id, the built-in glossary; indexes term, pinyin (pinyinKey), category
 *   user-entries  keyPath id, the reader's entries and edits (UserEntry); same indexes
 *   hidden        keyPath id, { id, hiddenAt }: entries the reader hid
 *   meta          keyPath key, { key: 'glossary', version, hash, count, loadedAt } and, after a
 *                 migration that met unreadable records, { key: 'v1-leftovers', records }
 *   Stored entries carry `pinyinKey`, the toneless pinyin without spaces (sishengbianji), for the
 *   pinyin index; it is stripped when reading.
 *
 * Version 1 (previous):
 *   entries       keyPath id, GlossaryEntry; indexes term, category (no pinyin index)
 *   user          out-of-line keys: an entry id → V1UserEntry, and the key 'hiddenTerms' → string[]
 *
 * Every failure reaches callers as a StorageError whose `message` can be shown as it is.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import {
  CATEGORIES,
  type Category,
  type Glossary,
  type GlossaryEntry,
  type AnyEntry,
  type UserEntry,
} from '../glossary/glossary';
import { isEntryId } from '../glossary/messages';
import { plainPinyin } from '../search/search';
import { mergeEntries, validateUserEntry, type UserExport } from './user-entries';

export const DB_NAME = 'quzhou-glossary';
export const DB_VERSION = 2;

type Keyed<E> = E & { pinyinKey: string };

export interface HiddenRecord {
  id: string;
  /** When the reader hid it (ms); 0 when migrated from version 1, which did not record it. */
  hiddenAt: number;
}

export interface GlossaryMeta {
  key: 'glossary';
  version: number;
  hash: string;
  count: number;
  loadedAt: number;
}

export interface LeftoversMeta {
  key: 'v1-leftovers';
  /** Version 1 `user` records that could not be read as entries or hidden ids, kept as they were. */
  records: { key: IDBValidKey; value: unknown }[];
}

type EntryIndexes = {
  term: string;
  pinyin: string;
  category: Category;
};

export interface GlossaryDBSchema extends DBSchema {
  entries: { key: string; value: Keyed<GlossaryEntry>; indexes: EntryIndexes };
  'user-entries': { key: string; value: Keyed<UserEntry>; indexes: EntryIndexes };
  hidden: { key: string; value: HiddenRecord };
  meta: { key: string; value: GlossaryMeta | LeftoversMeta };
}

export type GlossaryDB = IDBPDatabase<GlossaryDBSchema>;

/** A version 1 user record (the `user` store), for reference and for tests. */
export interface V1UserEntry {
  id: string;
  term: string;
  category: string;
  pinyin: string;
  summary: string;
  aliases?: string[];
  note?: string;
  /** Version 1's name for the time of the last change. */
  savedAt?: number;
  /** Present when the record is the reader's copy of a built-in entry. */
  sources?: GlossaryEntry['sources'];
}

export const V1_HIDDEN_KEY = 'hiddenTerms';

// ---------------------------------------------------------------------------------------------
// Errors

export type StorageErrorKind =
  /** IndexedDB missing or refused (private browsing, storage disabled, blocked by policy). */
  | 'unavailable'
  /** An upgrade waits for another tab that keeps the old version open. */
  | 'blocked'
  /** Out of storage space. */
  | 'quota'
  /** The database on disk is newer than this code (extension downgraded). */
  | 'version-too-new'
  /** The upgrade (migration) failed and was rolled back. */
  | 'upgrade-failed'
  /** Data refused before anything was stored. */
  | 'invalid-data'
  | 'failed';

const MESSAGES: Record<StorageErrorKind, string> = {
  unavailable:
    'The glossary cannot store data in this window (private browsing, or site storage is switched off). ' +
    'Built-in terms still work, but your own entries cannot be saved here.',
  blocked:
    'The glossary needs to update its stored data, but another open tab still uses the old version. ' +
    'Close or reload the other tabs that use the glossary, then try again.',
  quota:
    'There is no storage space left for the glossary. Free some disk space or remove some of your entries, ' +
    'then try again. Nothing was changed.',
  'version-too-new':
    'The stored glossary data was written by a newer version of the extension. Update the extension to use it.',
  'upgrade-failed':
    'Updating the stored glossary data failed and was undone; your entries are unchanged. Reload to try again.',
  'invalid-data': 'The data was refused; nothing was changed.',
  failed: 'The glossary storage failed.',
};

export class StorageError extends Error {
  override readonly name = 'StorageError';

  constructor(
    readonly kind: StorageErrorKind,
    /** Details for the UI or the console: field errors for invalid-data, the browser's message otherwise. */
    readonly details: string[] = [],
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[kind], options);
  }
}

/** Maps anything thrown by IndexedDB or idb to a StorageError. */
export function toStorageError(error: unknown, during: 'open' | 'use' = 'use'): StorageError {
  if (error instanceof StorageError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const detail = error instanceof Error ? [error.message] : error === undefined ? [] : [String(error)];
  switch (name) {
    case 'QuotaExceededError':
      return new StorageError('quota', detail, { cause: error });
    case 'VersionError':
      return new StorageError('version-too-new', detail, { cause: error });
    case 'ReferenceError': // `indexedDB` is not defined
    case 'SecurityError': // storage disabled by settings or policy
      return new StorageError('unavailable', detail, { cause: error });
    case 'InvalidStateError': // Firefox private browsing (before 115)
    case 'UnknownError': // Safari private browsing, damaged profile
      return new StorageError(during === 'open' ? 'unavailable' : 'failed', detail, { cause: error });
    default:
      return new StorageError('failed', detail, { cause: error });
  }
}

// ---------------------------------------------------------------------------------------------
// Opening and upgrading

export interface OpenOptions {
  name?: string;
  /**
   * Called when another tab keeps an older version open. The open then waits for that tab; without
   * this callback it fails at once with a `blocked` StorageError (and closes the connection should
   * the upgrade complete later).
   */
  onBlocked?: (error: StorageError) => void;
  /** Another tab wants a newer version: this connection has been closed; reopen (or reload). */
  onVersionChange?: () => void;
  /** The browser closed the connection abnormally (storage cleared, disk error). */
  onTerminated?: () => void;
}

type UpgradeTx = IDBPTransaction<GlossaryDBSchema, StoreNames<GlossaryDBSchema>[], 'versionchange'>;

export async function openGlossaryDB(options: OpenOptions = {}): Promise<GlossaryDB> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    throw new StorageError('unavailable', ['indexedDB is not defined']);
  }
  let upgradeFailure: unknown;
  return new Promise<GlossaryDB>((resolve, reject) => {
    let settled = false;
    const settle = (error: StorageError | undefined, db?: GlossaryDB) => {
      if (settled) {
        db?.close(); // the open completed after the caller was told it was blocked
        return;
      }
      settled = true;
      if (db) resolve(db);
      else reject(error);
    };
    let opening: Promise<GlossaryDB>;
    try {
      opening = openDB<GlossaryDBSchema>(options.name ?? DB_NAME, DB_VERSION, {
        upgrade(db, oldVersion, _newVersion, tx) {
          tx.done.catch(() => undefined); // an abort is reported through the open request
          upgradeSchema(db, oldVersion, tx).catch((error: unknown) => {
            upgradeFailure = error;
            try {
              tx.abort();
            } catch {
              // already finished
            }
          });
        },
        blocked() {
          const error = new StorageError('blocked');
          if (options.onBlocked) options.onBlocked(error);
          else settle(error);
        },
        blocking(_current, _blocked, event) {
          // Let the other tab upgrade: close, and tell the page to reopen.
          (event.target as IDBDatabase).close();
          options.onVersionChange?.();
        },
        terminated() {
          options.onTerminated?.();
        },
      });
    } catch (error) {
      settle(toStorageError(error, 'open'));
      return;
    }
    opening.then(
      (db) => settle(undefined, db),
      (error: unknown) =>
        settle(
          upgradeFailure !== undefined
            ? new StorageError('upgrade-failed', [String(upgradeFailure)], { cause: upgradeFailure })
            : toStorageError(error, 'open'),
        ),
    );
  });
}

function createEntryStore(db: GlossaryDB, name: 'entries' | 'user-entries') {
  const store = db.createObjectStore(name, { keyPath: 'id' });
  store.createIndex('term', 'term');
  store.createIndex('pinyin', 'pinyinKey');
  store.createIndex('category', 'category');
}

async function upgradeSchema(db: GlossaryDB, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    createEntryStore(db, 'entries');
    createEntryStore(db, 'user-entries');
    db.createObjectStore('hidden', { keyPath: 'id' });
    db.createObjectStore('meta', { keyPath: 'key' });
    return;
  }
  if (oldVersion < 2) await migrateV1(db, tx);
}

/** Version 1 → 2, inside the upgrade transaction: any failure aborts it and leaves version 1 as it was. */
async function migrateV1(db: GlossaryDB, tx: UpgradeTx): Promise<void> {
  createEntryStore(db, 'user-entries');
  db.createObjectStore('hidden', { keyPath: 'id' });
  db.createObjectStore('meta', { keyPath: 'key' });

  // The old `user` store is not in the current schema's types.
  const legacy = (tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>).objectStore('user');
  const [keys, values] = await Promise.all([legacy.getAllKeys(), legacy.getAll()]);
  const leftovers: LeftoversMeta['records'] = [];
  const writes: Promise<unknown>[] = [];
  const track = (request: Promise<unknown>) => {
    request.catch(() => undefined); // after an abort, the open request reports the failure
    writes.push(request);
  };
  const hiddenStore = tx.objectStore('hidden');
  const userStore = tx.objectStore('user-entries');
  keys.forEach((key, i) => {
    const value: unknown = values[i];
    if (key === V1_HIDDEN_KEY) {
      const ids = Array.isArray(value) ? value : [];
      for (const id of ids) {
        if (isEntryId(id)) track(hiddenStore.put({ id, hiddenAt: 0 }));
        else leftovers.push({ key, value: id });
      }
      if (!Array.isArray(value)) leftovers.push({ key, value });
      return;
    }
    const entry = fromV1(value);
    if (entry) track(userStore.put(keyed(entry)));
    else leftovers.push({ key, value });
  });
  if (leftovers.length > 0) track(tx.objectStore('meta').put({ key: 'v1-leftovers', records: leftovers }));

  // Built-in entries gain pinyinKey for the new index. (No meta yet: the next loadGlossary reloads them.)
  const entries = tx.objectStore('entries');
  entries.createIndex('pinyin', 'pinyinKey');
  let cursor = await entries.openCursor();
  while (cursor) {
    // A malformed built-in record is dropped rather than failing the upgrade: loadGlossary restores it.
    if (typeof cursor.value?.pinyin === 'string') track(cursor.update(keyed(cursor.value)));
    else track(cursor.delete());
    cursor = await cursor.continue();
  }
  await Promise.all(writes);
  db.deleteObjectStore('user' as StoreNames<GlossaryDBSchema>);
}

function fromV1(value: unknown): UserEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const old = value as Partial<V1UserEntry>;
  const candidate: Record<string, unknown> = {
    id: old.id,
    term: old.term,
    aliases: old.aliases ?? [],
    category: old.category,
    pinyin: old.pinyin,
    summary: old.summary,
    sources: old.sources ?? [],
    origin: 'user',
    updatedAt: typeof old.savedAt === 'number' ? Math.max(0, Math.round(old.savedAt)) : 0,
  };
  if (typeof old.note === 'string' && old.note !== '') candidate.note = old.note;
  const result = validateUserEntry(candidate);
  return result.ok ? result.value : undefined;
}

// ---------------------------------------------------------------------------------------------
// Records

function keyed<E extends { pinyin: string }>(entry: E): Keyed<E> {
  return { ...entry, pinyinKey: plainPinyin(entry.pinyin) };
}

function unkeyed<E>(record: Keyed<E>): E {
  const entry: Partial<Keyed<E>> = { ...record };
  delete entry.pinyinKey;
  return entry as E;
}

/**
 * A write transaction: `work` queues requests through `track`; all succeed and commit, or the
 * transaction is aborted (nothing changes) and the error is thrown as a StorageError.
 */
async function write<Names extends StoreNames<GlossaryDBSchema>[]>(
  db: GlossaryDB,
  stores: Names,
  work: (
    tx: IDBPTransaction<GlossaryDBSchema, Names, 'readwrite'>,
    track: (request: Promise<unknown>) => void,
  ) => void | Promise<void>,
): Promise<void> {
  let tx: IDBPTransaction<GlossaryDBSchema, Names, 'readwrite'>;
  try {
    tx = db.transaction(stores, 'readwrite');
  } catch (error) {
    throw toStorageError(error);
  }
  const pending: Promise<unknown>[] = [];
  const track = (request: Promise<unknown>) => {
    request.catch(() => undefined); // reported through Promise.all below, or moot after an abort
    pending.push(request);
  };
  tx.done.catch(() => undefined);
  try {
    await work(tx, track);
    await Promise.all([...pending, tx.done]);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already committed or aborted
    }
    throw toStorageError(error ?? tx.error);
  }
}

async function read<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}

// ---------------------------------------------------------------------------------------------
// The built-in glossary

/** FNV-1a (32 bit) of the entries' JSON: a cheap change detector when the build gives no hash. */
export function hashGlossary(glossary: Glossary): string {
  const text = JSON.stringify(glossary.entries);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `fnv1a-${(hash >>> 0).toString(16).padStart(8, '0')}-${text.length}`;
}

/** Problems that make a glossary unfit to store (`entries[3].category: must be one of …`). */
export function checkGlossary(glossary: unknown): string[] {
  const errors: string[] = [];
  if (typeof glossary !== 'object' || glossary === null) return ['glossary: must be an object'];
  const { version, entries } = glossary as Partial<Glossary>;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    errors.push('version: must be a positive integer');
  }
  if (!Array.isArray(entries)) return [...errors, 'entries: must be an array'];
  const seen = new Set<string>();
  entries.forEach((entry: unknown, i) => {
    const at = `entries[${i}]`;
    if (typeof entry !== 'object' || entry === null) {
      errors.push(`${at}: must be an object`);
      return;
    }
    const e = entry as Record<string, unknown>;
    if (!isEntryId(e.id)) errors.push(`${at}.id: must be an entry id`);
    else if (seen.has(e.id)) errors.push(`${at}.id: "${e.id}" is a duplicate`);
    else seen.add(e.id);
    if (typeof e.term !== 'string' || e.term.trim() === '')
      errors.push(`${at}.term: must be a non-empty string`);
    if (!Array.isArray(e.aliases) || !e.aliases.every((a) => typeof a === 'string')) {
      errors.push(`${at}.aliases: must be an array of strings`);
    }
    if (!CATEGORIES.includes(e.category as Category)) {
      errors.push(`${at}.category: must be one of ${CATEGORIES.join(', ')}`);
    }
    if (typeof e.pinyin !== 'string') errors.push(`${at}.pinyin: must be a string`);
    if (typeof e.summary !== 'string') errors.push(`${at}.summary: must be a string`);
    if (!Array.isArray(e.sources)) errors.push(`${at}.sources: must be an array`);
    if (e.origin !== 'extracted' && e.origin !== 'register' && e.origin !== 'curated') {
      errors.push(`${at}.origin: must be "extracted", "register" or "curated"`);
    }
  });
  return errors;
}

export interface LoadResult {
  /** False when the stored glossary already had this version and hash. */
  changed: boolean;
  count: number;
}

/**
 * Stores the shipped glossary if it differs from the stored one (install, update): validates first,
 * then replaces every built-in entry and the meta record in one transaction. User stores are not
 * touched. Throws StorageError `invalid-data` (nothing changed) for a malformed glossary.
 */
export async function loadGlossary(
  db: GlossaryDB,
  glossary: Glossary,
  options: { hash?: string; now?: number } = {},
): Promise<LoadResult> {
  const problems = checkGlossary(glossary);
  if (problems.length > 0) throw new StorageError('invalid-data', problems);
  const hash = options.hash ?? hashGlossary(glossary);
  const stored = await getGlossaryMeta(db);
  if (stored && stored.hash === hash && stored.version === glossary.version) {
    return { changed: false, count: stored.count };
  }
  const meta: GlossaryMeta = {
    key: 'glossary',
    version: glossary.version,
    hash,
    count: glossary.entries.length,
    loadedAt: options.now ?? Date.now(),
  };
  await write(db, ['entries', 'meta'], (tx, track) => {
    const store = tx.objectStore('entries');
    track(store.clear());
    for (const entry of glossary.entries) track(store.put(keyed(entry)));
    track(tx.objectStore('meta').put(meta));
  });
  return { changed: true, count: meta.count };
}

export async function getGlossaryMeta(db: GlossaryDB): Promise<GlossaryMeta | undefined> {
  const meta = await read(() => db.get('meta', 'glossary'));
  return meta?.key === 'glossary' ? meta : undefined;
}

/** Version 1 records the migration could not read, kept so nothing is lost (usually none). */
export async function getMigrationLeftovers(db: GlossaryDB): Promise<LeftoversMeta['records']> {
  const meta = await read(() => db.get('meta', 'v1-leftovers'));
  return meta?.key === 'v1-leftovers' ? meta.records : [];
}

export async function builtInEntries(db: GlossaryDB): Promise<GlossaryEntry[]> {
  return (await read(() => db.getAll('entries'))).map(unkeyed);
}

// ---------------------------------------------------------------------------------------------
// The reader's entries and hidden terms

export async function userEntries(db: GlossaryDB): Promise<UserEntry[]> {
  return (await read(() => db.getAll('user-entries'))).map(unkeyed);
}

/** Adds or replaces one of the reader's entries, after validation (StorageError `invalid-data`). */
export async function putUserEntry(db: GlossaryDB, entry: UserEntry): Promise<UserEntry> {
  const checked = validateUserEntry(entry);
  if (!checked.ok) throw new StorageError('invalid-data', checked.errors);
  await write(db, ['user-entries'], (tx, track) =>
    track(tx.objectStore('user-entries').put(keyed(checked.value))),
  );
  return checked.value;
}

/** Removes the reader's entry: a new one disappears, an edited built-in one returns to the original. */
export async function deleteUserEntry(db: GlossaryDB, id: string): Promise<void> {
  await write(db, ['user-entries'], (tx, track) => track(tx.objectStore('user-entries').delete(id)));
}

export async function setHidden(
  db: GlossaryDB,
  id: string,
  hidden: boolean,
  now = Date.now(),
): Promise<void> {
  if (!isEntryId(id)) throw new StorageError('invalid-data', [`id: "${id}" is not an entry id`]);
  await write(db, ['hidden'], (tx, track) => {
    const store = tx.objectStore('hidden');
    track(hidden ? store.put({ id, hiddenAt: now }) : store.delete(id));
  });
}

/** Hidden ids, sorted. */
export async function listHidden(db: GlossaryDB): Promise<string[]> {
  return read(() => db.getAllKeys('hidden'));
}

/**
 * Built-in entries with the reader's entries applied (an edit replaces the built-in entry with the
 * same id; new entries follow), read in one transaction. Hidden entries are included: see listHidden.
 */
export async function allEntries(db: GlossaryDB): Promise<AnyEntry[]> {
  const [builtIn, user] = await read(async () => {
    const tx = db.transaction(['entries', 'user-entries'], 'readonly');
    const result = await Promise.all([
      tx.objectStore('entries').getAll(),
      tx.objectStore('user-entries').getAll(),
    ]);
    await tx.done;
    return result;
  });
  return mergeEntries(builtIn.map(unkeyed), user.map(unkeyed));
}

/** What exportUserData needs. */
export async function readUserData(db: GlossaryDB): Promise<{ entries: UserEntry[]; hidden: string[] }> {
  return read(async () => {
    const tx = db.transaction(['user-entries', 'hidden'], 'readonly');
    const [entries, hidden] = await Promise.all([
      tx.objectStore('user-entries').getAll(),
      tx.objectStore('hidden').getAllKeys(),
    ]);
    await tx.done;
    return { entries: entries.map(unkeyed), hidden };
  });
}

/**
 * Applies a validated import (validateImport) in one transaction. `merge` adds and replaces by id
 * and adds hidden ids; `replace` first removes all the reader's entries and hidden ids.
 */
export async function importUserData(
  db: GlossaryDB,
  data: Pick<UserExport, 'entries' | 'hidden'>,
  mode: 'merge' | 'replace' = 'merge',
  now = Date.now(),
): Promise<void> {
  const errors: string[] = [];
  const entries: UserEntry[] = [];
  data.entries.forEach((entry, i) => {
    const checked = validateUserEntry(entry, `entries[${i}]`);
    if (checked.ok) entries.push(checked.value);
    else errors.push(...checked.errors);
  });
  data.hidden.forEach((id, i) => {
    if (!isEntryId(id)) errors.push(`hidden[${i}]: must be an entry id`);
  });
  if (errors.length > 0) throw new StorageError('invalid-data', errors);
  await write(db, ['user-entries', 'hidden'], (tx, track) => {
    const userStore = tx.objectStore('user-entries');
    const hiddenStore = tx.objectStore('hidden');
    if (mode === 'replace') {
      track(userStore.clear());
      track(hiddenStore.clear());
    }
    for (const entry of entries) track(userStore.put(keyed(entry)));
    for (const id of data.hidden) track(hiddenStore.put({ id, hiddenAt: now }));
  });
}
