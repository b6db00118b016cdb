/**
 * Validation errors in words. lib/user-entries.ts reports `entry.aliases[2]: is a duplicate`; the
 * form shows `Aliases (3): is a duplicate` in the reader's language. The problem itself stays as
 * the validator wrote it (English): it is precise, and a second wording would drift from it.
 */
import { t, type MessageKey } from '../../lib/i18n';

/** Form fields, in form order: the entry's fields the reader can edit. */
export const FORM_FIELDS = [
  'term',
  'category',
  'summary',
  'aliases',
  'expansion',
  'fullName',
  'parent',
  'note',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

const FIELD_LABELS: Record<string, MessageKey> = {
  term: 'pageFieldTerm',
  category: 'pageFieldCategory',
  summary: 'pageFieldSummary',
  aliases: 'pageFieldAliases',
  expansion: 'pageFieldExpansion',
  fullName: 'pageFieldFullName',
  parent: 'pageFieldParent',
  note: 'pageFieldNote',
  pinyin: 'pageFieldPinyin',
};

export interface FieldError {
  /** The entry field (`aliases`), or undefined for an error about the whole entry. */
  field: string | undefined;
  /** 0-based item index for list fields (`aliases[2]` → 2). */
  index: number | undefined;
  problem: string;
}

/** `entry.aliases[2]: is a duplicate` → { field: 'aliases', index: 2, problem: 'is a duplicate' }. */
export function parseFieldError(error: string): FieldError {
  const match = /^[A-Za-z]+(?:\[\d+\])?\.([A-Za-z]+)(?:\[(\d+)\])?[.\w[\]]*: (.*)$/s.exec(error);
  if (!match) return { field: undefined, index: undefined, problem: error };
  return {
    field: match[1],
    index: match[2] === undefined ? undefined : Number(match[2]),
    problem: match[3]!,
  };
}

/** `Aliases (3): is a duplicate`, in the UI language. */
export function describeFieldError(error: string): string {
  const { field, index, problem } = parseFieldError(error);
  const key = field === undefined ? undefined : FIELD_LABELS[field];
  if (key === undefined) return error;
  const label = t(key);
  return index === undefined ? `${label}: ${problem}` : `${label} (${index + 1}): ${problem}`;
}
