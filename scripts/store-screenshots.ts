/**
 * The store screenshots: the built extension (.output/chrome-mv3) in Chromium on the project's own
 * fixture pages (tests/e2e/fixtures), in both UI languages, written to
 * store/screenshots/<en|zh_CN>-<n>-<what>.png at exactly 1280×800 (the Chrome Web Store's size;
 * AMO takes any size, so the same files serve both):
 *   1 news-popover     the news page, highlighted, with the popover of 五城 open
 *   2 place-popover    a village's popover with its chain up to the province (贺田村)
 *   3 popup-search     the toolbar popup with a search, over the page it was opened on
 *   4 glossary-page    the glossary page at an entry
 *
 * Run after a build: `npm run store:screenshots` (needs Chromium and fonts-noto-cjk, like the e2e
 * tests; see tests/e2e/harness.ts). Fails if an image is not 1280×800 or the UI is in the wrong
 * language.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  FIXTURES_DIR,
  ROOT,
  glossaryTerms,
  hoverTermForPopover,
  launchInUiLanguage,
  popoverText,
  serviceWorkerOf,
  startFixtureServer,
  waitForHighlightsStable,
  type ExtensionSession,
  type FixtureServer,
} from '../tests/e2e/harness';
import { POPUP_VIEWPORT, openPopupPage, resultTerms, tabIdsOnHost } from '../tests/e2e/popup-helpers';

const WIDTH = 1280;
const HEIGHT = 800;
const OUT_DIR = path.join(ROOT, 'store/screenshots');

/**
 * Each UI language (UI_LANGUAGES in tests/e2e/harness.ts says how Chromium is put in it).
 * `file` is the name's prefix, as the stores name locales.
 * `query` is what is typed into the popup: pinyin for an English reader (they cannot type 衢),
 * characters for a Chinese one.
 */
const LOCALES = [
  {
    file: 'en',
    ui: 'en',
    query: 'liangshan',
    firstResult: '两山银行',
  },
  {
    file: 'zh_CN',
    ui: 'zh',
    query: '衢江',
    firstResult: '衢江区',
  },
] as const;
type Locale = (typeof LOCALES)[number];

/** The entry the glossary page is opened at: a district, so its towns and sources show too. */
const GLOSSARY_ENTRY = '衢江区';

/**
 * quzhou-county.html is bare HTML (the tests need no more); in a store image the browser's default
 * serif and full-width lines look broken, so it gets the news page's reading column.
 */
const READING_CSS = `
  body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 22px; line-height: 1.9;
         max-width: 46rem; margin: 0 auto; padding: 4rem 1rem; color: #222; }
  h1 { font-size: 1.8rem; margin-bottom: 1.5rem; }
`;

/**
 * The catalogue's camelCase keys (popoverMore, badgePlace, …). A build caught half-written (another
 * `wxt build` writing .output while this runs) shows them raw, unstyled: such a picture is refused.
 */
const MESSAGE_KEYS = Object.keys(
  JSON.parse(readFileSync(path.join(EXTENSION_DIR, '_locales/en/messages.json'), 'utf8')) as object,
).filter((key) => /[a-z][A-Z]/.test(key));

function assertTranslated(what: string, text: string): void {
  const raw = MESSAGE_KEYS.filter((key) => text.includes(key));
  if (raw.length > 0)
    throw new Error(`${what} shows message keys (a build changing under us?): ${raw.join(', ')}`);
}

function idOf(term: string): string {
  const id = glossaryTerms().find((t) => t.term === term)?.id;
  if (!id) throw new Error(`${term} is not in the shipped glossary`);
  return id;
}

/** Width and height from the PNG's IHDR chunk (bytes 16–23), to check what was written. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const written: string[] = [];

async function save(page: Page, locale: Locale, n: number, what: string): Promise<void> {
  const viewport = page.viewportSize();
  if (viewport?.width !== WIDTH || viewport.height !== HEIGHT)
    throw new Error(`${what}: viewport is ${JSON.stringify(viewport)}, not ${WIDTH}×${HEIGHT}`);
  const file = path.join(OUT_DIR, `${locale.file}-${n}-${what}.png`);
  await page.screenshot({ path: file });
  const size = pngSize(file);
  if (size.width !== WIDTH || size.height !== HEIGHT)
    throw new Error(`${file}: ${size.width}×${size.height}, not ${WIDTH}×${HEIGHT}`);
  written.push(file);
  console.log(`${path.relative(ROOT, file)}  ${Math.round(statSync(file).size / 1024)} KB`);
}

async function newPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  return page;
}

/** A fixture page, highlighted, in a 1280×800 tab. */
async function fixturePage(session: ExtensionSession, server: FixtureServer, file: string): Promise<Page> {
  const page = await newPage(session);
  await page.goto(server.url(file), { waitUntil: 'load' });
  if (file === 'quzhou-county.html') await page.addStyleTag({ content: READING_CSS });
  await waitForHighlightsStable(page, { minTotal: 1, quietMs: 500 });
  return page;
}

/**
 * Hovers `term` with the term `top` px from the viewport's top, so the popover opens below it as
 * it does while reading, and waits until the popover shows `expect` (its text arrives from the
 * background after the box opens).
 */
