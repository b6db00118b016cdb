/**
 * The toolbar popup: a search box over the whole glossary, the terms of the current page when the
 * box is empty, and the highlighting controls.
 *
 * Everything that touches the browser comes in as props (main.tsx passes the real ones, tests
 * in-memory ones). The shell renders at once; the glossary loads after the first paint, and each
 * keystroke searches synchronously in the same render (lib/search/search.ts answers 10,000 entries well
 * inside a frame), so there is no timer between typing and results.
 */
import type { JSX } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/ui/i18n';
import { clampSelection, moveSelection } from '../../lib/ui/popup-nav';
import type { PopupEntries } from '../../lib/ui/popup-entries';
import { pageView, type PageClient } from '../../lib/ui/popup-page';
import { search, suggest } from '../../lib/search/search';
import { CategoryVariables } from './CategoryBadge';
import { PageTerms, PAGE_TERMS_ID, pageTermOptionId } from './PageTerms';
import { pageTermRow, resultRow } from './rows';
import { RESULTS_ID, resultOptionId, SearchResults } from './SearchResults';
import { StorageNotice } from './StorageNotice';
import { Suggestions } from './Suggestions';
import { Toggles } from './Toggles';
import { useGlossary } from './use-glossary';
import { usePageTerms } from './use-page-terms';
import { EXTENSION_SETTINGS, useSettings, type SettingsSource } from './use-settings';
import './popup.css';

/**
 * Results shown for a query: about three screens of the popup, few enough that replacing the
 * whole list renders well inside a frame on a slow machine (at 30, a one-letter query's list took
 * 15–25 ms to render and lay out; npm run bench:popup). The glossary page lists everything.
 */
export const RESULT_LIMIT = 15;

/** Terms offered when a search found nothing: a few, so the reader can take them in at a glance. */
const SUGGESTION_LIMIT = 3;

export interface PopupProps {
  /** The visible entries (called once, after the first paint). */
  loadEntries(): Promise<PopupEntries>;
  /** The current tab's content script. */
  pageClient: PageClient;
  /** Open the glossary page at this entry (the popup closes). */
  openEntry(id: string): void;
  /** Open the glossary page, searching `query` when there is one. */
  openGlossary(query: string): void;
  /** Defaults to the extension's storage (lib/storage/settings.ts). */
  settingsSource?: SettingsSource;
}

/** The keyboard selection belongs to one query: typing resets it to the first result. */
interface Selection {
  query: string;
  index: number;
}

