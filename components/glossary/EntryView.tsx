/**
 * One entry in full: everything the compiler knows (summary, expansion, full name, parent place,
 * the places under it and, apart, the other entries set there, every source excerpt with its
 * article), the terms that appear with it, the reader's note, and the reader's actions (edit,
 * restore, delete, hide).
 *
 * All glossary and reader text is JSX text; the term inside an excerpt is marked by splitting the
 * string, never by building HTML.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlaceTree } from '../../lib/search/browse';
import { t } from '../../lib/ui/i18n';
import type { RelatedTerm } from '../../lib/search/related-terms';
import type { AnyEntry } from '../../lib/glossary/glossary';
import { summaryText } from '../../lib/glossary/entry-text';
import { SCOPES } from '../../lib/glossary/glossary';
import { scopeBadge } from '../labels';
import { categoryLabel, categoryStyle } from './category';
import type { EntryLink } from './links';

/** Built-in as shipped, the reader's version of a built-in entry, or the reader's own entry. */
export type EntryKind = 'built-in' | 'edited' | 'mine';

export interface EntryViewProps {
  entry: AnyEntry;
  kind: EntryKind;
  hidden: boolean;
  tree: PlaceTree;
  related: readonly RelatedTerm<AnyEntry>[];
  link: EntryLink;
  /** No storage: actions are not offered. */
  readOnly: boolean;
  /** Move focus to the heading when the entry opens (after following a link inside the view). */
  focusOnOpen?: boolean;
  onEdit(): void;
  onHide(hidden: boolean): void;
  /** Delete the reader's entry, or restore the original of an edited built-in one. */
  onRemove(): void;
}

/** `text` with each occurrence of the surface forms wrapped in <mark>, as JSX. */
export function markTerms(text: string, surfaces: readonly string[]): (string | JSX.Element)[] {
  const forms = [...new Set(surfaces.filter((s) => s !== ''))].sort((a, b) => b.length - a.length);
  const out: (string | JSX.Element)[] = [];
  let plain = '';
  for (let i = 0; i < text.length;) {
    const form = forms.find((f) => text.startsWith(f, i));
    if (form === undefined) {
      plain += text[i];
      i++;
      continue;
    }
    if (plain !== '') out.push(plain);
    plain = '';
    out.push(<mark key={i}>{form}</mark>);
    i += form.length;
  }
  if (plain !== '') out.push(plain);
  return out;
}

