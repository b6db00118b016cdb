/**
 * Takes the README screenshot (docs/screenshot.png: the built extension in Chromium on the news
 * fixture page, with the popover of 五城 open, Chinese UI) and one cropped screenshot per popover
 * of five entries of different kinds in both UI languages: docs/popovers/<entry-id>-<en|zh>.png.
 * Prints each popover's size. Run after `npm run build`: `npx tsx scripts/screenshot.ts`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  FIXTURES_DIR,
  ROOT,
  glossaryTerms,
  hoverBox,
  hoverTermForPopover,
  launchInUiLanguage,
  popoverBox,
  popoverText,
  startFixtureServer,
  termBox,
  waitForHighlightsStable,
  type ExtensionSession,
  type FixtureServer,
  type UiLanguage,
} from '../tests/e2e/harness';

/** Both UI languages, Chinese first (the README screenshot is taken in it). */
const LANGUAGES: readonly UiLanguage[] = ['zh', 'en'];

/** Five entries of different kinds, on the fixture pages. */
const POPOVERS = [
  { term: '贺田村', file: 'quzhou-county.html', selector: '#village' }, // a village: the chain, no sources
  { term: '衢州市', file: 'news.html' }, // the city
  { term: '五城', file: 'news.html', selector: '#split-terms' }, // a formula with its expansion
  { term: '重要窗口', file: 'news.html' }, // a slogan of all Zhejiang: the scope badge
  { term: '两山银行', file: 'news.html', selector: '#split-terms' }, // a program
];

/** Space kept around the popover and the term in the cropped screenshot (CSS px). */
const CROP_MARGIN = 24;

const server = await startFixtureServer(FIXTURES_DIR);
try {
  mkdirSync(path.join(ROOT, 'docs/popovers'), { recursive: true });
  for (const language of LANGUAGES) {
    const session = await launchInUiLanguage(language);
    try {
      if (language === 'zh') await readmeScreenshot(session, server);
      await popoverScreenshots(session, server, language);
    } finally {
      await session.close();
    }
  }
} finally {
  await server.close();
}

async function readmeScreenshot(session: ExtensionSession, server: FixtureServer): Promise<void> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 640 });
  await page.goto(server.url('news.html'), { waitUntil: 'load' });
  await waitForHighlightsStable(page, { minTotal: 1, quietMs: 500 });
  const box = await termBox(page, '五城', 0, '#split-terms');
  if (!box) throw new Error('五城 not found on news.html');
  // Put the term a third of the way down so the popover opens below it with room to spare.
  await page.evaluate((top) => window.scrollBy(0, top - 180), box.y);
  const placed = await termBox(page, '五城', 0, '#split-terms');
  await hoverBox(page, placed!);
  for (let i = 0; i < 50 && !(await popoverText(page))?.includes('枢纽之城'); i++)
    await page.waitForTimeout(100);
  await page.screenshot({ path: path.join(ROOT, 'docs/screenshot.png') });
  console.log('docs/screenshot.png');
  await page.close();
}

async function popoverScreenshots(
  session: ExtensionSession,
  server: FixtureServer,
  name: string,
): Promise<void> {
  const pages = new Map<string, Page>();
  for (const { term, file, selector } of POPOVERS) {
    const id = glossaryTerms().find((t) => t.term === term)?.id;
    if (!id) throw new Error(`${term} is not in the shipped glossary`);
    let page = pages.get(file);
    if (!page) {
      page = await session.context.newPage();
      await page.goto(server.url(file), { waitUntil: 'load' });
      await waitForHighlightsStable(page, { minTotal: 1, quietMs: 500 });
      pages.set(file, page);
    }
    const shown = await hoverTermForPopover(page, term, id, {
      ...(selector ? { selector } : {}),
      // The term 200 px from the top, so the popover opens below it as it would in reading.
      place: async (box) => {
        await page.evaluate((dy) => window.scrollBy(0, dy), box.y - 200);
      },
    });
    // Let the hover settle (fonts, the second render with the placement's limits).
    await page.waitForTimeout(300);
    const popover = (await popoverBox(page)) ?? shown.popover;
    const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
    const left = Math.max(0, Math.min(popover.x, shown.term.x) - CROP_MARGIN);
    const top = Math.max(0, Math.min(popover.y, shown.term.y) - CROP_MARGIN);
    const right = Math.min(
      viewport.width,
      Math.max(popover.x + popover.width, shown.term.x + shown.term.width) + CROP_MARGIN,
    );
    const bottom = Math.min(
      viewport.height,
      Math.max(popover.y + popover.height, shown.term.y + shown.term.height) + CROP_MARGIN,
    );
    const out = `docs/popovers/${id}-${name}.png`;
    await page.screenshot({
      path: path.join(ROOT, out),
      clip: { x: left, y: top, width: right - left, height: bottom - top },
    });
    console.log(`${out}: ${term} ${Math.round(popover.width)}×${Math.round(popover.height)} px`);
  }
  for (const page of pages.values()) await page.close();
}
