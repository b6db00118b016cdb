// @vitest-environment happy-dom
/**
 * The real glossary page on the real data/glossary.json, stored through openStore in
 * fake-indexeddb, with a fake address bar. Expectations are derived from the loaded data where
 * the glossary may change (only stable facts, 五城's expansion and 廿里镇 under 衢江区, are named).
 */
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import shipped from '../../data/glossary.json';
import { prepareBrowse } from '../../lib/search/browse';
import { StorageError, userEntries, type GlossaryDB, type OpenOptions } from '../../lib/storage/db';
import type { Glossary } from '../../lib/glossary/glossary';
import { createRelatedFinder } from '../../lib/search/related-terms';
import { openStore } from '../../lib/storage/store';
import { validateImport } from '../../lib/storage/user-data-file';
import { loadUserOverlay } from '../../lib/storage/user-overlay';
import { summaryText } from '../../lib/glossary/entry-text';
import { GlossaryPage, type HashHost } from './GlossaryPage';
import { PAGE_SIZE } from './EntryList';

const glossary = shipped as Glossary;
const byTerm = (term: string) => {
  const entry = glossary.entries.find((e) => e.term === term);
  if (!entry) throw new Error(`${term} is not in data/glossary.json`);
  return entry;
};

let dbCount = 0;
let opened: GlossaryDB[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  opened = [];
});
afterEach(() => {
  cleanup();
  for (const db of opened) db.close();
});

class FakeHash implements HashHost {
  readonly history: string[] = [];
  private listeners = new Set<() => void>();
  constructor(private current = '') {}
  read = () => this.current;
  navigate = (hash: string) => {
    this.current = hash;
    this.history.push(hash);
    for (const listener of this.listeners) listener();
  };
  listen = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
}

interface Rendered {
  hash: FakeHash;
  downloads: { name: string; text: string }[];
  db: () => GlossaryDB;
}

function renderPage(
  initialHash = '',
  options: { openStore?: (o: OpenOptions) => Promise<GlossaryDB> } = {},
): Rendered {
  const hash = new FakeHash(initialHash);
  const downloads: { name: string; text: string }[] = [];
  const name = `page-${++dbCount}`;
  const open =
    options.openStore ??
    (async (o: OpenOptions) => {
      const db = await openStore({ ...o, name });
      opened.push(db);
      return db;
    });
  render(
    <GlossaryPage
      hash={hash}
      openStore={open}
      loadBuiltIn={async () => glossary}
      download={(fileName, text) => downloads.push({ name: fileName, text })}
    />,
  );
  return { hash, downloads, db: () => opened[opened.length - 1]! };
}

async function loaded(): Promise<HTMLElement> {
  return screen.findByRole('list', { name: 'Entries' }, { timeout: 5000 });
}

function listedIds(list: HTMLElement): string[] {
  return [...list.querySelectorAll('a.gp-item')].map((a) => a.getAttribute('data-id')!);
}

async function openedEntry(term: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 2, name: term }, { timeout: 5000 });
  return heading.closest('article')!;
}

function navigate(hash: FakeHash, to: string) {
  act(() => hash.navigate(to));
}

