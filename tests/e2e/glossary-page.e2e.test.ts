/**
 * The glossary page of the built extension in Chromium (see tests/e2e/harness.ts to run):
 * deep link to an entry, then a term the reader adds there is highlighted on a news page, and
 * stops being highlighted when they hide it. The browser runs in Chinese (--lang=zh-CN), so
 * elements are found by their structure, not their English labels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  collectExternalRequests,
  FIXTURES_DIR,
  glossaryTerms,
  hasContentScript,
  highlightedRanges,
  hoverBox,
  launchWithExtension,
  popoverText,
  serviceWorkerOf,
  startFixtureServer,
  termBox,
  waitForHighlightsStable,
  type ExtensionSession,
  type ExternalRequests,
  type FixtureServer,
} from './harness';

/** Words of the news fixture that are not glossary terms; the first one that fits is added. */
const CANDIDATES = ['营商环境', '乡村振兴', '共同富裕', '现代社区', '招商引资', '物流产业'];

let session: ExtensionSession;
let server: FixtureServer;
let external: ExternalRequests;

beforeAll(async () => {
  server = await startFixtureServer(FIXTURES_DIR);
  session = await launchWithExtension();
  external = collectExternalRequests(session.context);
});

afterAll(async () => {
  external?.stop();
  await session?.close();
  await server?.close();
});

function glossaryUrl(hash: string): string {
  return `chrome-extension://${session.extensionId}/glossary.html${hash}`;
}

async function rangesOf(page: Page, text: string) {
  return (await highlightedRanges(page)).filter((r) => r.text === text);
}

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('glossary page', () => {
  it('opens 五城 from a deep link with its expansion and sources', async () => {
    const wu = glossaryTerms().find((t) => t.term === '五城');
    expect(wu).toBeDefined();
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(glossaryUrl(`#entry=${wu!.id}`));
    await page.waitForSelector('.gp-expansion li');
    expect(await page.textContent('h2.gp-term')).toBe('五城');
    expect(await page.$$eval('.gp-expansion li', (items) => items.map((li) => li.textContent))).toEqual([
      '枢纽之城',
      '康养之城',
      '活力之城',
      '幸福之城',
      '智治之城',
    ]);
    expect((await page.$$('.gp-source')).length).toBeGreaterThan(0);
    expect(await page.getAttribute('.gp-item.gp-current', 'data-id')).toBe(wu!.id);
    expect(await page.title()).toContain('五城');

    // #q= from the context menu: the search box is filled and the exact match opens.
    await page.goto(glossaryUrl('#q=五城'));
    await page.waitForFunction(() => document.querySelector('h2.gp-term')?.textContent === '五城');
    expect(await page.inputValue('input[type="search"]')).toBe('五城');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.skipIf(!hasContentScript())(
    'adds a term that a news page then highlights, and hiding it removes the highlight',
    async () => {
      const surfaces = glossaryTerms().flatMap((t) => [t.term, ...t.aliases]);
      const news = await session.context.newPage();
      await news.goto(server.url('news.html'));
      const text = await news.evaluate(() => document.body.innerText);
      const term = CANDIDATES.find(
        (c) => text.includes(c) && !surfaces.some((s) => s.includes(c) || c.includes(s)),
      );
      expect(term, 'a fixture word that is not in the glossary').toBeDefined();
      expect(await rangesOf(news, term!)).toEqual([]);

      const glossary = await session.context.newPage();
      await glossary.goto(glossaryUrl(''));
      await glossary.waitForSelector('.gp-item');
      await glossary.click('.gp-toolbar .gp-primary');
      await glossary.fill('#gp-form-term', term!);
      await glossary.selectOption('#gp-form-category', 'program');
      await glossary.fill('#gp-form-summary', `${term}：读者自己加的词条。`);
      await glossary.click('.gp-form button[type="submit"]');
      await glossary.waitForFunction((t) => document.querySelector('h2.gp-term')?.textContent === t, term);
      expect(new URL(glossary.url()).hash).toMatch(/^#entry=user-/);

      // The open news page picks the new term up live (its forms, lib/storage/user-forms.ts).
      const ranges = await waitFor(
        () => rangesOf(news, term!),
        (r) => r.length > 0,
        `${term} highlighted`,
      );
      expect(ranges.every((r) => r.category === 'program')).toBe(true);
      // Its popover shows the reader's summary: the page holds only forms, the background the rest.
      await news.bringToFront();
      const box = await termBox(news, term!);
      expect(box).not.toBeNull();
      await hoverBox(news, box!);
      await expect
        .poll(async () => (await popoverText(news)) ?? '', { timeout: 5000 })
        .toContain('读者自己加的词条');
      await news.mouse.move(0, 0);

      // Hide it: the highlight goes away.
      const hide = glossary.locator('.gp-entry-actions button').nth(1);
      await hide.click();
      await glossary.waitForSelector('.gp-badge-hidden');
      await waitFor(
        () => rangesOf(news, term!),
        (r) => r.length === 0,
        `${term} no longer highlighted`,
      );

      // A page opened afterwards does not highlight it either; unhiding brings it back.
      await news.reload();
      await waitForHighlightsStable(news);
      expect(await rangesOf(news, term!)).toEqual([]);
      await hide.click();
      await glossary.waitForSelector('.gp-badge-hidden', { state: 'detached' });
      await waitFor(
        () => rangesOf(news, term!),
        (r) => r.length > 0,
        `${term} highlighted again`,
      );
      await news.close();
      await glossary.close();
    },
  );

  it('context menu: the "look up" item exists, and its click opens the glossary page searching the selection', async () => {
    const worker = await serviceWorkerOf(session.context);
    interface Menus {
      update(id: string, change: object): Promise<void>;
      onClicked: { dispatch(info: object, tab?: object): void };
    }
    interface Chrome {
      contextMenus: Menus;
      tabs: { query(q: object): Promise<object[]> };
    }
    // The background created the item on install: update() rejects for an id that does not exist.
    const exists = (id: string) =>
      worker.evaluate(
        (menuId) =>
          (globalThis as unknown as { chrome: Chrome }).chrome.contextMenus.update(menuId, {}).then(
            () => true,
            () => false,
          ),
        id,
      );
    expect(await exists('look-up')).toBe(true);
    expect(await exists('no-such-item')).toBe(false);
    // Headless Chromium shows no native menu to click, so the click is dispatched to the
    // background's own listener with the fields Chrome passes: menu id, selection, the tab.
    const opened = session.context.waitForEvent('page', {
      predicate: (page) => page.url().includes('/glossary.html#q='),
    });
    await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const [tab] = await chrome.tabs.query({});
      chrome.contextMenus.onClicked.dispatch(
        { menuItemId: 'look-up', selectionText: '  五城 ', editable: false, pageUrl: 'http://127.0.0.1/' },
        tab,
      );
    });
    const page = await opened;
    await page.waitForFunction(() => document.querySelector('h2.gp-term')?.textContent === '五城');
    expect(await page.inputValue('input[type="search"]')).toBe('五城');
    await page.close();
  });

  it('made no network request', () => {
    expect(external.list).toEqual([]);
  });
});
