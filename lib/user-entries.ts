/**
 * The reader's own entries (new terms, or their edit of a built-in entry, with a note) and hidden
 * terms: types, validation, ids, pinyin for new terms, and the export/import file format.
 *
 * An edit of a built-in entry keeps the built-in id and overrides it (see mergeEntries); a new
 * entry gets a `user-…` id. Hidden ids are kept separately so the UI can list and unhide them.
 *
 * Pinyin for user terms comes from lib/pinyin.ts, the same function the compiler uses, so a user's
 * term reads as a built-in one would (衢 qú, 廿 niàn). Only createUserEntry / editEntry /
 * validateImport (for a file without pinyin) call it; pinyin-pro has no side effects, so a bundle
 * that imports only the validators (the popup, through lib/db.ts) leaves it out.
 */
import { CATEGORIES, type Category, type Evidence, type GlossaryEntry } from './glossary';
import { isEntryId } from './messages';
import { termPinyin } from './pinyin';

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

/** A user entry: new (`user-…` id) or the reader's version of a built-in entry (its id). */
export interface UserEntry extends Omit<GlossaryEntry, 'origin'> {
  origin: 'user';
  /** The reader's own note on the term, shown with the entry. */
  note?: string;
  /** Milliseconds since the epoch of the last change. */
  updatedAt: number;
}

/** An entry as the UI sees it: built-in, or the reader's. */
export type AnyEntry = GlossaryEntry | UserEntry;

