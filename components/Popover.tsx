/**
 * The popover shown for a hovered (or keyboard-focused) term.
 *
 * A non-modal `role="dialog"`, not `role="tooltip"`: it holds a button and must be reachable from
 * the keyboard, and a tooltip may contain neither interactive content nor focus. The container is
 * focusable (`tabIndex={-1}`, focused by the caller or with `autoFocus` when opened from the
 * keyboard; a hover never steals focus from the page); Escape inside it calls `onDismiss`.
 *
 * Glossary text is only ever rendered as JSX text, never as HTML.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { sourceArticles, summaryText } from '../lib/glossary/entry-text';
import type { AnyEntry } from '../lib/glossary/glossary';
import { CATEGORY_LABELS } from './labels';
import './popover.css';

/** At most this many source articles are listed; the rest are counted. */
export const MAX_SOURCES = 3;

export interface PopoverProps {
  /** A built-in entry or the reader's own (whose note is shown too). */
  entry: AnyEntry;
  /** The "详情 more" button: open the glossary page at this entry. */
  onMore(id: string): void;
  /** Escape pressed inside the popover. */
  onDismiss(): void;
  /** DOM id of the dialog; ids of its title and description derive from it. */
  id?: string;
  /** From the placement: the body scrolls within this height (CSS px). */
  maxHeight?: number;
  /** From the placement, when the viewport is narrower than the popover (CSS px). */
  maxWidth?: number;
  /** Focus the dialog on mount (opened from the keyboard). */
  autoFocus?: boolean;
}

let instances = 0;

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export function Popover({
  entry,
  onMore,
  onDismiss,
  id,
  maxHeight,
  maxWidth,
  autoFocus,
}: PopoverProps): JSX.Element {
  // Not useId(): it restarts in every render root, and each popover may be a root of its own.
  const [generated] = useState(() => `qzg-popover-${++instances}`);
  const base = id ?? generated;
  const titleId = `${base}-title`;
  const summaryId = `${base}-summary`;
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (autoFocus) root.current?.focus();
  }, [autoFocus, entry.id]);

  const label = CATEGORY_LABELS[entry.category];
  // A division of the register: where it lies, from the province down (浙江省 › 衢州市 › 龙游县).
  const division = 'division' in entry ? entry.division : undefined;
  const articles = sourceArticles(entry.sources);
  const listed = articles.slice(0, MAX_SOURCES);
  const hidden = articles.length - listed.length;

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onDismiss();
    }
  };

  const style: Record<string, string> = {};
  if (maxHeight !== undefined) style.maxHeight = `${Math.max(0, maxHeight)}px`;
  if (maxWidth !== undefined) style.maxWidth = `${Math.max(0, maxWidth)}px`;

  return (
    <div
      ref={root}
      id={base}
      class={`qzg-popover qzg-${entry.category}`}
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      tabIndex={-1}
      lang="zh-CN"
      style={style}
      onKeyDown={onKeyDown}
      data-entry-id={entry.id}
    >
      <div class="qzg-head">
        <h2 class="qzg-term" id={titleId}>
          {entry.term}
        </h2>
        <p class="qzg-pinyin" lang="zh-Latn-pinyin">
          {entry.pinyin}
        </p>
        <span class="qzg-badge" data-category={entry.category}>
          {label.zh}{' '}
          <span class="qzg-badge-en" lang="en">
            {label.en}
          </span>
        </span>
      </div>
      <div class="qzg-body">
        <p class="qzg-summary" id={summaryId}>
          {summaryText(entry)}
        </p>
        {entry.fullName !== undefined && entry.fullName !== '' && (
          <p class="qzg-fullname">
            <span class="qzg-label">全称</span> {entry.fullName}
          </p>
        )}
        {entry.expansion !== undefined && entry.expansion.length > 0 && (
          <div class="qzg-expansion-block">
            <p class="qzg-label">指</p>
            <ul class="qzg-expansion">
              {entry.expansion.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </div>
        )}
        {division ? (
          <p class="qzg-parent qzg-where">
            <span class="qzg-label">属于</span> {[...division.chain].reverse().join(' › ')}
            <span class="qzg-english" lang="en">
              {[division.english, ...division.englishChain.slice(0, -1)].join(', ')}
            </span>
          </p>
        ) : (
          entry.parent !== undefined &&
          entry.parent !== '' && (
            <p class="qzg-parent">
              <span class="qzg-label">属于</span> {entry.parent}
            </p>
          )
        )}
        {entry.origin === 'user' && entry.note !== undefined && entry.note !== '' && (
          <p class="qzg-note">
            <span class="qzg-label">笔记</span> {entry.note}
          </p>
        )}
        {listed.length > 0 && (
          <section class="qzg-sources" aria-labelledby={`${base}-sources`}>
            <h3 class="qzg-sources-title" id={`${base}-sources`}>
              出处 <span lang="en">Sources</span>
            </h3>
            <ul>
              {listed.map((article) => (
                <li key={`${article.file}|${article.title ?? ''}`}>
                  <span class="qzg-source-title">{article.title ?? `“${shorten(article.excerpt, 24)}”`}</span>
                  {article.date !== undefined && (
                    <time class="qzg-date" dateTime={article.date}>
                      {article.date}
                    </time>
                  )}
                </li>
              ))}
            </ul>
            {hidden > 0 && (
              <p class="qzg-sources-more">
                另有 {hidden} 篇 <span lang="en">(+{hidden} more)</span>
              </p>
            )}
          </section>
        )}
      </div>
      <div class="qzg-foot">
        <button type="button" class="qzg-more" onClick={() => onMore(entry.id)}>
          详情 <span lang="en">more</span>
        </button>
      </div>
    </div>
  );
}
