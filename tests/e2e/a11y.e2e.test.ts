/**
 * Accessibility audit of the built extension's UI in Chromium with axe-core (WCAG 2.0/2.1 A and
 * AA, and axe's best practices): the toolbar popup (empty, listing a page's terms, with search
 * results), the glossary page (home and an entry) and an open popover on a news page. A serious or
 * critical violation fails the test with each rule, its impact, the offending elements and axe's
 * help; moderate and minor ones are printed, to be looked at, but do not fail it.
 * Build first (`npx wxt build`); see tests/e2e/harness.ts.
 *
 * axe's source is evaluated in the page rather than added as a <script>: the extension's pages
 * have a Content Security Policy (script-src 'self') that refuses inline scripts, and DevTools
 * evaluation is not subject to it. It runs in the page's main world, which sees the popover's
 * open shadow root (WXT's createShadowRootUi), so axe can walk into it from its host.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AxeResults, ElementContext, NodeResult, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURES_DIR,
  glossaryTerms,
  hasContentScript,
  hoverTermForPopover,
  launchWithExtension,
  startFixtureServer,
  waitForHighlightsStable,
  type ExtensionSession,
  type FixtureServer,
} from './harness';
import { openPopupPage, resultTerms, tabIdsOnHost } from './popup-helpers';

/** axe.min.js next to the package's entry (require.resolve gives axe.js). */
const AXE_SOURCE = readFileSync(
  path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'),
  'utf8',
);

const RUN_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
};

/** Impacts that fail the audit. */
const BLOCKING = new Set(['serious', 'critical']);

/** The popover's host in the page (lib/page/text-blocks.ts OWN_UI_ATTRIBUTE). */
const POPOVER_HOST = '[data-quzhou-glossary-ui]';

const contentIt = it.skipIf(!hasContentScript());

let session: ExtensionSession;
let server: FixtureServer;
const pages: Page[] = [];

beforeAll(async () => {
  server = await startFixtureServer(FIXTURES_DIR);
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

afterEach(async () => {
  while (pages.length) await pages.pop()!.close();
});

/** Runs axe in `page` over `context` (the whole document by default). */
async function audit(page: Page, context?: ElementContext): Promise<AxeResults> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  // Handed over as plain JSON (`unknown`): axe's recursive selector types are too deep for
  // Playwright's argument typing.
  const arg: { context: unknown; options: unknown } = { context: context ?? null, options: RUN_OPTIONS };
  return page.evaluate(async ({ context, options }) => {
    const { axe } = window as unknown as {
      axe: { run(context: unknown, options: unknown): Promise<AxeResults> };
    };
    return axe.run(context ?? document, options);
  }, arg);
}

/** A node's selector, shadow-DOM steps joined with `>>>`. */
function targetOf(node: NodeResult): string {
  return node.target.map((step) => (Array.isArray(step) ? step.join(' >>> ') : step)).join(' | ');
}

/** One block per rule: id, impact, help, the elements and what axe says to fix on each. */
function report(results: readonly Result[]): string {
  return results
    .map((result) => {
      const nodes = result.nodes.map((node) => {
        const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ');
        return `    - ${targetOf(node)}${summary ? `: ${summary}` : ''}`;
      });
      return [
        `  ${result.id} (${result.impact ?? 'no impact'}, ${result.nodes.length} node(s)): ${result.help}`,
        `    ${result.helpUrl}`,
        ...nodes,
      ].join('\n');
    })
    .join('\n');
}

/**
 * Fails on serious and critical violations, listing them; prints the others. Also checks that
 * axe looked at something: an empty context passes every rule vacuously.
 */
function expectNoBlockingViolations(what: string, results: AxeResults): void {
  const checked = [...results.passes, ...results.violations, ...results.incomplete].reduce(
    (sum, result) => sum + result.nodes.length,
    0,
  );
  expect(checked, `${what}: axe checked no element`).toBeGreaterThan(0);
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  const other = results.violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
  if (other.length > 0) console.log(`[a11y] ${what}: moderate/minor violations\n${report(other)}`);
  // Compared as "rule (impact)" strings, so the diff stays short; the message has the details.
  expect(
    blocking.map((v) => `${v.id} (${v.impact})`),
    `${what}: serious or critical accessibility violations\n${report(blocking)}`,
  ).toEqual([]);
}

function idOf(term: string): string {
  const id = glossaryTerms().find((t) => t.term === term)?.id;
  if (!id) throw new Error(`${term} is not in the shipped glossary`);
  return id;
}

async function popup(tabId?: number): Promise<Page> {
  const page = await openPopupPage(session, tabId);
  pages.push(page);
  await page.locator('.pp-popup').waitFor();
  // The glossary is loaded: no loading line (and the page-terms line has had its answer).
  await expect.poll(() => page.evaluate(() => document.querySelector('.pp-loading') === null)).toBe(true);
  return page;
}

/** The news fixture in a tab, highlighted, and that tab's id. */
async function newsTab(): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  pages.push(page);
  await page.goto(server.url('news.html'), { waitUntil: 'load' });
  await waitForHighlightsStable(page, { minTotal: 1, quietMs: 500 });
  const ids = await tabIdsOnHost(session.serviceWorker, '127.0.0.1');
  expect(ids).toHaveLength(1);
  return { page, tabId: ids[0]! };
}

