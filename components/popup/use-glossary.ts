/**
 * Loads the entries after the first paint and builds the search index. The popup's shell never
 * waits for this: it renders at once and shows a quiet loading line where results will be.
 */
import { useEffect, useState } from 'preact/hooks';
import type { StorageError } from '../../lib/db';
import type { PopupEntries } from '../../lib/popup-entries';
import { buildSearchIndex, search, warmSearchIndex, type SearchIndex } from '../../lib/search';
import type { AnyEntry } from '../../lib/user-entries';

export type GlossaryState =
  | { status: 'loading' }
  | {
      status: 'ready';
      index: SearchIndex<AnyEntry>;
      byId: ReadonlyMap<string, AnyEntry>;
      /** IndexedDB failed; the index then holds the fallback entries (possibly none). */
      error?: StorageError;
    };

/**
 * Resolves after the next frame has been produced: the second animation frame callback runs once the
 * first frame was handed to the compositor. A hidden page gets no animation frames: 100 ms at most.
 */
function afterFirstFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        setTimeout(resolve, 0);
      }),
    );
  });
}

/** One query per kind of match: Latin (pinyin, initials, summary words), Chinese, no match. */
const WARM_UP_QUERIES = ['s', 'si', 'sisheng', 'ssbj', '衢', '衢江', 'zzzz'];

/** Runs `task` when the browser is idle, and within 100 ms at the latest. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 100 });
  else setTimeout(task, 0);
}

export function useGlossary(loadEntries: () => Promise<PopupEntries>): GlossaryState {
  const [state, setState] = useState<GlossaryState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    // IndexedDB's structured-clone reads and the index build take the main thread for a while (tens
    // of ms at 10,000 entries): start them once the shell's first frame is out, not merely committed,
    // so they do not compete with its painting on a machine with few cores.
    afterFirstFrame()
      .then(loadEntries)
      // loadPopupEntries reports storage failures in its result; anything else still gets a
      // visible notice. lib/db.ts is imported here only on that path, to keep it off first paint.
      .catch(async (caught: unknown): Promise<PopupEntries> => {
        const { toStorageError } = await import('../../lib/db');
        return { entries: [], error: toStorageError(caught, 'open') };
      })
      .then(({ entries, error }) => {
        if (!live) return;
        const index = buildSearchIndex(entries);
        setState({
          status: 'ready',
          index,
          byId: new Map(entries.map((entry) => [entry.id, entry])),
          ...(error ? { error } : {}),
        });
        // While idle, build the summary keys (otherwise built by the first query reaching them) and
        // run the search path a few times so the reader's first keystrokes meet optimised code.
        whenIdle(() => {
          warmSearchIndex(index);
          for (const query of WARM_UP_QUERIES) search(index, query, 30);
        });
      });
    return () => {
      live = false;
    };
  }, [loadEntries]);
  return state;
}
