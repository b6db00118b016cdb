import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Glossary, GlossaryEntry, UserEntry } from '../glossary/glossary';
import {
  allEntries,
  builtInEntries,
  DB_NAME,
  DB_VERSION,
  deleteUserEntry,
  getGlossaryMeta,
  getMigrationLeftovers,
  hashGlossary,
  importUserData,
  listHidden,
  loadGlossary,
  openGlossaryDB,
  putUserEntry,
  readUserData,
  setHidden,
  StorageError,
  userEntries,
  V1_HIDDEN_KEY,
  type GlossaryDB,
  type V1UserEntry,
} from './db';

function builtIn(
  id: string,
  term: string,
  pinyin: string,
  extra: Partial<GlossaryEntry> = {},
): GlossaryEntry {
  return {
    id,
    term,
    aliases: [],
    category: 'place',
    pinyin,
    summary: `${term}：地名。`,
    sources: [{ file: '000.txt', excerpt: `${term}……` }],
    origin: 'extracted',
    ...extra,
  };
}

const GLOSSARY: Glossary = {
  version: 1,
  sources: [],
  entries: [
    builtIn('qu-jiang-qu', '衢江区', 'qú jiāng qū', { aliases: ['衢江'] }),
    builtIn('nian-li-zhen', '廿里镇', 'niàn lǐ zhèn'),
    builtIn('lv-shui', '绿水', 'lǜ shuǐ', { category: 'slogan' }),
  ],
};

function userEntry(overrides: Partial<UserEntry> = {}): UserEntry {
  return {
    id: 'user-qu-jiang-shan-nong',
    term: '衢江山农',
    aliases: [],
    category: 'slogan',
    pinyin: 'qú jiāng shān nóng',
    summary: '农产品品牌。',
    sources: [],
    origin: 'user',
    updatedAt: 1000,
    ...overrides,
  };
}

const open: GlossaryDB[] = [];
async function openDb(): Promise<GlossaryDB> {
  const db = await openGlossaryDB();
  open.push(db);
  return db;
}

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  for (const db of open.splice(0)) db.close();
  vi.restoreAllMocks();
});

describe('schema', () => {
  it('creates version 2 with its stores and indexes', async () => {
    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'hidden', 'meta', 'user-entries']);
    const tx = db.transaction(['entries', 'user-entries']);
    for (const name of ['entries', 'user-entries'] as const) {
      const store = tx.objectStore(name);
      expect(store.keyPath).toBe('id');
      expect([...store.indexNames].sort()).toEqual(['category', 'pinyin', 'term']);
      expect(store.index('pinyin').keyPath).toBe('pinyinKey');
    }
    await tx.done;
  });
});

