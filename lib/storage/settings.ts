/**
 * The user's settings, kept in the extension's `storage.local` area through WXT storage so that the
 * popup, the background and every content script read the same value and see changes live
 * (`settingsItem.watch`). Validation lives here too: stored data may come from an older version.
 */
import { storage } from 'wxt/utils/storage';
import { CATEGORIES, type Category } from '../glossary/glossary';

export interface Settings {
  /** Global switch: false stops highlighting everywhere. */
  enabled: boolean;
  /** Categories to highlight. A term of a switched-off category is not highlighted. */
  categories: Record<Category, boolean>;
  /** Hostnames (e.g. `www.qz828.com`) where the reader switched highlighting off. */
  disabledSites: string[];
  /** How long the pointer must rest on a term before its popover opens. */
  hoverDelayMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  categories: { place: true, program: true, slogan: true, organization: true },
  disabledSites: [],
  hoverDelayMs: 250,
};

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

/**
 * Coerces anything read from storage into valid settings: unknown keys are dropped, missing or
 * wrongly typed fields fall back to the defaults, so a corrupt value can never break a page.
 */
export function normalizeSettings(value: unknown): Settings {
  const input = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const categoriesIn = (
    typeof input.categories === 'object' && input.categories !== null ? input.categories : {}
  ) as Record<string, unknown>;
  const categories = {} as Record<Category, boolean>;
  for (const category of CATEGORIES) {
    const on = categoriesIn[category];
    categories[category] = typeof on === 'boolean' ? on : DEFAULT_SETTINGS.categories[category];
  }
  const sites = Array.isArray(input.disabledSites)
    ? [...new Set(input.disabledSites.filter((s): s is string => typeof s === 'string' && s !== ''))].sort()
    : [];
  const delay = input.hoverDelayMs;
  const hoverDelayMs =
    typeof delay === 'number' && Number.isFinite(delay)
      ? Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, Math.round(delay)))
      : DEFAULT_SETTINGS.hoverDelayMs;
  return {
    enabled: typeof input.enabled === 'boolean' ? input.enabled : DEFAULT_SETTINGS.enabled,
    categories,
    disabledSites: sites,
    hoverDelayMs,
  };
}

/** Whether terms should be highlighted on a page of `hostname` under these settings. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}

/** The settings with `hostname` switched off (`off = true`) or back on. */
export function withSite(settings: Settings, hostname: string, off: boolean): Settings {
  const others = settings.disabledSites.filter((site) => site !== hostname);
  return { ...settings, disabledSites: off ? [...others, hostname].sort() : others };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads the settings, repaired if the stored value is damaged. */
export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Validates, then stores. Every writer goes through here so storage only ever holds valid settings. */
export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(normalizeSettings(settings));
}

/** Calls `listener` with the repaired settings whenever any part of the extension changes them. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(normalizeSettings(value)));
}
