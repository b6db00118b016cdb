/**
 * The glossary page: browse (category chips, A–Z index, pinyin order) and search the whole
 * glossary, open an entry, add / edit / hide / delete the reader's entries, export and import them.
 *
 * Navigation lives in the address fragment (lib/ui/page-links.ts): `#entry=ID` opens an entry,
 * `#q=TEXT` searches (and opens an exact match). Links between entries set the fragment, so
 * back/forward, bookmarks and the popover's "more" all land in the same place. The page reaches
 * the browser only through its props (storage, the fragment, downloads), so tests drive the real
 * component with fake-indexeddb and a fake address bar.
 *
 * Performance on a 10,000-entry glossary: the sort, the search index, the place tree and the
 * counts are computed once per entry list (useMemo); a filter is one linear scan; the list renders
 * a page at a time (EntryList); related terms are computed for the open entry only, with a matcher
 * compiled on first use.
 */
import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  categoryCounts,
  filterBrowse,
  letterCounts,
  placeTree,
  prepareBrowse,
  type BrowseFilter,
} from '../../lib/search/browse';
import { readUserData, toStorageError, type StorageError } from '../../lib/storage/db';
import { t } from '../../lib/ui/i18n';
import { glossaryPageHash, parseGlossaryPageHash, type GlossaryPageTarget } from '../../lib/ui/page-links';
import { createRelatedFinder } from '../../lib/search/related-terms';
import { buildSearchIndex, search } from '../../lib/search/search';
import { hideEntry, importUserFile, removeEntry, saveEntry } from '../../lib/storage/store';
import { exportFileName, exportUserData } from '../../lib/storage/user-data-file';
import type { AnyEntry, UserEntry } from '../../lib/glossary/glossary';
import type { UserExport } from '../../lib/storage/user-entries';
import { BrowseFilters } from './BrowseFilters';
import { downloadText } from './download';
import { EntryForm } from './EntryForm';
import { EntryList } from './EntryList';
import { EntryView, type EntryKind } from './EntryView';
import { ImportExport } from './ImportExport';
import { entryLinker } from './links';
import { StorageBanner } from './StorageBanner';
import { useGlossaryData, type DataSources } from './use-glossary-data';
import './glossary.css';

/** Search results listed at most (the list pages them). */
export const SEARCH_LIMIT = 500;

/** The address bar, as the page uses it. */
export interface HashHost {
  read(): string;
  /** Go to `hash` (a new history entry). */
  navigate(hash: string): void;
  /** Calls `listener` when the fragment changes (back/forward, typed, navigate); returns unsubscribe. */
  listen(listener: () => void): () => void;
}

export interface GlossaryPageProps extends DataSources {
  hash: HashHost;
  download?(fileName: string, text: string): void;
  now?(): number;
}

type Mode = { kind: 'view' } | { kind: 'add'; term?: string } | { kind: 'edit'; id: string };

function exactMatch<E extends AnyEntry>(
  index: ReturnType<typeof buildSearchIndex<E>>,
  query: string,
): E | undefined {
  // An exact term, else an exact alias (衢江 → 衢江区), never a mere prefix.
  return search(index, query, 5).find((r) => r.rank === 0 || r.rank === 2)?.entry;
}