describe('loadGlossary', () => {
  it('stores the glossary once and skips an unchanged one', async () => {
    const db = await openDb();
    expect(await loadGlossary(db, GLOSSARY, { hash: 'h1', now: 5 })).toEqual({ changed: true, count: 3 });
    expect(await getGlossaryMeta(db)).toEqual({
      key: 'glossary',
      version: 1,
      hash: 'h1',
      count: 3,
      loadedAt: 5,
    });
    expect((await builtInEntries(db)).map((e) => e.id)).toEqual(['lv-shui', 'nian-li-zhen', 'qu-jiang-qu']);
    expect(await loadGlossary(db, GLOSSARY, { hash: 'h1' })).toEqual({ changed: false, count: 3 });
  });

  it('keeps stored entries free of the index key, and indexes toneless pinyin', async () => {
    const db = await openDb();
    await loadGlossary(db, GLOSSARY);
    const [entry] = await builtInEntries(db);
    expect(entry).toEqual(GLOSSARY.entries[2]);
    expect((await db.getFromIndex('entries', 'pinyin', 'lvshui'))?.id).toBe('lv-shui');
    const range = IDBKeyRange.bound('qu', 'qu\uffff');
    expect((await db.getAllFromIndex('entries', 'pinyin', range)).map((e) => e.id)).toEqual(['qu-jiang-qu']);
    expect(await db.countFromIndex('entries', 'category', 'place')).toBe(2);
  });

  it('replaces built-in entries on update without touching user data', async () => {
    const db = await openDb();
    await loadGlossary(db, GLOSSARY, { hash: 'h1' });
    await putUserEntry(db, userEntry());
    await setHidden(db, 'nian-li-zhen', true);
    const updated: Glossary = {
      ...GLOSSARY,
      entries: [GLOSSARY.entries[0]!, builtIn('xin', '新条目', 'xīn tiáo mù')],
    };
    expect(await loadGlossary(db, updated, { hash: 'h2' })).toEqual({ changed: true, count: 2 });
    expect((await builtInEntries(db)).map((e) => e.id)).toEqual(['qu-jiang-qu', 'xin']);
    expect(await userEntries(db)).toEqual([userEntry()]);
    expect(await listHidden(db)).toEqual(['nian-li-zhen']);
  });

  it('reloads when no hash is given and the content changed', async () => {
    const db = await openDb();
    expect((await loadGlossary(db, GLOSSARY)).changed).toBe(true);
    expect((await loadGlossary(db, GLOSSARY)).changed).toBe(false);
    const changed = { ...GLOSSARY, entries: GLOSSARY.entries.slice(1) };
    expect(hashGlossary(changed)).not.toBe(hashGlossary(GLOSSARY));
    expect(await loadGlossary(db, changed)).toEqual({ changed: true, count: 2 });
  });

  it('refuses a malformed glossary and changes nothing', async () => {
    const db = await openDb();
    await loadGlossary(db, GLOSSARY, { hash: 'h1' });
    const bad = {
      ...GLOSSARY,
      entries: [...GLOSSARY.entries, { ...GLOSSARY.entries[0]!, category: 'food' }, { id: 'Bad' }],
    } as unknown as Glossary;
    const error = await loadGlossary(db, bad, { hash: 'h2' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'invalid-data' });
    expect((error as StorageError).details).toContain('entries[3].id: "qu-jiang-qu" is a duplicate');
    expect((error as StorageError).details).toContain(
      'entries[3].category: must be one of place, program, slogan, organization',
    );
    expect((error as StorageError).details).toContain('entries[4].id: must be an entry id');
    expect((await getGlossaryMeta(db))?.hash).toBe('h1');
    expect(await builtInEntries(db)).toHaveLength(3);
  });
});

describe("the reader's entries", () => {
  it('adds, overrides, hides and deletes', async () => {
    const db = await openDb();
    await loadGlossary(db, GLOSSARY);
    const edit = userEntry({ id: 'qu-jiang-qu', term: '衢江区', pinyin: 'qú jiāng qū', note: '我的笔记' });
    await putUserEntry(db, userEntry());
    await putUserEntry(db, edit);
    await setHidden(db, 'lv-shui', true);
    await setHidden(db, 'user-qu-jiang-shan-nong', true);

    const all = await allEntries(db);
    expect(all.map((e) => [e.id, e.origin])).toEqual([
      ['lv-shui', 'extracted'],
      ['nian-li-zhen', 'extracted'],
      ['qu-jiang-qu', 'user'],
      ['user-qu-jiang-shan-nong', 'user'],
    ]);
    expect(all.find((e) => e.id === 'qu-jiang-qu')).toEqual(edit);
    expect(await listHidden(db)).toEqual(['lv-shui', 'user-qu-jiang-shan-nong']);

    await setHidden(db, 'lv-shui', false);
    await deleteUserEntry(db, 'qu-jiang-qu');
    expect(await listHidden(db)).toEqual(['user-qu-jiang-shan-nong']);
    expect((await allEntries(db)).find((e) => e.id === 'qu-jiang-qu')?.origin).toBe('extracted');
    expect((await db.getFromIndex('user-entries', 'term', '衢江山农'))?.id).toBe('user-qu-jiang-shan-nong');
  });

  it('refuses invalid entries and ids', async () => {
    const db = await openDb();
    const error = await putUserEntry(db, userEntry({ term: '', category: 'x' as never })).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'invalid-data' });
    expect((error as StorageError).details).toEqual([
      'entry.term: must not be empty',
      'entry.category: must be one of place, program, slogan, organization',
    ]);
    await expect(setHidden(db, 'Not An Id', true)).rejects.toMatchObject({ kind: 'invalid-data' });
    expect(await userEntries(db)).toEqual([]);
  });

  it('imports by merging or replacing, in one transaction', async () => {
    const db = await openDb();
    await putUserEntry(db, userEntry({ id: 'user-old', term: '旧条目' }));
    await setHidden(db, 'old-hidden', true);
    const data = { entries: [userEntry()], hidden: ['qu-jiang-qu'] };

    await importUserData(db, data, 'merge', 7);
    expect((await userEntries(db)).map((e) => e.id)).toEqual(['user-old', 'user-qu-jiang-shan-nong']);
    expect(await listHidden(db)).toEqual(['old-hidden', 'qu-jiang-qu']);

    await importUserData(db, data, 'replace', 7);
    expect(await readUserData(db)).toEqual({ entries: [userEntry()], hidden: ['qu-jiang-qu'] });

    const bad = { entries: [userEntry(), userEntry({ id: 'user-bad', summary: '' })], hidden: [] };
    await expect(importUserData(db, bad, 'replace')).rejects.toMatchObject({ kind: 'invalid-data' });
    expect(await readUserData(db)).toEqual({ entries: [userEntry()], hidden: ['qu-jiang-qu'] });
  });
});

