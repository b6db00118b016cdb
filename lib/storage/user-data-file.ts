/**
 * The export/import file of the reader's data (format `quzhou-glossary-user`, version 1): writing
 * it, and checking a file completely before anything is stored, with errors that name the file,
 * line and column (JSON syntax) or the field path (`entries[3].category`).
 */
import { termPinyin } from '../glossary/pinyin';
import type { UserEntry } from '../glossary/glossary';
import {
  charLength,
  checkEntry,
  isObject,
  USER_EXPORT_FORMAT,
  USER_EXPORT_VERSION,
  USER_LIMITS,
  type UserExport,
  type Validated,
} from './user-entries';
import { isEntryId } from '../glossary/messages';

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
      const entry = checkEntry(item, `entries[${i}]`, entryErrors, {
        fill: { taken, now, pinyinOf: termPinyin },
      });
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
  return { line, column: charLength(text.slice(lineStart, offset)) + 1 };
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
