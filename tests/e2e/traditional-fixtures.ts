/**
 * Traditional-script copies of the fixture pages, made with OpenCC (opencc-js) at test time, as
 * Taiwan and Hong Kong media and browsers with automatic conversion write them: the e2e tests
 * compare what the extension highlights on each copy with its Simplified original.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { FIXTURES_DIR } from './harness';

/** The pages converted: news, a page about Quzhou, a page about somewhere else. */
export const CONVERTED_PAGES = ['news.html', 'quzhou-county.html', 'elsewhere.html'] as const;

/**
 * A temporary folder with every fixture, plus `<page>.tw.html` (Taiwan standard) and
 * `<page>.hk.html` (Hong Kong) for each of CONVERTED_PAGES.
 */
export function traditionalFixturesDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qzg-traditional-'));
  cpSync(FIXTURES_DIR, dir, { recursive: true });
  for (const to of ['tw', 'hk'] as const) {
    const convert = OpenCC.Converter({ from: 'cn', to });
    for (const page of CONVERTED_PAGES) {
      const html = readFileSync(path.join(FIXTURES_DIR, page), 'utf8');
      writeFileSync(path.join(dir, page.replace(/\.html$/, `.${to}.html`)), convert(html));
    }
  }
  return dir;
}