describe('migration from version 1', () => {
  async function createV1(name: string): Promise<void> {
    const db = await openDB(name, 1, {
      upgrade(v1) {
        const entries = v1.createObjectStore('entries', { keyPath: 'id' });
        entries.createIndex('term', 'term');
        entries.createIndex('category', 'category');
        v1.createObjectStore('user');
      },
    });
    const tx = db.transaction(['entries', 'user'], 'readwrite');
    for (const entry of GLOSSARY.entries) void tx.objectStore('entries').put(entry);
    const added: V1UserEntry = {
      id: 'user-qu-jiang-shan-nong',
      term: '衢江山农',
      category: 'slogan',
      pinyin: 'qú jiāng shān nóng',
      summary: '农产品品牌。',
      note: '在超市见过',
      savedAt: 1234,
    };
    const edited: V1UserEntry = {
      id: 'nian-li-zhen',
      term: '廿里镇',
      category: 'place',
      pinyin: 'niàn lǐ zhèn',
      summary: '我改过的说明。',
      aliases: ['廿里'],
      sources: GLOSSARY.entries[1]!.sources,
    };
    void tx.objectStore('user').put(added, added.id);
    void tx.objectStore('user').put(edited, edited.id);
    void tx.objectStore('user').put({ term: 42 }, 'garbage');
    void tx.objectStore('user').put(['lv-shui', 'qu-jiang-qu', 'NOT VALID'], V1_HIDDEN_KEY);
    await tx.done;
    db.close();
  }

  it("keeps the reader's entries and hidden terms", async () => {
    await createV1(DB_NAME);
    const db = await openDb();
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'hidden', 'meta', 'user-entries']);

    expect(await userEntries(db)).toEqual([
      {
        id: 'nian-li-zhen',
        term: '廿里镇',
        aliases: ['廿里'],
        category: 'place',
        pinyin: 'niàn lǐ zhèn',
        summary: '我改过的说明。',
        sources: GLOSSARY.entries[1]!.sources,
        origin: 'user',
        updatedAt: 0,
      },
      {
        id: 'user-qu-jiang-shan-nong',
        term: '衢江山农',
        aliases: [],
        category: 'slogan',
        pinyin: 'qú jiāng shān nóng',
        summary: '农产品品牌。',
        sources: [],
        origin: 'user',
        note: '在超市见过',
        updatedAt: 1234,
      },
    ]);
    expect(await listHidden(db)).toEqual(['lv-shui', 'qu-jiang-qu']);
    // Nothing is dropped: unreadable records are kept aside.
    expect(await getMigrationLeftovers(db)).toEqual([
      { key: 'garbage', value: { term: 42 } },
      { key: V1_HIDDEN_KEY, value: 'NOT VALID' },
    ]);
    // Built-in entries survive with the new pinyin index, and the next load refreshes them.
    expect((await db.getFromIndex('entries', 'pinyin', 'nianlizhen'))?.id).toBe('nian-li-zhen');
    expect(await getGlossaryMeta(db)).toBeUndefined();
    expect((await loadGlossary(db, GLOSSARY)).changed).toBe(true);
    expect((await allEntries(db)).find((e) => e.id === 'nian-li-zhen')?.summary).toBe('我改过的说明。');
    expect(await userEntries(db)).toHaveLength(2);
  });

  it('reports a blocked upgrade while an old tab keeps version 1 open, then succeeds', async () => {
    await createV1(DB_NAME);
    const oldTab = await openDB(DB_NAME, 1); // no versionchange handler: it never lets go
    const error = await openGlossaryDB().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'blocked' });
    expect((error as StorageError).message).toMatch(/another open tab/);

    oldTab.close();
    // The pending upgrade finishes on its own (its connection is closed for us); a new open works.
    await vi.waitFor(async () => {
      const probe = await openDB(DB_NAME);
      const version = probe.version;
      probe.close();
      expect(version).toBe(2);
    });
    const db = await openDb();
    expect(await listHidden(db)).toEqual(['lv-shui', 'qu-jiang-qu']);
  });

  it('waits for the old tab when onBlocked is given', async () => {
    await createV1(DB_NAME);
    const oldTab = await openDB(DB_NAME, 1);
    const onBlocked = vi.fn(() => oldTab.close());
    const db = await openGlossaryDB({ onBlocked });
    open.push(db);
    expect(onBlocked).toHaveBeenCalledWith(expect.objectContaining({ kind: 'blocked' }));
    expect(db.version).toBe(2);
  });

  it('rolls back a failed migration, leaving version 1 intact', async () => {
    await createV1(DB_NAME);
    vi.spyOn(IDBObjectStore.prototype, 'getAllKeys').mockImplementation(() => {
      throw new DOMException('disk on fire', 'UnknownError');
    });
    await expect(openGlossaryDB()).rejects.toMatchObject({ kind: 'upgrade-failed' });
    vi.restoreAllMocks();
    const v1 = await openDB(DB_NAME);
    expect(v1.version).toBe(1);
    expect(await v1.getAllKeys('user')).toHaveLength(4);
    v1.close();
  });
});

