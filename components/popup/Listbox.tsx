/**
 * A listbox driven from the search box (ARIA combobox pattern): the input keeps focus and names
 * the selected option through `aria-activedescendant` (ids from `optionId`), so this list never
 * takes focus itself; a mouse press is kept from moving focus out of the input.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface ListboxProps<T> {
  id: string;
  label: string;
  items: readonly T[];
  /** Index of the selected option, -1 for none. */
  active: number;
  optionId(index: number): string;
  onPick(item: T, index: number): void;
  /** The pointer moved onto an option: it becomes the selection, as in a native list. */
  onHover(index: number): void;
  children(item: T, index: number): ComponentChildren;
}

export function Listbox<T>(props: ListboxProps<T>): JSX.Element {
  const { id, label, items, active, optionId, onPick, onHover, children } = props;
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (active < 0) return;
    // Keep the keyboard selection visible; the optional call covers DOMs without scrolling.
    list.current?.ownerDocument.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  }, [active, optionId]);

  return (
    <ul class="pp-list" role="listbox" id={id} aria-label={label} ref={list}>
      {items.map((item, index) => (
        // Keyed by position: rows hold no state, and on each keystroke reusing row i's elements with
        // new text is much cheaper than building new ones (option ids are positional anyway).
        <li
          key={index}
          id={optionId(index)}
          role="option"
          class="pp-option"
          aria-selected={index === active}
          onMouseDown={(event) => event.preventDefault()}
          onMouseMove={() => {
            if (index !== active) onHover(index);
          }}
          onClick={() => onPick(item, index)}
        >
          {children(item, index)}
        </li>
      ))}
    </ul>
  );
}
