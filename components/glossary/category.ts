/**
 * Category names and colours for the glossary page. The colours are the highlight colours
 * (components/highlight-styles.ts), handed to CSS as custom properties so a chip, a badge and the
 * term on the page share one colour per category.
 */
import type { JSX } from 'preact';
import type { Category } from '../../lib/glossary/glossary';
import { uiLanguage } from '../../lib/ui/i18n';
import { categoryProperties } from '../highlight-styles';
import { CATEGORY_LABELS } from '../labels';

/** One entry's category, singular, in the UI language (地名 / Place). */
export function categoryLabel(category: Category): string {
  return CATEGORY_LABELS[category][uiLanguage()];
}

/** `--cat`, `--cat-text-light`, `--cat-text-dark` for glossary.css. */
export function categoryStyle(category: Category): JSX.CSSProperties {
  return categoryProperties(category) as JSX.CSSProperties;
}
