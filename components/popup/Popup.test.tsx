// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import shipped from '../../data/glossary.json';
import { StorageError } from '../../lib/storage/db';
import type { Glossary, AnyEntry } from '../../lib/glossary/glossary';
import type { PageTermsReply } from '../../lib/glossary/messages';
import { loadPopupEntries, type PopupEntries } from '../../lib/ui/popup-entries';
import type { PageClient } from '../../lib/ui/popup-page';
import { buildSearchIndex, search } from '../../lib/search/search';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../lib/storage/settings';
import { hideEntry, openStore } from '../../lib/storage/store';
import { Popup, RESULT_LIMIT, type PopupProps } from './Popup';

const glossary = shipped as Glossary;
const byTerm = (term: string) => glossary.entries.find((e) => e.term === term)!;
const SSBJ_CITY = byTerm('四省边际中心城市');

const PAGE: PageTermsReply = {
  hostname: 'www.qz828.com',
  active: true,
  terms: [
    { id: 'qu-jiang-qu', term: '衢江区', category: 'place', count: 12 },
    { id: 'wu-cheng', term: '五城', category: 'slogan', count: 3 },
    { id: 'liang-shan-yin-hang', term: '两山银行', category: 'program', count: 1 },
  ],
};

/** `null`: a page without content script (the client answers undefined). */
function pageClient(reply: PageTermsReply | null = PAGE) {
  return {
    getPageTerms: vi.fn<PageClient['getPageTerms']>(async () => reply ?? undefined),
    reveal: vi.fn<PageClient['reveal']>(async () => true),
  };
}

function setup(props: Partial<PopupProps> = {}) {
  const all: PopupProps = {
    loadEntries: loadPopupEntries,
    pageClient: pageClient(),
    openEntry: vi.fn(),
    openGlossary: vi.fn(),
    ...props,
  };
  render(<Popup {...all} />);
  const input = screen.getByRole('combobox', { name: 'Search the glossary' }) as HTMLInputElement;
  const type = (text: string) => fireEvent.input(input, { target: { value: text } });
  const key = (name: string) => fireEvent.keyDown(input, { key: name });
  return { ...all, input, type, key };
}