export function GlossaryPage(props: GlossaryPageProps): JSX.Element {
  const { hash } = props;
  const store = useGlossaryData(props);
  const { state } = store;
  const data = state.status === 'ready' || state.status === 'read-only' ? state.data : undefined;
  const db = state.status === 'ready' ? state.db : undefined;

  const [target, setTarget] = useState<GlossaryPageTarget>(() => parseGlossaryPageHash(hash.read()));
  const [query, setQuery] = useState(() => ('query' in target ? target.query : ''));
  const [filter, setFilter] = useState<BrowseFilter>({ category: 'all', letter: null });
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [actionError, setActionError] = useState<StorageError | undefined>();
  const [status, setStatus] = useState('');
  const focusDetail = useRef(false);

  // The address fragment → what is shown.
  const applyHash = useCallback(() => {
    const next = parseGlossaryPageHash(hash.read());
    setTarget(next);
    if ('query' in next) setQuery(next.query);
    setMode({ kind: 'view' });
  }, [hash]);
  useEffect(() => hash.listen(applyHash), [hash, applyHash]);

  const navigate = useCallback(
    (next: string) => {
      setMode({ kind: 'view' });
      if (next === hash.read()) applyHash();
      else hash.navigate(next);
    },
    [hash, applyHash],
  );
  const listLink = useMemo(() => entryLinker(navigate), [navigate]);
  const detailLink = useMemo(
    () =>
      entryLinker((next) => {
        focusDetail.current = true;
        navigate(next);
      }),
    [navigate],
  );

  // Derived once per entry list.
  const entries = data?.entries;
  const hidden = useMemo(() => data?.hidden ?? new Set<string>(), [data]);
  const items = useMemo(() => prepareBrowse(entries ?? []), [entries]);
  const byId = useMemo(() => new Map(items.map((i) => [i.entry.id, i.entry])), [items]);
  const index = useMemo(() => buildSearchIndex(items.map((i) => i.entry)), [items]);
  const tree = useMemo(() => placeTree(items), [items]);
  const finder = useMemo(() => createRelatedFinder(items.map((i) => i.entry)), [items]);
  const counts = useMemo(() => categoryCounts(items, hidden), [items, hidden]);
  const letters = useMemo(
    () => letterCounts(items, hidden, filter.category),
    [items, hidden, filter.category],
  );

  const searching = query.trim() !== '';
  const listed = useMemo(
    () =>
      searching
        ? search(index, query, SEARCH_LIMIT).map((r) => r.entry)
        : filterBrowse(items, hidden, filter).map((i) => i.entry),
    [searching, index, query, items, hidden, filter],
  );

  const selected: AnyEntry | undefined = useMemo(() => {
    if ('entry' in target) return byId.get(target.entry);
    if ('query' in target) return exactMatch(index, target.query);
    return undefined;
  }, [target, byId, index]);
  const notFound =
    data !== undefined && 'entry' in target && selected === undefined ? target.entry : undefined;

  // Lazily, for the open entry only.
  const related = useMemo(
    () => (selected ? finder.related(selected, { exclude: hidden }) : []),
    [selected, finder, hidden],
  );

  useEffect(() => {
    document.title = selected ? `${selected.term} · ${t('extName')}` : t('extName');
  }, [selected]);

  const focusOnOpen = focusDetail.current;
  useEffect(() => {
    focusDetail.current = false;
  }, [selected]);

  const kindOf = (entry: AnyEntry): EntryKind =>
    entry.origin !== 'user' ? 'built-in' : data?.builtInIds.has(entry.id) ? 'edited' : 'mine';

  /** Runs a change; a failure becomes the banner, a success re-reads the data. */
  const change = async (action: () => Promise<void>, done: string): Promise<boolean> => {
    setActionError(undefined);
    try {
      await action();
      await store.reload();
      setStatus(done);
      return true;
    } catch (error) {
      setActionError(toStorageError(error));
      return false;
    }
  };

  const onSave = async (entry: UserEntry) => {
    if (!db) return;
    const saved = await saveEntry(db, entry); // a StorageError is shown by the form
    await store.reload();
    setStatus(t('pageSaved', saved.term));
    navigate(glossaryPageHash({ entry: saved.id }));
  };

  const readOnly = state.status !== 'ready';
  const editing = mode.kind === 'edit' ? byId.get(mode.id) : undefined;
  const takenIds = useMemo(() => new Set(byId.keys()), [byId]);
  const findTerm = useCallback((term: string) => (term === '' ? undefined : tree.byName.get(term)), [tree]);

  let detail: JSX.Element;
  if (state.status === 'loading') {
    detail = <p class="gp-muted">{t('pageLoading')}</p>;
  } else if (state.status === 'failed') {
    detail = <p class="gp-muted">{t('pageNothingToShow')}</p>;
  } else if ((mode.kind === 'add' || editing) && !readOnly) {
    detail = (
      <EntryForm
        key={editing?.id ?? 'new'}
        base={editing}
        initialTerm={mode.kind === 'add' ? mode.term : undefined}
        takenIds={takenIds}
        findTerm={findTerm}
        link={detailLink}
        onSave={onSave}
        onCancel={() => setMode({ kind: 'view' })}
        now={props.now}
      />
    );
  } else if (selected) {
    detail = (
      <EntryView
        entry={selected}
        kind={kindOf(selected)}
        hidden={hidden.has(selected.id)}
        tree={tree}
        related={related}
        link={detailLink}
        readOnly={readOnly}
        focusOnOpen={focusOnOpen}
        onEdit={() => setMode({ kind: 'edit', id: selected.id })}
        onHide={(hide) => {
          if (!db) return;
          void change(
            () => hideEntry(db, selected.id, hide),
            hide ? t('pageHidden', selected.term) : t('pageUnhidden', selected.term),
          );
        }}
        onRemove={() => {
          if (!db) return;
          const restoring = kindOf(selected) === 'edited';
          void change(
            () => removeEntry(db, selected.id),
            restoring ? t('pageRestored', selected.term) : t('pageDeleted', selected.term),
          ).then((ok) => {
            if (ok && !restoring) navigate('#');
          });
        }}
      />
    );
  } else if (notFound !== undefined) {
    detail = (
      <div class="gp-notfound" role="status">
        <h2>{t('pageNotFoundTitle')}</h2>
        <p>{t('pageNotFound', notFound)}</p>
      </div>
    );
  } else {
    detail = (
      <div class="gp-welcome">
        <p>{t('pageWelcome', String(counts.all))}</p>
        {searching && listed.length === 0 && !readOnly && (
          <p>
            <button type="button" onClick={() => setMode({ kind: 'add', term: query.trim() })}>
              {t('pageAddQuery', query.trim())}
            </button>
          </p>
        )}
      </div>
    );
  }

  return (
    <div class="gp-page">
      <header class="gp-header">
        <h1 class="gp-title">{t('extName')}</h1>
        <form
          role="search"
          class="gp-search"
          onSubmit={(event) => {
            event.preventDefault();
            const first = listed[0];
            if (searching && first) navigate(glossaryPageHash({ entry: first.id }));
          }}
        >
          <input
            type="search"
            value={query}
            aria-label={t('pageSearchLabel')}
            placeholder={t('pageSearchPlaceholder')}
            autoComplete="off"
            spellcheck={false}
            onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
          />
        </form>
        <div class="gp-toolbar">
          <button
            type="button"
            class="gp-primary"
            disabled={readOnly}
            onClick={() => setMode({ kind: 'add' })}
          >
            {t('pageAdd')}
          </button>
          <ImportExport
            disabled={readOnly}
            current={{ entries: counts.mine, hidden: hidden.size }}
            exportFile={async () => {
              if (!db) throw new Error('no storage');
              return { name: exportFileName(), text: exportUserData(await readUserData(db)) };
            }}
            download={props.download ?? downloadText}
            importData={async (data: UserExport, importMode) => {
              if (!db) return;
              await importUserFile(db, data, importMode);
              await store.reload();
            }}
            onDone={setStatus}
          />
        </div>
      </header>

      {(state.status === 'read-only' || state.status === 'failed') && (
        <StorageBanner error={state.error} readOnly={state.status === 'read-only'} />
      )}
      {store.connection && (
        <div class="gp-banner" role="alert">
          <p>
            <strong>
              {store.connection === 'blocked' ? t('pageStorageBlocked') : t('pageStorageClosed')}
            </strong>
          </p>
        </div>
      )}
      {actionError && <StorageBanner error={actionError} onDismiss={() => setActionError(undefined)} />}
      <p class="gp-visually-hidden" role="status" aria-live="polite">
        {status}
      </p>

      <BrowseFilters
        filter={filter}
        categoryCounts={counts}
        letterCounts={letters}
        inactive={searching}
        onChange={(next) => {
          setFilter(next);
          setQuery('');
        }}
      />

      <div class="gp-main">
        <nav class="gp-side" aria-labelledby="gp-list-title">
          <h2 class="gp-list-title" id="gp-list-title">
            {searching
              ? t('pageResults', [String(listed.length), query.trim()])
              : t('pageListCount', String(listed.length))}
          </h2>
          {data && (
            <EntryList
              entries={listed}
              selectedId={selected?.id}
              hidden={hidden}
              link={listLink}
              label={t('pageListLabel')}
            />
          )}
        </nav>
        <main class="gp-detail">{detail}</main>
      </div>
    </div>
  );
}
