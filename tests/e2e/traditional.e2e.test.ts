/**
 * Traditional-script pages in the built extension in Chromium: an OpenCC conversion of each
 * fixture page (tests/e2e/traditional-fixtures.ts) gets the same highlights, entry for entry, as
 * its Simplified original; ambiguous names stay unhighlighted on the converted page about
 * somewhere else; the popover shows the page's form with the entry's Simplified form beside it.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toSimplified } from '../../lib/matching/script-fold';
import {
  expectedCounts,
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
import { CONVERTED_PAGES, traditionalFixturesDir } from './traditional-fixtures';

let session: ExtensionSession;
let server: FixtureServer;
let dir: string;

beforeAll(async () => {
  dir = traditionalFixturesDir();
  server = await startFixtureServer(dir);
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(file: string): Promise<Page> {
  const page = await session.context.newPage();
  const response = await page.goto(server.url(file), { waitUntil: 'load' });
  expect(response?.status(), file).toBe(200);
  return page;
}

/** What is highlighted, as "category:Simplified surface", counted and sorted. */
async function highlighted(file: string): Promise<string[]> {
  const page = await open(file);
  const expected = await expectedCounts(page);
  if (totalOf(expected) === 0) await waitForHighlightsStable(page, { minTotal: 0, quietMs: 1500 });
  else await waitForCounts(page, (c) => JSON.stringify(c) === JSON.stringify(expected));
  const found = (await highlightedRanges(page)).map((r) => `${r.category}:${toSimplified(r.text)}`).sort();
  await page.close();
  return found;
}

describe('Traditional-script pages', () => {
  for (const original of CONVERTED_PAGES) {
    for (const to of ['tw', 'hk'] as const) {
      it(`${original} in ${to} characters: the same highlights, entry for entry`, async () => {
        const simplified = await highlighted(original);
        const traditional = await highlighted(original.replace(/\.html$/, `.${to}.html`));
        expect(traditional).toEqual(simplified);
        if (original !== 'elsewhere.html') expect(simplified.length).toBeGreaterThan(5);
      });
    }
  }

  it('hovering a term written in Traditional shows it as written, the Simplified form beside it', async () => {
    const page = await open('quzhou-county.tw.html');
    const expected = await expectedCounts(page);
    await waitForCounts(page, (c) => totalOf(c) === totalOf(expected));
    const box = await termBox(page, '賀田村', 0, '#village');
    expect(box).not.toBeNull();
    await hoverBox(page, box!);
    await expect.poll(async () => (await popoverText(page)) ?? '', { timeout: 5000 }).toContain('賀田村');
    const text = (await popoverText(page)) ?? '';
    expect(text).toContain('贺田村');
    expect(text).toContain('龙游县大街乡的行政村');
  });
});
