import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two kinds of tests, as in the README:
// - unit: fast, in Node. WxtVitest resolves WXT's modules and gives them an in-memory `browser`
//   (@webext-core/fake-browser); DOM tests opt into happy-dom with a `@vitest-environment` comment.
// - e2e: the built extension in real browsers: .output/chrome-mv3 in Chromium (playwright-core),
//   .output/firefox-mv2 in Firefox ESR (puppeteer-core, tests/e2e/firefox.ts).
//   One file at a time: each launches its own browser and the machine has two cores.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['**/*.test.ts', '**/*.test.tsx'],
          exclude: ['node_modules/**', '.output/**', '.wxt/**', 'tests/e2e/**'],
          setupFiles: ['tests/setup/i18n.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
