/**
 * The toolbar popup's entry: wires the browser to components/popup/Popup.tsx and renders at once.
 * Nothing here waits for data; the Popup loads the glossary after its first paint.
 *
 * Which tab the popup talks to: the active tab of its window, or the tab named by `?tab=<id>`.
 * The parameter exists because popup.html opened as a page (the end-to-end tests, or a reader who
 * bookmarks it) is itself the active tab; the toolbar popup never has one. Only extension pages
 * can open popup.html (it is not web-accessible), and the content script answers nothing but
 * `page-terms` and `reveal-term`.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import { t, uiLanguage } from '../../lib/ui/i18n';
import { createPageClient, tabFromSearch } from '../../lib/ui/popup-page';
import { glossaryPageHash } from '../../lib/ui/page-links';

document.documentElement.lang = uiLanguage() === 'zh' ? 'zh-CN' : 'en';
document.title = t('extName');

const named = tabFromSearch(location.search);
const tabId: Promise<number | undefined> =
  named !== undefined
    ? Promise.resolve(named)
    : browser.tabs.query({ active: true, currentWindow: true }).then(
        (tabs) => tabs[0]?.id,
        () => undefined,
      );

const pageClient = createPageClient(tabId, (id, message) =>
  browser.tabs.sendMessage(id, message, { frameId: 0 }),
);

/** Opens the glossary page in a new tab, then closes the popup (it would be left over the page). */
function openGlossaryPage(hash: string): void {
  void browser.tabs
    .create({ url: browser.runtime.getURL('/glossary.html') + hash })
    .finally(() => window.close());
}

/**
 * IndexedDB access (idb, lib/storage/db.ts, the user-entry validation behind it) is loaded with the data,
 * after the first paint: none of it is needed to draw the shell.
 */
const loadEntries = () => import('../../lib/ui/popup-entries').then((module) => module.loadPopupEntries());

render(
  <Popup
    loadEntries={loadEntries}
    pageClient={pageClient}
    openEntry={(id) => openGlossaryPage(glossaryPageHash({ entry: id }))}
    openGlossary={(query) => openGlossaryPage(glossaryPageHash(query === '' ? {} : { query }))}
  />,
  document.getElementById('app')!,
);
