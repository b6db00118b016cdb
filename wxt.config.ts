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