export function EntryView(props: EntryViewProps): JSX.Element {
  const { entry, kind, hidden, tree, related, link, readOnly } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  // Which entry the delete/restore confirmation is open for: another entry starts without it.
  const [confirmingId, setConfirmingId] = useState<string | undefined>();
  const confirming = confirmingId === entry.id;
  useEffect(() => {
    if (props.focusOnOpen) heading.current?.focus();
  }, [entry.id]);

  const parent = tree.parentOf.get(entry.id);
  const children = tree.children.get(entry.id) ?? [];
  const located = tree.located.get(entry.id) ?? [];
  const note = 'note' in entry ? entry.note : undefined;
  const surfaces = [entry.term, ...entry.aliases];

  return (
    <article class="gp-entry" style={categoryStyle(entry.category)} aria-labelledby="gp-entry-title">
      <header class="gp-entry-head">
        <h2 id="gp-entry-title" class="gp-term" lang="zh-CN" tabIndex={-1} ref={heading}>
          {entry.term}
        </h2>
        <p class="gp-pinyin">{entry.pinyin}</p>
        <p class="gp-badges">
          <span class="gp-badge">{categoryLabel(entry.category)}</span>
          {'scope' in entry && entry.scope !== undefined && SCOPES.includes(entry.scope) && (
            <span class="gp-badge gp-badge-scope" title={scopeBadge(entry.scope).title}>
              {scopeBadge(entry.scope).label}
            </span>
          )}
          {kind === 'edited' && <span class="gp-badge gp-badge-user">{t('pageBadgeEdited')}</span>}
          {kind === 'mine' && <span class="gp-badge gp-badge-user">{t('pageBadgeMine')}</span>}
          {hidden && <span class="gp-badge gp-badge-hidden">{t('pageBadgeHidden')}</span>}
        </p>
      </header>

      {!readOnly && (
        <div class="gp-entry-actions">
          <button type="button" onClick={props.onEdit}>
            {t('pageEdit')}
          </button>
          <button type="button" onClick={() => props.onHide(!hidden)}>
            {hidden ? t('pageUnhide') : t('pageHide')}
          </button>
          {kind !== 'built-in' && !confirming && (
            <button type="button" class="gp-danger" onClick={() => setConfirmingId(entry.id)}>
              {kind === 'edited' ? t('pageRestore') : t('pageDelete')}
            </button>
          )}
          {confirming && (
            <span class="gp-confirm" role="group" aria-label={t('pageConfirmTitle')}>
              <span>{kind === 'edited' ? t('pageConfirmRestore') : t('pageConfirmDelete')}</span>
              <button type="button" class="gp-danger" onClick={props.onRemove}>
                {kind === 'edited' ? t('pageRestoreConfirmed') : t('pageDeleteConfirmed')}
              </button>
              <button type="button" onClick={() => setConfirmingId(undefined)}>
                {t('pageCancel')}
              </button>
            </span>
          )}
        </div>
      )}

      <p class="gp-summary" lang="zh-CN">
        {summaryText(entry)}
      </p>

      <dl class="gp-facts">
        {entry.aliases.length > 0 && (
          <>
            <dt>{t('pageFieldAliases')}</dt>
            <dd lang="zh-CN">{entry.aliases.join('、')}</dd>
          </>
        )}
        {entry.fullName !== undefined && (
          <>
            <dt>{t('pageFieldFullName')}</dt>
            <dd lang="zh-CN" class="gp-fullname">
              {entry.fullName}
            </dd>
          </>
        )}
        {entry.expansion !== undefined && entry.expansion.length > 0 && (
          <>
            <dt>{t('pageFieldExpansion')}</dt>
            <dd>
              <ol class="gp-expansion" lang="zh-CN">
                {entry.expansion.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ol>
            </dd>
          </>
        )}
        {entry.parent !== undefined && (
          <>
            <dt>{t('pageFieldParent')}</dt>
            <dd lang="zh-CN" class="gp-parent">
              {parent ? <a {...link(parent.id)}>{entry.parent}</a> : entry.parent}
            </dd>
          </>
        )}
        {children.length > 0 && (
          <>
            <dt>
              {t('pagePlacesUnder')} <span class="gp-count">{children.length}</span>
            </dt>
            <dd>
              <ul class="gp-links gp-children" lang="zh-CN">
                {children.map((child) => {
                  // How many places lie in each: a county's towns show how many villages each has.
                  const under = tree.children.get(child.id)?.length ?? 0;
                  return (
                    <li key={child.id}>
                      <a {...link(child.id)}>{child.term}</a>
                      {under > 0 && <span class="gp-count"> {under}</span>}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </>
        )}
        {located.length > 0 && (
          <>
            <dt>
              {t('pageEntriesHere')} <span class="gp-count">{located.length}</span>
            </dt>
            <dd>
              {/* Coloured by category like related terms: these are programmes, bodies, slogans. */}
              <ul class="gp-links gp-located" lang="zh-CN">
                {located.map((other) => (
                  <li key={other.id}>
                    <a {...link(other.id)} style={categoryStyle(other.category)} class="gp-related-link">
                      {other.term}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      {note !== undefined && (
        <section class="gp-note" aria-labelledby="gp-note-title">
          <h3 id="gp-note-title">{t('pageFieldNote')}</h3>
          <p>{note}</p>
        </section>
      )}

      <section class="gp-sources" aria-labelledby="gp-sources-title">
        <h3 id="gp-sources-title">{t('pageSources', String(entry.sources.length))}</h3>
        {entry.sources.length === 0 ? (
          <p class="gp-muted">{t('pageNoSources')}</p>
        ) : (
          <ol>
            {entry.sources.map((source, i) => (
              <li key={i} class="gp-source">
                <blockquote lang="zh-CN">{markTerms(source.excerpt, surfaces)}</blockquote>
                <p class="gp-source-meta">
                  {source.title !== undefined && (
                    <cite class="gp-source-title" lang="zh-CN">
                      {source.title}
                    </cite>
                  )}
                  {source.date !== undefined && <time dateTime={source.date}>{source.date}</time>}
                  <span class="gp-file">{source.file}</span>
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      {related.length > 0 && (
        <section class="gp-related" aria-labelledby="gp-related-title">
          <h3 id="gp-related-title">{t('pageRelated')}</h3>
          <ul class="gp-links" lang="zh-CN">
            {related.map(({ entry: other, excerpts }) => (
              <li key={other.id}>
                <a {...link(other.id)} style={categoryStyle(other.category)} class="gp-related-link">
                  {other.term}
                </a>{' '}
                <span class="gp-count" title={t('pageRelatedCount', String(excerpts))}>
                  ×{excerpts}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