describe('accessibility (axe-core)', () => {
  it('popup, empty query, no page to list', async () => {
    const page = await popup();
    await page.locator('.pp-body [role=status]').waitFor();
    expectNoBlockingViolations('popup (empty)', await audit(page));
  });

  contentIt("popup, empty query, listing the page's terms", async () => {
    const { tabId } = await newsTab();
    const page = await popup(tabId);
    await page.locator('#pp-page-terms [role=option]').first().waitFor();
    expectNoBlockingViolations('popup (page terms)', await audit(page));
  });

  it('popup with search results (衢江)', async () => {
    const page = await popup();
    await page.locator('.pp-input').fill('衢江');
    await expect.poll(async () => (await resultTerms(page)).length).toBeGreaterThan(1);
    expectNoBlockingViolations('popup (results)', await audit(page));
  });

  it('popup: the scrolling list is a tab stop after the search box, and scrolls from the keyboard', async () => {
    const page = await popup();
    await page.locator('.pp-input').fill('衢江');
    await expect.poll(async () => (await resultTerms(page)).length).toBeGreaterThan(5);
    // Arrows in the search box still move the selection (the combobox pattern, lib/ui/popup-nav.ts).
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('.pp-input', 'aria-activedescendant')).toBe('pp-result-1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('pp-body');
    const body = page.locator('.pp-body');
    expect(await body.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect(await body.evaluate((el) => el.scrollTop)).toBe(0);
    await page.keyboard.press('PageDown');
    await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    // Scrolling there leaves the selection alone.
    expect(await page.getAttribute('.pp-input', 'aria-activedescendant')).toBe('pp-result-1');
  });

  it('glossary page, home', async () => {
    const page = await session.context.newPage();
    pages.push(page);
    await page.goto(`chrome-extension://${session.extensionId}/glossary.html`);
    await page.waitForSelector('.gp-item');
    expectNoBlockingViolations('glossary page (home)', await audit(page));
  });

  it('glossary page, searching (the filters shown as not applying)', async () => {
    const page = await session.context.newPage();
    pages.push(page);
    await page.goto(`chrome-extension://${session.extensionId}/glossary.html`);
    await page.waitForSelector('.gp-item');
    await page.click('.gp-chip-place');
    await page.fill('input[type="search"]', '衢江');
    await page.waitForSelector('.gp-filters.gp-inactive');
    expectNoBlockingViolations('glossary page (searching)', await audit(page));
  });

  it.each(['衢江区', '五城'])('glossary page, entry %s', async (term) => {
    const page = await session.context.newPage();
    pages.push(page);
    await page.goto(`chrome-extension://${session.extensionId}/glossary.html#entry=${idOf(term)}`);
    await page.waitForFunction((t) => document.querySelector('h2.gp-term')?.textContent === t, term);
    expectNoBlockingViolations(`glossary page (${term})`, await audit(page));
  });

  contentIt('an open popover (五城 on the news page), folded and with its sources unfolded', async () => {
    const { page } = await newsTab();
    await hoverTermForPopover(page, '五城', idOf('五城'), { selector: '#split-terms' });
    // Only the popover: the fixture page is not ours to audit. Including the host takes in its
    // shadow tree; axe reports an element there with a target of [host, inner selector].
    const inside = (results: AxeResults) =>
      [...results.passes, ...results.violations, ...results.incomplete]
        .flatMap((result) => result.nodes)
        .filter((node) => Array.isArray(node.target[0])).length;
    const folded = await audit(page, { include: [POPOVER_HOST] });
    expect(inside(folded), 'elements inside the popover checked by axe').toBeGreaterThan(0);
    expectNoBlockingViolations('popover', folded);

    // The source list is more of the popover's content (links to articles): audit it unfolded too.
    // (Playwright's CSS selectors pierce open shadow roots.)
    const toggle = page.locator(`${POPOVER_HOST} .qzg-sources-toggle`);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const unfolded = await audit(page, { include: [POPOVER_HOST] });
    expect(inside(unfolded)).toBeGreaterThan(inside(folded));
    expectNoBlockingViolations('popover (sources unfolded)', unfolded);
  });
});
