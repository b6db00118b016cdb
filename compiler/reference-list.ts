/**
 * What the reference lists of general knowledge (compiler/register/historical-places.json,
 * compiler/scope/wider-terms.json) share: each entry is a term with its aliases, read and checked
 * the same way, and found in sentences leftmost longest: where two forms overlap, the longer one
 * written there wins (千企结千村、消灭薄弱村 over 千企结千村).
 */
import type { Sentence } from './article';

/** One entry of a list as read: its term and aliases checked, the rest for the list to check. */
export interface RawEntry {
  term: string;
  aliases: string[];
  fields: Record<string, unknown>;
  /** Where the entry is, for errors: `file: key[i]`. */
  where: string;
}

/** The entries of `raw[key]`, each with a non-empty string term and an array of string aliases. */
export function readEntries(raw: unknown, file: string, key: string): RawEntry[] {
  const entries = (raw as Record<string, unknown>)[key];
  if (!Array.isArray(entries)) throw new Error(`${file}: "${key}" must be an array`);
  return entries.map((entry: unknown, i) => {
    const fields = entry as Record<string, unknown>;
    const where = `${file}: ${key}[${i}]`;
    if (typeof fields.term !== 'string' || fields.term === '')
      throw new Error(`${where}.term must be a string`);
    const aliases = fields.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string'))
      throw new Error(`${where}.aliases must be an array of strings`);
    return { term: fields.term, aliases: aliases as string[], fields, where };
  });
}

/** A list's sentence that the summary closes itself: a non-empty string without its closing 。. */
export function readOpenSentence(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '' || value.endsWith('。'))
    throw new Error(`${where} must be a sentence without its closing 。`);
  return value;
}

export interface FormMention<T> {
  item: T;
  /** The form written. */
  form: string;
  sentence: Sentence;
}

/**
 * `forms` must be sorted longest first. `skip` may pass over a use the list's words do not name
 * (a form written as the start of a longer name the list does not hold).
 */
export function findForms<T>(
  sentences: readonly Sentence[],
  forms: readonly { form: string; item: T }[],
  skip?: (text: string, at: number, end: number) => boolean,
): FormMention<T>[] {
  const out: FormMention<T>[] = [];
  for (const sentence of sentences) {
    const taken: [number, number][] = [];
    for (const { form, item } of forms) {
      for (let at = sentence.text.indexOf(form); at >= 0; at = sentence.text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (taken.some(([s, e]) => at < e && end > s) || skip?.(sentence.text, at, end)) continue;
        taken.push([at, end]);
        out.push({ item, form, sentence });
      }
    }
  }
  return out;
}

/** Every form of every item, longest first, for {@link findForms}. */
export function formsOf<T extends { term: string; aliases: string[] }>(items: readonly T[]) {
  return items
    .flatMap((item) => [item.term, ...item.aliases].map((form) => ({ form, item })))
    .sort((a, b) => b.form.length - a.form.length);
}
