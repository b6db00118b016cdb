/**
 * The reader's own entries (new terms, or their edit of a built-in entry, with a note) and hidden
 * terms: limits, validation, ids and merging with the built-in glossary. Their types, UserEntry
 * and AnyEntry, are with the glossary's in lib/glossary/glossary.ts.
 *
 * An edit of a built-in entry keeps the built-in id and overrides it (see mergeEntries); a new
 * entry gets a `user-…` id. Hidden ids are kept separately so the UI can list and unhide them.
 *
 * This module does not import pinyin-pro (large): content scripts and the background validate user
 * entries through it. Making entries from the reader's form is lib/storage/user-entry-drafts.ts; the
 * export/import file is lib/storage/user-data-file.ts.
 */
import {
  CATEGORIES,
  type Category,
  type Evidence,
  type GlossaryEntry,
  type UserEntry,
} from '../glossary/glossary';
import { isEntryId } from '../glossary/messages';

export const USER_EXPORT_FORMAT = 'quzhou-glossary-user';
export const USER_EXPORT_VERSION = 1;

export const USER_LIMITS = {
  term: 40,
  summary: 500,
  note: 2000,
  aliases: 20,
  expansion: 20,
  expansionItem: 200,
  fullName: 100,
  pinyin: 400,
  id: 120,
  sources: 50,
  sourceText: 1000,
  entries: 5000,
  hidden: 10000,
  /** Characters of import text (about 5 MB of Chinese): larger files are refused before parsing. */
  fileChars: 5_000_000,
} as const;

/** The export/import file. */
export interface UserExport {
  format: typeof USER_EXPORT_FORMAT;
  version: typeof USER_EXPORT_VERSION;
  entries: UserEntry[];
  /** Ids of hidden entries (built-in or user), sorted. */
  hidden: string[];
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: string[] };

// ---------------------------------------------------------------------------------------------
// Pinyin and ids

export function isUserEntryId(id: string): boolean {
  return id.startsWith('user-') && isEntryId(id);
}

