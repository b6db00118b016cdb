/**
 * The current tab's answer to `page-terms`, asked when the popup opens and again after each
 * settings change. The content script applies settings on its own storage watch and rescans in
 * time slices, and the message contract has no "rescan finished" event, so the popup asks again
 * a moment later (REFRESH_DELAY_MS) to show the terms a toggle brought back. Meanwhile
 * lib/ui/popup-page.ts's pageView hides switched-off categories at once.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageClient, PageState } from '../../lib/ui/popup-page';
import type { Settings } from '../../lib/storage/settings';

export const REFRESH_DELAY_MS = 400;

export function usePageTerms(client: PageClient, settings: Settings | undefined): PageState {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  // Bumped by each settings change after the first value (the one the page already had).
  const [generation, setGeneration] = useState(0);
  const first = useRef<Settings | undefined>(undefined);

  useEffect(() => {
    if (settings === undefined) return;
    if (first.current === undefined) first.current = settings;
    else if (first.current !== settings) setGeneration((n) => n + 1);
  }, [settings]);

  useEffect(() => {
    let live = true;
    const ask = () =>
      client.getPageTerms().then(
        (reply) => {
          if (live) setState(reply ? { status: 'ready', reply } : { status: 'unavailable' });
        },
        () => {
          if (live) setState({ status: 'unavailable' });
        },
      );
    // Every new generation restarts the delay: a burst of clicks asks once, after the last.
    const timer = generation === 0 ? undefined : setTimeout(ask, REFRESH_DELAY_MS);
    if (generation === 0) void ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, generation]);

  return state;
}
