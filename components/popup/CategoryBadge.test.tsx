// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../lib/glossary/glossary';
import { CATEGORY_COLORS } from '../highlight-styles';
import { CategoryBadge, CATEGORY_VARIABLES_CSS } from './CategoryBadge';

afterEach(cleanup);

describe('CategoryBadge', () => {
  it('names the category in the reader’s language and marks it for its colours', () => {
    render(<CategoryBadge category="slogan" />);
    expect(screen.getByText('Slogans').getAttribute('data-category')).toBe('slogan');
  });

  it('takes every colour from CATEGORY_COLORS, light and dark', () => {
    for (const category of CATEGORIES) {
      const { accent, textLight, textDark } = CATEGORY_COLORS[category];
      expect(CATEGORY_VARIABLES_CSS).toContain(
        `[data-category='${category}'] { --cat: ${accent}; --cat-text-light: ${textLight}; --cat-text-dark: ${textDark}; }`,
      );
    }
  });
});
