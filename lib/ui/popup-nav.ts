/**
 * Keyboard movement through the popup's lists (search results, terms on the page), following the
 * ARIA combobox/listbox pattern: focus stays in the search box and the input's
 * `aria-activedescendant` names the selected option, so typing never stops while arrows move.
 */

/**
 * The index selected after `key`, or undefined when the key does not move the selection (the
 * caller then leaves the event alone). `current` is -1 when nothing is selected. Moving past
 * either end wraps around, so the last result is one key away from the first.
 */
export function moveSelection(current: number, key: string, count: number): number | undefined {
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return undefined;
  if (count <= 0) return -1;
  if (key === 'ArrowDown') return current < 0 || current >= count - 1 ? 0 : current + 1;
  return current <= 0 || current >= count ? count - 1 : current - 1;
}

/** Keeps a selection valid when the list changes length: -1 (none) stays, a shrunk list keeps its last. */
export function clampSelection(current: number, count: number): number {
  if (count <= 0 || current < 0) return -1;
  return Math.min(current, count - 1);
}
