/**
 * Draws the extension's icons (public/icon/<size>.png, which WXT puts in the manifest) from one
 * SVG, rendered by the local Chromium so the character uses the installed Noto CJK font. The PNGs
 * are committed; run this only to change the design: `npx tsx scripts/make-icons.ts`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/icon');
const SIZES = [16, 32, 48, 96, 128];

// A blue tile with 衢 in white over a warm highlighter stroke: "a highlighted local word".
// Small sizes drop the stroke and use a heavier weight so the character stays legible.
function svg(size: number): string {
  const small = size <= 32;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="#3b7bea"/><stop offset="1" stop-color="#1d4fb3"/>
  </linearGradient></defs>
  <rect x="4" y="4" width="120" height="120" rx="${small ? 22 : 26}" fill="url(#g)"/>
  ${small ? '' : '<rect x="20" y="84" width="88" height="18" rx="6" fill="#f5a623" opacity="0.95"/>'}
  <text x="64" y="${small ? 98 : 94}" text-anchor="middle" font-family="Noto Sans CJK SC, Noto Sans SC, sans-serif"
    font-weight="${small ? 900 : 700}" font-size="${small ? 100 : 78}" fill="#ffffff">衢</text>
</svg>`;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  mkdirSync(OUT, { recursive: true });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(OUT, `${size}.png`), omitBackground: true });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
