/**
 * Loads the entries after the first paint and builds the search index. The popup's shell never
 * waits for this: it renders at once and shows a quiet loading line where results will be.
 */
import { useEffect, useState } from 'preact/hooks';
import type { StorageError } from '../../lib/storage/db';
import type { PopupEntries } from '../../lib/ui/popup-entries';
import { buildSearchIndex, warmSearchIndex, type SearchIndex } from '../../lib/search/search';
import type { AnyEntry } from '../../lib/glossary/glossary';

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
 * Resolves once the shell's first contentful paint has been presented (the `paint` performance
 * entry is reported after the frame reached the screen), or after 150 ms for a page that gets no
 * paint (hidden) or a browser without paint timing. Starting the read after two animation frames
 * was not enough: in `npm run bench:popup` (software rasterisation, two cores) the 10,000-entry
 * popup then painted 20–36 ms later than the shipped one; now the two are within run-to-run noise.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      observer?.disconnect();
      clearTimeout(timer);
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(finish, 150);
    // Both callbacks run asynchronously, after this initialiser.
    const observer =
      typeof PerformanceObserver === 'function'
        ? new PerformanceObserver((list) => {
            if (list.getEntriesByName('first-contentful-paint').length > 0) finish();
          })
        : undefined;
    if (!observer) return;
    try {
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing here: the timer decides.
    }
  });
}

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
    // of ms at 10,000 entries): start them once the shell is on screen, so they do not compete with
    // its painting on a machine with few cores.
    afterFirstPaint()
      .then(loadEntries)
      // loadPopupEntries reports storage failures in its result; anything else still gets a
      // visible notice. lib/storage/db.ts is imported here only on that path, to keep it off first paint.
      .catch(async (caught: unknown): Promise<PopupEntries> => {
        const { toStorageError } = await import('../../lib/storage/db');
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
        // While idle, build the summary keys (otherwise built by the first query reaching them).
        whenIdle(() => warmSearchIndex(index));
      });
    return () => {
      live = false;
    };
  }, [loadEntries]);
  return state;
}
