/**
 * The curated file (data/curated.json): the exceptions a person adds, corrects or blocks on top of
 * what the compiler finds. Parsed and validated before anything is built; every error names the
 * file, the line and the field.
 */
import { CATEGORIES, type Category } from '../lib/glossary/glossary';
import { CompileError } from './errors';

export interface CuratedAdd {
  term: string;
  category: Category;
  summary: string;
  aliases?: string[];
}

export interface CuratedCorrection {
  term: string;
  category?: Category;
  summary?: string;
  aliases?: string[];
  parent?: string;
}

export interface Curated {
  add: CuratedAdd[];
  correct: CuratedCorrection[];
  block: string[];
}

export const EMPTY_CURATED: Curated = { add: [], correct: [], block: [] };

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The line where an entry's term is written, so errors point at it. */
function lineOfTerm(text: string, term: unknown): number | undefined {
  if (typeof term !== 'string') return undefined;
  const at = text.indexOf(JSON.stringify(term));
  return at >= 0 ? lineAt(text, at) : undefined;
}

/** Terms are plain text that will be matched in pages: no markup characters, no line breaks. */
function checkPlainText(value: unknown, file: string, field: string, line?: number): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new CompileError(file, `${field}: must be a non-empty string`, line);
  if (/[<>]/.test(value))
    throw new CompileError(file, `${field}: must be plain text, not markup (found < or >)`, line);
  return value.trim();
}

function checkCategory(value: unknown, file: string, field: string, line?: number): Category {
  if (typeof value !== 'string' || !(CATEGORIES as readonly string[]).includes(value)) {
    throw new CompileError(
      file,
      `${field}: must be one of ${CATEGORIES.join(', ')} (got ${JSON.stringify(value)})`,
      line,
    );
  }
  return value as Category;
}

function checkAliases(value: unknown, file: string, field: string, line?: number): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new CompileError(file, `${field}: must be an array of strings`, line);
  return value.map((a, i) => checkPlainText(a, file, `${field}[${i}]`, line));
}

function checkKeys(
  obj: Record<string, unknown>,
  allowed: string[],
  file: string,
  field: string,
  line?: number,
): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key))
      throw new CompileError(file, `${field}.${key}: unknown field (allowed: ${allowed.join(', ')})`, line);
  }
}

export function parseCurated(text: string, file: string): Curated {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    throw new CompileError(
      file,
      `not valid JSON: ${message}`,
      pos ? lineAt(text, Number(pos[1])) : undefined,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new CompileError(file, 'must be a JSON object with "version", "add", "correct" and "block"', 1);
  }
  const root = data as Record<string, unknown>;
  checkKeys(root, ['version', 'add', 'correct', 'block', 'description'], file, '(root)');
  if (root.version !== 1)
    throw new CompileError(
      file,
      `version: must be 1 (got ${JSON.stringify(root.version)})`,
      lineAt(text, text.indexOf('"version"')),
    );
  const list = (key: string): unknown[] => {
    const v = root[key] ?? [];
    if (!Array.isArray(v))
      throw new CompileError(
        file,
        `${key}: must be an array`,
        lineAt(text, Math.max(0, text.indexOf(`"${key}"`))),
      );
    return v;
  };
  const add = list('add').map((raw, i): CuratedAdd => {
    const field = `add[${i}]`;
    if (typeof raw !== 'object' || raw === null) throw new CompileError(file, `${field}: must be an object`);
    const o = raw as Record<string, unknown>;
    const line = lineOfTerm(text, o.term);
    checkKeys(o, ['term', 'category', 'summary', 'aliases'], file, field, line);
    const aliases = checkAliases(o.aliases, file, `${field}.aliases`, line);
    return {
      term: checkPlainText(o.term, file, `${field}.term`, line),
      category: checkCategory(o.category, file, `${field}.category`, line),
      summary: checkPlainText(o.summary, file, `${field}.summary`, line),
      ...(aliases ? { aliases } : {}),
    };
  });
  const correct = list('correct').map((raw, i): CuratedCorrection => {
    const field = `correct[${i}]`;
    if (typeof raw !== 'object' || raw === null) throw new CompileError(file, `${field}: must be an object`);
    const o = raw as Record<string, unknown>;
    const line = lineOfTerm(text, o.term);
    checkKeys(o, ['term', 'category', 'summary', 'aliases', 'parent'], file, field, line);
    const aliases = checkAliases(o.aliases, file, `${field}.aliases`, line);
    return {
      term: checkPlainText(o.term, file, `${field}.term`, line),
      ...(o.category !== undefined
        ? { category: checkCategory(o.category, file, `${field}.category`, line) }
        : {}),
      ...(o.summary !== undefined
        ? { summary: checkPlainText(o.summary, file, `${field}.summary`, line) }
        : {}),
      ...(o.parent !== undefined ? { parent: checkPlainText(o.parent, file, `${field}.parent`, line) } : {}),
      ...(aliases ? { aliases } : {}),
    };
  });
  const block = list('block').map((raw, i) =>
    checkPlainText(raw, file, `block[${i}]`, lineOfTerm(text, raw)),
  );
  return { add, correct, block };
}
