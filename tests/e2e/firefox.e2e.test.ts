/**
 * The Firefox build in a real Firefox (tests/e2e/firefox.ts): the content script, where the two
 * browsers differ most for a reader (MV2 add-on, content-script sandbox, the CSS Custom Highlight
 * API, IntersectionObserver-driven painting, the popover's shadow root and hover handling).
 * Build first (`npm run build` builds both browsers).
 *
 * Not covered here: the add-on's own pages (popup, glossary page). Firefox 153's WebDriver BiDi
 * refuses to navigate a tab to moz-extension:// ("Navigation … is not allowed in this context"),
 * page script may not either, and keyboard commands sent through BiDi input do not reach the
 * browser's shortcut handling; so the popup, its IndexedDB and the settings it writes are tested
 * in Chromium only.
 */
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page as FirefoxPage } from 'puppeteer-core';
import {
  expectedCounts,
  FIXTURES_DIR,
  hoverBox,
  openPopoverText,
  startFixtureServer,
  termBox,
  totalOf,
  waitForCounts,
  type FixtureServer,
} from './harness';
import { asHarnessPage, launchFirefoxWithExtension, type FirefoxSession } from './firefox';
import { traditionalFixturesDir } from './traditional-fixtures';

let session: FirefoxSession;
let server: FixtureServer;
const pages: FirefoxPage[] = [];

beforeAll(async () => {
  server = await startFixtureServer(FIXTURES_DIR);
  session = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

afterEach(async () => {
  while (pages.length) await pages.pop()!.close();
});

async function open(url: string): Promise<FirefoxPage> {
  const page = await session.browser.newPage();
  pages.push(page);
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url);
  return page;
}

describe('Firefox (firefox-esr, the MV2 build)', () => {
  it('highlights the news page: each category holds what the matcher finds', async () => {
    const news = asHarnessPage(await open(server.url('news.html')));
    const expected = await expectedCounts(news);
    expect(totalOf(expected)).toBeGreaterThan(30);
    const key = JSON.stringify(expected);
    expect(await waitForCounts(news, (counts) => JSON.stringify(counts) === key)).toEqual(expected);
  });

  it('highlights the Traditional copy of the news page as the original, category for category', async () => {
    const dir = traditionalFixturesDir();
    const traditional = await startFixtureServer(dir);
    try {
      const news = asHarnessPage(await open(server.url('news.html')));
      const original = await expectedCounts(news);
      const key = JSON.stringify(original);
      await waitForCounts(news, (counts) => JSON.stringify(counts) === key);
      const tw = asHarnessPage(await open(traditional.url('news.tw.html')));
      expect(await expectedCounts(tw)).toEqual(original);
      expect(await waitForCounts(tw, (counts) => JSON.stringify(counts) === key)).toEqual(original);
    } finally {
      await traditional.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('hovering 五城 shows its popover with the five cities', async () => {
    const news = asHarnessPage(await open(server.url('news.html')));
    await waitForCounts(news, (counts) => totalOf(counts) > 0);
    const box = await termBox(news, '五城', 0, '#split-terms');
    expect(box).not.toBeNull();
    await hoverBox(news, box!);
    await expect
      .poll(async () => (await openPopoverText(news)).text, { timeout: 15_000 })
      .toContain('枢纽之城');
    const { text } = await openPopoverText(news);
    for (const city of ['枢纽之城', '康养之城', '活力之城', '幸福之城', '智治之城'])
      expect(text).toContain(city);
  });

  it('highlights ambiguous names on a page about Quzhou and none on a page about somewhere else', async () => {
    const county = asHarnessPage(await open(server.url('quzhou-county.html')));
    const expected = await expectedCounts(county);
    expect(expected.place).toBe(11);
    const key = JSON.stringify(expected);
    expect(await waitForCounts(county, (counts) => JSON.stringify(counts) === key)).toEqual(expected);

    const elsewhere = asHarnessPage(await open(server.url('elsewhere.html')));
    expect(totalOf(await expectedCounts(elsewhere))).toBe(0);
    // Read, then decided: appending unambiguous names shows the ambiguous ones already read.
    await elsewhere.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '以上消息由衢州市及柯城区、衢江区融媒体中心联合发布。';
      document.body.append(p);
    });
    const after = await expectedCounts(elsewhere);
    expect(totalOf(after)).toBe(21);
    const afterKey = JSON.stringify(after);
    expect(await waitForCounts(elsewhere, (counts) => JSON.stringify(counts) === afterKey)).toEqual(after);
  });

  it('hovering a village shows its chain from the register', async () => {
    const county = asHarnessPage(await open(server.url('quzhou-county.html')));
    await waitForCounts(county, (counts) => counts.place === 11);
    const box = await termBox(county, '贺田村', 0, '#village');
    expect(box).not.toBeNull();
    await hoverBox(county, box!);
    await expect
      .poll(async () => (await openPopoverText(county)).text, { timeout: 15_000 })
      .toContain('浙江省 › 衢州市 › 龙游县 › 大街乡');
  });
});
