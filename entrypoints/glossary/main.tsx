/**
 * The glossary page (glossary.html): wires the browser to the GlossaryPage component — the
 * address fragment (location.hash, hashchange), the extension's IndexedDB (lib/storage/store.ts) and the
 * shipped glossary for the read-only fallback. Everything else is in components/glossary/.
 */
import { render } from 'preact';
import type { Glossary } from '../../lib/glossary/glossary';
import { uiLanguage } from '../../lib/ui/i18n';
import { openStore } from '../../lib/storage/store';
import { GlossaryPage, type HashHost } from '../../components/glossary/GlossaryPage';

const hash: HashHost = {
  read: () => location.hash,
  navigate(next) {
    location.hash = next;
  },
  listen(listener) {
    window.addEventListener('hashchange', listener);
    return () => window.removeEventListener('hashchange', listener);
  },
};

document.documentElement.lang = uiLanguage() === 'zh' ? 'zh-CN' : 'en';

render(
  <GlossaryPage
    hash={hash}
    openStore={openStore}
    loadBuiltIn={async () => (await import('../../data/glossary.json')).default as Glossary}
  />,
  document.getElementById('app')!,
);