/** A new `user-…` id from the term's toneless pinyin, unique among `taken` (user-qu-jiang, user-qu-jiang-2). */
export function userEntryId(pinyin: string, taken: ReadonlySet<string>): string {
  const slug =
    pinyin
      .normalize('NFKD')
      .toLowerCase()
      .replace(/u\u0308/g, 'v')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entry';
  // Room for `user-` and a `-NNNN` suffix within the id limit.
  const base = `user-${slug.slice(0, USER_LIMITS.id - 'user-'.length - 6).replace(/-+$/, '')}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

// ---------------------------------------------------------------------------------------------
// Field checks: each returns an error message (without the path) or undefined.

const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\u2028\u2029]/u;
const CONTROL_EXCEPT_NEWLINE = /[\p{Cf}\p{Co}\p{Cn}\u2028\u2029]|(?![\n])\p{Cc}/u;
/** Han, Latin, digits, single spaces and punctuation / math signs (3+X, 六抓六比·八大竞赛, 三通一智（治）). */
const TERM_CHARS = /^[\p{Script=Han}\p{Script=Latin}\p{Nd}\p{P}\p{Sm} ]+$/u;
const TERM_LETTER = /[\p{Script=Han}\p{Script=Latin}\p{Nd}]/u;

/** Length in characters (code points), as a reader counts them. */
export function charLength(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

export function checkTerm(value: unknown, max: number = USER_LIMITS.term): string | undefined {
  if (typeof value !== 'string') return 'must be a string';
  if (value.trim() === '') return 'must not be empty';
  if (CONTROL.test(value)) return 'must not contain control or invisible characters';
  if (value !== value.trim() || value.includes('  '))
    return 'must not start or end with spaces or hold double spaces';
  if (charLength(value) > max) return `must be at most ${max} characters`;
  // Rendered as text everywhere, so not a risk; refused for the same rule as data/curated.json
  // (docs/glossary-format.md): glossary strings never look like markup.
  if (/[<>]/.test(value)) return 'must not contain < or >';
  if (!TERM_CHARS.test(value) || !TERM_LETTER.test(value)) {
    return 'must be Chinese or Latin text (letters, digits, punctuation)';
  }
  return undefined;
}

function checkPlain(value: unknown, max: number, options: { multiline?: boolean; empty?: boolean } = {}) {
  if (typeof value !== 'string') return 'must be a string';
  if (!options.empty && value.trim() === '') return 'must not be empty';
  if ((options.multiline ? CONTROL_EXCEPT_NEWLINE : CONTROL).test(value)) {
    return options.multiline
      ? 'must be plain text (no control or invisible characters)'
      : 'must be one line of plain text (no control or invisible characters)';
  }
  if (charLength(value) > max) return `must be at most ${max} characters`;
  return undefined;
}

function checkPinyin(value: unknown): string | undefined {
  const plain = checkPlain(value, USER_LIMITS.pinyin);
  if (plain) return plain;
  return /[\p{Script=Han}]/u.test(value as string) ? 'must not contain Chinese characters' : undefined;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ENTRY_KEYS = new Set([
  'id',
  'term',
  'aliases',
  'category',
  'pinyin',
  'summary',
  'expansion',
  'fullName',
  'parent',
  'sources',
  'origin',
  'note',
  'updatedAt',
]);
const SOURCE_KEYS = new Set(['file', 'excerpt', 'title', 'date']);

export interface EntryCheckOptions {
  /** Import leniency: missing id, pinyin, sources, origin, updatedAt are filled in. */
  fill?: { taken: Set<string>; now: number; pinyinOf: (term: string) => string };
}

/**
 * Checks an unknown value against the UserEntry shape, collecting every problem as
 * `path.field: message`. With `fill`, optional-in-the-file fields are completed.
 */
export function checkEntry(value: unknown, path: string, errors: string[], options: EntryCheckOptions = {}) {
  if (!isObject(value)) {
    errors.push(`${path}: must be an object`);
    return undefined;
  }
  const before = errors.length;
  const fail = (field: string, message: string) => errors.push(`${path}.${field}: ${message}`);
  for (const key of Object.keys(value)) if (!ENTRY_KEYS.has(key)) fail(key, 'unknown field');

  const termError = checkTerm(value.term);
  if (termError) fail('term', termError);

  const aliases: string[] = [];
  if (value.aliases === undefined && options.fill) {
    // missing aliases: none
  } else if (!Array.isArray(value.aliases)) {
    fail('aliases', 'must be an array of strings');
  } else if (value.aliases.length > USER_LIMITS.aliases) {
    fail('aliases', `must hold at most ${USER_LIMITS.aliases} aliases`);
  } else {
    value.aliases.forEach((alias: unknown, i: number) => {
      const error = checkTerm(alias);
      if (error) fail(`aliases[${i}]`, error);
      else if (alias === value.term) fail(`aliases[${i}]`, 'must differ from the term');
      else if (aliases.includes(alias as string)) fail(`aliases[${i}]`, 'is a duplicate');
      else aliases.push(alias as string);
    });
  }

  if (!CATEGORIES.includes(value.category as Category)) {
    fail('category', `must be one of ${CATEGORIES.join(', ')}`);
  }

  let pinyin = value.pinyin;
  if (pinyin === undefined && options.fill && typeof value.term === 'string' && !termError) {
    pinyin = options.fill.pinyinOf(value.term);
  } else {
    const error = checkPinyin(pinyin);
    if (error) fail('pinyin', error);
  }

  const summaryError = checkPlain(value.summary, USER_LIMITS.summary, { multiline: true });
  if (summaryError) fail('summary', summaryError);

  if (value.note !== undefined) {
    const error = checkPlain(value.note, USER_LIMITS.note, { multiline: true, empty: true });
    if (error) fail('note', error);
  }
  if (value.expansion !== undefined) {
    if (!Array.isArray(value.expansion) || value.expansion.length > USER_LIMITS.expansion) {
      fail('expansion', `must be an array of at most ${USER_LIMITS.expansion} strings`);
    } else {
      value.expansion.forEach((item: unknown, i: number) => {
        const error = checkPlain(item, USER_LIMITS.expansionItem);
        if (error) fail(`expansion[${i}]`, error);
      });
    }
  }
  if (value.fullName !== undefined) {
    const error = checkPlain(value.fullName, USER_LIMITS.fullName);
    if (error) fail('fullName', error);
  }
  if (value.parent !== undefined) {
    const error = checkTerm(value.parent);
    if (error) fail('parent', error);
  }

  let sources: Evidence[] = [];
  if (value.sources === undefined && options.fill) {
    // a new entry has no sources
  } else if (!Array.isArray(value.sources) || value.sources.length > USER_LIMITS.sources) {
    fail('sources', `must be an array of at most ${USER_LIMITS.sources} sources`);
  } else {
    sources = [];
    value.sources.forEach((source: unknown, i: number) => {
      const at = `sources[${i}]`;
      if (!isObject(source)) {
        fail(at, 'must be an object');
        return;
      }
      for (const key of Object.keys(source)) if (!SOURCE_KEYS.has(key)) fail(`${at}.${key}`, 'unknown field');
      const fileError = checkPlain(source.file, 200);
      if (fileError) fail(`${at}.file`, fileError);
      const excerptError = checkPlain(source.excerpt, USER_LIMITS.sourceText, { multiline: true });
      if (excerptError) fail(`${at}.excerpt`, excerptError);
      if (source.title !== undefined) {
        const error = checkPlain(source.title, 200);
        if (error) fail(`${at}.title`, error);
      }
      if (source.date !== undefined && (typeof source.date !== 'string' || !isDate(source.date))) {
        fail(`${at}.date`, 'must be a date written YYYY-MM-DD');
      }
      sources.push(source as unknown as Evidence);
    });
  }

  if (value.origin !== undefined ? value.origin !== 'user' : !options.fill) fail('origin', 'must be "user"');

  let updatedAt = value.updatedAt;
  if (updatedAt === undefined && options.fill) updatedAt = options.fill.now;
  else if (typeof updatedAt !== 'number' || !Number.isSafeInteger(updatedAt) || updatedAt < 0) {
    fail('updatedAt', 'must be a time in milliseconds (a non-negative integer)');
  }

  let id = value.id;
  if (id === undefined && options.fill) {
    if (typeof pinyin === 'string') id = userEntryId(pinyin, options.fill.taken);
  } else if (typeof id !== 'string' || !isEntryId(id)) {
    fail('id', 'must be 1-120 characters a-z, 0-9 and -, starting with a letter or digit');
  }

  if (errors.length > before) return undefined;
  const entry: UserEntry = {
    id: id as string,
    term: value.term as string,
    aliases,
    category: value.category as Category,
    pinyin: pinyin as string,
    summary: value.summary as string,
    sources,
    origin: 'user',
    updatedAt: updatedAt as number,
  };
  if (value.expansion !== undefined) entry.expansion = [...(value.expansion as string[])];
  if (value.fullName !== undefined) entry.fullName = value.fullName as string;
  if (value.parent !== undefined) entry.parent = value.parent as string;
  if (value.note !== undefined) entry.note = value.note as string;
  return entry;
}

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Checks a stored or submitted user entry. Errors read `entry.category: must be one of …`. */
export function validateUserEntry(value: unknown, path = 'entry'): Validated<UserEntry> {
  const errors: string[] = [];
  const entry = checkEntry(value, path, errors);
  return entry ? { ok: true, value: entry } : { ok: false, errors };
}

/**
 * Built-in entries with the reader's entries applied: a user entry with a built-in id replaces
 * that entry in place; new user entries follow, in id order. Hidden entries are not removed.
 */
export function mergeEntries<B extends { id: string } = GlossaryEntry, U extends { id: string } = UserEntry>(
  builtIn: readonly B[],
  user: readonly U[],
): (B | U)[] {
  const byId = new Map(user.map((e) => [e.id, e]));
  const merged: (B | U)[] = builtIn.map((e) => byId.get(e.id) ?? e);
  const builtInIds = new Set(builtIn.map((e) => e.id));
  const added = user
    .filter((e) => !builtInIds.has(e.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...merged, ...added];
}
