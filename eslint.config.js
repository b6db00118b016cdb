// ESLint 9 flat config: typescript-eslint's recommended rules for the TypeScript sources.
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['.output/', '.wxt/', 'node_modules/', 'data/']),
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommended],
  },
]);
