/**
 * The built extension in Chromium. See tests/e2e/harness.ts for how to run and for the contract
 * with the content script. Tests that need the content script are skipped (and say so) while
 * .output/chrome-mv3/manifest.json declares none; they run as soon as it does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '../../lib/glossary/glossary';
import {
  collectExternalRequests,
  cspViolations,
  DEFAULT_SETTINGS,
  digest,
  domChanges,
  EXTENSION_DIR,
  ROOT,
  expectedCounts,
  FIXTURES_DIR,
  glossaryTerms,
  hasContentScript,
  highlightCounts,
  highlightedRanges,
  hoverBox,
  installCspViolationRecorder,
  installDomChangeRecorder,
  launchWithExtension,
  outerHtmlBeforeAfter,
  popoverText,
  readManifest,
  serviceWorkerOf,
  setSettings,
  startFixtureServer,
  termBox,
  totalOf,
  waitForCounts,
  waitForHighlightsStable,
  type ExtensionSession,
  type ExternalRequests,
  type FixtureServer,
  type HighlightCounts,
} from './harness';
import type { Frame, Page } from 'playwright-core';

/**
 * Every permission the extension may declare, and why. A new permission must be added here on
 * purpose (and justified); an unused one must be removed from wxt.config.ts.
 */
const ALLOWED_PERMISSIONS: Record<string, string> = {
  storage: 'settings in chrome.storage.local, read live by every content script',
  contextMenus: '"look up in Quzhou Glossary" on a text selection (entrypoints/background.ts)',
};
/** The content script runs on every page, and that is its only access to pages. */
const ALLOWED_CONTENT_SCRIPT_MATCHES = ['<all_urls>', 'http://*/*', 'https://*/*', 'file:///*'];

/** Files served from tests/e2e/fixtures that the network test loads. */
const FIXTURE_PAGES = [
  'news.html',
  'dynamic.html',
  'inputs.html',
  'csp.html',
  'iframe.html',
  'shadow.html',
  'fullscreen.html',
];

const CONTENT_SCRIPT = hasContentScript();
const contentIt = it.skipIf(!CONTENT_SCRIPT);
if (!CONTENT_SCRIPT) {
  console.warn('[e2e] .output/chrome-mv3 declares no content script: highlight and hover tests are skipped');
}

let session: ExtensionSession;
let server: FixtureServer;
let external: ExternalRequests;
const pages: Page[] = [];

beforeAll(async () => {
  server = await startFixtureServer(FIXTURES_DIR);
  session = await launchWithExtension();
  external = collectExternalRequests(session.context);
  await installDomChangeRecorder(session.context);
  await installCspViolationRecorder(session.context);
});

afterAll(async () => {
  external?.stop();
  await session?.close();
  await server?.close();
});

afterEach(async () => {
  while (pages.length) await pages.pop()!.close();
  if (CONTENT_SCRIPT) await setSettings(await serviceWorkerOf(session.context));
});

async function open(file: string): Promise<Page> {
  const page = await session.context.newPage();
  pages.push(page);
  const response = await page.goto(server.url(file), { waitUntil: 'load' });
  expect(response?.status(), file).toBe(200);
  return page;
}

/** Waits until the highlights equal `expected` (or stop changing) and returns them. */
async function settle(page: Page | Frame, expected: HighlightCounts): Promise<HighlightCounts> {
  await waitForCounts(page, (c) => CATEGORIES.every((k) => c[k] === expected[k]), 15_000).catch(
    () => undefined,
  );
  return waitForHighlightsStable(page, { minTotal: 0, quietMs: 500 });
}

