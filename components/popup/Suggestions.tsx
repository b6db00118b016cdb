/**
 * "Did you mean …": the terms nearest to a pinyin query that found nothing (lib/search/search.ts
 * suggest), each a button that searches that term instead. Buttons rather than listbox options:
 * they are not results, the search box's arrow keys do not reach them, and Tab does.
 */
import type { JSX } from 'preact';
import { t } from '../../lib/ui/i18n';
import type { AnyEntry } from '../../lib/glossary/glossary';

export interface SuggestionsProps {
  entries: readonly AnyEntry[];
  onPick(term: string): void;
}

export function Suggestions({ entries, onPick }: SuggestionsProps): JSX.Element {
  return (
    <p class="pp-suggest">
      <span>{t('popupDidYouMean')}</span>
      {entries.map((entry) => (
        <button key={entry.id} type="button" class="pp-link pp-suggestion" onClick={() => onPick(entry.term)}>
          <span lang="zh-CN">{entry.term}</span> <span class="pp-suggestion-pinyin">{entry.pinyin}</span>
        </button>
      ))}
    </p>
  );
}