async function openPopover(
  page: Page,
  term: string,
  selector: string,
  top: number,
  expect: string,
): Promise<void> {
  await hoverTermForPopover(page, term, idOf(term), {
    selector,
    place: async (box) => {
      await page.evaluate((dy) => window.scrollBy(0, dy), box.y - top);
    },
  });
  for (let i = 0; i < 50 && !(await popoverText(page))?.includes(expect); i++) await page.waitForTimeout(100);
  const text = (await popoverText(page)) ?? '';
  if (!text.includes(expect)) throw new Error(`the popover of ${term} does not show ${expect}: ${text}`);
  assertTranslated(`the popover of ${term}`, text);
  // Fonts and the second render with the placement's limits.
  await page.waitForTimeout(300);
}

async function newsPopover(session: ExtensionSession, server: FixtureServer, locale: Locale): Promise<void> {
  const page = await fixturePage(session, server, 'news.html');
  await openPopover(page, '五城', '#split-terms', 240, '枢纽之城');
  await save(page, locale, 1, 'news-popover');
  await page.close();
}

async function placePopover(session: ExtensionSession, server: FixtureServer, locale: Locale): Promise<void> {
  const page = await fixturePage(session, server, 'quzhou-county.html');
  // The chain, and under the English UI the place's English form too.
  await openPopover(page, '贺田村', '#village', 260, locale.file === 'en' ? 'Hetian Village' : '大街乡');
  await save(page, locale, 2, 'place-popover');
  await page.close();
}

/**
 * The popup cannot be opened as the toolbar opens it, so it is opened as a tab of its own at the
 * toolbar popup's size (360×600), talking to the news page's tab, and its picture is set over the
 * news page's at the top right, where the toolbar popup appears.
 */
async function popupSearch(session: ExtensionSession, server: FixtureServer, locale: Locale): Promise<void> {
  const news = await fixturePage(session, server, 'news.html');
  const background = await news.screenshot();
  const tabIds = await tabIdsOnHost(await serviceWorkerOf(session.context), '127.0.0.1');
  if (tabIds.length !== 1) throw new Error(`expected one tab on the fixture server, found ${tabIds.length}`);

  const popup = await openPopupPage(session, tabIds[0]);
  await popup.waitForFunction(() => document.activeElement?.className === 'pp-input');
  await popup.keyboard.type(locale.query, { delay: 60 });
  for (let i = 0; i < 50 && (await resultTerms(popup))[0] !== locale.firstResult; i++)
    await popup.waitForTimeout(100);
  const first = (await resultTerms(popup))[0];
  if (first !== locale.firstResult)
    throw new Error(`popup: ${locale.query} gave ${first ?? 'nothing'} first, not ${locale.firstResult}`);
  await popup.waitForTimeout(300);
  assertTranslated('the popup', await popup.evaluate(() => document.body.innerText));
  // The toolbar popup is as tall as its content (at most 600 px); the tab is always 600.
  const height = await popup.evaluate(
    (max) => Math.min(max, Math.ceil(document.body.getBoundingClientRect().height)),
    POPUP_VIEWPORT.height,
  );
  const popupPicture = await popup.screenshot({
    clip: { x: 0, y: 0, width: POPUP_VIEWPORT.width, height },
  });
  await popup.close();

  const composite = await newPage(session);
  const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await composite.setContent(`<!doctype html>
    <style>
      html, body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; }
      .page { position: absolute; inset: 0; filter: brightness(0.93); }
      .popup { position: absolute; top: 12px; right: 24px; width: ${POPUP_VIEWPORT.width}px;
               height: ${height}px; border-radius: 8px;
               box-shadow: 0 8px 28px rgba(0, 0, 0, 0.28), 0 0 0 1px rgba(0, 0, 0, 0.12); }
    </style>
    <img class="page" src="${dataUrl(background)}" alt="">
    <img class="popup" src="${dataUrl(popupPicture)}" alt="">`);
  await composite.waitForFunction(() => [...document.images].every((img) => img.complete));
  await save(composite, locale, 3, 'popup-search');
  await composite.close();
  await news.close();
}

async function glossaryPage(session: ExtensionSession, locale: Locale): Promise<void> {
  const page = await newPage(session);
  await page.goto(`chrome-extension://${session.extensionId}/glossary.html#entry=${idOf(GLOSSARY_ENTRY)}`);
  await page.waitForFunction(
    (term) => document.querySelector('h2.gp-term')?.textContent === term,
    GLOSSARY_ENTRY,
  );
  await page.waitForTimeout(500);
  assertTranslated('the glossary page', await page.evaluate(() => document.body.innerText));
  await save(page, locale, 4, 'glossary-page');
  await page.close();
}

const manifestTime = () => statSync(path.join(EXTENSION_DIR, 'manifest.json')).mtimeMs;
const builtAt = manifestTime();
mkdirSync(OUT_DIR, { recursive: true });
const server = await startFixtureServer(FIXTURES_DIR);
try {
  for (const locale of LOCALES) {
    const session = await launchInUiLanguage(locale.ui);
    try {
      await newsPopover(session, server, locale);
      await placePopover(session, server, locale);
      await popupSearch(session, server, locale);
      await glossaryPage(session, locale);
    } finally {
      await session.close();
    }
  }
} finally {
  await server.close();
}
if (manifestTime() !== builtAt)
  throw new Error(`${EXTENSION_DIR} was rebuilt during the run: run again for pictures of one build`);
console.log(`${written.length} screenshots in ${path.relative(ROOT, OUT_DIR)}/`);
