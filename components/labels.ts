import type { Category } from '../lib/glossary';

/** How each category is named in the UI: Chinese first, English beside it. */
export const CATEGORY_LABELS: Readonly<Record<Category, { zh: string; en: string }>> = {
  place: { zh: '地名', en: 'Place' },
  program: { zh: '项目', en: 'Program' },
  slogan: { zh: '提法', en: 'Slogan' },
  organization: { zh: '机构', en: 'Organization' },
};
