/**
 * Background service worker: loads the shipped glossary into IndexedDB on install and update,
 * offers "look up in glossary" on selected text, opens the glossary page for the popover's "more"
 * link and relays the keyboard command to the active tab. Holds no state of its own (MV3 workers
 * are short-lived): everything it needs is in IndexedDB or extension storage.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import glossaryData from '../data/glossary.json';
import { loadGlossary, openGlossaryDB } from '../lib/storage/db';
import type { Glossary, GlossaryEntry } from '../lib/glossary/glossary';
import { t } from '../lib/ui/i18n';
import { parseBackgroundRequest, type EntryDetailsReply } from '../lib/glossary/messages';
import { glossaryPageHash, LOOKUP_MAX_CHARS } from '../lib/ui/page-links';
import { publishUserData } from '../lib/storage/store';
import { loadUserOverlay } from '../lib/storage/user-overlay';

const LOOKUP_MENU_ID = 'look-up';

/** Built-in entries by id, for the popover's details; built on the first request after a start. */
let entriesById: Map<string, GlossaryEntry> | undefined;
function builtInEntry(id: string): GlossaryEntry | null {
  entriesById ??= new Map((glossaryData as Glossary).entries.map((e) => [e.id, e]));
  return entriesById.get(id) ?? null;
}

/** Stores this version's glossary (a no-op when it is already there) and republishes user data. */
async function refreshStore(): Promise<void> {
  const db = await openGlossaryDB();
  try {
    await loadGlossary(db, glossaryData as Glossary);
    await publishUserData(db);
  } finally {
    db.close();
  }
}

function openGlossaryPage(hash: string, openerIndex?: number): void {
  void browser.tabs.create({
    url: `${browser.runtime.getURL('/glossary.html')}${hash}`,
    ...(openerIndex !== undefined ? { index: openerIndex + 1 } : {}),
  });
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    refreshStore().catch((error: unknown) => {
      // The pages load the glossary themselves when they find it missing, and show the error.
      console.error('Quzhou Glossary: could not store the glossary', error);
    });
    // Menus persist across browser restarts but not across updates: recreate them here.
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: LOOKUP_MENU_ID,
        title: t('contextLookUp', '%s'),
        contexts: ['selection'],
      }),
    );
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOOKUP_MENU_ID) return;
    const text = (info.selectionText ?? '').trim().slice(0, LOOKUP_MAX_CHARS);
    if (text !== '') openGlossaryPage(glossaryPageHash({ query: text }), tab?.index);
  });

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Only our own content scripts and pages may ask; web pages cannot reach this listener at all
    // (no externally_connectable), but a check costs nothing.
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseBackgroundRequest(raw);
    if (message?.type === 'open-entry')
      openGlossaryPage(glossaryPageHash({ entry: message.id }), sender.tab?.index);
    if (message?.type === 'entry-details') {
      // The reader's version from the storage mirror, else the shipped glossary: the same data as
      // IndexedDB, with no database to open while the reader waits for a popover.
      const id = message.id;
      void loadUserOverlay()
        .then((overlay) => overlay.entries.find((e) => e.id === id))
        .catch(() => undefined)
        .then((own) => {
          const reply: EntryDetailsReply = { entry: own ?? builtInEntry(id) };
          sendResponse(reply);
        });
      return true; // sendResponse is called later
    }
    return undefined;
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-highlighting' || tab?.id === undefined) return;
    void browser.tabs.sendMessage(tab.id, { type: 'toggle-page' }).catch(() => {
      // No content script on this tab (a browser page, the web store): nothing to toggle.
    });
  });
});
