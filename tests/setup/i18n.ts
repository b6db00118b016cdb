/**
 * Unit tests run in Node, where `browser.i18n` is WXT's fake browser and has no implementation.
 * Give it the real English catalogue through the same substitution rules as the browser, so
 * components render the text users see in an English browser.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import { formatMessage, type Catalog } from '../../lib/ui/i18n';

fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | (string | number)[]) =>
  formatMessage(
    en as Catalog,
    key,
    typeof substitutions === 'object' ? substitutions.map(String) : substitutions,
  );
fakeBrowser.i18n.getUILanguage = () => 'en-US';
