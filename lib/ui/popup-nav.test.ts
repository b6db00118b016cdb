import { describe, expect, it } from 'vitest';
import { clampSelection, moveSelection } from './popup-nav';

describe('moveSelection', () => {
  it('moves down and up one option at a time', () => {
    expect(moveSelection(0, 'ArrowDown', 3)).toBe(1);
    expect(moveSelection(1, 'ArrowDown', 3)).toBe(2);
    expect(moveSelection(2, 'ArrowUp', 3)).toBe(1);
  });

  it('starts from the first (down) or the last (up) option when nothing is selected', () => {
    expect(moveSelection(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveSelection(-1, 'ArrowUp', 3)).toBe(2);
  });

  it('wraps around at both ends', () => {
    expect(moveSelection(2, 'ArrowDown', 3)).toBe(0);
    expect(moveSelection(0, 'ArrowUp', 3)).toBe(2);
  });

  it('selects nothing in an empty list and ignores other keys', () => {
    expect(moveSelection(-1, 'ArrowDown', 0)).toBe(-1);
    expect(moveSelection(0, 'Enter', 3)).toBeUndefined();
    expect(moveSelection(0, 'Home', 3)).toBeUndefined(); // Home moves the caret in the search box
  });

  it('recovers from a selection beyond a list that shrank', () => {
    expect(moveSelection(7, 'ArrowDown', 3)).toBe(0);
    expect(moveSelection(7, 'ArrowUp', 3)).toBe(2);
  });
});

describe('clampSelection', () => {
  it('keeps the selection inside the list, and no selection as none', () => {
    expect(clampSelection(5, 3)).toBe(2);
    expect(clampSelection(-1, 3)).toBe(-1);
    expect(clampSelection(1, 3)).toBe(1);
    expect(clampSelection(0, 0)).toBe(-1);
  });
});
