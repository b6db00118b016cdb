/**
 * The search results: term, pinyin, category and the start of the summary, best first as
 * lib/search/search.ts ranked them. Glossary text is rendered as JSX text only.
 */
import type { JSX } from 'preact';
import { t } from '../../lib/ui/i18n';
import { Listbox } from './Listbox';
import { RowHead } from './RowHead';
import type { EntryRow } from './rows';

export const RESULTS_ID = 'pp-results';
export const resultOptionId = (index: number): string => `pp-result-${index}`;

export interface SearchResultsProps {
  rows: readonly EntryRow[];
  active: number;
  onPick(id: string): void;
  onHover(index: number): void;
}

export function SearchResults({ rows, active, onPick, onHover }: SearchResultsProps): JSX.Element {
  return (
    <Listbox
      id={RESULTS_ID}
      label={t('popupResultsLabel')}
      items={rows}
      active={active}
      optionId={resultOptionId}
      onPick={(row) => onPick(row.id)}
      onHover={onHover}
    >
      {(row) => (
        <>
          <RowHead term={row.term} pinyin={row.pinyin} category={row.category} />
          {row.alias !== undefined && (
            <span class="pp-alias" lang="zh-CN">
              {t('popupAlsoCalled', row.alias)}
            </span>
          )}
          <span class="pp-summary" lang="zh-CN">
            {row.summary}
          </span>
        </>
      )}
    </Listbox>
  );
}
