/**
 * The popup's view of the current tab: asking its content script which terms it highlighted
 * (`page-terms`) and asking it to show one (`reveal-term`), plus what the popup shows for it.
 *
 * Messages go to the top frame only (`frameId: 0`): every frame runs the content script, and the
 * top one speaks for the page. A tab without the content script (chrome://, the web store, a PDF)
 * makes `sendMessage` reject; that is a normal state here ("not available on this page").
 */
import {
  parsePageTermsReply,
  type ContentRequest,
  type PageTerm,
  type PageTermsReply,
} from '../glossary/messages';
import { isActiveOn, type Settings } from '../storage/settings';

export interface PageClient {
  /** The page's terms, or undefined when the page has no content script to answer. */
  getPageTerms(): Promise<PageTermsReply | undefined>;
  /** Scrolls the page to the entry's first occurrence and flashes it; false if it is not there. */
  reveal(id: string): Promise<boolean>;
}

export type SendToTab = (tabId: number, message: ContentRequest) => Promise<unknown>;

/**
 * A PageClient over `send` (browser.tabs.sendMessage to frame 0 in the popup). `tabId` resolves
 * to the target tab, or undefined when there is none (the popup opened without a window).
 */
export function createPageClient(tabId: Promise<number | undefined>, send: SendToTab): PageClient {
  const ask = async (message: ContentRequest): Promise<unknown> => {
    const id = await tabId;
    if (id === undefined) return undefined;
    try {
      return await send(id, message);
    } catch {
      return undefined; // "Could not establish connection": no content script in that tab
    }
  };
  return {
    async getPageTerms() {
      return parsePageTermsReply(await ask({ type: 'page-terms' }));
    },
    async reveal(id) {
      const reply = await ask({ type: 'reveal-term', id });
      return typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true;
    },
  };
}

/**
 * The tab named by the popup page's `?tab=<id>` parameter, if any. When popup.html is opened as a
 * tab of its own (end-to-end tests, or a reader who bookmarks it) the active tab is the popup
 * itself, so the caller names the page to talk to; the toolbar popup never has a parameter.
 */
export function tabFromSearch(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d{1,10}$/.test(value)) return undefined;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : undefined;
}

export type PageState =
  { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; reply: PageTermsReply };

/** What the empty-query area shows. */
export type PageView =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'off' }
  | { kind: 'empty' }
  | { kind: 'terms'; terms: PageTerm[] };

/**
 * The page's terms in the order the content script gave (most frequent first), minus categories
 * switched off since it answered: a toggle takes effect in the list at once, before the refreshed
 * reply arrives. "Off" when the settings say so for this host, or when the page said it was paused.
 */
export function pageView(state: PageState, settings: Settings | undefined): PageView {
  if (state.status !== 'ready') return { kind: state.status };
  const { reply } = state;
  if (!reply.active || (settings && !isActiveOn(settings, reply.hostname))) return { kind: 'off' };
  const terms = settings ? reply.terms.filter((term) => settings.categories[term.category]) : reply.terms;
  return terms.length === 0 ? { kind: 'empty' } : { kind: 'terms', terms };
}
