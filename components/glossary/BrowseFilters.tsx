/**
 * The browse filters: category chips (in the category colours, with counts), the reader's own and
 * hidden entries, and the A–Z letter index. Radio-like toggle buttons (`aria-pressed`): one
 * category and at most one letter at a time; pressing the current letter again clears it.
 */
import type { JSX } from 'preact';
import {
  CATEGORY_FILTERS,
  LETTERS,
  type BrowseFilter,
  type CategoryFilter,
  type Letter,
} from '../../lib/search/browse';
import { t } from '../../lib/ui/i18n';
import { categoryName } from '../labels';
import { categoryStyle } from './category';

export interface BrowseFiltersProps {
  filter: BrowseFilter;
  categoryCounts: Readonly<Record<CategoryFilter, number>>;
  letterCounts: Readonly<Record<Letter, number>>;
  onChange(filter: BrowseFilter): void;
  /** While a search is shown the filters do not apply: they are shown dimmed. */
  inactive?: boolean;
}

function filterName(category: CategoryFilter): string {
  switch (category) {
    case 'all':
      return t('pageFilterAll');
    case 'mine':
      return t('pageFilterMine');
    case 'hidden':
      return t('pageFilterHidden');
    default:
      return categoryName(category);
  }
}

export function BrowseFilters({
  filter,
  categoryCounts,
  letterCounts,
  onChange,
  inactive,
}: BrowseFiltersProps): JSX.Element {
  // A named region (a <section> with a name is a landmark): outside the page's banner, list and
  // entry, the filters would otherwise be the one part of the page a landmark menu cannot reach.
  return (
    <section class={`gp-filters${inactive ? ' gp-inactive' : ''}`} aria-label={t('pageFiltersLabel')}>
      <div class="gp-chips" role="group" aria-label={t('pageFilterCategories')}>
        {CATEGORY_FILTERS.map((category) => {
          const count = categoryCounts[category];
          // The reader's own and hidden filters only appear once they hold something (or are chosen).
          if ((category === 'mine' || category === 'hidden') && count === 0 && filter.category !== category) {
            return null;
          }
          const isCategory = category !== 'all' && category !== 'mine' && category !== 'hidden';
          return (
            <button
              key={category}
              type="button"
              class={`gp-chip gp-chip-${category}${isCategory ? ' gp-cat' : ''}`}
              style={isCategory ? categoryStyle(category) : undefined}
              aria-pressed={filter.category === category}
              onClick={() => onChange({ category, letter: filter.letter })}
            >
              {filterName(category)} <span class="gp-count">{count}</span>
            </button>
          );
        })}
      </div>
      <div class="gp-letters" role="group" aria-label={t('pageFilterLetters')}>
        {LETTERS.map((letter) => {
          const count = letterCounts[letter];
          const pressed = filter.letter === letter;
          return (
            <button
              key={letter}
              type="button"
              class="gp-letter"
              aria-pressed={pressed}
              disabled={count === 0 && !pressed}
              title={t('pageLetterCount', [letter, String(count)])}
              aria-label={t('pageLetterCount', [letter, String(count)])}
              onClick={() => onChange({ category: filter.category, letter: pressed ? null : letter })}
            >
              {letter}
            </button>
          );
        })}
      </div>
    </section>
  );
}
