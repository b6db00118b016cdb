import type { Category, Scope } from '../lib/glossary/glossary';
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

const CATEGORY_BADGE_MESSAGE = {
  place: 'badgePlace',
  program: 'badgeProgram',
  slogan: 'badgeSlogan',
  organization: 'badgeOrganization',
} as const satisfies Record<Category, MessageKey>;

/** One entry's category in the browser's language (singular: the popover's badge). */
export function categoryBadge(category: Category): string {
  return t(CATEGORY_BADGE_MESSAGE[category]);
}

const SCOPE_MESSAGE = {
  zhejiang: { label: 'badgeZhejiang', title: 'badgeZhejiangTitle' },
  national: { label: 'badgeNational', title: 'badgeNationalTitle' },
} as const satisfies Record<Scope, { label: MessageKey; title: MessageKey }>;

/** The scope badge of a term used beyond Quzhou, and its tooltip, in the browser's language. */
export function scopeBadge(scope: Scope): { label: string; title: string } {
  return { label: t(SCOPE_MESSAGE[scope].label), title: t(SCOPE_MESSAGE[scope].title) };
}

/**
 * The BCP 47 tag of the catalogue the messages come from, for `lang=` on UI text. Read from the
 * catalogue rather than derived from getUILanguage(): a browser in zh-TW gets the English default
 * catalogue, and its text must then be marked English.
 */
export function uiLangTag(): string {
  return t('langTag');
}
