/**
 * Terms that are not Quzhou's own: Zhejiang's and the country's strategies and slogans, which
 * Quzhou news uses as its own words (八八战略, 乡村振兴). A reference list of general knowledge,
 * like the register for places, and read the same way: the entry says who set the term and what it
 * is, and is marked with its scope, so the popover never makes it look local.
 */
import type { Sentence } from '../article';
import { CATEGORIES, SCOPES, type Category, type Scope } from '../../lib/glossary/glossary';
import { findForms, formsOf, readEntries, type FormMention } from '../reference-list';
import data from './wider-terms.json';

export interface WiderTerm {
  term: string;
  aliases: string[];
  scope: Scope;
  definition: string;
  /**
   * Where set, the term is proposed wherever an article writes it (findWiderTerms); where not,
   * it is ordinary policy vocabulary (乡村振兴) that only explains an entry found otherwise.
   */
  category?: Category;
}

function validate(raw: unknown): WiderTerm[] {
  return readEntries(raw, 'compiler/scope/wider-terms.json', 'terms').map(
    ({ term, aliases, fields, where }) => {
      const { scope, definition, category } = fields;
      if (!SCOPES.includes(scope as Scope))
        throw new Error(`${where}.scope must be one of ${SCOPES.join(', ')}`);
      if (typeof definition !== 'string' || !definition.endsWith('。'))
        throw new Error(`${where}.definition must be a sentence ending in 。`);
      if (category !== undefined && !CATEGORIES.includes(category as Category))
        throw new Error(`${where}.category must be one of ${CATEGORIES.join(', ')}`);
      return {
        term,
        aliases,
        scope: scope as Scope,
        definition,
        ...(category ? { category: category as Category } : {}),
      };
    },
  );
}

const WIDER = validate(data);
const BY_FORM = new Map<string, WiderTerm>();
for (const w of WIDER) for (const form of [w.term, ...w.aliases]) BY_FORM.set(form, w);

/** The reference entry for a term written in any of its forms (乡村振兴战略 → 乡村振兴). */
export function widerTerm(forms: Iterable<string>): WiderTerm | undefined {
  for (const form of forms) {
    const w = BY_FORM.get(form);
    if (w) return w;
  }
  return undefined;
}

/** Every form of the list, joined: where a word jieba does not know was coined (诗画 of 诗画浙江). */
const ALL_FORMS = [...BY_FORM.keys()].join('|');

/** Whether a word is written inside a form of the reference list (诗画 in 诗画浙江). */
export const inWiderTerm = (word: string): boolean => word.length >= 2 && ALL_FORMS.includes(word);

/** Forms of the proposed terms (千企结千村、消灭薄弱村 wins over 千企结千村 where both fit). */
const PROPOSED = formsOf(WIDER.filter((w) => w.category));

/**
 * A form of two characters with a character of a word right after it opens a longer name (两山|银行,
 * 两山|合作社: Quzhou's own bodies, named after the idea), not the term itself; written alone it
 * is quoted or ends a phrase (围绕“两山”转化, 践行两山).
 */
const opensLongerName = (text: string, at: number, end: number) =>
  end - at === 2 && /[\u4e00-\u9fff]/.test(text[end] ?? '');

/**
 * Every named strategy, programme or slogan of the reference list a sentence writes, leftmost
 * longest: like the register for places, the list is what says these are terms.
 */
export function findWiderTerms(sentences: readonly Sentence[]): FormMention<WiderTerm>[] {
  return findForms(sentences, PROPOSED, opensLongerName);
}
