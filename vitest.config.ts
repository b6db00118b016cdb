import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WxtVitest resolves WXT's virtual modules and gives unit tests an in-memory `browser`
// (@webext-core/fake-browser), so code using `wxt/utils/storage` runs unchanged in Node.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', '.wxt/**'],
  },
});
