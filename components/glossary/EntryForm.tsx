/**
 * The form to add a term or edit one (built-in or the reader's). It turns the fields into a draft,
 * validates it through lib/storage/user-entry-drafts.ts and hands a valid UserEntry to `onSave`; problems
 * are listed next to the form in words (field + problem) and nothing is saved.
 *
 * Lists are typed as text: aliases separated by commas, 、 or new lines; expansion one item a line.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { StorageError } from '../../lib/storage/db';
import { CATEGORIES, type Category, type AnyEntry, type UserEntry } from '../../lib/glossary/glossary';
import { t } from '../../lib/ui/i18n';
import type { Validated } from '../../lib/storage/user-entries';
import { createUserEntry, editEntry, type UserEntryDraft } from '../../lib/storage/user-entry-drafts';
import { categoryLabel } from './category';
import { describeFieldError, parseFieldError, type FormField } from './field-errors';
import type { EntryLink } from './links';

export interface EntryFormProps {
  /** The entry to edit; absent to add a new one. */
  base?: AnyEntry;
  /** Term to start a new entry with (the search that found nothing). */
  initialTerm?: string;
  /** Ids in use, so a new entry gets a fresh `user-…` id. */
  takenIds: ReadonlySet<string>;
  /** An entry with the same term, if any: shown as a hint when adding (not an error). */
  findTerm(term: string): AnyEntry | undefined;
  link: EntryLink;
  /** Stores the entry; a StorageError is shown in the form. */
  onSave(entry: UserEntry): Promise<void>;
  onCancel(): void;
  now?: () => number;
}

interface Fields {
  term: string;
  category: Category;
  summary: string;
  aliases: string;
  expansion: string;
  fullName: string;
  parent: string;
  note: string;
}

function fieldsOf(entry: AnyEntry | undefined): Fields {
  return {
    term: entry?.term ?? '',
    category: entry?.category ?? 'place',
    summary: entry?.summary ?? '',
    aliases: entry?.aliases.join('、') ?? '',
    expansion: entry?.expansion?.join('\n') ?? '',
    fullName: entry?.fullName ?? '',
    parent: entry?.parent ?? '',
    note: entry && 'note' in entry ? (entry.note ?? '') : '',
  };
}

/** Aliases as typed: split on commas (ASCII or full-width), 、, semicolons and new lines. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function draftOf(fields: Fields): UserEntryDraft {
  return {
    term: fields.term,
    category: fields.category,
    summary: fields.summary,
    aliases: splitList(fields.aliases),
    expansion: splitLines(fields.expansion),
    fullName: fields.fullName,
    parent: fields.parent,
    note: fields.note,
  };
}

export function EntryForm({
  base,
  initialTerm,
  takenIds,
  findTerm,
  link,
  onSave,
  onCancel,
  now,
}: EntryFormProps): JSX.Element {
  const [fields, setFields] = useState<Fields>(() => ({
    ...fieldsOf(base),
    ...(base === undefined && initialTerm ? { term: initialTerm } : {}),
  }));
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const errorBox = useRef<HTMLDivElement>(null);
  const firstField = useRef<HTMLInputElement>(null);

  useEffect(() => firstField.current?.focus(), []);
  useEffect(() => {
    if (errors.length > 0) errorBox.current?.focus();
  }, [errors]);

  const set = (name: keyof Fields) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setFields((current) => ({ ...current, [name]: value }));
  };

  const invalid = new Set(errors.map((e) => parseFieldError(e).field));
  const existing = base === undefined ? findTerm(fields.term.trim()) : undefined;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    const time = now?.() ?? Date.now();
    const draft = draftOf(fields);
    const result: Validated<UserEntry> = base
      ? editEntry(base, draft, time)
      : createUserEntry(draft, takenIds, time);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      await onSave(result.value);
    } catch (error) {
      setErrors(
        error instanceof StorageError
          ? [error.message, ...error.details]
          : [error instanceof Error ? error.message : String(error)],
      );
    } finally {
      setSaving(false);
    }
  };

  const fieldProps = (name: FormField) => ({
    id: `gp-form-${name}`,
    name,
    'aria-invalid': invalid.has(name) ? ('true' as const) : undefined,
    'aria-describedby': invalid.has(name) ? 'gp-form-errors' : undefined,
  });

  return (
    <form class="gp-form" onSubmit={submit} aria-labelledby="gp-form-title" noValidate>
      <h2 id="gp-form-title">{base ? t('pageEditTitle', base.term) : t('pageAddTitle')}</h2>
      {base && base.origin !== 'user' && <p class="gp-muted">{t('pageEditBuiltInHint')}</p>}

      {errors.length > 0 && (
        <div class="gp-errors" id="gp-form-errors" role="alert" tabIndex={-1} ref={errorBox}>
          <p>{t('pageFormErrors')}</p>
          <ul>
            {errors.map((error, i) => (
              <li key={i}>{describeFieldError(error)}</li>
            ))}
          </ul>
        </div>
      )}

      <label for="gp-form-term">{t('pageFieldTerm')}</label>
      <input
        {...fieldProps('term')}
        ref={firstField}
        lang="zh-CN"
        value={fields.term}
        onInput={set('term')}
        required
      />
      {existing && (
        <p class="gp-hint">
          {t('pageTermExists')} <a {...link(existing.id)}>{existing.term}</a>
        </p>
      )}

      <label for="gp-form-category">{t('pageFieldCategory')}</label>
      <select {...fieldProps('category')} value={fields.category} onChange={set('category')}>
        {CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {categoryLabel(category)}
          </option>
        ))}
      </select>

      <label for="gp-form-summary">{t('pageFieldSummary')}</label>
      <textarea
        {...fieldProps('summary')}
        lang="zh-CN"
        rows={3}
        value={fields.summary}
        onInput={set('summary')}
        required
      />

      <label for="gp-form-aliases">{t('pageFieldAliases')}</label>
      <input {...fieldProps('aliases')} lang="zh-CN" value={fields.aliases} onInput={set('aliases')} />
      <p class="gp-hint">{t('pageAliasesHint')}</p>

      <label for="gp-form-expansion">{t('pageFieldExpansion')}</label>
      <textarea
        {...fieldProps('expansion')}
        lang="zh-CN"
        rows={3}
        value={fields.expansion}
        onInput={set('expansion')}
      />
      <p class="gp-hint">{t('pageExpansionHint')}</p>

      <label for="gp-form-fullName">{t('pageFieldFullName')}</label>
      <input {...fieldProps('fullName')} lang="zh-CN" value={fields.fullName} onInput={set('fullName')} />

      <label for="gp-form-parent">{t('pageFieldParent')}</label>
      <input {...fieldProps('parent')} lang="zh-CN" value={fields.parent} onInput={set('parent')} />

      <label for="gp-form-note">{t('pageFieldNote')}</label>
      <textarea {...fieldProps('note')} rows={3} value={fields.note} onInput={set('note')} />

      <div class="gp-form-actions">
        <button type="submit" class="gp-primary" disabled={saving}>
          {t('pageSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('pageCancel')}
        </button>
      </div>
    </form>
  );
}
