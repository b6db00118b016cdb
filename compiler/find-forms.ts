/**
 * Finds the forms of a reference list (the historical places, Zhejiang's named terms) in sentences,
 * leftmost longest: where two forms overlap, the longer one written there wins (千企结千村、消灭薄弱村
 * over 千企结千村).
 */
import type { Sentence } from './article';

export interface FormMention<T> {
  item: T;
  /** The form written. */
  form: string;
  sentence: Sentence;
}

/** `forms` must be sorted longest first. */
export function findForms<T>(
  sentences: readonly Sentence[],
  forms: readonly { form: string; item: T }[],
): FormMention<T>[] {
  const out: FormMention<T>[] = [];
  for (const sentence of sentences) {
    const taken: [number, number][] = [];
    for (const { form, item } of forms) {
      for (let at = sentence.text.indexOf(form); at >= 0; at = sentence.text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (taken.some(([s, e]) => at < e && end > s)) continue;
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
