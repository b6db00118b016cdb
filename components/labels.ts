import type { Category } from '../lib/glossary/glossary';
import { t, type MessageKey } from '../lib/ui/i18n';

/** How each category is named in the UI: Chinese first, English beside it. */
export const CATEGORY_LABELS: Readonly<Record<Category, { zh: string; en: string }>> = {
  place: { zh: '地名', en: 'Place' },
  program: { zh: '项目', en: 'Program' },
  slogan: { zh: '提法', en: 'Slogan' },
  organization: { zh: '机构', en: 'Organization' },
};

const CATEGORY_MESSAGE = {
  place: 'categoryPlace',
  program: 'categoryProgram',
  slogan: 'categorySlogan',
  organization: 'categoryOrganization',
} as const satisfies Record<Category, MessageKey>;

/** The category's name in the browser's language (plural: used for toggles and headings). */
export function categoryName(category: Category): string {
  return t(CATEGORY_MESSAGE[category]);
}
