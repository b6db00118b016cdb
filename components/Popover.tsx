/**
 * The popover shown for a hovered (or keyboard-focused) term.
 *
 * Compact, like a reading-aid dictionary (10ten, Zhongwen): term, pinyin, category (and scope),
 * where a place lies, the definition, what a formula stands for, and one line that counts the
 * sources and leads to the glossary page. The source list unfolds only when asked for.
 *
 * A non-modal `role="dialog"`, not `role="tooltip"`: it holds buttons and must be reachable from
 * the keyboard, and a tooltip may contain neither interactive content nor focus. The container is
 * focusable (`tabIndex={-1}`, focused by the caller or with `autoFocus` when opened from the
 * keyboard; a hover never steals focus from the page); Escape inside it calls `onDismiss`.
 *
 * The glossary's text is Chinese (the dialog is `lang="zh-CN"`); every label comes from the i18n
 * catalogue in the browser's language and carries that language's `lang`, so an English label
 * inside the Chinese dialog is read (and hyphenated, and given a font) as English.
 *
 * Glossary text is only ever rendered as JSX text, never as HTML.
 */
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { sourceArticles, summaryText } from '../lib/glossary/entry-text';
import { SCOPES, type AnyEntry, type Scope } from '../lib/glossary/glossary';
import { toSimplified } from '../lib/matching/script-fold';
import { t } from '../lib/ui/i18n';
import { categoryBadge, scopeBadge, uiLangTag } from './labels';
import './popover.css';

