// ESLint 9 flat config: typescript-eslint's recommended rules for the TypeScript sources, and the
// layering of lib/ (README, "Layout").
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Which lib/ folders each lib/ folder may import. Nothing in lib/ imports the UI or the entry
// points; a folder never imports one that imports it.
const LIB_LAYERS = {
  glossary: [],
  matching: ['glossary'],
  page: ['glossary', 'matching'],
  search: ['glossary', 'matching'],
  storage: ['glossary', 'search'],
  ui: ['glossary', 'storage'],
};

const libLayerRules = Object.entries(LIB_LAYERS).map(([folder, allowed]) => {
  const forbidden = Object.keys(LIB_LAYERS).filter((f) => f !== folder && !allowed.includes(f));
  return {
    files: [`lib/${folder}/**/*.ts`, `lib/${folder}/**/*.tsx`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...forbidden.map((f) => `../${f}/*`), '**/components/**', '**/entrypoints/**'],
              message: allowed.length
                ? `lib/${folder}/ may import only ${allowed.map((f) => `lib/${f}/`).join(', ')} (LIB_LAYERS in eslint.config.js).`
                : `lib/${folder}/ imports no other lib/ folder (LIB_LAYERS in eslint.config.js).`,
            },
          ],
        },
      ],
    },
  };
});

export default defineConfig([
  globalIgnores(['.output/', '.wxt/', 'node_modules/', 'data/']),
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommended],
  },
  ...libLayerRules,
  {
    // Nothing from the glossary or a page is ever inserted as HTML. web-ext lint warns about the
    // innerHTML in Preact's own renderer (SOURCE_CODE_REVIEW.md); this keeps ours from adding any.
    // Tests may build their fixture DOM from HTML.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'tests/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Glossary and page text is rendered as text, never as HTML.',
        },
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Glossary and page text is rendered as text, never as HTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Glossary and page text is rendered as text, never as HTML.',
        },
      ],
    },
  },
]);
