import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import shipped from '../../data/glossary.json';
import { allEntries, getGlossaryMeta } from './db';
import type { Glossary } from '../glossary/glossary';
import { hideEntry, importUserFile, openStore, removeEntry, saveEntry } from './store';
import { createUserEntry, editEntry } from './user-entry-drafts';
import { loadUserOverlay, normalizeOverlay, visibleEntries, watchUserOverlay } from './user-overlay';

const glossary = shipped as Glossary;

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});

function newEntry(term: string) {
  const made = createUserEntry(
    { term, category: 'place', summary: `${term}：读者自己加的词条。` },
    new Set(),
  );
  if (!made.ok) throw new Error(made.errors.join('\n'));
  return made.value;
}

describe('openStore', () => {
  it('loads the shipped glossary into an empty database, once', async () => {
    const db = await openStore({ name: 'store-1' });
    const meta = await getGlossaryMeta(db);
    expect(meta?.count).toBe(glossary.entries.length);
    const loadedAt = meta!.loadedAt;
    db.close();
    const again = await openStore({ name: 'store-1' });
    expect((await getGlossaryMeta(again))?.loadedAt).toBe(loadedAt);
    expect((await allEntries(again)).length).toBe(glossary.entries.length);
    again.close();
  });
});

describe('changes reach the content scripts through the overlay', () => {
  it('publishes added, edited, hidden and removed entries after each write', async () => {
    const db = await openStore({ name: 'store-2' });
    const seen: number[] = [];
    const unwatch = watchUserOverlay((overlay) => seen.push(overlay.entries.length));

    const added = await saveEntry(db, newEntry('柯城'));
    expect((await loadUserOverlay()).entries.map((e) => e.term)).toEqual(['柯城']);

    const first = glossary.entries[0]!;
    const edited = editEntry(first, { summary: '读者改写的说明。' });
    if (!edited.ok) throw new Error(edited.errors.join('\n'));
    await saveEntry(db, edited.value);
    await hideEntry(db, first.id, true);

    const overlay = await loadUserOverlay();
    expect(overlay.hidden).toEqual([first.id]);
    const visible = visibleEntries(glossary.entries, overlay);
    expect(visible.some((e) => e.id === first.id)).toBe(false);
    expect(visible.find((e) => e.id === added.id)?.term).toBe('柯城');
    expect(visible.length).toBe(glossary.entries.length);

    await hideEntry(db, first.id, false);
    const shown = visibleEntries(glossary.entries, await loadUserOverlay());
    expect(shown.find((e) => e.id === first.id)?.summary).toBe('读者改写的说明。');

    await removeEntry(db, added.id);
    expect((await loadUserOverlay()).entries.map((e) => e.id)).toEqual([first.id]);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    unwatch();
    db.close();
  });

  it('publishes an import, and a refused import changes neither store nor overlay', async () => {
    const db = await openStore({ name: 'store-3' });
    const entry = newEntry('樟潭');
    await importUserFile(db, { entries: [entry], hidden: [] });
    expect((await loadUserOverlay()).entries.map((e) => e.term)).toEqual(['樟潭']);
    const bad = { ...entry, category: 'river' } as unknown as typeof entry;
    await expect(importUserFile(db, { entries: [bad], hidden: [] }, 'replace')).rejects.toMatchObject({
      kind: 'invalid-data',
      details: [expect.stringMatching(/^entries\[0\]\.category/)],
    });
    expect((await loadUserOverlay()).entries.map((e) => e.term)).toEqual(['樟潭']);
    db.close();
  });
});

describe('normalizeOverlay', () => {
  it('drops records that do not validate instead of failing', () => {
    const good = newEntry('廿里');
    const overlay = normalizeOverlay({
      entries: [good, { id: 'x' }, 'junk'],
      hidden: ['ok-id', 5, 'Bad Id'],
    });
    expect(overlay.entries.map((e) => e.term)).toEqual(['廿里']);
    expect(overlay.hidden).toEqual(['ok-id']);
    expect(normalizeOverlay(null)).toEqual({ entries: [], hidden: [] });
  });
});
