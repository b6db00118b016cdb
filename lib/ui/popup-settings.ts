/**
 * What the popup's toggles do to the settings, as pure updates, and a writer that applies them one
 * at a time to the stored value. The stored value is re-read before each write: the popup's copy
 * may be a moment old (another window, the keyboard command), and a click must change only its
 * own field, never undo a change made elsewhere.
 */
import type { Category } from '../glossary/glossary';
import { HOVER_DELAY_RANGE, normalizeSettings, type Settings } from '../storage/settings';

/** The delays offered in the popup's select (ms): instant, quick, default, relaxed, slow. */
export const HOVER_DELAY_CHOICES: readonly number[] = [0, 150, 250, 500, 1000];

export type SettingsUpdate = (settings: Settings) => Settings;

export const setEnabled =
  (enabled: boolean): SettingsUpdate =>
  (settings) => ({ ...settings, enabled });

export const setCategory =
  (category: Category, on: boolean): SettingsUpdate =>
  (settings) => ({ ...settings, categories: { ...settings.categories, [category]: on } });

export const setHoverDelay =
  (ms: number): SettingsUpdate =>
  (settings) =>
    normalizeSettings({ ...settings, hoverDelayMs: ms });

/**
 * The select's options: the standard choices plus the current value when it is another one (set
 * by an older version or by hand), so the select always shows what is in force.
 */
export function delayChoices(current: number): number[] {
  const valid = current >= HOVER_DELAY_RANGE.min && current <= HOVER_DELAY_RANGE.max;
  const choices =
    valid && !HOVER_DELAY_CHOICES.includes(current)
      ? [...HOVER_DELAY_CHOICES, current]
      : [...HOVER_DELAY_CHOICES];
  return choices.sort((a, b) => a - b);
}

export interface SettingsWriter {
  /** Applies `update` to the freshly read settings and saves the result; resolves when saved. */
  apply(update: SettingsUpdate): Promise<Settings>;
}

/** Serialises updates: two quick clicks each see the other's result, none is lost. */
export function createSettingsWriter(
  load: () => Promise<Settings>,
  save: (settings: Settings) => Promise<void>,
): SettingsWriter {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    apply(update) {
      const next = queue.then(async () => {
        const settings = update(await load());
        await save(settings);
        return settings;
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