export interface PopoverProps {
  /** A built-in entry or the reader's own (whose note is shown too). */
  entry: AnyEntry;
  /**
   * The term as the page wrote it, where that is in Traditional characters (龍游縣): shown as the
   * title, with the entry's Simplified form beside it.
   */
  written?: string;
  /**
   * Other entries with the same term (白沙村 of 柯城区 and of 江山市): the page may mean any of them,
   * so each is named by where it lies.
   */
  homonyms?: readonly AnyEntry[];
  /** The "more" button: open the glossary page at this entry. */
  onMore(id: string): void;
  /** Escape pressed inside the popover. */
  onDismiss(): void;
  /** The popover changed size by itself (the source list folded or unfolded): re-measure it. */
  onResize?(): void;
  /** DOM id of the dialog; ids of its title and description derive from it. */
  id?: string;
  /** From the placement: the popover never grows beyond this height (CSS px); the body scrolls. */
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

/**
 * The entry's scope, when it is a term used beyond Quzhou. Checked at run time: the reader's
 * entries have none (one copied from a built-in entry may still carry a stale field), and an
 * unknown value from a newer glossary shows no badge rather than a raw key.
 */
function scopeOf(entry: AnyEntry): Scope | undefined {
  if (entry.origin === 'user') return undefined;
  const scope: unknown = entry.scope;
  return SCOPES.find((known) => known === scope);
}

/** Where the entry lies: a division's chain from the province down, else the parent the text gives. */
function whereOf(entry: AnyEntry): { chain: string; english?: string } | undefined {
  const division = 'division' in entry ? entry.division : undefined;
  if (division) {
    return {
      chain: [...division.chain].reverse().join(' › '),
      // Its own English form and the chain up to the city (Hetian Village, Dajie Township, Longyou
      // County, Quzhou): the province only where nothing else would follow (Quzhou, Zhejiang
      // Province), since an English reader should learn where the place is, not just its name.
      english: [
        division.english,
        ...(division.englishChain.length > 1 ? division.englishChain.slice(0, -1) : division.englishChain),
      ].join(', '),
    };
  }
  return entry.parent ? { chain: entry.parent } : undefined;
}

/** At most this many places of the same name are listed; the rest are counted. */
const HOMONYMS_SHOWN = 3;

export function Popover({
  entry,
  written,
  homonyms = [],
  onMore,
  onDismiss,
  onResize,
  id,
  maxHeight,
  maxWidth,
  autoFocus,
}: PopoverProps): JSX.Element {
  // Not useId(): it restarts in every render root, and each popover may be a root of its own.
  const [generated] = useState(() => `qzg-popover-${++instances}`);
  const base = id ?? generated;
  const titleId = `${base}-title`;
  const traditional = written !== undefined && toSimplified(written) !== written;
  const summaryId = `${base}-summary`;
  const sourcesId = `${base}-sources`;
  const toggleId = `${base}-sources-toggle`;
  const root = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // Which entry's sources are unfolded: the same popover may be re-rendered for another entry,
  // which must start folded again.
  const [openFor, setOpenFor] = useState<string | undefined>(undefined);
  const open = openFor === entry.id;
  const firstLayout = useRef(true);

  useEffect(() => {
    if (autoFocus) root.current?.focus();
  }, [autoFocus, entry.id]);

  useLayoutEffect(() => {
    if (firstLayout.current) {
      firstLayout.current = false;
      return;
    }
    // Unfolded at the end of the body, which may scroll: bring the list into view, all of it if
    // it fits, else its start. Not scrollIntoView, which may scroll the page and so close us.
    const scroller = body.current;
    const shown = list.current;
    if (open && scroller && shown) {
      const top = shown.offsetTop - scroller.offsetTop;
      const wanted = Math.min(top, top + shown.offsetHeight - scroller.clientHeight);
      scroller.scrollTop = Math.max(scroller.scrollTop, wanted);
    }
    onResize?.();
  }, [open]);

  const ui = uiLangTag();
  const english = !ui.toLowerCase().startsWith('zh');
  const summary = summaryText(entry);
  const scope = scopeOf(entry);
  const where = whereOf(entry);
  // Where each place of the same name lies, without the province and city they share with this one.
  const others = homonyms
    .filter((h) => h.id !== entry.id)
    .map((h) => whereOf(h)?.chain.replace(/^浙江省 › 衢州市 › /, ''))
    .filter((chain): chain is string => chain !== undefined && chain !== '');
  const expansion = entry.expansion ?? [];
  // The expansion is written once: not again when the summary already names every item.
  const showExpansion = expansion.length > 0 && !expansion.every((item) => summary.includes(item));
  const showFullName =
    entry.fullName !== undefined && entry.fullName !== '' && !summary.includes(entry.fullName);
  const note = entry.origin === 'user' ? entry.note : undefined;
  const articles = sourceArticles(entry.sources);

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

  const badge = scope && scopeBadge(scope);

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
        {traditional ? (
          <h2 class="qzg-term" id={titleId}>
            <span lang="zh-Hant">{written}</span>{' '}
            <span class="qzg-simplified" lang="zh-CN">
              {entry.term}
            </span>
          </h2>
        ) : (
          <h2 class="qzg-term" id={titleId}>
            {entry.term}
          </h2>
        )}
        <p class="qzg-pinyin" lang="zh-Latn-pinyin">
          {entry.pinyin}
        </p>
        <p class="qzg-badges">
          <span class="qzg-badge" data-category={entry.category} lang={ui}>
            {categoryBadge(entry.category)}
          </span>
          {badge && (
            <span class="qzg-badge qzg-scope" data-scope={scope} lang={ui} title={badge.title}>
              {badge.label}
            </span>
          )}
        </p>
      </div>
      <div class="qzg-body" ref={body}>
        {where && (
          <p class="qzg-where">
            <span class="qzg-label" lang={ui}>
              {t('popoverIn')}
            </span>{' '}
            <span class="qzg-chain">{where.chain}</span>
            {english && where.english !== undefined && (
              <span class="qzg-english" lang="en">
                {where.english}
              </span>
            )}
          </p>
        )}
        <p class="qzg-summary" id={summaryId}>
          {summary}
        </p>
        {others.length > 0 && (
          <p class="qzg-homonyms">
            <span class="qzg-label" lang={ui}>
              {t('popoverSameName')}
            </span>{' '}
            {others.slice(0, HOMONYMS_SHOWN).join('；')}
            {others.length > HOMONYMS_SHOWN && (
              <span lang={ui}> {t('popoverSameNameMore', String(others.length - HOMONYMS_SHOWN))}</span>
            )}
          </p>
        )}
        {showExpansion && (
          <p class="qzg-expansion">
            <span class="qzg-label" lang={ui}>
              {t('popoverStandsFor')}
            </span>{' '}
            {/* Inline, as Chinese writes a list: 枢纽之城、康养之城、… */}
            <span class="qzg-expansion-items">{expansion.join('、')}</span>
          </p>
        )}
        {showFullName && (
          <p class="qzg-fullname">
            <span class="qzg-label" lang={ui}>
              {t('popoverFullName')}
            </span>{' '}
            {entry.fullName}
          </p>
        )}
        {note !== undefined && note !== '' && (
          <p class="qzg-note">
            <span class="qzg-label" lang={ui}>
              {t('popoverNote')}
            </span>{' '}
            {note}
          </p>
        )}
        {open && (
          // Named by its button ("3 sources"), which carries the UI language.
          <ul class="qzg-sources" id={sourcesId} aria-labelledby={toggleId} ref={list}>
            {articles.map((article) => (
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
        )}
      </div>
      <div class="qzg-foot">
        {articles.length > 0 && (
          <>
            <button
              type="button"
              id={toggleId}
              class="qzg-sources-toggle"
              lang={ui}
              aria-expanded={open ? 'true' : 'false'}
              aria-controls={sourcesId}
              onClick={() => setOpenFor(open ? undefined : entry.id)}
            >
              {t(
                articles.length === 1 ? 'popoverSourceCountOne' : 'popoverSourceCount',
                String(articles.length),
              )}
            </button>
            <span class="qzg-dot" aria-hidden="true">
              ·
            </span>
          </>
        )}
        <button
          type="button"
          class="qzg-more"
          lang={ui}
          title={t('popoverMoreTitle')}
          onClick={() => onMore(entry.id)}
        >
          {t('popoverMore')}
        </button>
      </div>
    </div>
  );
}
