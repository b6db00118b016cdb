/**
 * The glossary page's data: opens the store once, reads the merged entries and hidden ids, and
 * re-reads them after each change the page makes. When IndexedDB cannot be opened at all (private
 * window, storage switched off, a newer database on disk) the shipped glossary is shown read-only,
 * so the reader can still look terms up; the reason is kept for the banner.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  builtInEntries,
  listHidden,
  toStorageError,
  userEntries,
  type GlossaryDB,
  type OpenOptions,
  type StorageError,
} from '../../lib/storage/db';
import type { Glossary, AnyEntry } from '../../lib/glossary/glossary';
import { mergeEntries } from '../../lib/storage/user-entries';

export interface GlossaryData {
  /** Built-in entries with the reader's applied (hidden ones included), in glossary order. */
  entries: readonly AnyEntry[];
  /** Ids of the built-in entries: tells an edited built-in entry from the reader's new one. */
  builtInIds: ReadonlySet<string>;
  hidden: ReadonlySet<string>;
}

export type StoreState =
  | { status: 'loading' }
  | { status: 'ready'; db: GlossaryDB; data: GlossaryData }
  /** IndexedDB failed: the shipped glossary, nothing can be saved. */
  | { status: 'read-only'; data: GlossaryData; error: StorageError }
  /** Neither IndexedDB nor the shipped glossary could be read. */
  | { status: 'failed'; error: StorageError };

export interface DataSources {
  openStore(options: OpenOptions): Promise<GlossaryDB>;
  /** The shipped glossary, for the read-only fallback (a dynamic import of data/glossary.json). */
  loadBuiltIn(): Promise<Glossary>;
}

async function readData(db: GlossaryDB): Promise<GlossaryData> {
  const [builtIn, user, hidden] = await Promise.all([builtInEntries(db), userEntries(db), listHidden(db)]);
  return {
    entries: mergeEntries(builtIn, user),
    builtInIds: new Set(builtIn.map((e) => e.id)),
    hidden: new Set(hidden),
  };
}

export interface GlossaryStore {
  state: StoreState;
  /**
   * A condition of the connection rather than of an action: `blocked` while another tab keeps an
   * older version open (the open waits), `closed` when another tab upgraded or storage was cleared.
   */
  connection: 'blocked' | 'closed' | undefined;
  /** Re-reads the data after a change. Throws StorageError. */
  reload(): Promise<void>;
}

export function useGlossaryData(sources: DataSources): GlossaryStore {
  const [state, setState] = useState<StoreState>({ status: 'loading' });
  const [connection, setConnection] = useState<'blocked' | 'closed' | undefined>();

  useEffect(() => {
    let cancelled = false;
    let opened: GlossaryDB | undefined;
    const readOnly = async (error: StorageError) => {
      try {
        const glossary = await sources.loadBuiltIn();
        if (cancelled) return;
        setState({
          status: 'read-only',
          error,
          data: {
            entries: glossary.entries,
            builtInIds: new Set(glossary.entries.map((e) => e.id)),
            hidden: new Set(),
          },
        });
      } catch (loadError) {
        if (!cancelled) setState({ status: 'failed', error: toStorageError(loadError) });
      }
    };
    (async () => {
      let db: GlossaryDB;
      try {
        db = await sources.openStore({
          // The open waits for the other tab; say why nothing appears yet.
          onBlocked: () => !cancelled && setConnection('blocked'),
          onVersionChange: () => !cancelled && setConnection('closed'),
          onTerminated: () => !cancelled && setConnection('closed'),
        });
      } catch (error) {
        if (!cancelled) await readOnly(toStorageError(error, 'open'));
        return;
      }
      opened = db;
      if (cancelled) {
        db.close();
        return;
      }
      setConnection((current) => (current === 'blocked' ? undefined : current));
      try {
        const data = await readData(db);
        if (!cancelled) setState({ status: 'ready', db, data });
      } catch (error) {
        if (!cancelled) await readOnly(toStorageError(error));
      }
    })();
    return () => {
      cancelled = true;
      opened?.close();
    };
    // Opened once per page: the sources are fixed for the page's life.
  }, []);

  const reload = useCallback(async () => {
    if (state.status !== 'ready') return;
    const data = await readData(state.db);
    setState({ status: 'ready', db: state.db, data });
  }, [state]);

  return { state, connection, reload };
}
