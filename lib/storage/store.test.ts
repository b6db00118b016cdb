import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import shipped from '../../data/glossary.json';
import { allEntries, getGlossaryMeta } from './db';
import type { Glossary } from '../glossary/glossary';
import { hideEntry, importUserFile, openStore, removeEntry, saveEntry } from './store';
import { createUserEntry, editEntry } from './user-entry-drafts';
import {
  loadUserForms,
  loadUserOverlay,
  normalizeOverlay,
  visibleEntries,
  watchUserForms,
  watchUserOverlay,
} from './user-overlay';
import { formsOf, normalizeForms } from './user-forms';

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

  it('publishes the forms for content scripts with every write, and nothing but forms', async () => {
    const db = await openStore({ name: 'store-forms' });
    const seen: string[][] = [];
    const unwatch = watchUserForms((forms) => seen.push(forms.entries.map((e) => e.term)));
    const added = await saveEntry(db, newEntry('柯城'));
    await hideEntry(db, glossary.entries[0]!.id, true);
    const forms = await loadUserForms();
    expect(forms).toEqual(formsOf(await loadUserOverlay()));
    expect(forms.entries).toEqual([{ id: added.id, term: '柯城', aliases: [], category: 'place' }]);
    expect(forms.hidden).toEqual([glossary.entries[0]!.id]);
    expect(JSON.stringify(forms)).not.toContain('读者自己加的词条');
    await removeEntry(db, added.id);
    expect((await loadUserForms()).entries).toEqual([]);
    expect(seen.at(-1)).toEqual([]);
    unwatch();
    db.close();
  });

  it('reads damaged forms without failing: bad records are dropped', () => {
    expect(
      normalizeForms({
        entries: [
          { id: 'user-a', term: '甲', aliases: ['乙'], category: 'place' },
          { id: 'BAD ID', term: '丙', aliases: [], category: 'place' },
          { id: 'user-b', term: '', aliases: [], category: 'place' },
          { id: 'user-c', term: '丁', aliases: [3], category: 'place' },
          { id: 'user-d', term: '戊', aliases: [], category: 'weather' },
          null,
        ],
        hidden: ['ok-id', 7, 'BAD ID'],
      }),
    ).toEqual({
      entries: [{ id: 'user-a', term: '甲', aliases: ['乙'], category: 'place' }],
      hidden: ['ok-id'],
    });
    expect(normalizeForms(undefined)).toEqual({ entries: [], hidden: [] });
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
