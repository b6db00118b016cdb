import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import shipped from '../../data/glossary.json';
import { StorageError } from '../storage/db';
import type { Glossary } from '../glossary/glossary';
import { loadPopupEntries } from './popup-entries';
import { hideEntry, openStore } from '../storage/store';
import { userOverlayItem } from '../storage/user-overlay';

const glossary = shipped as Glossary;

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});

describe('loadPopupEntries', () => {
  it('loads the shipped glossary into a new database and returns every entry', async () => {
    const { entries, error } = await loadPopupEntries();
    expect(error).toBeUndefined();
    // IndexedDB returns them in key (id) order.
    expect(entries.map((e) => e.id).sort()).toEqual(glossary.entries.map((e) => e.id).sort());
  });

  it('leaves hidden entries out', async () => {
    const db = await openStore();
    const hidden = glossary.entries[3]!;
    await hideEntry(db, hidden.id, true);
    db.close();
    const { entries } = await loadPopupEntries();
    expect(entries.length).toBe(glossary.entries.length - 1);
    expect(entries.some((e) => e.id === hidden.id)).toBe(false);
  });

  it('closes its connection, so a later upgrade is not blocked', async () => {
    let closed = false;
    await loadPopupEntries({
      open: async () => {
        const db = await openStore();
        const close = db.close.bind(db);
        db.close = () => {
          closed = true;
          close();
        };
        return db;
      },
    });
    expect(closed).toBe(true);
  });

  it('falls back to the shipped glossary and the storage mirror when IndexedDB is unavailable', async () => {
    const hidden = glossary.entries[0]!;
    await userOverlayItem.setValue({ entries: [], hidden: [hidden.id] });
    // @ts-expect-error: a browser with IndexedDB switched off
    globalThis.indexedDB = undefined;
    const { entries, error } = await loadPopupEntries();
    expect(error).toBeInstanceOf(StorageError);
    expect(error?.kind).toBe('unavailable');
    expect(entries.length).toBe(glossary.entries.length - 1);
    expect(entries.some((e) => e.id === hidden.id)).toBe(false);
  });

  it('reports the error even when the fallback fails too', async () => {
    const { entries, error } = await loadPopupEntries({
      open: () => Promise.reject(new StorageError('blocked')),
      fallback: () => Promise.reject(new Error('no bundle')),
    });
    expect(entries).toEqual([]);
    expect(error?.kind).toBe('blocked');
  });
});
