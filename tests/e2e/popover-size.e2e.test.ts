/**
 * The popover's size and place in real Chromium, in both UI languages: compact (at most 360×220
 * CSS px at the default font size for a typical entry), never over the hovered term, with its
 * sources folded into one line that unfolds from the keyboard and grows away from the term.
 * Structural checks only: the glossary's summaries change as the compiler improves.
 * See tests/e2e/harness.ts for how to run (build first).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  boxesOverlap,
  FIXTURES_DIR,
  glossaryTerms,
  hasContentScript,
  hoverTermForPopover,
  catalogueTag,
  launchInUiLanguage,
  popoverBox,
  popoverText,
  startFixtureServer,
  waitForHighlightsStable,
  UI_LANGUAGES,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

const MAX_WIDTH = 360;
const MAX_HEIGHT = 220;
/** The viewport margin lib/page/popover-position.ts keeps (DEFAULT_MARGIN). */
const MARGIN = 8;

const contentIt = it.skipIf(!hasContentScript());

/** Each UI language (UI_LANGUAGES in the harness); `sources` is what the source-list button must say. */
const LOCALES = [
  { name: 'zh', sources: /^\d+ 篇出处$/ },
  { name: 'en', sources: /^\d+ sources?$/ },
] as const;

function idOf(term: string): string {
  const id = glossaryTerms().find((t) => t.term === term)?.id;
  if (!id) throw new Error(`${term} is not in the shipped glossary`);
  return id;
}

describe.each(LOCALES)('popover size and placement ($name UI)', (locale) => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let page: Page | undefined;

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURES_DIR);
    session = await launchInUiLanguage(locale.name);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function open(file: string): Promise<Page> {
    await page?.close();
    page = await session.context.newPage();
    await page.goto(server.url(file), { waitUntil: 'load' });
    await waitForHighlightsStable(page, { minTotal: 1, quietMs: 500 });
    return page;
  }

  it('reads the catalogue of its UI language', async () => {
    const tag = await catalogueTag(session);
    expect(tag).toBe(UI_LANGUAGES[locale.name].tag);
  });

  for (const { what, term, file, selector } of [
    { what: 'a village with its chain', term: '贺田村', file: 'quzhou-county.html', selector: '#village' },
    {
      what: 'a formula with its 5-item expansion',
      term: '五城',
      file: 'news.html',
      selector: '#split-terms',
    },
    { what: 'the city', term: '衢州市', file: 'news.html', selector: 'body' },
  ]) {
    contentIt(`${what} (${term}): at most ${MAX_WIDTH}×${MAX_HEIGHT}, not over the term`, async () => {
      const p = await open(file);
      const shown = await hoverTermForPopover(p, term, idOf(term), { selector });
      const box = shown.popover;
      expect(box.width, `width of ${term}`).toBeLessThanOrEqual(MAX_WIDTH);
      expect(box.height, `height of ${term}`).toBeLessThanOrEqual(MAX_HEIGHT);
      // Not a sliver either: the term, a line of text and the foot must fit.
      expect(box.width).toBeGreaterThan(200);
      expect(box.height).toBeGreaterThan(80);
      expect(boxesOverlap(box, shown.term), JSON.stringify({ box, term: shown.term })).toBe(false);
      if (box.sourcesButton !== null) expect(box.sourcesButton).toMatch(locale.sources);
      if (term === '贺田村') {
        // The place's English form, only under the English UI.
        const text = (await popoverText(p)) ?? '';
        const english = 'Hetian Village, Dajie Township, Longyou County, Quzhou';
        if (locale.name === 'en') expect(text).toContain(english);
        else expect(text).not.toContain('Hetian');
      }
    });
  }

  contentIt('the sources unfold from the keyboard and the popover grows away from the term', async () => {
    const p = await open('news.html');
    const viewport = p.viewportSize()!;
    // A 五城 further down the article, brought near the bottom of the viewport: the popover must
    // open above it, and then grow upwards.
    const shown = await hoverTermForPopover(p, '五城', idOf('五城'), {
      from: 2,
      place: async (box) => {
        await p.evaluate((dy) => window.scrollBy(0, dy), box.y - (viewport.height - 60));
      },
    });
    const before = shown.popover;
    expect(before.y + before.height, 'opened above the term').toBeLessThanOrEqual(shown.term.y);
    expect(before.sourcesButton).toMatch(locale.sources);
    const listShown = () =>
      p.evaluate(() => {
        const root = document.querySelector('[data-quzhou-glossary-ui]')?.shadowRoot;
        const toggle = root?.querySelector('.qzg-sources-toggle');
        return {
          expanded: toggle?.getAttribute('aria-expanded') ?? null,
          items: root?.querySelectorAll('.qzg-sources li').length ?? 0,
          focused: root?.activeElement?.className ?? null,
        };
      });
    expect(await listShown()).toMatchObject({ expanded: 'false', items: 0 });

    // Tab into the popover, Tab to the sources button, Enter.
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    expect((await listShown()).focused).toBe('qzg-sources-toggle');
    await p.keyboard.press('Enter');
    await expect.poll(async () => (await listShown()).expanded).toBe('true');
    expect((await listShown()).items).toBeGreaterThan(0);

    const after = (await popoverBox(p))!;
    expect(after.height, 'grew').toBeGreaterThan(before.height);
    expect(after.y + after.height, 'bottom edge held').toBeCloseTo(before.y + before.height, 0);
    expect(boxesOverlap(after, shown.term), JSON.stringify({ after, term: shown.term })).toBe(false);
    expect(after.y).toBeGreaterThanOrEqual(MARGIN - 0.5);
    expect(after.width, 'the list does not widen it').toBeCloseTo(before.width, 0);
  });
});
