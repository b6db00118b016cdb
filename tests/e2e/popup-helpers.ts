/**
 * Helpers for tests/e2e/popup*.e2e.test.ts (the shared harness stays as it is).
 *
 * The popup is opened as a page, `chrome-extension://<id>/popup.html?tab=<id>`: a page cannot
 * open the real toolbar popup, and as a page it would otherwise talk to the active tab, which is
 * itself (see entrypoints/popup/main.tsx).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import type { GlossaryEntry } from '../../lib/glossary/glossary';
import { plainPinyin } from '../../lib/search/search';
import { EXTENSION_DIR, type ExtensionSession } from './harness';

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

/**
 * The popup's texts as the harness's Chromium shows them (it runs with --lang=zh-CN): the built
 * Chinese catalogue, placeholders filled positionally (enough for the popup's messages; not
 * lib/ui/i18n.ts, which needs WXT's `browser` that this Node side does not have).
 */
export function popupText(): (key: string, ...subs: string[]) => string {
  const catalogue = JSON.parse(
    readFileSync(path.join(EXTENSION_DIR, '_locales/zh_CN/messages.json'), 'utf8'),
  ) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  return (key, ...subs) => {
    const entry = catalogue[key]!;
    return entry.message.replace(/\$([a-z_]+)\$/gi, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return subs[Number(content.slice(1)) - 1] ?? '';
    });
  };
}

/** The terms of the popup's search results, in order (none while there are no results). */
export function resultTerms(page: Page): Promise<string[]> {
  return page.locator('#pp-results [role=option] .pp-term').allTextContents();
}

/** popup.html in a new tab of its own at the toolbar popup's size, talking to tab `tabId`. */
export async function openPopupPage(session: ExtensionSession, tabId?: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  const query = tabId === undefined ? '' : `?tab=${tabId}`;
  await page.goto(`chrome-extension://${session.extensionId}/popup.html${query}`, { waitUntil: 'load' });
  return page;
}

/**
 * Writes built-in entries straight into the extension's IndexedDB (schema v2, lib/storage/db.ts) from one
 * of its pages, for tests and benchmarks that need a large glossary. `add` puts them beside the
 * stored ones; `replace` clears the store first and records them as the loaded glossary. The
 * `pinyinKey` index value is computed as lib/storage/db.ts computes it. Returns the store's entry count.
 */
export async function writeBuiltInEntries(
  page: Page,
  entries: readonly GlossaryEntry[],
  mode: 'add' | 'replace',
): Promise<number> {
  const records = entries.map((entry) => ({ ...entry, pinyinKey: plainPinyin(entry.pinyin) }));
  return page.evaluate(
    async ({ records, replace }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('quzhou-glossary');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        return await new Promise<number>((resolve, reject) => {
          const tx = db.transaction(['entries', 'meta'], 'readwrite');
          const store = tx.objectStore('entries');
          if (replace) {
            store.clear();
            tx.objectStore('meta').put({
              key: 'glossary',
              version: 1,
              hash: `test-${records.length}`,
              count: records.length,
              loadedAt: Date.now(),
            });
          }
          for (const record of records) store.put(record);
          const count = store.count();
          tx.oncomplete = () => resolve(count.result);
          tx.onerror = () => reject(tx.error);
        });
      } finally {
        db.close();
      }
    },
    { records, replace: mode === 'replace' },
  );
}
