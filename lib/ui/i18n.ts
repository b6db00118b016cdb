/**
 * UI text in the browser's language, through the WebExtension i18n API that WXT builds from
 * `public/_locales/<lang>/messages.json` (English is the default locale, Simplified Chinese the
 * other). Every visible string of the popup, the glossary page and the context menu comes from
 * there; the glossary's own text is Chinese and is never translated.
 *
 * `formatMessage` implements the same substitution rules as the browser (named placeholders whose
 * content is `$1`…`$9`, and `$$` for a dollar sign) so unit tests can render the real catalogue
 * in Node, where there is no `browser.i18n`.
 */
import { browser } from 'wxt/browser';
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export interface CatalogMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Catalog = Record<string, CatalogMessage>;

/** What the browser's getMessage returns for `key` in `catalog` ('' when the key is missing). */
export function formatMessage(catalog: Catalog, key: string, substitutions: string | string[] = []): string {
  const entry = catalog[key];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const positional = (text: string) =>
    text.replace(/\$(\d)/g, (_, digit: string) => subs[Number(digit) - 1] ?? '');
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = placeholders.get(name.toLowerCase());
      return content === undefined ? whole : positional(content);
    })
    .replace(/\$\$/g, '$');
}

/** The message for `key` in the browser's UI language; the key itself if the catalogue lacks it. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** `zh` when the browser's UI language is Chinese, else `en`: for choices messages cannot express. */
export function uiLanguage(): 'zh' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