describe('storage errors', () => {
  it('closes this connection when another tab upgrades', async () => {
    const onVersionChange = vi.fn();
    const db = await openGlossaryDB({ onVersionChange });
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    expect(onVersionChange).toHaveBeenCalledOnce();
    newer.close();
    db.close();
  });

  it('reports a database from a newer version', async () => {
    (await openDB(DB_NAME, DB_VERSION + 1)).close();
    await expect(openGlossaryDB()).rejects.toMatchObject({ kind: 'version-too-new' });
  });

  it('reports IndexedDB as unavailable when it is missing or refuses (private mode)', async () => {
    const factory = globalThis.indexedDB;
    try {
      // @ts-expect-error simulating a browser without IndexedDB
      globalThis.indexedDB = undefined;
      await expect(openGlossaryDB()).rejects.toMatchObject({ kind: 'unavailable' });
    } finally {
      globalThis.indexedDB = factory;
    }
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      );
    });
    const error = await openGlossaryDB().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'unavailable' });
    expect((error as StorageError).message).toMatch(/private browsing/);
  });

  it('reports a full disk and leaves the stored glossary as it was', async () => {
    const db = await openDb();
    await loadGlossary(db, GLOSSARY, { hash: 'h1' });
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const updated = { ...GLOSSARY, entries: [...GLOSSARY.entries, builtIn('xin', '新条目', 'xīn tiáo mù')] };
    const error = await loadGlossary(db, updated, { hash: 'h2' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'quota' });
    expect((error as StorageError).message).toMatch(/no storage space/);
    vi.restoreAllMocks();
    expect(await builtInEntries(db)).toHaveLength(3);
    expect((await getGlossaryMeta(db))?.hash).toBe('h1');

    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(putUserEntry(db, userEntry())).rejects.toMatchObject({ kind: 'quota' });
  });
});