export function Popup({
  loadEntries,
  pageClient,
  openEntry,
  openGlossary,
  settingsSource = EXTENSION_SETTINGS,
}: PopupProps): JSX.Element {
  const [query, setQuery] = useState('');
  const [selection, setSelection] = useState<Selection>({ query: '', index: -1 });
  const [revealMissed, setRevealMissed] = useState<string>();
  const glossary = useGlossary(loadEntries);
  const [settings, updateSettings] = useSettings(settingsSource);
  const pageState = usePageTerms(pageClient, settings);
  const input = useRef<HTMLInputElement>(null);
  // Focus before the first paint, so the first key typed lands in the box. (`autoFocus` alone is
  // not applied by every browser to an element inserted after the document loaded.)
  useLayoutEffect(() => input.current?.focus(), []);

  const trimmed = query.trim();
  const searching = trimmed !== '';
  const ready = glossary.status === 'ready' ? glossary : undefined;

  const resultRows = useMemo(
    () => (ready && searching ? search(ready.index, trimmed, RESULT_LIMIT).map(resultRow) : []),
    [ready, searching, trimmed],
  );
  // Only when the search found nothing, one-edit typos included: then the nearest terms, farther off.
  const suggestions = useMemo(
    () =>
      ready && searching && resultRows.length === 0 ? suggest(ready.index, trimmed, SUGGESTION_LIMIT) : [],
    [ready, searching, trimmed, resultRows],
  );
  const view = useMemo(() => pageView(pageState, settings), [pageState, settings]);
  const pageRows = useMemo(
    () =>
      view.kind === 'terms' ? view.terms.map((term) => pageTermRow(term, ready?.byId.get(term.id))) : [],
    [view, ready],
  );

  const count = searching ? resultRows.length : pageRows.length;
  // Each input selects its best result (Enter opens it); the page list starts unselected.
  const active = clampSelection(selection.query === query ? selection.index : searching ? 0 : -1, count);
  const activeId = active < 0 ? undefined : searching ? resultOptionId(active) : pageTermOptionId(active);

  const pickPageTerm = (id: string) => {
    setRevealMissed(undefined);
    void pageClient.reveal(id).then((ok) => {
      if (!ok) setRevealMissed(pageRows.find((row) => row.id === id)?.term ?? id);
    });
  };

  /** Searches a suggested term instead, back in the box so that typing carries on from it. */
  const pickSuggestion = (term: string) => {
    setQuery(term);
    setSelection({ query: term, index: 0 });
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys that confirm an IME composition (Enter, arrows in the candidate list) are the IME's.
    if (event.isComposing || event.keyCode === 229) return;
    const moved = moveSelection(active, event.key, count);
    if (moved !== undefined) {
      event.preventDefault();
      setSelection({ query, index: moved });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (searching && active >= 0) openEntry(resultRows[active]!.id);
      else if (searching && ready) openGlossary(trimmed);
      else if (!searching && active >= 0) pickPageTerm(pageRows[active]!.id);
    } else if (event.key === 'Escape' && query !== '') {
      // Clear first; a second Escape (empty box) is left to the browser, which closes the popup.
      event.preventDefault();
      setQuery('');
      setSelection({ query: '', index: -1 });
    }
  };

  const expanded = searching ? resultRows.length > 0 : pageRows.length > 0;
  const hostname =
    pageState.status === 'ready' && pageState.reply.hostname !== '' ? pageState.reply.hostname : undefined;
  // The same vnode while settings and host are unchanged: Preact then skips the controls
  // entirely, and a keystroke diffs only the search box and the list (npm run bench:popup).
  const toggles = useMemo(
    () => <Toggles settings={settings} hostname={hostname} onChange={updateSettings} />,
    [settings, hostname, updateSettings],
  );
  const categoryVariables = useMemo(() => <CategoryVariables />, []);

  return (
    <main class="pp-popup">
      {categoryVariables}
      <div class="pp-search">
        {/* The page's level-one heading, visible: the popup otherwise never says whose it is. */}
        <h1 class="pp-title">{t('extName')}</h1>
        <input
          ref={input}
          class="pp-input"
          type="search"
          role="combobox"
          aria-label={t('popupSearchLabel')}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={expanded ? (searching ? RESULTS_ID : PAGE_TERMS_ID) : undefined}
          aria-activedescendant={activeId}
          placeholder={t('popupSearchPlaceholder')}
          autoFocus
          autoComplete="off"
          spellcheck={false}
          value={query}
          onInput={(event) => {
            const value = (event.currentTarget as HTMLInputElement).value;
            setQuery(value);
            setSelection({ query: value, index: value.trim() === '' ? -1 : 0 });
          }}
          onKeyDown={onKeyDown}
        />
      </div>

      {ready?.error && <StorageNotice error={ready.error} fallback={ready.index.entries.length > 0} />}

      {/*
        The list scrolls inside this box (so the search box and the switches stay in view), and its
        rows never take focus: the search box keeps it and names the selected row (Listbox.tsx). So
        the box is a tab stop of its own, after the search box: there a keyboard user scrolls and
        reads the list with the arrow and page keys without moving the selection, which arrows in
        the search box still do. Focusable, it needs a role and a name: a region named as what it
        shows (results, or the page's terms).
      */}
      <div
        class="pp-body"
        tabIndex={0}
        role="region"
        aria-label={searching ? t('popupResultsLabel') : t('popupPageHeading')}
      >
        {searching ? (
          !ready ? (
            <p class="pp-empty pp-loading" role="status">
              {t('popupLoading')}
            </p>
          ) : resultRows.length === 0 ? (
            <div role="status">
              <p class="pp-empty">{t('popupNoResults', trimmed)}</p>
              {suggestions.length > 0 && <Suggestions entries={suggestions} onPick={pickSuggestion} />}
            </div>
          ) : (
            <>
              <p class="pp-sr-only" role="status">
                {t('popupResultCount', String(resultRows.length))}
              </p>
              <SearchResults
                rows={resultRows}
                active={active}
                onPick={openEntry}
                onHover={(index) => setSelection({ query, index })}
              />
            </>
          )
        ) : (
          <>
            <PageTerms
              view={view.kind === 'terms' ? { kind: 'terms', rows: pageRows } : view}
              active={active}
              onPick={pickPageTerm}
              onHover={(index) => setSelection({ query, index })}
            />
            {revealMissed !== undefined && (
              <p class="pp-empty" role="status">
                {t('popupRevealMissing', revealMissed)}
              </p>
            )}
          </>
        )}
      </div>

      {toggles}

      <footer class="pp-footer">
        <button type="button" class="pp-link" onClick={() => openGlossary(trimmed)}>
          {t('popupOpenGlossary')}
        </button>
      </footer>
    </main>
  );
}