describe('extension (no content script needed)', () => {
  it('loads: the background service worker runs and knows the extension id', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await serviceWorkerOf(session.context);
    const id = await worker.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id,
    );
    expect(id).toBe(session.extensionId);
  });

  it('the loaded manifest is the built .output/chrome-mv3/manifest.json, MV3', async () => {
    const built = readManifest();
    const worker = await serviceWorkerOf(session.context);
    const loaded = await worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }
      ).chrome.runtime.getManifest(),
    );
    expect(built.manifest_version).toBe(3);
    expect(loaded).toMatchObject({ version: built.version, manifest_version: 3 });
    // Name and description come from public/_locales; the browser resolves them in its UI
    // language (which follows the machine's locale here), falling back to English.
    expect(built.name).toBe('__MSG_extName__');
    const names = ['en', 'zh_CN'].map(
      (lang) =>
        (
          JSON.parse(
            readFileSync(path.join(EXTENSION_DIR, `_locales/${lang}/messages.json`), 'utf8'),
          ) as Record<string, { message: string }>
        ).extName!.message,
    );
    expect(names).toContain((loaded as { name: string }).name);
  });

  it('the background stores the shipped glossary in IndexedDB on install', async () => {
    const shipped = JSON.parse(readFileSync(path.join(ROOT, 'data/glossary.json'), 'utf8')) as {
      entries: unknown[];
    };
    const worker = await serviceWorkerOf(session.context);
    const readCount = () =>
      worker.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const request = indexedDB.open('quzhou-glossary');
            request.onsuccess = () => {
              const db = request.result;
              if (!db.objectStoreNames.contains('entries')) return resolve(-1);
              const count = db.transaction('entries').objectStore('entries').count();
              count.onsuccess = () => resolve(count.result);
              count.onerror = () => resolve(-1);
            };
            request.onerror = () => resolve(-1);
          }),
      );
    await expect.poll(readCount, { timeout: 10_000 }).toBe(shipped.entries.length);
  });

  it('manifest: only needed permissions, no host permissions, content script matches limited', () => {
    const manifest = readManifest();
    for (const permission of manifest.permissions ?? []) {
      expect(
        Object.keys(ALLOWED_PERMISSIONS),
        `permission "${permission}" is not in ALLOWED_PERMISSIONS`,
      ).toContain(permission);
    }
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    for (const script of manifest.content_scripts ?? []) {
      for (const match of script.matches) expect(ALLOWED_CONTENT_SCRIPT_MATCHES).toContain(match);
    }
    if (CONTENT_SCRIPT) {
      // The content script reads the settings (lib/storage/settings.ts) from storage.local.
      expect(manifest.permissions ?? []).toContain('storage');
    }
    const csp = manifest.content_security_policy as { extension_pages?: string } | undefined;
    expect(csp?.extension_pages ?? '').not.toMatch(/unsafe-eval|https?:/);
  });

  it('fixture server sends per-file headers (strict CSP on csp.html)', async () => {
    const page = await session.context.newPage();
    pages.push(page);
    const response = await page.goto(server.url('csp.html'));
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    expect(await page.evaluate(() => document.body.dataset.cspScript)).toBe('ran');
    const plain = await page.goto(server.url('news.html'));
    expect(plain?.headers()['content-security-policy']).toBeUndefined();
  });

  it('loading the fixture pages (and the extension pages) makes no request outside 127.0.0.1', async () => {
    const before = external.list.length;
    for (const file of FIXTURE_PAGES) {
      const page = await open(file);
      if (CONTENT_SCRIPT) await waitForHighlightsStable(page, { minTotal: 0, quietMs: 500 });
      else await page.waitForTimeout(300);
      const box = await termBox(page, '衢江区');
      if (box) await hoverBox(page, box);
      await page.waitForTimeout(300);
    }
    const manifest = readManifest();
    const action = manifest.action as { default_popup?: string } | undefined;
    const options = manifest.options_ui as { page?: string } | undefined;
    for (const file of [
      action?.default_popup,
      options?.page,
      manifest.options_page as string | undefined,
      'glossary.html#entry=wu-cheng',
    ]) {
      if (!file) continue;
      const page = await session.context.newPage();
      pages.push(page);
      await page.goto(`chrome-extension://${session.extensionId}/${file}`, { waitUntil: 'load' });
      await page.waitForTimeout(500);
    }
    expect(external.list.slice(before)).toEqual([]);
  });
});

