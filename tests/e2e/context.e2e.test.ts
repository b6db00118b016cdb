/**
 * Highlighting that knows its page, in the built extension in Chromium: the same ambiguous names
 * (江山, 开化, 白沙村, 余村…) on a page about Quzhou (highlighted) and on a page about somewhere else
 * (not), other places' names before a place name, ordinary words around a form, and a village's
 * popover with its chain from the register. The fixture sentences are made up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectedCounts,
  FIXTURES_DIR,
  highlightedRanges,
  hoverBox,
  launchWithExtension,
  popoverText,
  startFixtureServer,
  termBox,
  totalOf,
  waitForCounts,
  waitForHighlightsStable,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

let session: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(FIXTURES_DIR);
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function open(file: string): Promise<Page> {
  const page = await session.context.newPage();
  const response = await page.goto(server.url(file), { waitUntil: 'load' });
  expect(response?.status(), file).toBe(200);
  return page;
}

/** Once the page has been read as about somewhere else, adds a line naming these Quzhou places. */
async function nameQuzhou(page: Page, line: string): Promise<void> {
  await waitForHighlightsStable(page, { minTotal: 0, quietMs: 1500 });
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
  }, line);
}

/** Three Quzhou places: the page is about Quzhou (lib/page/quzhou-page.ts). */
const makeAboutQuzhou = (page: Page) =>
  nameQuzhou(page, '以上消息由衢州市及柯城区、衢江区融媒体中心联合发布。');

/** Highlighted surfaces, sorted (highlightedRanges lists them category by category). */
async function surfaces(page: Page): Promise<string[]> {
  return (await highlightedRanges(page)).map((r) => r.text).sort();
}

describe('context', () => {
  it('a page about somewhere else: no ambiguous name is highlighted', async () => {
    const page = await open('elsewhere.html');
    // The scanner has read the page once the content script answers; then nothing may appear.
    await waitForHighlightsStable(page, { minTotal: 0, quietMs: 1500 });
    expect(totalOf(await expectedCounts(page))).toBe(0);
    expect(await surfaces(page)).toEqual([]);
  });

  it('the same page becomes about Quzhou when unambiguous names arrive: what was read shows, unread', async () => {
    const page = await open('elsewhere.html');
    await makeAboutQuzhou(page);
    const expected = await expectedCounts(page);
    expect(totalOf(expected)).toBeGreaterThan(5);
    await waitForCounts(page, (c) => totalOf(c) === totalOf(expected));
    // Not 范村 of 示范村 (a word) nor of 范村长 (村长, the village head: lib/matching/straddles.ts).
    expect(await surfaces(page)).toEqual(
      [
        '白沙村',
        '信安',
        '东港',
        '开化',
        '江山',
        '五城',
        '三有',
        '西山',
        '花园村',
        '沙湾村',
        '余村',
        '市二院',
        '一件事',
        '一号工程',
        '网格公约',
        '东部新城',
        '青龙码头',
        '一县一园',
        '衢州市',
        '柯城区',
        '衢江区',
      ].sort(),
    );
  });

  it('the same page naming Quzhou only in passing shows a namesake only where the page places it', async () => {
    const page = await open('elsewhere.html');
    await nameQuzhou(page, '以上消息由衢州市、柯城区两级融媒体中心发布。');
    const expected = await expectedCounts(page);
    await waitForCounts(page, (c) => totalOf(c) === totalOf(expected));
    // Two names of two places: Quzhou named in passing. 白沙村, 花园村 and 余村 lie in towns the page
    // does not name, so they are this page's own; 开化 and 江山 lie in 衢州市, 信安 in 柯城区 and
    // 沙湾村 in 信安街道, all named; the rest are no divisions of the register.
    expect(await surfaces(page)).toEqual(
      [
        '一件事',
        '一县一园',
        '一号工程',
        '三有',
        '东港',
        '东部新城',
        '五城',
        '信安',
        '市二院',
        '开化',
        '柯城区',
        '江山',
        '沙湾村',
        '网格公约',
        '衢州市',
        '西山',
        '青龙码头',
      ].sort(),
    );
  });

  it('a page about Quzhou: ambiguous names highlighted, except after another place’s name, inside a word or across two', async () => {
    const page = await open('quzhou-county.html');
    const expected = await expectedCounts(page);
    await waitForCounts(page, (c) => totalOf(c) === totalOf(expected));
    expect(await surfaces(page)).toEqual(
      [
        '开化县',
        '苏庄镇',
        '余村',
        '龙游县',
        '大街乡',
        '贺田村',
        '柯城区',
        '白云街道',
        '龙游',
        '开化',
        '江山',
      ].sort(),
    );
    // Not there: 湖南的白沙村, 安吉县余村 and 兰溪市女埠街道江湾村 (other places, the last after a town
    // of its county), 江山如画 and 通信安全 (words), 前村 of
    // 以前|村里 (straddling two words, lib/matching/straddles.ts). There:
    // 白云街道 after 柯城区, whose end 城区 is also a district of 阳泉 (lib/matching/qualifiers.ts).
  });

  it('hovering a name several Quzhou places share names the others by where they lie', async () => {
    const page = await open('elsewhere.html');
    await makeAboutQuzhou(page);
    const expected = await expectedCounts(page);
    await waitForCounts(page, (c) => totalOf(c) === totalOf(expected));
    const box = await termBox(page, '花园村', 0);
    expect(box).not.toBeNull();
    await hoverBox(page, box!);
    await expect.poll(async () => (await popoverText(page)) ?? '', { timeout: 5000 }).toContain('花园村');
    const text = (await popoverText(page)) ?? '';
    // 花园村 is a village of 柯城区, 开化县 and 江山市 alike.
    for (const where of ['柯城区 › 花园街道', '开化县 › 马金镇', '江山市 › 长台镇'])
      expect(text.includes(where) || text.includes(where.split(' › ').reverse().join('')), where).toBe(true);
  });

  it('hovering such a name explains the place whose town the page names, and names the others', async () => {
    const page = await open('elsewhere.html');
    await makeAboutQuzhou(page);
    await nameQuzhou(page, '江山市长台镇的干部也来到村里。');
    const expected = await expectedCounts(page);
    await waitForCounts(page, (c) => totalOf(c) === totalOf(expected));
    const box = await termBox(page, '花园村', 0);
    expect(box).not.toBeNull();
    await hoverBox(page, box!);
    // The matcher reports 柯城区's 花园村 first; the page names 长台镇, whose 花园村 it means.
    await expect
      .poll(async () => (await popoverText(page)) ?? '', { timeout: 5000 })
      .toContain('江山市长台镇的行政村');
    const text = (await popoverText(page)) ?? '';
    expect(text).not.toContain('柯城区花园街道的行政村');
    expect(text.includes('柯城区 › 花园街道') || text.includes('花园街道柯城区')).toBe(true);
  });

  // Its English form, shown under the English UI only, is checked in popover-size.e2e.test.ts.
  it('hovering a village shows where it is, from the register', async () => {
    const page = await open('quzhou-county.html');
    const expected = await expectedCounts(page);
    await waitForCounts(page, (c) => totalOf(c) === totalOf(expected));
    const box = await termBox(page, '贺田村', 0, '#village');
    expect(box).not.toBeNull();
    await hoverBox(page, box!);
    await expect
      .poll(async () => (await popoverText(page)) ?? '', { timeout: 5000 })
      .toContain('浙江省 › 衢州市 › 龙游县 › 大街乡');
    const text = (await popoverText(page)) ?? '';
    expect(text).toContain('龙游县大街乡的行政村');
  });
});
