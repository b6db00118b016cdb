/**
 * A visible message when storage fails (private window, quota, blocked upgrade, …): the reader
 * sees why a change did not happen, in their language, with the browser's own detail below it.
 */
import type { JSX } from 'preact';
import type { StorageError, StorageErrorKind } from '../../lib/storage/db';
import { t, type MessageKey } from '../../lib/ui/i18n';

const KIND_MESSAGES: Record<StorageErrorKind, MessageKey> = {
  unavailable: 'pageStorageUnavailable',
  blocked: 'pageStorageBlocked',
  quota: 'pageStorageQuota',
  'version-too-new': 'pageStorageTooNew',
  'upgrade-failed': 'pageStorageUpgradeFailed',
  'invalid-data': 'pageStorageInvalid',
  failed: 'pageStorageFailed',
};

export function storageMessage(error: StorageError): string {
  return t(KIND_MESSAGES[error.kind]);
}

export interface StorageBannerProps {
  error: StorageError;
  /** The page fell back to the shipped glossary: say that own entries cannot be saved. */
  readOnly?: boolean;
  onDismiss?(): void;
}

export function StorageBanner({ error, readOnly, onDismiss }: StorageBannerProps): JSX.Element {
  return (
    <div class="gp-banner" role="alert" data-kind={error.kind}>
      <p>
        <strong>{storageMessage(error)}</strong>
        {readOnly && <> {t('pageReadOnly')}</>}
      </p>
      {error.details.length > 0 && (
        <ul class="gp-banner-details">
          {error.details.slice(0, 10).map((detail, i) => (
            <li key={i}>{detail}</li>
          ))}
        </ul>
      )}
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          {t('pageClose')}
        </button>
      )}
    </div>
  );
}