describe('content script (skipped while the build declares none)', () => {
  contentIt("news page: highlights per category equal the matcher's count", async () => {
    const page = await open('news.html');
    const expected = await expectedCounts(page);
    expect(totalOf(expected)).toBeGreaterThan(50);
    for (const category of CATEGORIES) expect(expected[category], category).toBeGreaterThan(0);
    expect(await settle(page, expected)).toEqual(expected);
  });

  contentIt(
    'news page: only blocks near the viewport have registered ranges; scrolling paints the rest',
    async () => {
      const page = await open('news.html');
      const expected = await expectedCounts(page);
      expect(await settle(page, expected)).toEqual(expected);
      /**
       * Registered ranges now, each as the top and bottom of its block (the nearest ancestor that
       * is not inline, whose nearness decides), relative to the viewport, in screens.
       */
      const paintedScreens = () =>
        page.evaluate(() => {
          const blocks: [number, number][] = [];
          for (const [name, highlight] of CSS.highlights) {
            if (!name.startsWith('qzg-')) continue;
            for (const range of highlight as unknown as Iterable<AbstractRange>) {
              let block = range.startContainer.parentElement!;
              while (getComputedStyle(block).display.startsWith('inline')) block = block.parentElement!;
              const rect = block.getBoundingClientRect();
              blocks.push([rect.top / innerHeight, rect.bottom / innerHeight]);
            }
          }
          return blocks;
        });
      const pageScreens = await page.evaluate(() => document.documentElement.scrollHeight / innerHeight);
      expect(pageScreens, 'news.html must be several screens long').toBeGreaterThan(5);
      // At the top: what is on screen and a screen below, not the whole page.
      await expect.poll(async () => (await paintedScreens()).length).toBeGreaterThan(0);
      const top = await paintedScreens();
      expect(top.length).toBeLessThan(totalOf(expected) / 2);
      expect(top.filter(([t, b]) => !(b > -1.05 && t < 2.05))).toEqual([]);
      // Half-way down: the ranges there are registered and the ones at the top are dropped.
      await page.evaluate(
        (screens) => scrollTo({ top: (screens / 2) * innerHeight, behavior: 'instant' }),
        pageScreens,
      );
      await expect
        .poll(async () => {
          const now = await paintedScreens();
          return (
            now.length > 0 &&
            now.every(([t, b]) => b > -1.05 && t < 2.05) &&
            now.some(([t]) => t >= 0 && t < 1)
          );
        })
        .toBe(true);
    },
  );

  contentIt('news page: every highlighted range reads as a term or alias of its category', async () => {
    const page = await open('news.html');
    await settle(page, await expectedCounts(page));
    const fold = (s: string) => s.normalize('NFKC').toLowerCase();
    const surfaces = new Map<Category, Set<string>>(CATEGORIES.map((c) => [c, new Set<string>()]));
    for (const t of glossaryTerms())
      for (const s of [t.term, ...t.aliases]) surfaces.get(t.category)!.add(fold(s));
    const ranges = await highlightedRanges(page);
    expect(ranges.length).toBeGreaterThan(0);
    const wrong = ranges.filter((r) => !surfaces.get(r.category)!.has(fold(r.text)) || !r.connected);
    expect(wrong).toEqual([]);
  });

  contentIt(
    'news page: terms split by inline elements are one range (<b>四省边际</b>中心城市, <a>廿里</a>镇)',
    async () => {
      const page = await open('news.html');
      await settle(page, await expectedCounts(page));
      const ranges = await highlightedRanges(page);
      const slogan = ranges.filter((r) => r.category === 'slogan' && r.text.endsWith('四省边际中心城市'));
      expect(slogan.some((r) => r.startParent === 'b' && r.endParent !== 'b')).toBe(true);
      const place = ranges.filter(
        (r) => r.category === 'place' && r.text === '廿里镇' && r.startParent === 'a',
      );
      expect(place.length).toBeGreaterThan(0);
      // The alias 廿里 alone must not be highlighted where 廿里镇 is split.
      expect(ranges.filter((r) => r.text === '廿里' && r.startParent === 'a')).toEqual([]);
    },
  );

  contentIt(
    'pinyin a page writes inside a term (衢（qú）州市) is read past, and the highlight covers it',
    async () => {
      const page = await open('glossed.html');
      const expected = await expectedCounts(page);
      expect(await settle(page, expected)).toEqual(expected);
      const texts = (await highlightedRanges(page)).map((r) => r.text);
      expect(texts).toContain('衢（qú）州市');
      expect(texts).toContain('衢江区');
      const box = await termBox(page, '衢（qú）州市', 0, '#glossed');
      expect(box).not.toBeNull();
      await hoverBox(page, box!);
      await expect.poll(async () => (await popoverText(page)) ?? '', { timeout: 5000 }).toContain('衢州市');
    },
  );

  contentIt(
    'inputs untouched: nothing highlighted in form controls, contenteditable, script/style/noscript/template, pre/code, svg; prose is',
    async () => {
      const page = await open('inputs.html');
      const expected = await expectedCounts(page);
      expect(totalOf(expected)).toBeGreaterThan(0);
      expect(await settle(page, expected)).toEqual(expected);
      const skipped = new Set([
        'input',
        'textarea',
        'select',
        'option',
        'optgroup',
        'button',
        'script',
        'style',
      ]);
      for (const name of ['noscript', 'template', 'pre', 'code', 'svg', 'text']) skipped.add(name);
      const ranges = await highlightedRanges(page);
      const bad = ranges.filter((r) => r.editable || r.ancestors.some((a) => skipped.has(a)));
      expect(bad).toEqual([]);
      // The prose paragraphs are highlighted.
      expect(ranges.some((r) => r.text === '廿里镇')).toBe(true);
      expect(ranges.some((r) => r.text === '两山银行')).toBe(true);
      // Form values are unchanged.
      const values = await page.evaluate(() => ({
        input: (document.getElementById('text-input') as HTMLInputElement).value,
        textarea: (document.getElementById('textarea') as HTMLTextAreaElement).value,
        select: (document.getElementById('select') as HTMLSelectElement).value,
      }));
      expect(values).toEqual({
        input: '五城 廿里镇 两山银行',
        textarea: '两山银行 廿里镇 五城',
        select: '1',
      });
      // Typing a term into the contenteditable does not highlight it.
      await page.click('#editor');
      await page.keyboard.press('End');
      await page.keyboard.type('邻礼通');
      await page.waitForTimeout(800);
      expect((await highlightedRanges(page)).filter((r) => r.editable)).toEqual([]);
      expect((await domChanges(page)).samples.filter((s) => !s.includes('(in #editor)'))).toEqual([]);
    },
  );

  contentIt('toggling place off removes place highlights; back on restores them', async () => {
    const page = await open('news.html');
    const all = await expectedCounts(page);
    expect(await settle(page, all)).toEqual(all);
    const worker = await serviceWorkerOf(session.context);
    await setSettings(worker, { categories: { place: false } });
    const withoutPlace = await expectedCounts(page, { place: false });
    expect(withoutPlace.place).toBe(0);
    expect(await settle(page, withoutPlace)).toEqual(withoutPlace);
    await setSettings(worker, { categories: { place: true } });
    expect(await settle(page, all)).toEqual(all);
  });

  contentIt(
    'switching the extension off (enabled: false) removes every highlight; on restores them',
    async () => {
      const page = await open('news.html');
      const all = await expectedCounts(page);
      expect(await settle(page, all)).toEqual(all);
      const worker = await serviceWorkerOf(session.context);
      await setSettings(worker, { enabled: false });
      const none = { place: 0, program: 0, slogan: 0, organization: 0 };
      expect(await settle(page, none)).toEqual(none);
      await setSettings(worker, { enabled: true });
      expect(await settle(page, all)).toEqual(all);
    },
  );

  contentIt('a site in disabledSites (127.0.0.1) gets no highlights', async () => {
    await setSettings(await serviceWorkerOf(session.context), { disabledSites: ['127.0.0.1'] });
    const page = await open('news.html');
    await page.waitForTimeout(1000);
    expect(totalOf(await highlightCounts(page))).toBe(0);
  });

  contentIt('dynamic content highlighted; removed content leaves no ranges', async () => {
    const page = await open('dynamic.html');
    const step = async (name: string, action?: () => Promise<void>) => {
      if (action) await action();
      await page.waitForFunction((n) => document.body.dataset[n] === 'done', name);
      const expected = await expectedCounts(page);
      expect(await settle(page, expected), name).toEqual(expected);
      const stale = (await highlightedRanges(page)).filter((r) => !r.connected);
      expect(stale, `${name}: ranges over removed nodes`).toEqual([]);
      return expected;
    };
    await step('late'); // paragraph appended 500 ms after load
    await step('add1', () => page.click('#add')); // 加载更多, with <b>四省边际</b>中心城市
    await step('add2', () => page.click('#add'));
    const beforeRemove = await highlightCounts(page);
    const afterRemove = await step('remove', () => page.click('#remove'));
    expect(totalOf(afterRemove)).toBeLessThan(totalOf(beforeRemove));
    await step('edit', () => page.click('#edit')); // characterData change
    await step('navigate', () => page.click('#navigate')); // pushState + replaceChildren
    expect(new URL(page.url()).search).toBe('?page=2');
  });

  contentIt('CSP page highlighted (strict CSP, no violation caused)', async () => {
    const page = await open('csp.html');
    const expected = await expectedCounts(page);
    expect(totalOf(expected)).toBeGreaterThan(0);
    expect(await settle(page, expected)).toEqual(expected);
    const box = await termBox(page, '五城');
    if (box) await hoverBox(page, box);
    await page.waitForTimeout(600);
    expect(await cspViolations(page)).toEqual([]);
  });

  contentIt('same-origin iframe highlighted', async () => {
    const page = await open('iframe.html');
    const frame = page.frame({ url: /frame-inner\.html$/ });
    expect(frame).not.toBeNull();
    const inner = await expectedCounts(frame!);
    expect(totalOf(inner)).toBeGreaterThan(0);
    expect(await settle(frame!, inner)).toEqual(inner);
    const outer = await expectedCounts(page);
    expect(await settle(page, outer)).toEqual(outer);
  });

  contentIt('shadow root highlighted (open, nested, and one attached after load)', async () => {
    const page = await open('shadow.html');
    await page.waitForFunction(() => document.body.dataset.late === 'done');
    const expected = await expectedCounts(page);
    const light = await page.evaluate(() => document.body.innerText);
    expect(light).not.toContain('影子树'); // the shadow text is really in shadow roots
    expect(await settle(page, expected)).toEqual(expected);
    const ranges = await highlightedRanges(page);
    expect(ranges.some((r) => r.text === '廿里镇' && r.ancestors.includes('news-card'))).toBe(true);
    expect(ranges.some((r) => r.text === '两山银行' && r.ancestors.includes('news-card'))).toBe(true);
    expect(ranges.some((r) => r.text === '邻礼通' && r.ancestors.includes('div'))).toBe(true);
    expect(await cspViolations(page)).toEqual([]);
  });

  contentIt(
    'page DOM unchanged apart from the popover host (compare document.documentElement.outerHTML before/after, ignoring the host)',
    async () => {
      const page = await open('news.html');
      await settle(page, await expectedCounts(page));
      const box = await termBox(page, '五城', 0, '#split-terms');
      expect(box).not.toBeNull();
      await hoverBox(page, box!);
      await page.waitForTimeout(DEFAULT_SETTINGS.hoverDelayMs + 500);
      await page.mouse.move(2, 2);
      await page.waitForTimeout(300);
      const { served, live, hosts } = await outerHtmlBeforeAfter(page);
      expect(hosts).toBeLessThanOrEqual(1);
      expect({ live: live.length, digest: digest(live) }).toEqual({
        live: served.length,
        digest: digest(served),
      });
      const changes = await domChanges(page);
      expect(changes).toEqual({ added: 0, removed: 0, attributes: 0, text: 0, samples: [] });
    },
  );

  /** The popover's text once it contains `needle` (or whatever it shows after 5 s, for the assertion). */
  async function popoverTextContaining(page: Page, needle: string): Promise<string | null> {
    let text: string | null = null;
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && !text?.includes(needle)) {
      await page.waitForTimeout(100);
      text = await popoverText(page);
    }
    return text;
  }

  // Hover → popover. How the term is found on screen: termBox() builds a Range over the page's
  // concatenated Text nodes (so split terms work), scrolls it into view and returns the first of
  // its getClientRects(); hoverBox() moves the mouse there in 8 steps from 40 px away, so the
  // hover-intent code sees real pointermove events. popoverText() reads the host's shadow tree,
  // open or closed (closed via the DevTools DOM domain with pierce: true).
  contentIt('hover 五城 shows its expansion (枢纽之城、康养之城、活力之城、幸福之城、智治之城)', async () => {
    const page = await open('news.html');
    await settle(page, await expectedCounts(page));
    const box = await termBox(page, '五城', 0, '#split-terms');
    expect(box).not.toBeNull();
    await hoverBox(page, box!);
    const text = await popoverTextContaining(page, '枢纽之城');
    for (const city of ['枢纽之城', '康养之城', '活力之城', '幸福之城', '智治之城'])
      expect(text).toContain(city);
    expect(await page.locator('[data-quzhou-glossary-ui]').count()).toBe(1);
  });

  contentIt('hover over a term split by <a>: 廿里镇 shows its popover (parent 衢江区)', async () => {
    const page = await open('news.html');
    await settle(page, await expectedCounts(page));
    const box = await termBox(page, '廿里镇', 0, '#split-terms');
    expect(box).not.toBeNull();
    // Hover the 镇 end, outside the <a>: the popover must still be for 廿里镇.
    await hoverBox(page, { ...box!, x: box!.x + (box!.width * 2) / 3, width: box!.width / 3 });
    const text = await popoverTextContaining(page, '廿里镇');
    expect(text).toContain('廿里镇');
  });

  contentIt(
    'keyboard: Tab moves focus into the open popover, Escape closes it and gives focus back',
    async () => {
      const page = await open('news.html');
      await settle(page, await expectedCounts(page));
      await page.evaluate(() => {
        // A focusable element the reader was on before hovering: focus must come back to it.
        const anchor = document.createElement('button');
        anchor.id = 'before';
        anchor.textContent = 'before';
        document.body.prepend(anchor);
        anchor.focus();
      });
      const box = await termBox(page, '五城', 0, '#split-terms');
      await hoverBox(page, box!);
      expect(await popoverTextContaining(page, '枢纽之城')).toContain('枢纽之城');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const host = document.activeElement;
        const dialog = host?.shadowRoot?.activeElement;
        return {
          onHost: host?.hasAttribute('data-quzhou-glossary-ui') ?? false,
          // Open or closed root: when closed, the host alone is visible from the page.
          role: dialog ? dialog.getAttribute('role') : host?.shadowRoot ? 'none' : 'closed',
          describedBy: dialog?.getAttribute('aria-describedby') ?? null,
        };
      });
      expect(focused.onHost).toBe(true);
      expect(['dialog', 'closed']).toContain(focused.role);
      if (focused.role === 'dialog') expect(focused.describedBy).toBeTruthy();
      // Focus inside keeps it open while the pointer moves away.
      await page.mouse.move(5, 5, { steps: 4 });
      await page.waitForTimeout(800);
      expect(await popoverText(page)).toContain('枢纽之城');
      await page.keyboard.press('Escape');
      await expect
        .poll(async () => (await popoverText(page)) ?? '', { timeout: 3000 })
        .not.toContain('枢纽之城');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
    },
  );

  contentIt('the popover’s “more” opens the glossary page at the entry', async () => {
    const page = await open('news.html');
    await settle(page, await expectedCounts(page));
    const box = await termBox(page, '五城', 0, '#split-terms');
    await hoverBox(page, box!);
    expect(await popoverTextContaining(page, '枢纽之城')).toContain('枢纽之城');
    // From the keyboard, as a reader without a mouse would: Tab into the popover, then past the
    // sources button to "more".
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () => document.querySelector('[data-quzhou-glossary-ui]')?.shadowRoot?.activeElement?.className,
    );
    expect(focused).toBe('qzg-more');
    const opened = session.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const glossary = await opened;
    pages.push(glossary);
    await glossary.waitForLoadState('load');
    const id = glossaryTerms().find((t) => t.term === '五城')!.id;
    expect(glossary.url()).toBe(`chrome-extension://${session.extensionId}/glossary.html#entry=${id}`);
    await glossary.getByRole('heading', { name: '五城', exact: true }).first().waitFor();
    expect(await glossary.locator('body').innerText()).toContain('智治之城');
  });

  contentIt('a hover-delay change applies to an open tab at once', async () => {
    const page = await open('news.html');
    await settle(page, await expectedCounts(page));
    await setSettings(await serviceWorkerOf(session.context), { hoverDelayMs: 2000 });
    await page.waitForTimeout(300); // storage.onChanged reaches the tab
    const box = await termBox(page, '五城', 0, '#split-terms');
    await hoverBox(page, box!);
    await page.waitForTimeout(700);
    expect((await popoverText(page)) ?? '', 'shown before the 2 s delay').not.toContain('枢纽之城');
    expect(await popoverTextContaining(page, '枢纽之城')).toContain('枢纽之城');
  });

  contentIt('fullscreen: the popover of a term inside the fullscreen element is shown above it', async () => {
    const page = await open('fullscreen.html');
    await settle(page, await expectedCounts(page));
    await page.click('#go'); // requestFullscreen needs a user gesture
    await page.waitForFunction(() => document.fullscreenElement?.id === 'stage');
    const box = await termBox(page, '五城', 0, '#stage');
    expect(box).not.toBeNull();
    await hoverBox(page, box!);
    const text = await popoverTextContaining(page, '枢纽之城');
    expect(text).toContain('枢纽之城');
    // Everything outside the fullscreen element is hidden unless it is in the top layer too.
    const placement = await page.evaluate(() => {
      const host = document.querySelector('[data-quzhou-glossary-ui]')!;
      return {
        insideFullscreen: document.fullscreenElement?.contains(host) ?? false,
        topLayer: host.matches(':popover-open') || host.matches(':modal'),
      };
    });
    expect(placement.insideFullscreen || placement.topLayer, JSON.stringify(placement)).toBe(true);
  });
});
