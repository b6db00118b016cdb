/**
 * The popup of the built extension in Chromium forgives typos (lib/search/fuzzy.ts): a pinyin
 * query one edit off finds its term, and one that finds nothing offers the nearest terms ("did you
 * mean"), which search when clicked. It also takes Traditional input (龍游縣 finds 龙游县).
 * Build first (`npm run build`); see tests/e2e/harness.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './harness';
import { openPopupPage, popupText, resultTerms } from './popup-helpers';

let session: ExtensionSession;
const pages: Page[] = [];

beforeAll(async () => {
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
});

afterEach(async () => {
  while (pages.length) await pages.pop()!.close();
});

async function popup(): Promise<Page> {
  const page = await openPopupPage(session);
  pages.push(page);
  await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('pp-input');
  return page;
}

describe('popup typos', () => {
  it('finds 衢江区 for qujaing and 两山银行 for lianglshan, typed key by key', async () => {
    const page = await popup();
    await page.keyboard.type('qujaing');
    await expect.poll(async () => (await resultTerms(page))[0]).toBe('衢江区');
    expect(await resultTerms(page)).toContain('衢江港区');

    await page.locator('.pp-input').fill('');
    await page.keyboard.type('lianglshan');
    await expect.poll(async () => (await resultTerms(page))[0]).toBe('两山银行');
  });

  it('offers 开化县 for kiahauxian, which matches nothing, and clicking it searches 开化县', async () => {
    const page = await popup();
    await page.keyboard.type('kiahauxian');
    const catalogue = popupText();
    const suggestion = page.locator('.pp-suggestion');
    await suggestion.first().waitFor();
    expect(await page.locator('#pp-results').count()).toBe(0);
    // The line says nothing matched, then offers the nearest term (the harness runs in Chinese).
    const status = page.locator('.pp-body [role=status]');
    expect(await status.textContent()).toContain(catalogue('popupDidYouMean'));
    expect(await status.textContent()).toContain(catalogue('popupNoResults', 'kiahauxian'));
    expect(await suggestion.allTextContents()).toEqual(['开化县 kāi huà xiàn']);

    await suggestion.click();
    expect(await page.locator('.pp-input').inputValue()).toBe('开化县');
    await expect.poll(async () => (await resultTerms(page))[0]).toBe('开化县');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('pp-input');
  });

  it('finds 龙游县 and 两山银行 typed in Traditional characters', async () => {
    const page = await popup();
    await page.locator('.pp-input').fill('龍游縣');
    await expect.poll(async () => (await resultTerms(page))[0]).toBe('龙游县');
    await page.locator('.pp-input').fill('兩山銀行');
    await expect.poll(async () => (await resultTerms(page))[0]).toBe('两山银行');
  });

  it('offers nothing for a query near no term', async () => {
    const page = await popup();
    await page.keyboard.type('xqxqxqxq');
    await page.getByText(popupText()('popupNoResults', 'xqxqxqxq')).waitFor();
    expect(await page.locator('.pp-suggestion').count()).toBe(0);
  });
});
