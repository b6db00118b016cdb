/**
 * Export and import of the reader's entries and hidden terms (lib/storage/user-data-file.ts format).
 *
 * Export writes a file through a blob: URL. Import reads the chosen file as text and validates it
 * completely first: a bad file is refused with the validator's list (which names file:line:column
 * or the field path) and nothing changes; a good one is summarised (n entries, m hidden) and the
 * reader chooses to merge it with, or have it replace, what they have before anything is stored.
 */
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { StorageError } from '../../lib/storage/db';
import { t } from '../../lib/ui/i18n';
import type { UserExport } from '../../lib/storage/user-entries';
import { validateImport } from '../../lib/storage/user-data-file';

export interface ImportExportProps {
  /** Exporting and importing need storage. */
  disabled: boolean;
  /** What the reader has now, for the replace warning. */
  current: { entries: number; hidden: number };
  /** The export file's name and text. */
  exportFile(): Promise<{ name: string; text: string }>;
  download(fileName: string, text: string): void;
  importData(data: UserExport, mode: 'merge' | 'replace'): Promise<void>;
  /** Announced after an export or import. */
  onDone(message: string): void;
}

type Step =
  | { step: 'idle' }
  | { step: 'refused'; errors: string[] }
  | { step: 'preview'; fileName: string; data: UserExport; mode: 'merge' | 'replace' };

export function ImportExport(props: ImportExportProps): JSX.Element {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const failed = (error: unknown) =>
    setState({
      step: 'refused',
      errors:
        error instanceof StorageError
          ? [error.message, ...error.details]
          : [error instanceof Error ? error.message : String(error)],
    });

  const onExport = async () => {
    setBusy(true);
    try {
      const { name, text } = await props.exportFile();
      props.download(name, text);
      props.onDone(t('pageExported', name));
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (event: Event) => {
    const target = event.currentTarget as HTMLInputElement;
    const file = target.files?.[0];
    target.value = ''; // choosing the same file again is a new choice
    if (!file) return;
    setBusy(true);
    try {
      const result = validateImport(await file.text(), file.name);
      setState(
        result.ok
          ? { step: 'preview', fileName: file.name, data: result.value, mode: 'merge' }
          : { step: 'refused', errors: result.errors },
      );
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const onImport = async () => {
    if (state.step !== 'preview') return;
    setBusy(true);
    try {
      await props.importData(state.data, state.mode);
      setState({ step: 'idle' });
      props.onDone(t('pageImported', [String(state.data.entries.length), String(state.data.hidden.length)]));
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="gp-io">
      <div class="gp-io-buttons" role="group" aria-label={t('pageYourEntries')}>
        <button type="button" onClick={onExport} disabled={props.disabled || busy}>
          {t('pageExport')}
        </button>
        <button type="button" onClick={() => input.current?.click()} disabled={props.disabled || busy}>
          {t('pageImport')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          class="gp-visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="import-file"
          onChange={onFile}
        />
      </div>

      {state.step === 'refused' && (
        <div class="gp-panel gp-errors" role="alert">
          <p>{t('pageImportRefused')}</p>
          <ul>
            {state.errors.map((error, i) => (
              <li key={i}>
                <code>{error}</code>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setState({ step: 'idle' })}>
            {t('pageClose')}
          </button>
        </div>
      )}

      {state.step === 'preview' && (
        <div class="gp-panel" role="group" aria-labelledby="gp-import-title">
          <p id="gp-import-title">
            {t('pageImportPreview', [
              state.fileName,
              String(state.data.entries.length),
              String(state.data.hidden.length),
            ])}
          </p>
          <fieldset>
            <legend>{t('pageImportMode')}</legend>
            {(['merge', 'replace'] as const).map((mode) => (
              <label key={mode} class="gp-radio">
                <input
                  type="radio"
                  name="gp-import-mode"
                  value={mode}
                  checked={state.mode === mode}
                  onChange={() => setState({ ...state, mode })}
                />{' '}
                {mode === 'merge'
                  ? t('pageImportMerge')
                  : t('pageImportReplace', [String(props.current.entries), String(props.current.hidden)])}
              </label>
            ))}
          </fieldset>
          <div class="gp-form-actions">
            <button type="button" class="gp-primary" onClick={onImport} disabled={busy}>
              {t('pageImportConfirm')}
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              {t('pageCancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
