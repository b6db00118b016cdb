import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifest: ({ manifestVersion, browser }) => ({
    // Name, description and command texts come from public/_locales (English default, zh_CN).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    // storage: settings and the reader's entries mirrored for content scripts (lib/storage/user-overlay.ts).
    // contextMenus: "look up in glossary" on selected text. Nothing else: content scripts are
    // declared, no host permission is asked, and the popup learns the page's host from its content
    // script rather than through the `tabs` permission.
    permissions: ['storage', 'contextMenus'],
    commands: {
      // MV2 (Firefox) names the popup command after browser_action.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandOpenPopup__',
      },
      'toggle-highlighting': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggle__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // The extension collects and transmits nothing (Firefox asks new add-ons to say so).
            gecko: {
              id: 'quzhou-glossary@quzhou-glossary.invalid',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    // addons.mozilla.org asks for the sources of bundled code, so `wxt zip -b firefox` (npm run zip)
    // also writes quzhou-glossary-<version>-sources.zip. It holds what `npm ci && npm run build`
    // needs (SOURCE_CODE_REVIEW.md says how) and nothing else. An allow-list rather than WXT's
    // "everything but" default: git-ignored files that must never ship (eval/texts holds
    // third-party articles) and whatever lands at the top level later stay out unless named here.
    // `npm run check:sources-zip` rebuilds from the zip and compares, so a missing input shows.
    includeSources: [
      'SOURCE_CODE_REVIEW.md',
      'README.md',
      'CHANGELOG.md',
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'eslint.config.js',
      '.prettierrc.json',
      '.prettierignore',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'public/**',
      // The glossary compiler and its inputs: data/glossary.json and match-index.json are left
      // out on purpose, since the build regenerates them from these.
      'compiler/**',
      'seeds/**',
      'data/curated.json',
      'scripts/**',
      'docs/glossary-format.md',
    ],
    // WXT also leaves out node_modules, .output and test files (*.test.ts) whatever is listed,
    // and the globs skip dotfiles (editor or OS litter) except the two Prettier files named above.
  },
  vite: () => ({
    // Preact through esbuild's automatic JSX runtime: no Babel preset needed.
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [
      {
        // WXT sets esbuild's charset to ascii, which writes every Chinese character of the bundled
        // glossary as a \uXXXX escape and makes content.js three times larger (422 kB → ~150 kB).
        // UTF-8 output is what Chrome requires of content scripts anyway.
        name: 'quzhou-glossary:utf8-bundles',
        enforce: 'post',
        config(config) {
          config.esbuild = { ...config.esbuild, charset: 'utf8' };
        },
      },
    ],
  }),
});