describe('browsing', () => {
  it('lists every entry in pinyin order, a page at a time', async () => {
    renderPage();
    const list = await loaded();
    const order = prepareBrowse(glossary.entries).map((i) => i.entry.id);
    expect(listedIds(list)).toEqual(order.slice(0, PAGE_SIZE));
    expect(screen.getByRole('heading', { name: `${glossary.entries.length} entries` })).toBeTruthy();
    // The filters sit in a landmark of their own (axe: region), beside the banner, list and entry.
    const filters = screen.getByRole('region', { name: 'Browse the glossary' });
    expect(within(filters).getByRole('group', { name: 'Filter by category' })).toBeTruthy();
    // Each "Show more" adds a page, until the list is whole.
    for (let shown = PAGE_SIZE; shown < order.length; shown += PAGE_SIZE) {
      fireEvent.click(screen.getByRole('button', { name: /^Show more \(\d+ left\)/ }));
      expect(listedIds(screen.getByRole('list', { name: 'Entries' }))).toEqual(
        order.slice(0, shown + PAGE_SIZE),
      );
    }
    expect(screen.queryByRole('button', { name: /^Show more/ })).toBeNull();
    expect(screen.getByText(`${glossary.entries.length} terms.`, { exact: false })).toBeTruthy();
  });

  it('filters by category and by first letter, with counts', async () => {
    renderPage();
    await loaded();
    const places = prepareBrowse(glossary.entries.filter((e) => e.category === 'place'));
    const chip = screen.getByRole('button', { name: `Places ${places.length}` });
    fireEvent.click(chip);
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    let list = screen.getByRole('list', { name: 'Entries' });
    expect(listedIds(list)).toEqual(places.slice(0, PAGE_SIZE).map((i) => i.entry.id));

    const q = places.filter((i) => i.letter === 'Q');
    expect(q.length).toBeGreaterThan(0); // 衢江区
    fireEvent.click(screen.getByRole('button', { name: `Q: ${q.length} entries` }));
    list = screen.getByRole('list', { name: 'Entries' });
    expect(listedIds(list)).toEqual(q.map((i) => i.entry.id));
    for (const a of list.querySelectorAll('.gp-item-pinyin')) expect(a.textContent).toMatch(/^q/);

    // A letter nobody's pinyin starts with is disabled.
    const i = screen.getByRole('button', { name: /^I: 0 entries/ }) as HTMLButtonElement;
    expect(i.disabled).toBe(true);
  });

  it('opens an entry from the list through the address fragment', async () => {
    const { hash } = renderPage();
    const list = await loaded();
    const first = list.querySelector<HTMLAnchorElement>('a.gp-item')!;
    expect(first.getAttribute('href')).toBe(`#entry=${first.dataset.id}`);
    fireEvent.click(first);
    expect(hash.read()).toBe(`#entry=${first.dataset.id}`);
    const entry = glossary.entries.find((e) => e.id === first.dataset.id)!;
    await openedEntry(entry.term);
    expect(first.getAttribute('aria-current')).toBe('true');
  });

  it('moves between list items with the arrow keys, Home and End', async () => {
    renderPage();
    const list = await loaded();
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.gp-item')];
    links[0]!.focus();
    fireEvent.keyDown(links[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[1]);
    fireEvent.keyDown(links[1]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(links[0]);
    fireEvent.keyDown(links[0]!, { key: 'End' });
    expect(document.activeElement).toBe(links.at(-1));
    fireEvent.keyDown(links.at(-1)!, { key: 'Home' });
    expect(document.activeElement).toBe(links[0]);
  });
});

describe('deep links', () => {
  it('#entry= opens 五城 with its expansion, sources and related terms', async () => {
    const wu = byTerm('五城');
    renderPage(`#entry=${wu.id}`);
    const article = await openedEntry('五城');
    const expansion = [...article.querySelectorAll('.gp-expansion li')].map((li) => li.textContent);
    expect(expansion).toEqual(['枢纽之城', '康养之城', '活力之城', '幸福之城', '智治之城']);
    expect(within(article).getByText(wu.pinyin)).toBeTruthy();

    const sources = [...article.querySelectorAll('.gp-source')];
    expect(sources).toHaveLength(wu.sources.length);
    wu.sources.forEach((source, i) => {
      expect(sources[i]!.querySelector('blockquote')!.textContent).toBe(source.excerpt);
      expect(sources[i]!.textContent).toContain(source.file);
      if (source.title) expect(sources[i]!.querySelector('cite')!.textContent).toBe(source.title);
      if (source.date) expect(sources[i]!.querySelector('time')!.getAttribute('datetime')).toBe(source.date);
    });
    expect(sources[0]!.querySelector('mark')?.textContent).toBe('五城');

    const expected = createRelatedFinder(prepareBrowse(glossary.entries).map((i) => i.entry)).related(wu);
    expect(expected.length).toBeGreaterThan(0);
    const related = [...article.querySelectorAll('.gp-related a')];
    expect(related.map((a) => a.textContent)).toEqual(expected.map((r) => r.entry.term));
    expect(related.map((a) => a.getAttribute('href'))).toEqual(expected.map((r) => `#entry=${r.entry.id}`));
    expect(related.map((a) => a.textContent)).not.toContain('五城');
  });

  it('marks a term of Zhejiang as such (八八战略), and none of Quzhou’s own (五城)', async () => {
    const bb = byTerm('八八战略');
    expect(bb.scope).toBe('zhejiang');
    renderPage(`#entry=${bb.id}`);
    const article = await openedEntry('八八战略');
    expect(article.querySelector('.gp-badge-scope')?.textContent).toBe('Zhejiang-wide');
    expect(article.querySelector('.gp-summary')?.textContent).toContain('浙江省');
    renderPage(`#entry=${byTerm('五城').id}`);
    expect((await openedEntry('五城')).querySelector('.gp-badge-scope')).toBeNull();
  });

  it('links 廿里镇 to its parent 衢江区, which lists it among the places under it', async () => {
    const nian = byTerm('廿里镇');
    const qu = byTerm('衢江区');
    const { hash } = renderPage(`#entry=${nian.id}`);
    const article = await openedEntry('廿里镇');
    const parent = article.querySelector<HTMLAnchorElement>('.gp-parent a')!;
    expect(parent.textContent).toBe('衢江区');
    expect(parent.getAttribute('href')).toBe(`#entry=${qu.id}`);
    fireEvent.click(parent);
    expect(hash.history).toEqual([`#entry=${qu.id}`]);
    const quArticle = await openedEntry('衢江区');
    const children = [...quArticle.querySelectorAll('.gp-children a')].map((a) => a.textContent);
    expect(children).toContain('廿里镇');
    expect(children).toEqual(
      prepareBrowse(glossary.entries.filter((e) => e.parent === '衢江区' && e.category === 'place')).map(
        (i) => i.entry.term,
      ),
    );
    // Back: the page follows the fragment.
    navigate(hash, `#entry=${nian.id}`);
    await openedEntry('廿里镇');
  });

  it('lists the programmes and bodies set in 衢江区 apart from its places, under their own heading', async () => {
    const qu = byTerm('衢江区');
    renderPage(`#entry=${qu.id}`);
    const article = await openedEntry('衢江区');
    const naming = glossary.entries.filter((e) => e.parent === '衢江区' && e.category !== 'place');
    const children = [...article.querySelectorAll('.gp-children a')].map((a) => a.textContent);
    const located = [...article.querySelectorAll('.gp-located a')].map((a) => a.textContent);
    for (const other of naming) expect(children).not.toContain(other.term);
    expect(located.sort()).toEqual(naming.map((e) => e.term).sort());
    if (naming.length > 0) {
      const heading = article.querySelector('.gp-located')!.closest('dd')!.previousElementSibling!;
      expect(heading.textContent).toBe(`Other entries located here ${naming.length}`);
    }
  });

  it('#q= fills the search box, lists the results and opens the exact match', async () => {
    const qu = byTerm('衢江区');
    renderPage('#q=衢江区');
    await openedEntry('衢江区');
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('衢江区');
    const list = screen.getByRole('list', { name: 'Entries' });
    expect(listedIds(list)[0]).toBe(qu.id);
    expect(screen.getByRole('heading', { name: /results for “衢江区”/ })).toBeTruthy();
  });

  it('#q= without an exact match lists results and opens nothing; hashchange follows', async () => {
    const { hash } = renderPage('#q=ssbj');
    const list = await loaded();
    expect(listedIds(list)).toContain(byTerm('四省边际中心城市').id);
    expect(screen.queryByRole('article')).toBeNull();
    navigate(hash, `#entry=${byTerm('五城').id}`);
    await openedEntry('五城');
  });

  it('says so when the entry does not exist', async () => {
    renderPage('#entry=no-such-entry');
    await loaded();
    expect(await screen.findByRole('heading', { name: 'Entry not found' })).toBeTruthy();
    expect(screen.getByText(/no-such-entry/)).toBeTruthy();
  });
});

describe("the reader's entries", () => {
  async function fill(fields: Record<string, string>) {
    for (const [label, value] of Object.entries(fields)) {
      const field = screen.getByLabelText(label);
      if (field.tagName === 'SELECT') fireEvent.change(field, { target: { value } });
      else fireEvent.input(field, { target: { value } });
    }
  }

  it('adds a term: it opens, is listed, and reaches the content scripts', async () => {
    const { hash } = renderPage();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Add a term' }));
    await fill({
      Term: '测试新词',
      Category: 'program',
      Summary: '测试新词：读者自己加的词条。',
      Aliases: '新词、测试词',
      'Your note': '在报纸上看到的',
      'Stands for': '第一项\n第二项',
      'Part of (place)': '衢江区',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const article = await openedEntry('测试新词');
    expect(hash.read()).toMatch(/^#entry=user-/);
    expect(within(article).getByText('Your entry')).toBeTruthy();
    expect(within(article).getByText('在报纸上看到的')).toBeTruthy();
    expect([...article.querySelectorAll('.gp-expansion li')].map((li) => li.textContent)).toEqual([
      '第一项',
      '第二项',
    ]);
    expect(article.querySelector('.gp-parent a')?.textContent).toBe('衢江区');

    const overlay = await loadUserOverlay();
    expect(overlay.entries.map((e) => [e.term, e.category, e.aliases])).toEqual([
      ['测试新词', 'program', ['新词', '测试词']],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'My entries 1' }));
    expect(listedIds(screen.getByRole('list', { name: 'Entries' }))).toEqual([overlay.entries[0]!.id]);
  });

  it('shows validation errors in words next to the form and saves nothing', async () => {
    const { db } = renderPage();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Add a term' }));
    await fill({ Term: '测试😀', Summary: '  ' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was saved');
    expect(alert.textContent).toContain('Term: must be Chinese or Latin text');
    expect(alert.textContent).toContain('Summary: must not be empty');
    expect(screen.getByLabelText('Summary').getAttribute('aria-invalid')).toBe('true');
    expect(await userEntries(db())).toEqual([]);
    expect((await loadUserOverlay()).entries).toEqual([]);
  });

  it('edits a built-in entry as "your version" and restores the original', async () => {
    const wu = byTerm('五城');
    renderPage(`#entry=${wu.id}`);
    let article = await openedEntry('五城');
    fireEvent.click(within(article).getByRole('button', { name: 'Edit' }));
    expect((screen.getByLabelText('Summary') as HTMLTextAreaElement).value).toBe(wu.summary);
    await fill({ Summary: '五城：读者改写的说明。', 'Your note': '我的笔记内容' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    article = await openedEntry('五城');
    // Shown without the leading "五城：", like the popover.
    await waitFor(() => expect(within(article).getByText('读者改写的说明。')).toBeTruthy());
    expect(within(article).getByText('Your version')).toBeTruthy();
    expect((await loadUserOverlay()).entries.map((e) => [e.id, e.summary, e.note])).toEqual([
      [wu.id, '五城：读者改写的说明。', '我的笔记内容'],
    ]);
    // Sources and expansion are kept.
    expect(article.querySelectorAll('.gp-source')).toHaveLength(wu.sources.length);

    fireEvent.click(within(article).getByRole('button', { name: 'Restore original' }));
    fireEvent.click(within(article).getByRole('button', { name: 'Yes, restore' }));
    await waitFor(() => expect(within(article).getByText(summaryText(wu))).toBeTruthy());
    expect(within(article).queryByText('Your version')).toBeNull();
    expect((await loadUserOverlay()).entries).toEqual([]);
  });

  it('deletes an entry of the reader’s own', async () => {
    const { hash } = renderPage();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Add a term' }));
    await fill({ Term: '要删的词', Summary: '要删的词：马上删除。' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const article = await openedEntry('要删的词');
    fireEvent.click(within(article).getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(article).getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: '要删的词' })).toBeNull());
    expect(hash.read()).toBe('#');
    expect((await loadUserOverlay()).entries).toEqual([]);
  });

  it('hides and unhides an entry, listing it under Hidden meanwhile', async () => {
    const wu = byTerm('五城');
    renderPage(`#entry=${wu.id}`);
    const article = await openedEntry('五城');
    fireEvent.click(within(article).getByRole('button', { name: 'Hide' }));
    await waitFor(() => expect(within(article).getByText('Hidden')).toBeTruthy());
    expect((await loadUserOverlay()).hidden).toEqual([wu.id]);
    expect(screen.getByRole('button', { name: `All ${glossary.entries.length - 1}` })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hidden 1' }));
    expect(listedIds(screen.getByRole('list', { name: 'Entries' }))).toEqual([wu.id]);

    fireEvent.click(within(article).getByRole('button', { name: 'Unhide' }));
    await waitFor(() => expect(within(article).queryByText('Hidden')).toBeNull());
    expect((await loadUserOverlay()).hidden).toEqual([]);
  });
});

describe('export and import', () => {
  function chooseFile(text: string, name: string) {
    const input = screen.getByTestId('import-file');
    fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
  }

  it('exports text that validateImport reads back, and imports it into an empty store', async () => {
    const wu = byTerm('五城');
    const first = renderPage(`#entry=${wu.id}`);
    let article = await openedEntry('五城');
    fireEvent.click(within(article).getByRole('button', { name: 'Hide' }));
    await waitFor(() => expect(within(article).getByText('Hidden')).toBeTruthy());
    fireEvent.click(within(article).getByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByLabelText('Your note'), { target: { value: '导出测试' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    article = await openedEntry('五城');
    await waitFor(() => expect(within(article).getByText('导出测试')).toBeTruthy());

    fireEvent.click(screen.getByRole('button', { name: 'Export my entries' }));
    await waitFor(() => expect(first.downloads).toHaveLength(1));
    const { name, text } = first.downloads[0]!;
    expect(name).toMatch(/^quzhou-glossary-user-\d{4}-\d{2}-\d{2}\.json$/);
    const checked = validateImport(text, name);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.entries.map((e) => [e.id, e.note])).toEqual([[wu.id, '导出测试']]);
    expect(checked.value.hidden).toEqual([wu.id]);

    // A fresh profile imports it.
    cleanup();
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    const second = renderPage();
    await loaded();
    chooseFile(text, name);
    const preview = await screen.findByText(`${name} holds 1 entries and 1 hidden terms.`);
    expect(preview).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /^Replace/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(async () => expect((await loadUserOverlay()).hidden).toEqual([wu.id]));
    expect((await userEntries(second.db())).map((e) => e.note)).toEqual(['导出测试']);
  });

  it('refuses a bad file with its location and changes nothing', async () => {
    const { db } = renderPage();
    await loaded();
    chooseFile('{\n  "format": "quzhou-glossary-user",\n  "version": 1,,\n}', 'backup.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('cannot be imported');
    expect(alert.textContent).toMatch(/backup\.json:3:\d+: /);

    chooseFile(
      JSON.stringify({
        format: 'quzhou-glossary-user',
        version: 1,
        entries: [{ term: '好词', category: 'planet', summary: '好词。' }],
        hidden: [],
      }),
      'fields.json',
    );
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'fields.json: entries[0].category: must be one of',
      ),
    );
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await userEntries(db())).toEqual([]);
    expect(await loadUserOverlay()).toEqual({ entries: [], hidden: [] });
  });
});

describe('storage errors', () => {
  it('shows the built-in glossary read-only with a banner when IndexedDB cannot open', async () => {
    renderPage(`#entry=${byTerm('五城').id}`, {
      openStore: () => Promise.reject(new StorageError('unavailable', ['SecurityError: denied'])),
    });
    const article = await openedEntry('五城');
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toContain('cannot store data in this window');
    expect(banner.textContent).toContain('your own entries cannot be saved here');
    expect(banner.textContent).toContain('SecurityError: denied');
    expect((screen.getByRole('button', { name: 'Add a term' }) as HTMLButtonElement).disabled).toBe(true);
    expect(within(article).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(listedIds(screen.getByRole('list', { name: 'Entries' }))).toHaveLength(
      Math.min(PAGE_SIZE, glossary.entries.length),
    );
  });

  it('shows a banner when a change fails, and keeps the entry as it was', async () => {
    const wu = byTerm('五城');
    const { db } = renderPage(`#entry=${wu.id}`);
    const article = await openedEntry('五城');
    db().close(); // the connection is gone: the next write fails
    fireEvent.click(within(article).getByRole('button', { name: 'Hide' }));
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('The glossary storage failed');
    expect(within(article).queryByText('Hidden')).toBeNull();
  });
});

describe('a 10,000-entry glossary', () => {
  function big(size: number): Glossary {
    const entries = [];
    for (let i = 0; entries.length < size; i++) {
      const base = glossary.entries[i % glossary.entries.length]!;
      const round = Math.floor(i / glossary.entries.length);
      entries.push(
        round === 0
          ? base
          : {
              ...base,
              id: `${base.id}-${round}`,
              term: `${base.term}${round}`,
              pinyin: `${base.pinyin} ${round}`,
            },
      );
    }
    return { ...glossary, entries };
  }

  it('renders a bounded list, filters and searches quickly, and opens an entry deep in the list', async () => {
    const large = big(10_000);
    const hash = new FakeHash();
    render(
      <GlossaryPage
        hash={hash}
        openStore={() => Promise.reject(new StorageError('unavailable'))}
        loadBuiltIn={async () => large}
      />,
    );
    const list = await loaded();
    expect(listedIds(list)).toHaveLength(PAGE_SIZE);
    expect(screen.getByRole('heading', { name: '10000 entries' })).toBeTruthy();

    let start = performance.now();
    fireEvent.click(screen.getByRole('button', { name: /^Places \d+$/ }));
    const filterMs = performance.now() - start;
    expect(listedIds(screen.getByRole('list', { name: 'Entries' })).length).toBeLessThanOrEqual(PAGE_SIZE);

    start = performance.now();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'qujiang' } });
    const searchMs = performance.now() - start;
    expect(screen.getByRole('heading', { name: /results for “qujiang”/ })).toBeTruthy();
    expect(listedIds(screen.getByRole('list', { name: 'Entries' })).length).toBeLessThanOrEqual(PAGE_SIZE);

    // The last entry in pinyin order: the list grows to reach it, and no further.
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: /^All \d+$/ }));
    const last = prepareBrowse(large.entries).at(-1)!.entry;
    start = performance.now();
    navigate(hash, `#entry=${last.id}`);
    await openedEntry(last.term);
    const openMs = performance.now() - start;
    const rendered = listedIds(screen.getByRole('list', { name: 'Entries' }));
    expect(rendered.at(-1)).toBe(last.id);
    expect(rendered.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(screen.getByRole('button', { name: /^Show previous \(\d+ before\)/ })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Entries' }).querySelector('[aria-current="true"]')).toBeTruthy();

    // happy-dom is far slower than a browser: these bounds catch an unbounded render, not jank.
    expect(filterMs).toBeLessThan(1500);
    expect(searchMs).toBeLessThan(1500);
    expect(openMs).toBeLessThan(1500);
  }, 30_000);
});
