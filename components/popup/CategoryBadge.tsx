/**
 * The category's name in its colour. The colours come from CATEGORY_COLORS (the same as the page
 * highlights and the popover): CATEGORY_VARIABLES_CSS writes the custom properties of
 * categoryProperties (--cat, --cat-text-light, --cat-text-dark, as on the glossary page) per
 * `data-category`, once, into the popup's stylesheet, so popup.css picks the light or dark text
 * colour by `prefers-color-scheme` without a second copy of the palette and no row carries an
 * inline style (cheaper to render per keystroke).
 */
import type { JSX } from 'preact';
import { CATEGORIES, type Category } from '../../lib/glossary/glossary';
import { categoryProperties } from '../highlight-styles';
import { categoryName } from '../labels';

export const CATEGORY_VARIABLES_CSS = CATEGORIES.map((category) => {
  const properties = Object.entries(categoryProperties(category)).map(
    ([name, value]) => `${name}: ${value};`,
  );
  return `[data-category='${category}'] { ${properties.join(' ')} }`;
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
