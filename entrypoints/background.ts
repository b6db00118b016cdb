/**
 * Background service worker: opens the glossary page for the popover's "more" link and relays the
 * keyboard command to the active tab. Holds no state of its own (MV3 workers are short-lived).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseBackgroundRequest } from '../lib/messages';

/**
 * The glossary page (issue 4). getURL is typed with the entrypoints that exist at build time, and the
 * page is not built yet, so the path goes through a plain string.
 */
function glossaryPageUrl(): string {
  const getURL = browser.runtime.getURL as (path: string) => string;
  return getURL('/glossary.html');
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own content scripts and pages may ask; web pages cannot reach this listener at all
    // (no externally_connectable), but a check costs nothing.
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseBackgroundRequest(raw);
    if (message?.type === 'open-entry') {
      void browser.tabs.create({
        url: `${glossaryPageUrl()}#entry=${encodeURIComponent(message.id)}`,
        ...(sender.tab?.index !== undefined ? { index: sender.tab.index + 1 } : {}),
      });
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