/** The export/import file. */
export interface UserExport {
  format: typeof USER_EXPORT_FORMAT;
  version: typeof USER_EXPORT_VERSION;
  entries: UserEntry[];
  /** Ids of hidden entries (built-in or user), sorted. */
  hidden: string[];
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** What the reader fills in to add or change an entry. Pinyin is computed from the term when absent. */
export interface UserEntryDraft {
  term: string;
  category: Category;
  summary: string;
  aliases?: string[];
  note?: string;
  pinyin?: string;
  expansion?: string[];
  fullName?: string;
  parent?: string;
}

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
function length(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

function checkTerm(value: unknown, max: number = USER_LIMITS.term): string | undefined {
  if (typeof value !== 'string') return 'must be a string';
  if (value.trim() === '') return 'must not be empty';
  if (CONTROL.test(value)) return 'must not contain control or invisible characters';
  if (value !== value.trim() || value.includes('  '))
    return 'must not start or end with spaces or hold double spaces';
  if (length(value) > max) return `must be at most ${max} characters`;
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
  if (length(value) > max) return `must be at most ${max} characters`;
  return undefined;
}

function checkPinyin(value: unknown): string | undefined {
  const plain = checkPlain(value, USER_LIMITS.pinyin);
  if (plain) return plain;
  return /[\p{Script=Han}]/u.test(value as string) ? 'must not contain Chinese characters' : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
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

interface EntryCheckOptions {
  /** Import leniency: missing id, pinyin, sources, origin, updatedAt are filled in. */
  fill?: { taken: Set<string>; now: number };
}

/**
 * Checks an unknown value against the UserEntry shape, collecting every problem as
 * `path.field: message`. With `fill`, optional-in-the-file fields are completed.
 */
function checkEntry(value: unknown, path: string, errors: string[], options: EntryCheckOptions = {}) {
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
    pinyin = termPinyin(value.term);
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

function fromDraft(
  draft: UserEntryDraft,
  id: string,
  sources: Evidence[],
  now: number,
): Validated<UserEntry> {
  const term = draft.term.trim().replace(/\s+/g, ' ');
  const candidate: Record<string, unknown> = {
    id,
    term,
    aliases: (draft.aliases ?? []).map((a) => a.trim().replace(/\s+/g, ' ')).filter((a) => a !== ''),
    category: draft.category,
    pinyin: draft.pinyin?.trim() || (checkTerm(term) === undefined ? termPinyin(term) : ''),
    summary: draft.summary.trim(),
    sources,
    origin: 'user',
    updatedAt: now,
  };
  const note = draft.note?.trim();
  if (note) candidate.note = note;
  if (draft.expansion && draft.expansion.length > 0)
    candidate.expansion = draft.expansion.map((e) => e.trim());
  if (draft.fullName?.trim()) candidate.fullName = draft.fullName.trim();
  if (draft.parent?.trim()) candidate.parent = draft.parent.trim();
  return validateUserEntry(candidate);
}

/** A new entry from the reader's form: trimmed, pinyin computed if not given, fresh `user-…` id. */
export function createUserEntry(
  draft: UserEntryDraft,
  taken: ReadonlySet<string>,
  now: number = Date.now(),
): Validated<UserEntry> {
  const term = draft.term.trim();
  const termError = checkTerm(term.replace(/\s+/g, ' '));
  const pinyin = draft.pinyin?.trim() || (termError ? '' : termPinyin(term));
  return fromDraft({ ...draft, pinyin }, userEntryId(pinyin || 'entry', taken), [], now);
}

/**
 * The reader's version of `base` (built-in or user) with `changes` applied. Keeps id and sources;
 * pinyin is recomputed when the term changes and no pinyin is given.
 */
export function editEntry(
  base: AnyEntry,
  changes: Partial<UserEntryDraft>,
  now: number = Date.now(),
): Validated<UserEntry> {
  const termChanged = changes.term !== undefined && changes.term.trim() !== base.term;
  const draft: UserEntryDraft = {
    term: changes.term ?? base.term,
    category: changes.category ?? base.category,
    summary: changes.summary ?? base.summary,
    aliases: changes.aliases ?? base.aliases,
    note: 'note' in changes ? changes.note : 'note' in base ? base.note : undefined,
    pinyin: changes.pinyin ?? (termChanged ? undefined : base.pinyin),
    expansion: 'expansion' in changes ? changes.expansion : base.expansion,
    fullName: 'fullName' in changes ? changes.fullName : base.fullName,
    parent: 'parent' in changes ? changes.parent : base.parent,
  };
  return fromDraft(draft, base.id, base.sources, now);
}

/**
 * Built-in entries with the reader's entries applied: a user entry with a built-in id replaces
 * that entry in place; new user entries follow, in id order. Hidden entries are not removed.
 */
export function mergeEntries(builtIn: readonly GlossaryEntry[], user: readonly UserEntry[]): AnyEntry[] {
  const byId = new Map(user.map((e) => [e.id, e]));
  const merged: AnyEntry[] = builtIn.map((e) => byId.get(e.id) ?? e);
  const builtInIds = new Set(builtIn.map((e) => e.id));
  const added = user
    .filter((e) => !builtInIds.has(e.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...merged, ...added];
}

// ---------------------------------------------------------------------------------------------
// Export

function orderedEntry(e: UserEntry): UserEntry {
  // Stable key order, as in data/glossary.json, then the user fields.
  const out: Record<string, unknown> = {
    id: e.id,
    term: e.term,
    aliases: [...e.aliases],
    category: e.category,
    pinyin: e.pinyin,
    summary: e.summary,
  };
  if (e.expansion !== undefined) out.expansion = [...e.expansion];
  if (e.fullName !== undefined) out.fullName = e.fullName;
  if (e.parent !== undefined) out.parent = e.parent;
  out.sources = e.sources.map((s) => {
    const source: Record<string, string> = { file: s.file, excerpt: s.excerpt };
    if (s.title !== undefined) source.title = s.title;
    if (s.date !== undefined) source.date = s.date;
    return source;
  });
  out.origin = 'user';
  if (e.note !== undefined) out.note = e.note;
  out.updatedAt = e.updatedAt;
  return out as unknown as UserEntry;
}

/** The export file's text: stable key order, entries sorted by id, hidden ids sorted and unique. */
export function exportUserData(data: { entries: readonly UserEntry[]; hidden: readonly string[] }): string {
  const file: UserExport = {
    format: USER_EXPORT_FORMAT,
    version: USER_EXPORT_VERSION,
    entries: [...data.entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(orderedEntry),
    hidden: [...new Set(data.hidden)].sort(),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `quzhou-glossary-user-2024-04-07.json`, in local time. */
export function exportFileName(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${USER_EXPORT_FORMAT}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

// ---------------------------------------------------------------------------------------------
// Import

const MAX_ERRORS = 20;

/**
 * Checks an import file completely, changing nothing. Every problem is reported, prefixed with the
 * file name: `backup.json:3:15: …` for JSON syntax, `backup.json: entries[3].category: …` for
 * fields. Ids missing from a hand-written file are generated (`user-…`), pinyin computed from the
 * term, `updatedAt` set to `now`.
 */
export function validateImport(
  text: string,
  fileName: string,
  options: { now?: number } = {},
): Validated<UserExport> {
  const refuse = (errors: string[]): Validated<UserExport> => ({
    ok: false,
    errors:
      errors.length > MAX_ERRORS
        ? [...errors.slice(0, MAX_ERRORS), `${fileName}: … and ${errors.length - MAX_ERRORS} more problems`]
        : errors,
  });
  if (text.length > USER_LIMITS.fileChars) {
    return refuse([
      `${fileName}: the file is too large (${text.length} characters, at most ${USER_LIMITS.fileChars})`,
    ]);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse([`${fileName}: the file is empty`]);

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const at = locateJsonError(body, error instanceof Error ? error.message : String(error));
    return refuse([`${fileName}:${at.line}:${at.column}: ${at.message}`]);
  }

  const errors: string[] = [];
  const fail = (path: string, message: string) => errors.push(`${fileName}: ${path}: ${message}`);
  if (!isObject(data))
    return refuse([`${fileName}: must be a JSON object with format, version, entries, hidden`]);
  for (const key of Object.keys(data)) {
    if (!['format', 'version', 'entries', 'hidden'].includes(key)) fail(key, 'unknown field');
  }
  if (data.format !== USER_EXPORT_FORMAT) {
    return refuse([
      `${fileName}: format: must be "${USER_EXPORT_FORMAT}" (this is not a Quzhou Glossary export file)`,
    ]);
  }
  if (data.version !== USER_EXPORT_VERSION) {
    return refuse([
      typeof data.version === 'number' && Number.isInteger(data.version) && data.version > USER_EXPORT_VERSION
        ? `${fileName}: version: ${data.version} was written by a newer version of the extension (this one reads ${USER_EXPORT_VERSION})`
        : `${fileName}: version: must be ${USER_EXPORT_VERSION}`,
    ]);
  }

  const entries: UserEntry[] = [];
  if (!Array.isArray(data.entries)) {
    fail('entries', 'must be an array');
  } else if (data.entries.length > USER_LIMITS.entries) {
    fail('entries', `must hold at most ${USER_LIMITS.entries} entries`);
  } else {
    const taken = new Set<string>();
    for (const item of data.entries) {
      if (isObject(item) && typeof item.id === 'string') taken.add(item.id);
    }
    const firstIndex = new Map<string, number>();
    const now = options.now ?? Date.now();
    data.entries.forEach((item: unknown, i: number) => {
      const entryErrors: string[] = [];
      const entry = checkEntry(item, `entries[${i}]`, entryErrors, { fill: { taken, now } });
      for (const message of entryErrors) errors.push(`${fileName}: ${message}`);
      if (!entry) return;
      taken.add(entry.id);
      const first = firstIndex.get(entry.id);
      if (first !== undefined) fail(`entries[${i}].id`, `"${entry.id}" is already used by entries[${first}]`);
      else firstIndex.set(entry.id, i);
      entries.push(entry);
    });
  }

  const hidden: string[] = [];
  if (!Array.isArray(data.hidden)) {
    fail('hidden', 'must be an array of entry ids');
  } else if (data.hidden.length > USER_LIMITS.hidden) {
    fail('hidden', `must hold at most ${USER_LIMITS.hidden} ids`);
  } else {
    data.hidden.forEach((id: unknown, i: number) => {
      if (!isEntryId(id)) fail(`hidden[${i}]`, 'must be an entry id (a-z, 0-9 and -)');
      else if (!hidden.includes(id)) hidden.push(id);
    });
  }

  if (errors.length > 0) return refuse(errors);
  return {
    ok: true,
    value: { format: USER_EXPORT_FORMAT, version: USER_EXPORT_VERSION, entries, hidden: hidden.sort() },
  };
}

// ---------------------------------------------------------------------------------------------
// JSON error positions

export interface JsonErrorLocation {
  /** UTF-16 offset into the text. */
  offset: number;
  /** 1-based line and column (column in characters). */
  line: number;
  column: number;
  message: string;
}

/**
 * Where JSON.parse failed, and why, in words that do not depend on the engine. The position comes
 * from the engine's message where it has one (V8 `at position N`, newer V8 `(line X column Y)`,
 * Firefox `at line X column Y`); otherwise (V8's `Unexpected token 'x', "…" is not valid JSON`,
 * `Unexpected end of JSON input`) from a small scanner that finds the first syntax error.
 */
export function locateJsonError(text: string, engineMessage: string): JsonErrorLocation {
  const scanned = scanJson(text);
  let offset: number | undefined;
  const lineColumn = /line (\d+) column (\d+)/.exec(engineMessage);
  const position = /at position (\d+)/.exec(engineMessage);
  if (lineColumn) offset = offsetOf(text, Number(lineColumn[1]), Number(lineColumn[2]));
  else if (position) offset = Math.min(Number(position[1]), text.length);
  offset ??= scanned?.offset ?? 0;
  const message =
    scanned && scanned.offset === offset
      ? scanned.message
      : `invalid JSON (${cleanEngineMessage(engineMessage)})`;
  const { line, column } = lineColumnOf(text, offset);
  return { offset, line, column, message };
}

function cleanEngineMessage(message: string): string {
  return message
    .replace(/^JSON\.parse: /, '')
    .replace(/ of the JSON data$/, '')
    .replace(/,? ?"[^]*" is not valid JSON$/, '')
    .replace(/ in JSON at position \d+( \(line \d+ column \d+\))?$/, '')
    .replace(/ at line \d+ column \d+$/, '');
}

/** 1-based line and column (in code points) of a UTF-16 offset; \r\n, \n and \r end lines. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: length(text.slice(lineStart, offset)) + 1 };
}

function offsetOf(text: string, line: number, column: number): number {
  let current = 1;
  let i = 0;
  while (current < line && i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) current++;
    i++;
  }
  // Engines count columns in UTF-16 units.
  return Math.min(i + column - 1, text.length);
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function describe(text: string, at: number): string {
  if (at >= text.length) return 'end of file';
  const ch = String.fromCodePoint(text.codePointAt(at)!);
  return /[\p{Cc}\s]/u.test(ch)
    ? `character U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    : `'${ch}'`;
}

/** The first JSON syntax error in `text` (RFC 8259), or undefined if it is valid JSON. */
export function scanJson(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  const n = text.length;
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(at, message);
  };
  const space = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
  };
  const string = () => {
    const start = i;
    i++; // opening quote
    for (;;) {
      if (i >= n) fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail(`unescaped ${describe(text, i)} in a string (line breaks must be written \\n)`);
      if (c === 92) {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else fail(`invalid escape \\${e ?? ''} in a string`);
        continue;
      }
      i++;
    }
  };
  const digits = (what: string) => {
    const start = i;
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === start) fail(`expected a digit ${what}, found ${describe(text, i)}`);
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits('in a number');
    if (text[i] === '.') {
      i++;
      digits('after the decimal point');
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits('in the exponent');
    }
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++) {
      if (text[i + k] !== word[k]) fail(`unexpected ${describe(text, i + k)} (did you mean ${word}?)`, i + k);
    }
    i += word.length;
  };
  const value = (depth: number) => {
    if (depth > 512) fail('nesting too deep');
    space();
    const c = text[i];
    if (c === undefined) fail('unexpected end of file, expected a value');
    else if (c === '{') object(depth);
    else if (c === '[') array(depth);
    else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c >= '0' && c <= '9')) number();
    else if (c === "'") fail('strings must use double quotes');
    else fail(`unexpected ${describe(text, i)}, expected a value`);
  };
  const object = (depth: number) => {
    i++;
    space();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      space();
      if (text[i] !== '"') {
        fail(
          text[i] === '}'
            ? 'trailing comma before }'
            : `expected a property name in double quotes, found ${describe(text, i)}`,
        );
      }
      string();
      space();
      if (text[i] !== ':') fail(`expected ':' after the property name, found ${describe(text, i)}`);
      i++;
      value(depth + 1);
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(`expected ',' or '}' after a property value, found ${describe(text, i)}`);
    }
  };
  const array = (depth: number) => {
    i++;
    space();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      space();
      if (text[i] === ']') fail('trailing comma before ]');
      value(depth + 1);
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(`expected ',' or ']' after an array element, found ${describe(text, i)}`);
    }
  };
  try {
    value(0);
    space();
    if (i < n) fail(`unexpected ${describe(text, i)} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { offset: error.offset, message: error.message };
    throw error;
  }
}
