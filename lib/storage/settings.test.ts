import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  loadSettings,
  normalizeSettings,
  saveSettings,
  watchSettings,
  withSite,
} from './settings';

describe('normalizeSettings', () => {
  it('returns the defaults for missing or non-object values', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('junk')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and repairs wrong ones', () => {
    const repaired = normalizeSettings({
      enabled: false,
      categories: { place: false, slogan: 'no', bogus: true },
      disabledSites: ['b.example', 'a.example', 'b.example', 3, ''],
      hoverDelayMs: 99999,
      extra: 1,
    });
    expect(repaired).toEqual({
      enabled: false,
      categories: { place: false, program: true, slogan: true, organization: true },
      disabledSites: ['a.example', 'b.example'],
      hoverDelayMs: 2000,
    });
  });
});

describe('site switches', () => {
  it('turns a site off and on again', () => {
    const off = withSite(DEFAULT_SETTINGS, 'news.example', true);
    expect(isActiveOn(off, 'news.example')).toBe(false);
    expect(isActiveOn(off, 'other.example')).toBe(true);
    expect(isActiveOn(withSite(off, 'news.example', false), 'news.example')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'other.example')).toBe(false);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores, reloads and notifies watchers', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const seen: boolean[] = [];
    const unwatch = watchSettings((s) => seen.push(s.categories.place));
    await saveSettings({ ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, place: false } });
    expect((await loadSettings()).categories.place).toBe(false);
    expect(seen).toEqual([false]);
    unwatch();
  });

  it('repairs a damaged stored value when loading', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 'yes', hoverDelayMs: -5 } });
    const loaded = await loadSettings();
    expect(loaded.enabled).toBe(true);
    expect(loaded.hoverDelayMs).toBe(0);
  });
});
