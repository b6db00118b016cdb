/**
 * Page-level styles for highlighted terms: the CSS Custom Highlight API (`::highlight(qzg-place)`
 * …) and the fallback `<mark class="qzg-mark qzg-place">` elements. The content script injects
 * {@link HIGHLIGHT_CSS} as a constructed stylesheet into the document and each open shadow root.
 *
 * The page's own text colour is kept; a term gets a translucent tint and a coloured underline.
 * The accents are mid-tones (relative luminance 0.17–0.20) so they reach 3:1 against white and
 * against black alike: pages come in either theme whatever the reader's `prefers-color-scheme`.
 * components/popover.css declares the same colours as custom properties (a test keeps them equal).
 */
import { CATEGORIES, type Category } from '../lib/glossary/glossary';
import { highlightName, MARK_CLASS } from '../lib/page/highlighter';

export interface CategoryColors {
  /** Underline, badge border and popover stripe; readable on light and dark backgrounds. */
  accent: string;
  /** Badge text on a light popover. */
  textLight: string;
  /** Badge text on a dark popover. */
  textDark: string;
}

export const CATEGORY_COLORS: Readonly<Record<Category, CategoryColors>> = {
  place: { accent: '#2f6fdf', textLight: '#0b4aa8', textDark: '#8ab8ff' },
  program: { accent: '#2e8540', textLight: '#17602a', textDark: '#7fd68f' },
  slogan: { accent: '#d0561b', textLight: '#9a3a0c', textDark: '#ffab7a' },
  organization: { accent: '#8a5cd6', textLight: '#5d35a8', textDark: '#c8a8ff' },
};

/** The custom properties that carry a category's colours into the popup's and the glossary page's CSS. */
export type CategoryProperties = Record<'--cat' | '--cat-text-light' | '--cat-text-dark', string>;

/** A category's colours as custom properties: the accent, and text colours for light and dark. */
export function categoryProperties(category: Category): CategoryProperties {
  const { accent, textLight, textDark } = CATEGORY_COLORS[category];
  return { '--cat': accent, '--cat-text-light': textLight, '--cat-text-dark': textDark };
}

/** Opacity of the background tint behind a term (hex alpha byte), lighter on light pages. */
export const TINT_ALPHA_LIGHT = '29'; // 0x29 / 255 ≈ 16 %
export const TINT_ALPHA_DARK = '3d'; // 0x3d / 255 ≈ 24 %

/** The highlight that flashes a term the popup asked to reveal. */
export const FLASH_HIGHLIGHT = 'qzg-flash';

// One rule per selector: a browser without `::highlight` drops a whole selector list naming it,
// and that is the browser the <mark> fallback is for.
function rules(alpha: string): string {
  return CATEGORIES.map((category) => {
    const { accent } = CATEGORY_COLORS[category];
    const decoration = `text-decoration-line: underline; text-decoration-style: solid; text-decoration-color: ${accent}; text-decoration-thickness: 2px;`;
    return (
      `::highlight(${highlightName(category)}) { background-color: ${accent}${alpha}; ${decoration} }\n` +
      `mark.${MARK_CLASS}.qzg-${category} { background-color: ${accent}${alpha}; ${decoration} }`
    );
  }).join('\n');
}

export const HIGHLIGHT_CSS = [
  // Undo the user-agent <mark> look (yellow, black text) and anything that would reflow the line.
  `mark.${MARK_CLASS} { color: inherit; font: inherit; letter-spacing: inherit; padding: 0; margin: 0; border: 0; border-radius: 2px; text-underline-offset: 0.15em; box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: help; }`,
  `mark.${MARK_CLASS}:focus-visible { outline: 2px solid currentColor; outline-offset: 1px; }`,
  rules(TINT_ALPHA_LIGHT),
  // "Show on page" from the popup: a brief, strong mark on the first occurrence.
  `::highlight(${FLASH_HIGHLIGHT}) { background-color: #ffd54a; color: #111; }`,
  `@media (prefers-color-scheme: dark) {\n${rules(TINT_ALPHA_DARK)}\n}`,
  // Windows high-contrast and similar: no tints, the system's highlight colour for the underline.
  // Separate rules, never a selector list: a browser without `::highlight` drops the whole list.
  `@media (forced-colors: active) {\n` +
    CATEGORIES.flatMap((category) => [
      `::highlight(${highlightName(category)}) { background-color: transparent; text-decoration-color: Highlight; }`,
      `mark.${MARK_CLASS}.qzg-${category} { background-color: transparent; text-decoration-color: Highlight; }`,
    ]).join('\n') +
    `\n}`,
].join('\n');
