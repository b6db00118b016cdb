/**
 * The Firefox build (.output/firefox-mv2, `npm run build` makes it) in a real Firefox: Debian's
 * firefox-esr driven by puppeteer-core over WebDriver BiDi. Playwright cannot drive a stock Firefox
 * (it needs its own patched build, which this machine cannot download), hence a second driver for
 * this one browser.
 *
 * The add-on is installed as a temporary add-on through BiDi `webExtension.install`. Its own
 * pages cannot be opened that way (see firefox.e2e.test.ts), so only web pages are driven; they are
 * adapted to the harness's {@link EvaluatingPage}, so the highlight and hover helpers of
 * tests/e2e/harness.ts work unchanged.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page as FirefoxPage } from 'puppeteer-core';
import { ROOT, type EvaluatingPage } from './harness';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv2');

export interface FirefoxSession {
  browser: Browser;
  close(): Promise<void>;
}

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('the Firefox manifest has no browser_specific_settings.gecko.id');
  return id;
}

/** Firefox (headless, Chinese UI and content) with the built add-on installed. */
export async function launchFirefoxWithExtension(): Promise<FirefoxSession> {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${FIREFOX_EXTENSION_DIR} not built: run \`npm run build\` first`);
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`${FIREFOX_PATH} not found: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  }
  const id = geckoId();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      'intl.locale.requested': 'zh-CN',
      'intl.accept_languages': 'zh-CN',
    },
  });
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== id) throw new Error(`installed ${installed}, expected ${id}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, close: () => browser.close() };
}

/**
 * A Puppeteer page as the harness's {@link EvaluatingPage}. Both drivers serialise the function
 * and pass one argument the same way; only their TypeScript signatures differ.
 */
export function asHarnessPage(page: FirefoxPage): EvaluatingPage {
  const evaluate = (fn: string | ((arg: unknown) => unknown), arg?: unknown) =>
    typeof fn === 'string' ? page.evaluate(fn) : page.evaluate(fn, arg);
  return {
    evaluate: evaluate as EvaluatingPage['evaluate'],
    bringToFront: () => page.bringToFront(),
    mouse: { move: (x, y, options) => page.mouse.move(x, y, options) },
  };
}
