import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifest: {
    name: 'Quzhou Glossary 衢州词典',
    description: 'Explains Quzhou local news terms (slogans, programs, place names) on hover. Works offline.',
    // storage: settings. Nothing else: content scripts are declared, no host permission is asked.
    permissions: ['storage'],
    commands: {
      'toggle-highlighting': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn highlighting on this page off or on',
      },
    },
  },
  vite: () => ({
    // Preact through esbuild's automatic JSX runtime: no Babel preset needed.
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
