/**
 * The empty query's view: the glossary terms highlighted on the current page, most frequent first
 * (the content script's order), with counts. Picking one asks the page to scroll to it and flash
 * it; the popup stays open so the reader sees where it is. Otherwise one short line says why the
 * list is empty.
 */
import type { JSX } from 'preact';
import { t } from '../../lib/ui/i18n';
import type { PageView } from '../../lib/ui/popup-page';
import { Listbox } from './Listbox';
import { RowHead } from './RowHead';
import type { PageTermRow } from './rows';

export const PAGE_TERMS_ID = 'pp-page-terms';
export const pageTermOptionId = (index: number): string => `pp-page-term-${index}`;

export interface PageTermsProps {
  view: Exclude<PageView, { kind: 'terms' }> | { kind: 'terms'; rows: readonly PageTermRow[] };
  active: number;
  onPick(id: string): void;
  onHover(index: number): void;
}

const EMPTY_MESSAGE = {
  loading: 'popupPageLoading',
  unavailable: 'popupPageUnavailable',
  off: 'popupPageOff',
  empty: 'popupPageEmpty',
} as const;

export function PageTerms({ view, active, onPick, onHover }: PageTermsProps): JSX.Element {
  if (view.kind !== 'terms') {
    return (
      <p class={`pp-empty pp-empty-${view.kind}`} role="status">
        {t(EMPTY_MESSAGE[view.kind])}
      </p>
    );
  }
  // A plain <div>, not a <section>: the popup's scroll box around it is already a region named
  // "On this page" (Popup.tsx), and a second landmark of the same name would only repeat it.
  return (
    <div class="pp-page">
      <h2 class="pp-heading">{t('popupPageHeading')}</h2>
      <Listbox
        id={PAGE_TERMS_ID}
        label={t('popupPageHeading')}
        items={view.rows}
        active={active}
        optionId={pageTermOptionId}
        onPick={(row) => onPick(row.id)}
        onHover={onHover}
      >
        {(row) => (
          <>
            <RowHead term={row.term} pinyin={row.pinyin} category={row.category}>
              <span class="pp-count" title={t('popupPageTermTimes', String(row.count))}>
                <span aria-hidden="true">×{row.count}</span>
                <span class="pp-sr-only">{t('popupPageTermTimes', String(row.count))}</span>
              </span>
            </RowHead>
            {row.summary !== undefined && (
              <span class="pp-summary" lang="zh-CN">
                {row.summary}
              </span>
            )}
          </>
        )}
      </Listbox>
    </div>
  );
}
