/**
 * Validation errors in words. lib/storage/user-entries.ts reports `entry.aliases[2]: is a duplicate`; the
 * form shows `Aliases (3): is a duplicate` in the reader's language. The problems a reader can
 * cause from the form are translated (PROBLEMS); any other keeps the validator's English, which
 * is precise, rather than a vague translation.
 */
import { t, type MessageKey } from '../../lib/ui/i18n';

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

/** Validator wording → catalogue message; the first capture group, if any, is the number. */
const PROBLEMS: readonly (readonly [RegExp, MessageKey])[] = [
  [/^must not be empty$/, 'pageProblemEmpty'],
  [/^must be at most (\d+) characters$/, 'pageProblemTooLong'],
  [/^must be Chinese or Latin text/, 'pageProblemTermChars'],
  [/^must not contain < or >$/, 'pageProblemAngle'],
  [/^must not start or end with spaces/, 'pageProblemSpaces'],
  [/^must not contain control or invisible characters$/, 'pageProblemInvisible'],
  [/^must be (?:one line of )?plain text/, 'pageProblemPlain'],
  [/^is a duplicate$/, 'pageProblemDuplicate'],
  [/^must differ from the term$/, 'pageProblemSameAsTerm'],
  [/^must (?:hold|be an array of) at most (\d+) /, 'pageProblemTooMany'],
];

function localizeProblem(problem: string): string {
  for (const [pattern, key] of PROBLEMS) {
    const match = pattern.exec(problem);
    if (match) return match[1] === undefined ? t(key) : t(key, match[1]);
  }
  return problem;
}

/** `Aliases (3): is a duplicate`, in the UI language. */
export function describeFieldError(error: string): string {
  const { field, index, problem } = parseFieldError(error);
  const key = field === undefined ? undefined : FIELD_LABELS[field];
  if (key === undefined) return error;
  const label = t(key);
  const text = localizeProblem(problem);
  return index === undefined ? `${label}: ${text}` : `${label} (${index + 1}): ${text}`;
}
