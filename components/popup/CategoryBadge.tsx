/**
 * The category's name in its colour. The colours come from CATEGORY_COLORS (the same as the page
 * highlights and the popover): CATEGORY_VARIABLES_CSS turns them into custom properties per
 * `data-category` (--cat-accent, --cat-text-light, --cat-text-dark), written once into the popup's
 * stylesheet, so popup.css picks the light or dark text colour by `prefers-color-scheme` without a
 * second copy of the palette and no row carries an inline style (cheaper to render per keystroke).
 */
import type { JSX } from 'preact';
import { CATEGORIES, type Category } from '../../lib/glossary';
import { CATEGORY_COLORS } from '../highlight-styles';
import { categoryName } from '../labels';

export const CATEGORY_VARIABLES_CSS = CATEGORIES.map((category) => {
  const { accent, textLight, textDark } = CATEGORY_COLORS[category];
  return `[data-category='${category}'] { --cat-accent: ${accent}; --cat-text-light: ${textLight}; --cat-text-dark: ${textDark}; }`;
}).join('\n');

/** The `<style>` element holding CATEGORY_VARIABLES_CSS; rendered once by the Popup. */
export function CategoryVariables(): JSX.Element {
  return <style>{CATEGORY_VARIABLES_CSS}</style>;
}

export function CategoryBadge({ category }: { category: Category }): JSX.Element {
  return (
    <span class="pp-badge" data-category={category}>
      {categoryName(category)}
    </span>
  );
}
