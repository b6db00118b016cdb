/**
 * The compact list of entries beside (or, on narrow screens, above) the open entry. Items are
 * links to `#entry=ID`, so they work with the keyboard, open in a new tab, and back/forward.
 *
 * For a 10,000-entry glossary at most a few pages of PAGE_SIZE items are rendered, with buttons
 * for the previous and next page: rendering is bounded whatever the filter. The open entry is
 * always within the rendered window and is scrolled into view when it changes.
 * Arrow keys, Home and End move between items.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/ui/i18n';
import type { AnyEntry } from '../../lib/glossary/glossary';
import { categoryLabel, categoryStyle } from './category';
import type { EntryLink } from './links';

export const PAGE_SIZE = 200;

export interface EntryListProps {
  entries: readonly AnyEntry[];
  selectedId: string | undefined;
  hidden: ReadonlySet<string>;
  link: EntryLink;
  /** Accessible name of the list. */
  label: string;
}

export function EntryList({ entries, selectedId, hidden, link, label }: EntryListProps): JSX.Element {
  // The rendered window [from, to) of `entries`, in pages. Kept in a ref and derived during
  // render: a new list starts at its first page; an open entry outside the window moves the window
  // to the entry's page (so opening the last of 10,000 entries renders one page, not 10,000).
  const windowRef = useRef({ entries, from: 0, to: PAGE_SIZE });
  const [, rerender] = useState(0);
  let range = windowRef.current.entries === entries ? windowRef.current : { entries, from: 0, to: PAGE_SIZE };
  const selectedIndex = selectedId === undefined ? -1 : entries.findIndex((e) => e.id === selectedId);
  if (selectedIndex >= 0 && (selectedIndex < range.from || selectedIndex >= range.to)) {
    const from = Math.floor(selectedIndex / PAGE_SIZE) * PAGE_SIZE;
    range = { entries, from, to: from + PAGE_SIZE };
  }
  windowRef.current = range;
  const { from, to } = range;
  const visible = from === 0 && entries.length <= to ? entries : entries.slice(from, to);
  const move = (next: { from: number; to: number }) => {
    windowRef.current = { entries, ...next };
    rerender((n) => n + 1);
  };
  const listRef = useRef<HTMLUListElement>(null);

  // Scrolls the list itself, not the page (scrollIntoView would move the window too).
  useEffect(() => {
    const list = listRef.current;
    if (selectedId === undefined || !list) return;
    const item = list.querySelector<HTMLElement>(`[data-id="${selectedId}"]`);
    if (!item) return;
    const top = item.offsetTop;
    const bottom = top + item.offsetHeight;
    if (top < list.scrollTop || bottom > list.scrollTop + list.clientHeight) {
      list.scrollTop = Math.max(0, top - (list.clientHeight - item.offsetHeight) / 2);
    }
  }, [selectedId, entries]);

  const onKeyDown = (event: KeyboardEvent) => {
    const links = [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a.gp-item') ?? [])];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    let next = -1;
    if (event.key === 'ArrowDown') next = Math.min(at + 1, links.length - 1);
    else if (event.key === 'ArrowUp') next = Math.max(at - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = links.length - 1;
    else return;
    event.preventDefault();
    links[next]?.focus();
  };

  if (entries.length === 0) return <p class="gp-empty">{t('pageListEmpty')}</p>;

  return (
    <>
      {from > 0 && (
        <button
          type="button"
          class="gp-more"
          onClick={() => move({ from: Math.max(0, from - PAGE_SIZE), to })}
        >
          {t('pageShowPrevious', String(from))}
        </button>
      )}
      <ul class="gp-list" aria-label={label} ref={listRef} onKeyDown={onKeyDown}>
        {visible.map((entry) => {
          const current = entry.id === selectedId;
          return (
            <li key={entry.id}>
              <a
                class={`gp-item${current ? ' gp-current' : ''}`}
                data-id={entry.id}
                aria-current={current ? 'true' : undefined}
                style={categoryStyle(entry.category)}
                {...link(entry.id)}
              >
                <span class="gp-item-term" lang="zh-CN">
                  {entry.term}
                </span>
                <span class="gp-item-pinyin">{entry.pinyin}</span>
                <span class="gp-dot" title={categoryLabel(entry.category)} aria-hidden="true" />
                {entry.origin === 'user' && <span class="gp-tag">{t('pageTagMine')}</span>}
                {hidden.has(entry.id) && <span class="gp-tag">{t('pageTagHidden')}</span>}
              </a>
            </li>
          );
        })}
      </ul>
      {to < entries.length && (
        <button type="button" class="gp-more" onClick={() => move({ from, to: to + PAGE_SIZE })}>
          {t('pageShowMore', String(entries.length - to))}
        </button>
      )}
    </>
  );
}