/** The options of the results or page-terms listbox (the delay select has options too). */
const options = () => within(screen.getByRole('listbox')).getAllByRole('option');
const findOptions = () => waitFor(options);
const findOption = async () => {
  const found = await findOptions();
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** The terms of the listed options, in order. */
function optionTerms(): string[] {
  return options().map((option) => option.querySelector('.pp-term')!.textContent!);
}

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(cleanup);

describe('the shell', () => {
  it('is titled by a level-one heading, and its scrolling list is a named, focusable region', async () => {
    const { type } = setup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Quzhou Glossary 衢州词典');
    // A tab stop (axe: scrollable-region-focusable), named after what it shows.
    const region = screen.getByRole('region', { name: 'On this page' });
    expect(region.tabIndex).toBe(0);
    type('衢江');
    await findOptions();
    expect(screen.getByRole('region', { name: 'Search results' })).toBe(region);
  });

  it('paints the search box, focused, and the toggles before the glossary has loaded', async () => {
    const { input, type } = setup({ loadEntries: () => new Promise<PopupEntries>(() => undefined) });
    expect(document.activeElement).toBe(input);
    expect(screen.getByRole('switch', { name: 'Highlighting' })).toBeTruthy();
    type('ssbj');
    expect(screen.getByRole('status').textContent).toBe('Loading the glossary…');
    // The toggles become usable as soon as the settings are read, glossary or not.
    await waitFor(() =>
      expect((screen.getByRole('switch', { name: 'Places' }) as HTMLInputElement).disabled).toBe(false),
    );
  });
});

describe('search', () => {
  it('finds 四省边际中心城市 by its initials, ranked as lib/search/search ranks it, with row details', async () => {
    const { type } = setup();
    type('ssbj');
    const options = await findOptions();
    const expected = search(buildSearchIndex(glossary.entries), 'ssbj', RESULT_LIMIT).map(
      (r) => r.entry.term,
    );
    expect(optionTerms()).toEqual(expected);
    // lib/search/search ranks shorter terms with the same initials first (四省边际, 四省边际枢纽港…): the
    // city slogan is among the first few, visible without scrolling.
    expect(optionTerms().slice(0, 5)).toContain('四省边际中心城市');
    const row = options[optionTerms().indexOf('四省边际中心城市')]!;
    expect(row.textContent).toContain(SSBJ_CITY.pinyin);
    expect(within(row).getByText('Slogans').className).toContain('pp-badge');
    const summary = row.querySelector('.pp-summary')!.textContent!;
    expect(summary.length).toBeGreaterThan(0);
    expect(SSBJ_CITY.summary).toContain(summary);
    expect(summary.startsWith('四省边际中心城市：')).toBe(false); // the term is already the row's title

    type('ssbjzx');
    await waitFor(() => expect(optionTerms()).toEqual(['四省边际中心城市']));
  });

  it('matches pinyin with tones and spaces, and Chinese substrings', async () => {
    const { type } = setup();
    type('sì shěng biān jì zhōng');
    expect((await findOptions()).length).toBeGreaterThan(0);
    expect(optionTerms()[0]).toBe('四省边际中心城市');
    type('中心城市');
    await waitFor(() => expect(optionTerms()).toContain('四省边际中心城市'));
  });

  it('selects the best result; arrows move the selection and Enter opens it', async () => {
    const { type, key, input, openEntry } = setup();
    type('ssbj');
    const listed = await findOptions();
    expect(listed.length).toBeGreaterThan(2);
    expect(input.getAttribute('aria-activedescendant')).toBe(listed[0]!.id);
    expect(listed[0]!.getAttribute('aria-selected')).toBe('true');

    key('ArrowDown');
    key('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(listed[2]!.id);
    key('ArrowUp');
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    key('Enter');
    const second = search(buildSearchIndex(glossary.entries), 'ssbj', RESULT_LIMIT)[1]!.entry.id;
    expect(openEntry).toHaveBeenCalledExactlyOnceWith(second);
    expect(document.activeElement).toBe(input); // focus never left the box
  });

  it('selects the best result again after each keystroke', async () => {
    const { type, key, openEntry } = setup();
    type('ssb');
    await findOptions();
    key('ArrowDown');
    key('ArrowDown');
    type('ssbjzx');
    await waitFor(() => expect(optionTerms()).toEqual(['四省边际中心城市']));
    key('Enter');
    expect(openEntry).toHaveBeenCalledExactlyOnceWith(SSBJ_CITY.id);
  });

  it('wraps from the first result to the last with ArrowUp', async () => {
    const { type, key, openEntry } = setup();
    type('ssbj');
    const listed = await findOptions();
    key('ArrowUp');
    key('Enter');
    const terms = listed.map((o) => o.querySelector('.pp-term')!.textContent);
    expect(openEntry).toHaveBeenCalledWith(glossary.entries.find((e) => e.term === terms.at(-1))!.id);
  });

  it('opens an entry on click', async () => {
    const { type, openEntry } = setup();
    type('ssbjzx');
    fireEvent.click(await findOption());
    expect(openEntry).toHaveBeenCalledWith(SSBJ_CITY.id);
  });

  it('does not act on the Enter that confirms an IME composition', async () => {
    const { type, input, openEntry } = setup();
    type('ssbjzx');
    await findOption();
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    expect(openEntry).not.toHaveBeenCalled();
  });

  it('clears the query on Escape, back to the page terms', async () => {
    const { type, key, input } = setup();
    type('ssbj');
    await findOptions();
    key('Escape');
    expect(input.value).toBe('');
    await waitFor(() => expect(optionTerms()).toEqual(['衢江区', '五城', '两山银行']));
  });

  it('says when nothing matches, and Enter then searches the glossary page', async () => {
    const { type, key, openGlossary } = setup();
    type('zzzzqqq');
    expect((await screen.findByText(/Nothing in the glossary matches/)).textContent).toContain('“zzzzqqq”');
    expect(screen.queryByRole('listbox')).toBeNull();
    key('Enter');
    expect(openGlossary).toHaveBeenCalledWith('zzzzqqq');
  });

  it('forgives a one-letter typo in pinyin: qujaing finds 衢江区', async () => {
    const { type } = setup();
    type('qujaing');
    await findOptions();
    expect(optionTerms()[0]).toBe('衢江区');
  });

  it('offers the nearest terms when nothing matches; picking one searches it', async () => {
    const { input, type } = setup();
    type('kiahauxian'); // kaihuaxian with two pairs of letters swapped
    await screen.findByText(/Nothing in the glossary matches/);
    expect(screen.getByRole('status').textContent).toContain('Did you mean:');
    const offered = within(screen.getByRole('status')).getAllByRole('button');
    expect(offered.map((button) => button.textContent)).toEqual(['开化县 kāi huà xiàn']);
    fireEvent.click(offered[0]!);
    expect(input.value).toBe('开化县');
    expect(document.activeElement).toBe(input);
    await waitFor(() => expect(optionTerms()[0]).toBe('开化县'));
  });

  it('offers nothing for a query far from every term', async () => {
    const { type } = setup();
    type('xqxqxqxq');
    await screen.findByText(/Nothing in the glossary matches/);
    expect(screen.queryByText('Did you mean:')).toBeNull();
  });

  it('leaves hidden entries out', async () => {
    const db = await openStore();
    await hideEntry(db, SSBJ_CITY.id, true);
    db.close();
    const { type } = setup();
    type('ssbj');
    await findOptions();
    expect(optionTerms()).not.toContain('四省边际中心城市');
    expect(optionTerms()).toContain('四省边际枢纽港');
  });

  it('renders glossary text as text, never as HTML', async () => {
    const evil: AnyEntry = {
      ...SSBJ_CITY,
      id: 'evil',
      term: '<img src=x onerror=alert(1)>',
      summary: '<b>bold</b>',
      pinyin: 'e vil',
    };
    const { type } = setup({ loadEntries: async () => ({ entries: [evil] }) });
    type('evil');
    const option = await findOption();
    expect(option.querySelector('img, b')).toBeNull();
    expect(option.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('terms on the page (empty query)', () => {
  it('lists them with counts, in the order given, and reveals one on click', async () => {
    const client = pageClient();
    setup({ pageClient: client });
    await waitFor(() => expect(optionTerms()).toEqual(['衢江区', '五城', '两山银行']));
    expect(screen.getByRole('heading', { name: 'On this page' })).toBeTruthy();
    const first = options()[0]!;
    expect(first.textContent).toContain('×12');
    expect(first.textContent).toContain('12 times on this page');
    fireEvent.click(options()[1]!);
    expect(client.reveal).toHaveBeenCalledWith('wu-cheng');
  });

  it('adds pinyin and summary once the glossary is loaded', async () => {
    setup();
    await waitFor(() => expect(options()[0]!.textContent).toContain(byTerm('衢江区').pinyin));
  });

  it('reveals the selected term with the keyboard', async () => {
    const client = pageClient();
    const { key } = setup({ pageClient: client });
    await findOptions();
    key('Enter'); // nothing selected yet: nothing happens
    expect(client.reveal).not.toHaveBeenCalled();
    key('ArrowDown');
    key('ArrowDown');
    key('Enter');
    expect(client.reveal).toHaveBeenCalledExactlyOnceWith('wu-cheng');
  });

  it('says when the page no longer has the term', async () => {
    const client = pageClient();
    client.reveal.mockResolvedValue(false);
    setup({ pageClient: client });
    fireEvent.click((await findOptions())[0]!);
    expect((await screen.findByText(/no longer on the page/)).textContent).toContain('衢江区');
  });

  it('says when the page has no glossary terms', async () => {
    setup({ pageClient: pageClient({ ...PAGE, terms: [] }) });
    expect((await screen.findByText('No glossary terms on this page.')).getAttribute('role')).toBe('status');
  });

  it('says when highlighting is off on the page', async () => {
    setup({ pageClient: pageClient({ ...PAGE, active: false }) });
    expect(await screen.findByText('Highlighting is off on this page.')).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('says when the page cannot be used, and disables "off on this site"', async () => {
    setup({ pageClient: pageClient(null) });
    expect(await screen.findByText('Not available on this page.')).toBeTruthy();
    const site = screen.getByRole('switch', { name: 'Off on this site' }) as HTMLInputElement;
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: 'Highlighting' })).not.toHaveProperty('disabled', true),
    );
    expect(site.disabled).toBe(true);
  });
});

describe('toggles', () => {
  async function ready() {
    const props = setup();
    await waitFor(() =>
      expect((screen.getByRole('switch', { name: 'Places' }) as HTMLInputElement).disabled).toBe(false),
    );
    return props;
  }
  const sw = (name: string | RegExp) => screen.getByRole('switch', { name }) as HTMLInputElement;

  it('show the stored settings', async () => {
    await saveSettings({
      ...DEFAULT_SETTINGS,
      categories: { ...DEFAULT_SETTINGS.categories, slogan: false },
    });
    await ready();
    expect(sw('Slogans').checked).toBe(false);
    expect(sw('Places').checked).toBe(true);
    expect(sw('Highlighting').checked).toBe(true);
  });

  it('save a category switch, and its terms leave the page list at once', async () => {
    await ready();
    await waitFor(() => expect(optionTerms()).toContain('衢江区'));
    fireEvent.click(sw('Places'));
    expect(sw('Places').checked).toBe(false);
    expect(optionTerms()).toEqual(['五城', '两山银行']);
    await waitFor(async () => expect((await loadSettings()).categories.place).toBe(false));
    expect((await loadSettings()).categories.program).toBe(true);
  });

  it('save the global switch', async () => {
    await ready();
    fireEvent.click(sw('Highlighting'));
    await waitFor(async () => expect((await loadSettings()).enabled).toBe(false));
    expect(await screen.findByText('Highlighting is off on this page.')).toBeTruthy();
  });

  it('switch highlighting off for the page’s site, named from the page’s reply', async () => {
    await ready();
    const site = await waitFor(() => sw('Off on www.qz828.com'));
    fireEvent.click(site);
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['www.qz828.com']));
    expect(await screen.findByText('Highlighting is off on this page.')).toBeTruthy();
    fireEvent.click(sw('Off on www.qz828.com'));
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual([]));
  });

  it('save the hover delay', async () => {
    await ready();
    const select = screen.getByRole('combobox', { name: 'Popover delay' }) as HTMLSelectElement;
    expect(select.value).toBe('250');
    fireEvent.change(select, { target: { value: '500' } });
    await waitFor(async () => expect((await loadSettings()).hoverDelayMs).toBe(500));
  });

  it('reflect a change made elsewhere', async () => {
    await ready();
    await saveSettings({
      ...DEFAULT_SETTINGS,
      enabled: false,
      categories: { ...DEFAULT_SETTINGS.categories, organization: false },
      hoverDelayMs: 1000,
    });
    await waitFor(() => expect(sw('Highlighting').checked).toBe(false));
    expect(sw('Organizations').checked).toBe(false);
    expect((screen.getByRole('combobox', { name: 'Popover delay' }) as HTMLSelectElement).value).toBe('1000');
  });

  it('ask the page again after a change, to show what it highlights now', async () => {
    const client = pageClient();
    setup({ pageClient: client });
    await waitFor(() => expect(sw('Places').disabled).toBe(false));
    expect(client.getPageTerms).toHaveBeenCalledTimes(1);
    fireEvent.click(sw('Places'));
    await waitFor(() => expect(client.getPageTerms).toHaveBeenCalledTimes(2));
  });
});

describe('storage errors', () => {
  it('show a message, search the fallback and keep the toggles working', async () => {
    const fallback = [SSBJ_CITY];
    const { type } = setup({
      loadEntries: () =>
        loadPopupEntries({
          open: () => Promise.reject(new StorageError('blocked', ['upgrade blocked by tab 3'])),
          fallback: async () => fallback,
        }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('another tab still uses the old version');
    expect(alert.textContent).toContain('Search uses the glossary built into the extension.');
    expect(alert.textContent).toContain('upgrade blocked by tab 3');
    type('ssbj');
    expect(optionTerms()).toEqual(['四省边际中心城市']);

    await waitFor(() =>
      expect((screen.getByRole('switch', { name: 'Slogans' }) as HTMLInputElement).disabled).toBe(false),
    );
    fireEvent.click(screen.getByRole('switch', { name: 'Slogans' }));
    await waitFor(async () => expect((await loadSettings()).categories.slogan).toBe(false));
  });

  it('show a message when IndexedDB is missing altogether', async () => {
    // @ts-expect-error: a browser with IndexedDB switched off
    globalThis.indexedDB = undefined;
    setup({ loadEntries: () => loadPopupEntries({ fallback: async () => [] }) });
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-kind')).toBe('unavailable');
    expect(alert.textContent).toContain('cannot use its local database');
    expect(alert.textContent).not.toContain('built into the extension');
  });
});

describe('open glossary', () => {
  it('opens the glossary page, with the query when there is one', async () => {
    const { type, openGlossary } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Open glossary' }));
    expect(openGlossary).toHaveBeenLastCalledWith('');
    type(' 五城 ');
    fireEvent.click(screen.getByRole('button', { name: 'Open glossary' }));
    expect(openGlossary).toHaveBeenLastCalledWith('五城');
  });
});
