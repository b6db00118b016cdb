import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage, t, type Catalog } from './i18n';

const LOCALES = join(import.meta.dirname, '..', '..', 'public', '_locales');
const catalogs = Object.fromEntries(
  readdirSync(LOCALES).map((lang) => [
    lang,
    JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Catalog,
  ]),
);

describe('formatMessage', () => {
  const catalog: Catalog = {
    lookUp: { message: 'Look up “$TEXT$” ($$)', placeholders: { text: { content: '$1' } } },
    two: {
      message: '$N$ of $TOTAL$',
      placeholders: { n: { content: '$1' }, total: { content: '$2' } },
    },
  };
  it('fills named placeholders and positional substitutions like the browser', () => {
    expect(formatMessage(catalog, 'lookUp', '五城')).toBe('Look up “五城” ($)');
    expect(formatMessage(catalog, 'two', ['3', '9'])).toBe('3 of 9');
    expect(formatMessage(catalog, 'missing')).toBe('');
  });
});

describe('the catalogues', () => {
  it('ship English (the default) and Simplified Chinese', () => {
    expect(Object.keys(catalogs).sort()).toEqual(['en', 'zh_CN']);
  });

  it('have the same keys and placeholders in every language, and no empty message', () => {
    const en = catalogs.en!;
    for (const [lang, catalog] of Object.entries(catalogs)) {
      expect(Object.keys(catalog).sort(), lang).toEqual(Object.keys(en).sort());
      for (const [key, entry] of Object.entries(catalog)) {
        expect(entry.message.trim(), `${lang}.${key}`).not.toBe('');
        expect(Object.keys(entry.placeholders ?? {}).sort(), `${lang}.${key}`).toEqual(
          Object.keys(en[key]!.placeholders ?? {}).sort(),
        );
        for (const name of Object.keys(entry.placeholders ?? {})) {
          expect(entry.message.toLowerCase(), `${lang}.${key} uses $${name}$`).toContain(
            `$${name.toLowerCase()}$`,
          );
        }
      }
    }
  });

  it('keep the store description within Chrome’s 132 characters', () => {
    for (const [lang, catalog] of Object.entries(catalogs)) {
      expect(catalog.extDescription!.message.length, lang).toBeLessThanOrEqual(132);
    }
  });

  it('are what t() returns in unit tests (English)', () => {
    expect(t('contextLookUp', '五城')).toBe('Look up “五城” in the Quzhou Glossary');
  });
});
