/**
 * The highlighting controls: the global switch, "off on this site", one switch per category in
 * its colour, and the hover delay. They show the stored settings (`settings`, undefined for the
 * few milliseconds before storage answers, when they are disabled rather than shown wrong) and
 * report each change as an update; the caller saves it.
 */
import type { JSX } from 'preact';
import { CATEGORIES } from '../../lib/glossary/glossary';
import { t } from '../../lib/ui/i18n';
import {
  delayChoices,
  setCategory,
  setEnabled,
  setHoverDelay,
  type SettingsUpdate,
} from '../../lib/ui/popup-settings';
import { withSite, type Settings } from '../../lib/storage/settings';
import { categoryName } from '../labels';

export interface TogglesProps {
  settings: Settings | undefined;
  /** The current page's host, from its content script; undefined where there is none. */
  hostname: string | undefined;
  onChange(update: SettingsUpdate): void;
}

const checked = (event: Event) => (event.currentTarget as HTMLInputElement).checked;

export function Toggles({ settings, hostname, onChange }: TogglesProps): JSX.Element {
  const loading = settings === undefined;
  const siteOff =
    settings !== undefined && hostname !== undefined && settings.disabledSites.includes(hostname);
  const delay = settings?.hoverDelayMs;
  return (
    <section class="pp-toggles" aria-label={t('popupSettingsLabel')} aria-busy={loading}>
      <div class="pp-toggle-row">
        <label class="pp-switch">
          <input
            type="checkbox"
            role="switch"
            data-setting="enabled"
            checked={settings?.enabled ?? false}
            disabled={loading}
            onChange={(event) => onChange(setEnabled(checked(event)))}
          />
          <span class="pp-switch-label">{t('popupHighlighting')}</span>
        </label>
        <label class="pp-switch">
          <input
            type="checkbox"
            role="switch"
            data-setting="site"
            checked={siteOff}
            disabled={loading || hostname === undefined}
            onChange={(event) => {
              const off = checked(event);
              if (hostname !== undefined) onChange((s) => withSite(s, hostname, off));
            }}
          />
          <span class="pp-switch-label pp-site">
            {hostname === undefined ? t('popupOffOnThisSite') : t('popupOffOnSite', hostname)}
          </span>
        </label>
      </div>
      <fieldset class="pp-categories">
        <legend class="pp-sr-only">{t('popupCategoriesLabel')}</legend>
        {CATEGORIES.map((category) => (
          <label key={category} class="pp-switch pp-category" data-category={category}>
            <input
              type="checkbox"
              role="switch"
              data-category={category}
              checked={settings?.categories[category] ?? false}
              disabled={loading}
              onChange={(event) => onChange(setCategory(category, checked(event)))}
            />
            <span class="pp-swatch" aria-hidden="true" />
            <span class="pp-switch-label">{categoryName(category)}</span>
          </label>
        ))}
      </fieldset>
      <label class="pp-delay">
        <span>{t('popupHoverDelay')}</span>
        <select
          value={delay === undefined ? '' : String(delay)}
          disabled={loading}
          onChange={(event) =>
            onChange(setHoverDelay(Number((event.currentTarget as HTMLSelectElement).value)))
          }
        >
          {delay === undefined && <option value="" />}
          {delayChoices(delay ?? -1).map((ms) => (
            <option key={ms} value={String(ms)}>
              {t('popupDelayMs', String(ms))}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
