/**
 * The settings as the popup shows them: loaded once, kept current by the storage watch (a change
 * from another window or the keyboard command shows at once), and changed through updates that
 * show immediately and are then saved by a serialising writer (lib/ui/popup-settings.ts).
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { createSettingsWriter, type SettingsUpdate } from '../../lib/ui/popup-settings';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../../lib/storage/settings';

export interface SettingsSource {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  watch(listener: (settings: Settings) => void): () => void;
}

export const EXTENSION_SETTINGS: SettingsSource = {
  load: loadSettings,
  save: saveSettings,
  watch: watchSettings,
};

export function useSettings(
  source: SettingsSource,
): [Settings | undefined, (update: SettingsUpdate) => void] {
  const [settings, setSettings] = useState<Settings>();
  const writer = useMemo(() => createSettingsWriter(source.load, source.save), [source]);

  useEffect(() => {
    let live = true;
    let watched = false;
    const unwatch = source.watch((next) => {
      watched = true;
      if (live) setSettings(next);
    });
    source.load().then(
      (loaded) => {
        // A watched change may have arrived while loading; it is newer.
        if (live && !watched) setSettings(loaded);
      },
      (error: unknown) => console.error('Quzhou Glossary: could not read the settings', error),
    );
    return () => {
      live = false;
      unwatch();
    };
  }, [source]);

  const update = useCallback(
    (change: SettingsUpdate) => {
      setSettings((current) => (current ? change(current) : current));
      writer.apply(change).then(setSettings, (error: unknown) => {
        console.error('Quzhou Glossary: could not save the settings', error);
        // Show what is really stored rather than the change that failed.
        source.load().then(setSettings, () => undefined);
      });
    },
    [writer, source],
  );
  return [settings, update];
}
