import { describe, expect, it } from 'vitest';
import {
  createSettingsWriter,
  delayChoices,
  HOVER_DELAY_CHOICES,
  setCategory,
  setEnabled,
  setHoverDelay,
} from './popup-settings';
import { DEFAULT_SETTINGS, HOVER_DELAY_RANGE, type Settings } from '../storage/settings';

describe('updates', () => {
  it('change one field and leave the rest', () => {
    const off = setCategory('place', false)(DEFAULT_SETTINGS);
    expect(off.categories).toEqual({ ...DEFAULT_SETTINGS.categories, place: false });
    expect(DEFAULT_SETTINGS.categories.place).toBe(true); // not mutated
    expect(setEnabled(false)(off)).toEqual({ ...off, enabled: false });
  });

  it('keep the hover delay within its range', () => {
    expect(setHoverDelay(500)(DEFAULT_SETTINGS).hoverDelayMs).toBe(500);
    expect(setHoverDelay(99_999)(DEFAULT_SETTINGS).hoverDelayMs).toBe(HOVER_DELAY_RANGE.max);
    expect(setHoverDelay(Number.NaN)(DEFAULT_SETTINGS).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });
});

describe('delayChoices', () => {
  it('offers the standard delays, including the default, all within range', () => {
    expect(delayChoices(DEFAULT_SETTINGS.hoverDelayMs)).toEqual([...HOVER_DELAY_CHOICES]);
    for (const ms of HOVER_DELAY_CHOICES) {
      expect(ms).toBeGreaterThanOrEqual(HOVER_DELAY_RANGE.min);
      expect(ms).toBeLessThanOrEqual(HOVER_DELAY_RANGE.max);
    }
  });

  it('adds a stored delay that is not a standard one, in order', () => {
    expect(delayChoices(300)).toEqual([0, 150, 250, 300, 500, 1000]);
    expect(delayChoices(-1)).toEqual([...HOVER_DELAY_CHOICES]);
  });
});

describe('createSettingsWriter', () => {
  it('applies each update to the stored value, one after the other', async () => {
    let stored: Settings = DEFAULT_SETTINGS;
    const writer = createSettingsWriter(
      async () => stored,
      async (next) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        stored = next;
      },
    );
    // Two clicks before the first save finished: neither undoes the other.
    const a = writer.apply(setCategory('place', false));
    const b = writer.apply(setCategory('slogan', false));
    await Promise.all([a, b]);
    expect(stored.categories).toMatchObject({ place: false, slogan: false, program: true });
  });

  it('re-reads the store, keeping a change made elsewhere', async () => {
    let stored: Settings = DEFAULT_SETTINGS;
    const writer = createSettingsWriter(
      async () => stored,
      async (next) => {
        stored = next;
      },
    );
    stored = { ...stored, disabledSites: ['www.qz828.com'] }; // another window
    await writer.apply(setEnabled(false));
    expect(stored).toMatchObject({ enabled: false, disabledSites: ['www.qz828.com'] });
  });

  it('rejects a failed save and keeps working afterwards', async () => {
    let fail = true;
    let stored: Settings = DEFAULT_SETTINGS;
    const writer = createSettingsWriter(
      async () => stored,
      async (next) => {
        if (fail) throw new Error('quota');
        stored = next;
      },
    );
    await expect(writer.apply(setEnabled(false))).rejects.toThrow('quota');
    fail = false;
    await writer.apply(setHoverDelay(0));
    expect(stored).toMatchObject({ enabled: true, hoverDelayMs: 0 });
  });
});
