/**
 * A visible notice when IndexedDB failed: what happened in the reader's language (the
 * StorageError's own message is English only), the browser's detail for a bug report, and whether
 * search still works from the glossary shipped with the extension.
 */
import type { JSX } from 'preact';
import type { StorageError, StorageErrorKind } from '../../lib/storage/db';
import { t, type MessageKey } from '../../lib/ui/i18n';

const MESSAGE: Record<StorageErrorKind, MessageKey> = {
  unavailable: 'popupStorageUnavailable',
  blocked: 'popupStorageBlocked',
  quota: 'popupStorageQuota',
  'version-too-new': 'popupStorageVersionTooNew',
  'upgrade-failed': 'popupStorageUpgradeFailed',
  'invalid-data': 'popupStorageFailed',
  failed: 'popupStorageFailed',
};

export function StorageNotice({ error, fallback }: { error: StorageError; fallback: boolean }): JSX.Element {
  return (
    <div class="pp-notice" role="alert" data-kind={error.kind}>
      <p>
        {t(MESSAGE[error.kind])} {fallback && t('popupStorageFallback')}
      </p>
      {error.details.length > 0 && <p class="pp-notice-detail">{error.details.join(' ')}</p>}
    </div>
  );
}
