/**
 * Helpers for tests/e2e/popup.e2e.test.ts (the shared harness stays as it is).
 *
 * The popup is opened as a page, `chrome-extension://<id>/popup.html?tab=<id>`: a page cannot
 * open the real toolbar popup, and as a page it would otherwise talk to the active tab, which is
 * itself (see entrypoints/popup/main.tsx).
 */
import type { Page, Worker } from 'playwright-core';
import type { ExtensionSession } from './harness';

/** The popup's size in the toolbar. */
export const POPUP_VIEWPORT = { width: 360, height: 600 } as const;

/**
 * The ids of the tabs whose content script says it runs on `hostname`. Found through the
 * content script's own `page-terms` reply, because the extension has no `tabs` permission and
 * so cannot read tab URLs.
 */
export async function tabIdsOnHost(serviceWorker: Worker, hostname: string): Promise<number[]> {
  return serviceWorker.evaluate(async (host) => {
    interface Tab {
      id?: number;
    }
    const { chrome } = globalThis as unknown as {
      chrome: {
        tabs: {
          query(q: object): Promise<Tab[]>;
          sendMessage(id: number, message: unknown, options: { frameId: number }): Promise<unknown>;
        };
      };
    };
    const ids: number[] = [];
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const reply = (await chrome.tabs
        .sendMessage(tab.id, { type: 'page-terms' }, { frameId: 0 })
        .catch(() => undefined)) as { hostname?: string } | undefined;
      if (reply?.hostname === host) ids.push(tab.id);
    }
    return ids;
  }, hostname);
}

/** popup.html in a new tab of its own at the toolbar popup's size, talking to tab `tabId`. */
export async function openPopupPage(session: ExtensionSession, tabId?: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  const query = tabId === undefined ? '' : `?tab=${tabId}`;
  await page.goto(`chrome-extension://${session.extensionId}/popup.html${query}`, { waitUntil: 'load' });
  return page;
}
