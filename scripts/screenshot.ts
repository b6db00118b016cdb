/**
 * Takes the README screenshot (docs/screenshot.png): the built extension in Chromium on the news
 * fixture page, with the popover of 五城 open. Run after `npm run build`:
 * `npx tsx scripts/screenshot.ts`.
 */
import path from 'node:path';
import {
  FIXTURES_DIR,
  ROOT,
  hoverBox,
  launchWithExtension,
  popoverText,
  startFixtureServer,
  termBox,
  waitForHighlightsStable,
} from '../tests/e2e/harness';

const server = await startFixtureServer(FIXTURES_DIR);
const session = await launchWithExtension();
try {
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
} finally {
  await session.close();
  await server.close();
}
